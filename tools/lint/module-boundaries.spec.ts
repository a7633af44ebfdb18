import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The module-boundary rules must really bite: each case lints a line of code as if it were in the
 * named file and expects @nx/enforce-module-boundaries to refuse it.
 */
const root = join(__dirname, '..', '..');

/** Runs the real ESLint CLI (as `npm run lint` does) on code given as the content of `file`. */
async function boundaryErrors(file: string, code: string): Promise<string[]> {
  const run = spawnSync('npx', ['eslint', '--stdin', '--stdin-filename', join(root, file), '--format', 'json'], {
    cwd: root,
    input: code,
    encoding: 'utf8',
    env: { ...process.env, NX_DAEMON: 'false' },
  });
  const [result] = JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string | null; message: string }> }>;
  return result.messages
    .filter((m) => m.ruleId === '@nx/enforce-module-boundaries' || m.ruleId === 'no-restricted-imports')
    .map((m) => m.message);
}

/** Every rule id ESLint reports for `code` as the content of `file`. */
function ruleIds(file: string, code: string): (string | null)[] {
  const run = spawnSync('npx', ['eslint', '--stdin', '--stdin-filename', join(root, file), '--format', 'json'], {
    cwd: root,
    input: code,
    encoding: 'utf8',
    env: { ...process.env, NX_DAEMON: 'false' },
  });
  const [result] = JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string | null }> }>;
  return result.messages.map((m) => m.ruleId);
}

describe('module boundaries', () => {
  it('web code cannot import api code', async () => {
    const errors = await boundaryErrors('libs/web/shared/util/src/lib/probe.ts', `import { IdentityModule } from '@koko/api/identity';\nexport const x = IdentityModule;\n`);
    expect(errors.join('\n')).toMatch(/scope:web/);
  });

  it('the api core cannot import a domain', async () => {
    const errors = await boundaryErrors('libs/api/core/auth/src/lib/probe.ts', `import { IdentityModule } from '@koko/api/identity';\nexport const x = IdentityModule;\n`);
    // Refused as a forbidden layer or, since every domain builds on the core, as a cycle.
    expect(errors.join('\n')).toMatch(/type:core|Circular dependency/);
  });

  it('a domain is imported only through its index.ts', async () => {
    const errors = await boundaryErrors(
      'libs/api/demo/src/lib/probe.ts',
      `import { User } from '@koko/api/identity/src/lib/entities/user.entity';\nexport const x = User;\n`,
    );
    expect(errors.join('\n')).toMatch(/index.ts alias/);
  });

  it('shared contracts import nothing else', async () => {
    const errors = await boundaryErrors('libs/shared/src/lib/probe.ts', `import { APP_CONFIG } from '@koko/api/core/config';\nexport const x = APP_CONFIG;\n`);
    expect(errors.join('\n')).toMatch(/scope:shared/);
  });

  it('allowed imports pass', async () => {
    expect(await boundaryErrors('libs/api/demo/src/lib/probe.ts', `import { Role } from '@koko/shared';\nexport const x = Role;\n`)).toEqual([]);
  });

  it('every API domain library has its place in the domain order', () => {
    const config = readFileSync(join(root, 'eslint.config.mjs'), 'utf8');
    const domains = readdirSync(join(root, 'libs/api'))
      .filter((name) => name !== 'core')
      .flatMap((name) => (JSON.parse(readFileSync(join(root, 'libs/api', name, 'project.json'), 'utf8')) as { tags: string[] }).tags)
      .filter((tag) => tag.startsWith('domain:'));
    expect(domains.length).toBeGreaterThanOrEqual(9);
    expect(domains.filter((tag) => !config.includes(`{ sourceTag: '${tag}', notDependOnLibsWithTags`))).toEqual([]);
  });

  it('an earlier domain cannot import a later one (assessment → certificates, identity → assessment)', async () => {
    const toCertificates = await boundaryErrors('libs/api/assessment/src/lib/probe.ts', `import { CertificatesModule } from '@koko/api/certificates';\nexport const x = CertificatesModule;\n`);
    expect(toCertificates.join('\n')).toMatch(/domain:certificates|Circular dependency/);
    const toAssessment = await boundaryErrors('libs/api/identity/src/lib/probe.ts', `import { AssessmentModule } from '@koko/api/assessment';\nexport const x = AssessmentModule;\n`);
    expect(toAssessment.join('\n')).toMatch(/domain:assessment|Circular dependency/);
  });

  it('a focused or disabled test fails the lint', () => {
    const ids = ruleIds('libs/shared/src/lib/probe.spec.ts', `describe.only('x', () => { it.skip('y', () => undefined); });\n`);
    expect(ids).toEqual(expect.arrayContaining(['jest/no-focused-tests', 'jest/no-disabled-tests']));
  });
});
