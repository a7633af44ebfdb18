import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The Dockerfile cannot be built here (no container engine, no image registry): a lint of the
 * rules an operator relies on instead, in the spirit of hadolint's. Instructions are read with
 * their continuation lines joined.
 */
const root = resolve(__dirname, '../..');
const text = readFileSync(resolve(root, 'Dockerfile'), 'utf8');
const instructions = text
  .replace(/\\\n/g, ' ')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#'))
  .map((l) => {
    const [keyword, ...rest] = l.split(/\s+/);
    return { keyword: keyword.toUpperCase(), args: rest.join(' ') };
  });
const stages = instructions.reduce<{ name: string; from: string; body: { keyword: string; args: string }[] }[]>((all, i) => {
  if (i.keyword === 'FROM') {
    const [, from, name] = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(i.args) ?? [];
    all.push({ name: name ?? String(all.length), from, body: [] });
  } else all.at(-1)?.body.push(i);
  return all;
}, []);
const runtime = stages.at(-1);
const args = Object.fromEntries(instructions.filter((i) => i.keyword === 'ARG').map((i) => i.args.split('=') as [string, string]));

/** Whether Node `<major>.0.0` satisfies an engines range of the form `>=20.19 <21 || >=22`. */
function satisfies(major: number, range: string): boolean {
  const version = [major, 0, 0];
  const compare = (v: string) => {
    const other = v.split('.').map(Number);
    for (let i = 0; i < 3; i++) if ((version[i] ?? 0) !== (other[i] ?? 0)) return (version[i] ?? 0) - (other[i] ?? 0);
    return 0;
  };
  return range.split('||').some((part) =>
    part.trim().split(/\s+/).every((term) => {
      const [, op, v] = /^(>=|<=|>|<|=)?(\d+(?:\.\d+)*)$/.exec(term) ?? [];
      if (!v) throw new Error(`engines: cannot read "${term}"`);
      const c = compare(v);
      return op === '>=' ? c >= 0 : op === '<=' ? c <= 0 : op === '>' ? c > 0 : op === '<' ? c < 0 : c === 0;
    }),
  );
}

describe('Dockerfile', () => {
  it('builds in stages from a pinned image of the current Node LTS line, which package.json allows', () => {
    expect(stages.map((s) => s.name)).toEqual(['build', 'deps', 'runtime']);
    const base = stages.map((s) => s.from.replace(/\$\{(\w+)\}/, (_, n: string) => args[n] ?? ''));
    for (const image of base) expect(image).toMatch(/^node:24(\.\d+)*-bookworm-slim$/);
    const engines: string = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')).engines.node;
    expect(satisfies(24, engines)).toBe(true);
    expect(satisfies(21, engines)).toBe(false);
  });

  it('runs as a user without privileges and only with production dependencies', () => {
    const users = runtime?.body.filter((i) => i.keyword === 'USER').map((i) => i.args) ?? [];
    expect(users.length).toBeGreaterThan(0);
    expect(users.at(-1)).not.toMatch(/^(root|0)(:|$)/);
    const deps = stages.find((s) => s.name === 'deps');
    expect(deps?.body.filter((i) => i.keyword === 'RUN').map((i) => i.args).join(' ')).toMatch(/npm install --omit=dev/);
    const copied = runtime?.body.filter((i) => i.keyword === 'COPY').map((i) => i.args) ?? [];
    expect(copied).toContain('--from=deps /app/node_modules ./node_modules');
    // Nothing of the build stage's node_modules (with its compilers and test tools) reaches the runtime.
    expect(copied.filter((c) => c.startsWith('--from=build')).every((c) => /\/(dist\/apps\/(api|web\/browser)|package\.json) /.test(c))).toBe(true);
    for (const c of copied) expect(stages.map((s) => s.name)).toContain(/--from=(\S+)/.exec(c)?.[1]);
  });

  it('checks liveness, stops on SIGTERM and starts the server in exec form', () => {
    const health = runtime?.body.find((i) => i.keyword === 'HEALTHCHECK')?.args ?? '';
    expect(health).toContain('/health/live');
    expect(health).toMatch(/--start-period=\d+s/);
    expect(runtime?.body.find((i) => i.keyword === 'STOPSIGNAL')?.args).toBe('SIGTERM');
    expect(runtime?.body.find((i) => i.keyword === 'CMD')?.args).toBe('["node", "dist/apps/api/main.js"]');
    const env = runtime?.body.filter((i) => i.keyword === 'ENV').map((i) => i.args).join(' ');
    expect(env).toMatch(/NODE_ENV=production/);
    expect(runtime?.body.find((i) => i.keyword === 'EXPOSE')?.args).toBe(/PORT=(\d+)/.exec(env ?? '')?.[1]);
  });

  it('has no ADD, no download piped into a shell and a build context without local state', () => {
    expect(instructions.filter((i) => i.keyword === 'ADD')).toEqual([]);
    expect(instructions.filter((i) => i.keyword === 'RUN' && /(curl|wget)[^|]*\|\s*(ba)?sh/.test(i.args))).toEqual([]);
    const ignored = readFileSync(resolve(root, '.dockerignore'), 'utf8').split('\n');
    for (const entry of ['.git', 'node_modules', 'dist', '.data']) expect(ignored).toContain(entry);
  });
});
