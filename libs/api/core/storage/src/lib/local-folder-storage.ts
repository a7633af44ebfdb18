import { createHash, randomUUID } from 'node:crypto';
import { constants, createWriteStream } from 'node:fs';
import { access, mkdir, open, readdir, realpath, rename, rm, stat, unlink } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { FileStorage, StorageKeyTakenError, StoredFileInfo, StoredFileNotFoundError, StoredObject } from './file-storage';
import { assertValidStorageKey, InvalidStorageKeyError, isValidStorageKey } from './storage-key';

export interface LocalFolderStorageOptions {
  /** The folder files are kept in; created when missing. Relative paths resolve against the working directory. */
  root: string;
  /** Folders served to browsers as they are (the built web app): the root may not lie inside one. */
  servedDirs?: readonly string[];
}

const TEMP_PREFIX = '.upload-';
const TEMP_SUFFIX = '.part';
/** Temporary files older than this at start belong to a crashed process, not to a running upload. */
const STALE_TEMP_MS = 24 * 60 * 60 * 1000;

export class StorageRootRefusedError extends Error {
  constructor(root: string, served: string) {
    super(`STORAGE_DIR ${root} lies inside the statically served folder ${served}; uploaded files would be downloadable without any check. Choose a folder outside it.`);
    this.name = 'StorageRootRefusedError';
  }
}

/**
 * Files in a local folder, one file a key. Writes go to a hidden temporary file in the root (same
 * file system, so the final rename is atomic) and appear under their key only once complete.
 */
export class LocalFolderStorage implements FileStorage {
  private constructor(readonly root: string) {}

  /** Creates the root folder if needed, refuses one inside a served folder and clears stale temporary files. */
  static async open(options: LocalFolderStorageOptions): Promise<LocalFolderStorage> {
    const wanted = resolve(options.root);
    // Checked before creating anything (no folder appears inside the web app) and after, on the real path (symlinks).
    await refuseInsideServed(await realPathOfNearest(wanted), options.servedDirs ?? []);
    await mkdir(wanted, { recursive: true });
    const root = await realpath(wanted);
    await refuseInsideServed(root, options.servedDirs ?? []);
    await removeStaleTemporaryFiles(root);
    return new LocalFolderStorage(root);
  }

  async put(key: string, content: Readable): Promise<StoredObject> {
    const target = this.pathOf(key);
    const temp = join(this.root, `${TEMP_PREFIX}${randomUUID()}${TEMP_SUFFIX}`);
    const hash = createHash('sha256');
    let size = 0;
    const meter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk);
        size += chunk.length;
        done(null, chunk);
      },
    });
    const out = createWriteStream(temp, { flags: 'wx', flush: true });
    try {
      await pipeline(content, meter, out);
      await mkdir(dirname(target), { recursive: true });
      // Keys are random UUIDs, so this only guards against a caller reusing one: stored files never change.
      if (await this.exists(key)) throw new StorageKeyTakenError(key);
      await rename(temp, target);
    } catch (error) {
      // A destroyed write stream may still be opening or closing its descriptor; remove the file only after that.
      if (!out.closed) await new Promise<void>((closed) => out.once('close', () => closed()));
      await rm(temp, { force: true });
      throw error;
    }
    return { size, sha256: hash.digest('hex') };
  }

  async get(key: string): Promise<Readable> {
    const path = this.pathOf(key);
    const handle = await open(path, 'r').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' || error.code === 'ENOTDIR') throw new StoredFileNotFoundError(key);
      throw error;
    });
    try {
      // A key naming a folder (`2025/06`) is not a file either.
      if (!(await handle.stat()).isFile()) throw new StoredFileNotFoundError(key);
    } catch (error) {
      await handle.close();
      throw error;
    }
    return handle.createReadStream();
  }

  async delete(key: string): Promise<void> {
    await unlink(this.pathOf(key)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT' && error.code !== 'ENOTDIR') throw error;
    });
  }

  async exists(key: string): Promise<boolean> {
    return stat(this.pathOf(key)).then(
      (s) => s.isFile(),
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return false;
        throw error;
      },
    );
  }

  /** Walks the folder; temporary files (hidden names) and anything else that is not a valid key are skipped. */
  async *list(): AsyncIterable<StoredFileInfo> {
    const folders: string[] = [''];
    for (let folder = folders.pop(); folder !== undefined; folder = folders.pop()) {
      const entries = await readdir(join(this.root, folder), { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
        // A folder removed meanwhile holds nothing to report.
        if (error.code === 'ENOENT') return [];
        throw error;
      });
      for (const entry of entries) {
        const key = folder ? `${folder}/${entry.name}` : entry.name;
        if (entry.isDirectory()) folders.push(key);
        else if (entry.isFile() && isValidStorageKey(key)) {
          const info = await stat(join(this.root, key)).catch(() => undefined);
          if (info) yield { key, modifiedAt: info.mtime };
        }
      }
    }
  }

  /** The root folder still exists and this process may write to it. */
  async probe(): Promise<void> {
    await access(this.root, constants.W_OK);
  }

  /** The key's path, checked twice: the key's syntax, then that the resolved path is below the root. */
  private pathOf(key: string): string {
    assertValidStorageKey(key);
    const path = resolve(this.root, ...key.split('/'));
    if (!path.startsWith(this.root + sep)) throw new InvalidStorageKeyError(key);
    return path;
  }
}

function isInsideOrSame(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

async function refuseInsideServed(root: string, servedDirs: readonly string[]): Promise<void> {
  for (const served of servedDirs) {
    const servedReal = await realPathOfNearest(resolve(served));
    if (isInsideOrSame(root, servedReal)) throw new StorageRootRefusedError(root, servedReal);
  }
}

/** The real path of `path`, following symlinks of its nearest existing ancestor (the rest may not exist yet). */
async function realPathOfNearest(path: string): Promise<string> {
  const missing: string[] = [];
  let current = path;
  for (;;) {
    try {
      return join(await realpath(current), ...missing.reverse());
    } catch {
      const parent = dirname(current);
      if (parent === current) return path;
      missing.push(basename(current));
      current = parent;
    }
  }
}

async function removeStaleTemporaryFiles(root: string): Promise<void> {
  const cutOff = Date.now() - STALE_TEMP_MS;
  for (const name of await readdir(root)) {
    if (!name.startsWith(TEMP_PREFIX) || !name.endsWith(TEMP_SUFFIX)) continue;
    const path = join(root, name);
    const info = await stat(path).catch(() => undefined);
    if (info && info.mtimeMs < cutOff) await rm(path, { force: true });
  }
}
