import nx from '@nx/eslint-plugin';
import jest from 'eslint-plugin-jest';

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: ['**/dist', '**/node_modules', '**/.angular', '**/generated/**', '**/tmp', '.data/**'],
  },
  {
    files: ['**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          banTransitiveDependencies: false,
          allow: [],
          depConstraints: [
            // Browser code never reaches into the server and vice versa; both may use shared contracts.
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['scope:shared'] },
            // Layering: util ← ui/data-access ← feature ← app; api: util ← core ← domain ← app.
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
            { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:util'] },
            { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:data-access', 'type:util'] },
            { sourceTag: 'type:feature', onlyDependOnLibsWithTags: ['type:data-access', 'type:ui', 'type:util'] },
            { sourceTag: 'type:core', onlyDependOnLibsWithTags: ['type:core', 'type:util'] },
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain', 'type:core', 'type:util'] },
            { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:domain', 'type:core', 'type:util'] },
            // Domains point one way: identity ← catalogue ← enrolment ← progress ← assessment ←
            // certificates; events (short formats) builds on catalogue beside enrolment, content (public pages) on identity. Notifications
            // and audit only listen to domain events (shared contracts): they import no domain and no
            // domain imports them. The demo seed uses every domain; none uses it.
            // tools/lint/module-boundaries.spec.ts fails when a domain library has no line here.
            { sourceTag: 'domain:identity', notDependOnLibsWithTags: ['domain:accompaniment', 'domain:counselling', 'domain:evaluation', 'domain:catalogue', 'domain:enrolment', 'domain:progress', 'domain:assessment', 'domain:certificates', 'domain:notifications', 'domain:audit', 'domain:demo', 'domain:events', 'domain:content'] },
            { sourceTag: 'domain:catalogue', notDependOnLibsWithTags: ['domain:accompaniment', 'domain:counselling', 'domain:evaluation', 'domain:enrolment', 'domain:progress', 'domain:assessment', 'domain:certificates', 'domain:notifications', 'domain:audit', 'domain:demo', 'domain:events', 'domain:content'] },
            { sourceTag: 'domain:enrolment', notDependOnLibsWithTags: ['domain:accompaniment', 'domain:counselling', 'domain:evaluation', 'domain:progress', 'domain:assessment', 'domain:certificates', 'domain:notifications', 'domain:audit', 'domain:demo', 'domain:events', 'domain:content'] },
            { sourceTag: 'domain:progress', notDependOnLibsWithTags: ['domain:accompaniment', 'domain:counselling', 'domain:evaluation', 'domain:assessment', 'domain:certificates', 'domain:notifications', 'domain:audit', 'domain:demo', 'domain:events', 'domain:content'] },
            { sourceTag: 'domain:assessment', notDependOnLibsWithTags: ['domain:accompaniment', 'domain:counselling', 'domain:evaluation', 'domain:certificates', 'domain:notifications', 'domain:audit', 'domain:demo', 'domain:events', 'domain:content'] },
            { sourceTag: 'domain:certificates', notDependOnLibsWithTags: ['domain:accompaniment', 'domain:counselling', 'domain:evaluation', 'domain:notifications', 'domain:audit', 'domain:demo', 'domain:events', 'domain:content'] },
            { sourceTag: 'domain:events', notDependOnLibsWithTags: ['domain:accompaniment', 'domain:counselling', 'domain:evaluation', 'domain:enrolment', 'domain:progress', 'domain:assessment', 'domain:certificates', 'domain:notifications', 'domain:audit', 'domain:demo', 'domain:content'] },
            { sourceTag: 'domain:evaluation', notDependOnLibsWithTags: ['domain:accompaniment', 'domain:counselling', 'domain:progress', 'domain:assessment', 'domain:certificates', 'domain:notifications', 'domain:audit', 'domain:demo', 'domain:content'] },
            { sourceTag: 'domain:counselling', notDependOnLibsWithTags: ['domain:accompaniment', 'domain:enrolment', 'domain:progress', 'domain:assessment', 'domain:certificates', 'domain:notifications', 'domain:audit', 'domain:demo', 'domain:evaluation', 'domain:content'] },
            { sourceTag: 'domain:accompaniment', notDependOnLibsWithTags: ['domain:notifications', 'domain:audit', 'domain:demo', 'domain:content'] },
            { sourceTag: 'domain:content', notDependOnLibsWithTags: ['domain:accompaniment', 'domain:counselling', 'domain:evaluation', 'domain:catalogue', 'domain:enrolment', 'domain:progress', 'domain:assessment', 'domain:certificates', 'domain:events', 'domain:notifications', 'domain:audit', 'domain:demo'] },
            { sourceTag: 'domain:notifications', notDependOnLibsWithTags: ['domain:accompaniment', 'domain:counselling', 'domain:evaluation', 'domain:identity', 'domain:catalogue', 'domain:enrolment', 'domain:progress', 'domain:assessment', 'domain:certificates', 'domain:audit', 'domain:demo', 'domain:events', 'domain:content'] },
            { sourceTag: 'domain:audit', notDependOnLibsWithTags: ['domain:accompaniment', 'domain:counselling', 'domain:evaluation', 'domain:identity', 'domain:catalogue', 'domain:enrolment', 'domain:progress', 'domain:assessment', 'domain:certificates', 'domain:notifications', 'domain:demo', 'domain:events', 'domain:content'] },
            { sourceTag: 'domain:demo', notDependOnLibsWithTags: ['domain:notifications', 'domain:audit'] },
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:ui', 'type:util', 'type:domain', 'type:core', 'type:testing'] },
          ],
        },
      ],
    },
  },
  {
    // A library is imported only through its public index.ts alias, never by a deep path.
    files: ['**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@koko/**/src', '@koko/**/src/**', '@koko/**/lib/**'], message: 'Import the library through its index.ts alias (e.g. @koko/api/identity).' }] },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts'],
    plugins: { jest },
    // A focused or skipped test would silently shrink what CI runs.
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', 'jest/no-focused-tests': 'error', 'jest/no-disabled-tests': 'error' },
  },
];
