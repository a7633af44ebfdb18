import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Target } from './http-client';

/** The site operators install (deploy/nginx), used here as shipped apart from addresses and paths. */
export const SHIPPED_SITE = resolve(__dirname, '../../../../deploy/nginx/koko-campus.conf');
const SERVER_NAME = 'campus.koko.example';

export interface SitePorts {
  http: number;
  https: number;
  upstreams: number[];
}

function replaceOnce(text: string, pattern: RegExp, replacement: string, what: string): string {
  if (!pattern.test(text)) throw new Error(`deploy/nginx/koko-campus.conf changed: ${what} not found (adapt apps/api/scale/support/nginx.ts)`);
  return text.replace(pattern, replacement);
}

/**
 * The shipped site with loopback ports instead of 80/443 (no IPv6 listener), the upstream servers
 * replaced by the instances of this run (their options such as max_fails kept), and the TLS
 * certificate read from `certDir`. Everything else (balancing, retries, buffering, /metrics closed)
 * stays as operators get it.
 */
export function adaptSite(site: string, ports: SitePorts, certDir: string): string {
  const serverLine = /^(\s*)server 127\.0\.0\.1:\d+([^;]*);\s*$/;
  const lines = site.split('\n');
  const first = lines.findIndex((l) => serverLine.test(l));
  if (first < 0) throw new Error('deploy/nginx/koko-campus.conf changed: no "server 127.0.0.1:<port> …;" line in the upstream (adapt apps/api/scale/support/nginx.ts)');
  const [, indent, options] = serverLine.exec(lines[first]) ?? [];
  const kept = lines.filter((l) => !serverLine.test(l));
  kept.splice(first, 0, ...ports.upstreams.map((p) => `${indent}server 127.0.0.1:${p}${options};`));
  let text = kept.join('\n');
  text = replaceOnce(text, /^\s*listen \[::\]:80;\n/m, '', 'listen [::]:80');
  text = replaceOnce(text, /^\s*listen \[::\]:443 ssl http2;\n/m, '', 'listen [::]:443');
  text = replaceOnce(text, /listen 80;/, `listen 127.0.0.1:${ports.http};`, 'listen 80');
  text = replaceOnce(text, /listen 443 ssl http2;/, `listen 127.0.0.1:${ports.https} ssl http2;`, 'listen 443');
  text = replaceOnce(text, /\/etc\/ssl\/koko-campus\//g, `${certDir}/`, 'the certificate paths');
  return text;
}

/** A throw-away self-signed certificate for the site's host name; answers the PEM to trust. */
export function makeCertificate(dir: string): string {
  execFileSync(
    'openssl',
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', `/CN=${SERVER_NAME}`, '-addext', `subjectAltName=DNS:${SERVER_NAME}`, '-keyout', join(dir, 'privkey.pem'), '-out', join(dir, 'fullchain.pem')],
    { stdio: 'ignore' },
  );
  return readFileSync(join(dir, 'fullchain.pem'), 'utf8');
}

export interface RunningNginx {
  target: Target;
  /** The upstream ("127.0.0.1:port") that answered each proxied request so far, in order, with the path. */
  upstreamLog(): { path: string; status: number; upstream: string }[];
  stop(): Promise<void>;
}

/**
 * Debian's nginx in the foreground (one worker, so the balancing order is that of one process), its
 * own prefix, pid, logs and temporary folders in `dir`; the access log names the upstream of each
 * request. The process group is ended by `stop()`, and only that.
 */
export async function startNginx(dir: string, ports: SitePorts): Promise<RunningNginx> {
  if (!['/usr/sbin/nginx', '/usr/bin/nginx'].some((p) => existsSync(p))) {
    throw new Error('nginx is not installed (apt-get install -y --no-install-recommends nginx-light)');
  }
  const ca = makeCertificate(dir);
  writeFileSync(join(dir, 'site.conf'), adaptSite(readFileSync(SHIPPED_SITE, 'utf8'), ports, dir));
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((k) => `  ${k}_temp_path ${dir}/${k}-temp;`).join('\n');
  writeFileSync(
    join(dir, 'nginx.conf'),
    `daemon off;\nworker_processes 1;\npid ${dir}/nginx.pid;\nerror_log ${dir}/error.log warn;\nevents { worker_connections 512; }\nhttp {\n` +
      `  log_format upstreams '$uri $status $upstream_addr';\n  access_log ${dir}/access.log upstreams;\n${temp}\n` +
      `  include /etc/nginx/mime.types;\n  include ${dir}/site.conf;\n}\n`,
  );
  const child: ChildProcess = spawn('nginx', ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')], { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  const errors: string[] = [];
  child.stderr?.on('data', (c: Buffer) => errors.push(c.toString('utf8')));
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
    try {
      process.kill(-child.pid, 'SIGQUIT');
    } catch {
      return;
    }
    const timer = setTimeout(() => child.pid && process.kill(-child.pid, 'SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };
  const target: Target = { name: 'nginx', url: `https://127.0.0.1:${ports.https}`, tls: { ca, servername: SERVER_NAME } };
  const until = Date.now() + 30_000;
  while (!existsSync(join(dir, 'nginx.pid'))) {
    if (child.exitCode !== null) throw new Error(`nginx did not start: ${errors.join('')}${existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : ''}`);
    if (Date.now() > until) {
      await stop();
      throw new Error('nginx wrote no pid file within 30 s');
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    target,
    upstreamLog: () =>
      (existsSync(join(dir, 'access.log')) ? readFileSync(join(dir, 'access.log'), 'utf8') : '')
        .split('\n')
        .filter(Boolean)
        .map((line) => {
          const [path, status, upstream] = line.split(' ');
          return { path, status: Number(status), upstream };
        }),
    stop,
  };
}
