import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

/**
 * A real S3 server for tests: OpenStack Swift with its s3api middleware (Debian's `swift`,
 * `swift-proxy`, `swift-account`, `swift-container`, `swift-object`; `.ci/run` installs them).
 * Every call starts its own four processes on free ports with rings, configuration and data in a
 * temporary folder of its own, so test files may run in parallel; `stop()` ends exactly those
 * processes (their process groups) and removes the folder. Starting takes about 4 s on an idle
 * machine. A test process that dies without `stop()` leaves them behind: the next start ends them.
 *
 * Credentials are tempauth's: access key `test:tester`, secret `testing` (SigV4 is checked).
 */
export interface SwiftS3Server {
  endpoint: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  stop(): Promise<void>;
}

const SWIFT_CONF = '/etc/swift/swift.conf';
/** Writes account/container/object.ring.gz into argv[1] for one device each on the given ports. */
const RING_SCRIPT = [
  'import sys',
  'from swift.common.ring import RingBuilder',
  'for kind, port in zip(("account", "container", "object"), sys.argv[2:5]):',
  '    b = RingBuilder(10, 1, 1)',
  '    b.add_dev({"region": 1, "zone": 1, "ip": "127.0.0.1", "port": int(port), "device": "d1", "weight": 1})',
  '    b.rebalance()',
  '    b.get_ring().save(sys.argv[1] + "/" + kind + ".ring.gz")',
].join('\n');
const SERVERS = ['account', 'container', 'object'] as const;

export class SwiftNotInstalledError extends Error {
  constructor() {
    super(
      'OpenStack Swift is not installed (needed for the S3 storage tests): apt-get install -y --no-install-recommends swift swift-proxy swift-account swift-container swift-object',
    );
    this.name = 'SwiftNotInstalledError';
  }
}

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const a = srv.address();
      srv.close(() => (typeof a === 'object' && a ? ok(a.port) : fail(new Error('no port'))));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function commandExists(name: string): boolean {
  return ['/usr/bin', '/usr/local/bin', '/usr/sbin'].some((dir) => existsSync(join(dir, name)));
}

