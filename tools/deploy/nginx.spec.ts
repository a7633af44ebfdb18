import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * The shipped nginx site (deploy/nginx/koko-campus.conf) passes `nginx -t` of Debian's nginx, with a
 * throw-away self-signed certificate in place of the real one. `.ci/run` installs nginx.
 */
const site = resolve(__dirname, '../../deploy/nginx/koko-campus.conf');

describe('deploy/nginx/koko-campus.conf', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'koko-nginx-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('passes nginx -t', () => {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=campus.koko.example', '-keyout', join(dir, 'privkey.pem'), '-out', join(dir, 'fullchain.pem')], { stdio: 'ignore' });
    const text = readFileSync(site, 'utf8').replaceAll('/etc/ssl/koko-campus/', `${dir}/`);
    expect(text).not.toBe(readFileSync(site, 'utf8'));
    writeFileSync(join(dir, 'site.conf'), text);
    writeFileSync(
      join(dir, 'nginx.conf'),
      `pid ${dir}/nginx.pid;\nerror_log ${dir}/error.log;\nevents {}\nhttp {\n  access_log off;\n  client_body_temp_path ${dir}/body;\n  proxy_temp_path ${dir}/proxy;\n  include /etc/nginx/mime.types;\n  include ${dir}/site.conf;\n}\n`,
    );
    const result = spawnSync('nginx', ['-t', '-p', dir, '-c', join(dir, 'nginx.conf')], { encoding: 'utf8' });
    if (result.error) throw new Error(`nginx is not installed (apt-get install -y --no-install-recommends nginx-light): ${result.error.message}`);
    expect(result.stderr).toContain('syntax is ok');
    expect(result.stderr).toContain('test is successful');
    expect(result.status).toBe(0);
  });
});
