import { parseConfig } from '@koko/api/core/config';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parse } from 'yaml';

/**
 * deploy/compose.yml and the Dockerfile cannot be run here (no container engine): their structure
 * is checked instead. The compose file's API settings must pass the app's own configuration check
 * in production, every service needs a health check, start order and mounts must point at what
 * exists, and the compose nginx site must stay the shipped one apart from its upstream servers.
 */
const root = resolve(__dirname, '../..');
const composeFile = resolve(root, 'deploy/compose.yml');

interface Service {
  image?: string;
  build?: { context: string; dockerfile: string };
  environment?: Record<string, string>;
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
  ports?: string[];
  volumes?: string[];
  restart?: string;
}
const compose = parse(readFileSync(composeFile, 'utf8'), { merge: true }) as { services: Record<string, Service>; volumes?: Record<string, unknown> };
const services = compose.services;
const apis = Object.entries(services).filter(([, s]) => s.build);

/** `${NAME:?msg}` → a valid value for NAME, `${NAME:-default}` → the default: what compose would substitute. */
const SAMPLE: Record<string, string> = {
  PUBLIC_URL: 'https://campus.koko.example',
  POSTGRES_PASSWORD: 'pw',
  JWT_SECRET: 'a'.repeat(64),
  CERTIFICATE_SIGNATORIES: 'Prof. Dr. Eva Muster|Präsidentin;Dr. Max Beispiel|Programmleitung',
  CREDENTIAL_SIGNING_KEY: `z${'4'.repeat(60)}`,
  SMTP_HOST: 'smtp.rz.example',
  MAIL_FROM: 'KoKo Campus <no-reply@campus.koko.example>',
  S3_SECRET_ACCESS_KEY: 'secret-secret',
  METRICS_TOKEN: 'b'.repeat(64),
};
function substitute(value: string): string {
  return value.replace(/\$\{(\w+)(?::([?-])([^}]*))?\}/g, (_, name: string, kind?: string, rest?: string) => {
    if (kind === '-') return rest ?? '';
    if (!(name in SAMPLE)) throw new Error(`compose.yml uses \${${name}} without a sample value in this test`);
    return SAMPLE[name];
  });
}

describe('deploy/compose.yml', () => {
  it('has PostgreSQL, an S3 server, two API instances from the Dockerfile and nginx', () => {
    expect(Object.keys(services).sort()).toEqual(['api-1', 'api-2', 'nginx', 'postgres', 's3', 's3-init']);
    expect(apis.map(([name]) => name)).toEqual(['api-1', 'api-2']);
    for (const [, api] of apis) {
      expect(api.build).toEqual({ context: '..', dockerfile: 'Dockerfile' });
      expect(existsSync(resolve(dirname(composeFile), api.build?.context ?? '', api.build?.dockerfile ?? ''))).toBe(true);
    }
    // Images are pinned: no moving "latest" in an installation.
    for (const [name, s] of Object.entries(services)) if (!s.build) expect({ name, image: s.image }).toEqual({ name, image: expect.stringMatching(/^[\w./-]+:(?!latest$)[\w.-]+$/) });
  });

  it('gives the API settings that pass its configuration check in production', () => {
    for (const [name, api] of apis) {
      const env = Object.fromEntries(Object.entries(api.environment ?? {}).map(([k, v]) => [k, substitute(String(v))]));
      const config = parseConfig(env);
      expect({ name, production: config.isProduction, driver: config.storage.driver, mail: config.mail.transport }).toEqual({ name, production: true, driver: 's3', mail: 'smtp' });
      // The S3 endpoint and the database are services of this file.
      expect(new URL(config.storage.s3?.endpoint ?? '').hostname).toBe('s3');
      expect(new URL(config.database.url ?? '').hostname).toBe('postgres');
      expect(config.storage.s3?.bucket).toBe('koko-campus-files');
      expect(config.metrics.token).not.toBeNull();
    }
    // The MinIO user and password are the API's key pair.
    expect(services['s3'].environment?.['MINIO_ROOT_USER']).toBe(services['api-1'].environment?.['S3_ACCESS_KEY_ID']);
    expect(services['s3'].environment?.['MINIO_ROOT_PASSWORD']).toBe(services['api-1'].environment?.['S3_SECRET_ACCESS_KEY']);
    expect(services['s3-init'].environment?.['S3_SECRET_ACCESS_KEY']).toBe(services['api-1'].environment?.['S3_SECRET_ACCESS_KEY']);
  });

  it('checks the health of every long-running service, starts them in order and publishes only nginx', () => {
    for (const [name, s] of Object.entries(services)) {
      if (name === 's3-init') continue;
      expect({ name, health: s.healthcheck?.test?.[0] }).toEqual({ name, health: 'CMD' });
      expect({ name, restart: s.restart }).toEqual({ name, restart: 'unless-stopped' });
      for (const dependency of Object.keys(s.depends_on ?? {})) expect(Object.keys(services)).toContain(dependency);
    }
    expect(services['api-1'].healthcheck?.test.join(' ')).toContain('/health/ready');
    expect(services['api-1'].depends_on).toEqual({ postgres: { condition: 'service_healthy' }, 's3-init': { condition: 'service_completed_successfully' } });
    // One instance migrates first; the second starts when it is ready.
    expect(services['api-2'].depends_on).toEqual({ 'api-1': { condition: 'service_healthy' } });
    expect(Object.entries(services).filter(([, s]) => s.ports?.length).map(([n]) => n)).toEqual(['nginx']);
    for (const volume of Object.values(services).flatMap((s) => s.volumes ?? [])) {
      const [source] = volume.split(':');
      if (source.startsWith('.')) expect({ volume, exists: existsSync(resolve(dirname(composeFile), source)) }).toEqual({ volume, exists: true });
      else expect(Object.keys(compose.volumes ?? {})).toContain(source);
    }
  });

  it('serves the shipped nginx site, only with the containers as upstream servers', () => {
    const withoutServers = (file: string) =>
      readFileSync(resolve(root, file), 'utf8')
        .split('\n')
        .filter((l) => !/^\s*server [\w.-]+:\d+ /.test(l))
        .join('\n')
        .replace(/^(#.*\n)+\n/, '');
    expect(withoutServers('deploy/compose/nginx-site.conf')).toBe(withoutServers('deploy/nginx/koko-campus.conf'));
    const servers = readFileSync(resolve(root, 'deploy/compose/nginx-site.conf'), 'utf8').match(/^\s*server ([\w-]+):3000 /gm) ?? [];
    expect(servers.map((s) => s.trim().split(/[ :]/)[1])).toEqual(apis.map(([name]) => name));
  });
});