/** Swift reads its hash salts from /etc/swift/swift.conf (a fixed path); Debian's package ships one. */
function ensureSwiftConf(): void {
  if (existsSync(SWIFT_CONF) && /swift_hash_path_suffix/.test(readFileSync(SWIFT_CONF, 'utf8'))) return;
  mkdirSync('/etc/swift', { recursive: true });
  const temp = `${SWIFT_CONF}.${process.pid}.tmp`;
  writeFileSync(temp, '[swift-hash]\nswift_hash_path_suffix = koko-test\nswift_hash_path_prefix = koko-test\n\n[storage-policy:0]\nname = Policy-0\ndefault = yes\n');
  execFileSync('mv', ['-n', temp, SWIFT_CONF]);
  rmSync(temp, { force: true });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Servers of a test process that died without stopping them (a crashed jest worker): their folder
 * names the owner's pid and their process groups; those whose owner is gone are ended and removed.
 */
function reapOrphans(): void {
  for (const name of readdirSync(tmpdir()).filter((n) => n.startsWith('koko-swift-'))) {
    const dir = join(tmpdir(), name);
    const ownerFile = join(dir, 'owner.pid');
    const owner = existsSync(ownerFile) ? Number(readFileSync(ownerFile, 'utf8').trim()) || 0 : 0;
    if (!owner || alive(owner)) continue;
    const groups = existsSync(join(dir, 'groups')) ? readFileSync(join(dir, 'groups'), 'utf8').split('\n').map(Number).filter(Boolean) : [];
    for (const group of groups) {
      try {
        process.kill(-group, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function startSwiftS3Server(): Promise<SwiftS3Server> {
  if (!['swift-proxy-server', 'swift-account-server', 'swift-container-server', 'swift-object-server'].every(commandExists)) {
    throw new SwiftNotInstalledError();
  }
  ensureSwiftConf();
  try {
    reapOrphans();
  } catch {
    /* a folder another process is just creating or removing */
  }
  const dir = mkdtempSync(join(tmpdir(), 'koko-swift-'));
  writeFileSync(join(dir, 'owner.pid'), String(process.pid));
  const user = userInfo().username;
  const children: ChildProcess[] = [];
  const stop = async () => {
    await Promise.all(
      children.map(async (child) => {
        if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
        const exited = new Promise<void>((r) => child.once('exit', () => r()));
        try {
          process.kill(-child.pid, 'SIGTERM');
        } catch {
          return;
        }
        const timer = setTimeout(() => {
          try {
            if (child.pid) process.kill(-child.pid, 'SIGKILL');
          } catch {
            /* already gone */
          }
        }, 3000);
        await exited;
        clearTimeout(timer);
      }),
    );
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const ports = { account: await freePort(), container: await freePort(), object: await freePort(), proxy: await freePort() };
    const common = (port: number) => `[DEFAULT]\nbind_ip = 127.0.0.1\nbind_port = ${port}\nworkers = 0\nuser = ${user}\nswift_dir = ${dir}\nlog_level = WARNING\n`;
    // The three rings in one Python process (swift-ring-builder would start Python nine times).
    execFileSync('/usr/bin/python3', ['-c', RING_SCRIPT, dir, String(ports.account), String(ports.container), String(ports.object)], { stdio: ['ignore', 'ignore', 'pipe'] });
    for (const kind of SERVERS) {
      mkdirSync(join(dir, kind, 'd1'), { recursive: true });
      writeFileSync(
        join(dir, `${kind}-server.conf`),
        `${common(ports[kind])}devices = ${join(dir, kind)}\nmount_check = false\n\n[pipeline:main]\npipeline = ${kind}-server\n\n[app:${kind}-server]\nuse = egg:swift#${kind}\n` +
          (kind === 'container' ? '\n[container-sync]\n' : '') +
          (kind === 'object' ? '\n[object-replicator]\n[object-updater]\n[object-auditor]\n' : ''),
      );
    }
    writeFileSync(
      join(dir, 'proxy-server.conf'),
      `${common(ports.proxy)}\n[pipeline:main]\npipeline = catch_errors gatekeeper healthcheck proxy-logging cache listing_formats s3api tempauth copy slo dlo proxy-logging proxy-server\n\n` +
        `[app:proxy-server]\nuse = egg:swift#proxy\naccount_autocreate = true\n\n` +
        `[filter:s3api]\nuse = egg:swift#s3api\nlocation = us-east-1\n\n` +
        `[filter:tempauth]\nuse = egg:swift#tempauth\nuser_test_tester = testing .admin\n\n` +
        ['catch_errors', 'gatekeeper', 'healthcheck', 'proxy-logging', 'cache', 'listing_formats', 'copy', 'slo', 'dlo']
          .map((f) => `[filter:${f}]\nuse = egg:swift#${f === 'cache' ? 'memcache' : f.replace('-', '_')}\n`)
          .join('\n'),
    );
    for (const name of [...SERVERS, 'proxy'] as const) {
      const log = openSync(join(dir, `${name}.log`), 'a');
      // A process group of its own: stop() ends it and whatever it forked, and nothing else.
      const child = spawn(`swift-${name}-server`, [join(dir, `${name}-server.conf`)], { detached: true, stdio: ['ignore', log, log] });
      children.push(child);
      writeFileSync(join(dir, 'groups'), children.map((c) => c.pid).join('\n'));
    }
    const endpoint = `http://127.0.0.1:${ports.proxy}`;
    const until = Date.now() + 90_000;
    for (;;) {
      const dead = children.find((c) => c.exitCode !== null);
      if (dead) throw new Error(`A Swift server exited at start:\n${[...SERVERS, 'proxy'].map((n) => readFileSync(join(dir, `${n}.log`), 'utf8')).join('\n')}`);
      if (await fetch(`${endpoint}/healthcheck`, { signal: AbortSignal.timeout(2000) }).then((r) => r.ok, () => false)) break;
      if (Date.now() > until) throw new Error(`Swift did not answer /healthcheck within 90 s`);
      await sleep(100);
    }
    return { endpoint, region: 'us-east-1', accessKeyId: 'test:tester', secretAccessKey: 'testing', stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
