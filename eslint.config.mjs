import nx from '@nx/eslint-plugin';

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
            // Domains point one way: identity ← catalogue ← enrolment ← progress. Notifications and
            // audit only listen to events (shared contracts); no domain imports them.
            { sourceTag: 'domain:identity', notDependOnLibsWithTags: ['domain:catalogue', 'domain:enrolment', 'domain:progress', 'domain:notifications', 'domain:audit', 'domain:demo'] },
            { sourceTag: 'domain:catalogue', notDependOnLibsWithTags: ['domain:enrolment', 'domain:progress', 'domain:notifications', 'domain:audit', 'domain:demo'] },
            { sourceTag: 'domain:enrolment', notDependOnLibsWithTags: ['domain:progress', 'domain:notifications', 'domain:audit', 'domain:demo'] },
            { sourceTag: 'domain:progress', notDependOnLibsWithTags: ['domain:notifications', 'domain:audit', 'domain:demo'] },
            { sourceTag: 'domain:events', notDependOnLibsWithTags: ['domain:enrolment', 'domain:progress', 'domain:notifications', 'domain:audit', 'domain:demo'] },
            { sourceTag: 'domain:notifications', notDependOnLibsWithTags: ['domain:catalogue', 'domain:enrolment', 'domain:progress', 'domain:audit', 'domain:demo', 'domain:events'] },
            { sourceTag: 'domain:audit', notDependOnLibsWithTags: ['domain:catalogue', 'domain:enrolment', 'domain:progress', 'domain:notifications', 'domain:demo', 'domain:events'] },
            { sourceTag: 'domain:content', notDependOnLibsWithTags: ['domain:catalogue', 'domain:enrolment', 'domain:progress', 'domain:notifications', 'domain:audit', 'domain:demo', 'domain:events'] },
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
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
];
