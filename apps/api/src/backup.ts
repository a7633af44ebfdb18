import { AppConfig } from '@koko/api/core/config';
import { sqlOne } from '@koko/api/core/database';
import { S3Storage } from '@koko/api/core/storage';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { DataSource } from 'typeorm';

/**
 * `backup` and `restore` (npm run backup / npm run restore): the database as a pg_dump archive
 * (custom format) and the files — a copy of STORAGE_DIR, or with S3 a listing of the bucket (whose
 * objects stay there, protected by bucket versioning) — in one dated folder with a manifest and a
 * SHA256SUMS file (`sha256sum -c SHA256SUMS` checks it by hand).
 */
export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

const DUMP = 'database.dump';
const FILES = 'files';
const LISTING = 'bucket-listing.json';

/** One short-lived connection (no entities) for a question about the server. */
async function ask<Row extends object>(url: string, text: string): Promise<Row> {
  const db = new DataSource({ type: 'postgres', url, poolSize: 1 });
  await db.initialize();
  try {
    return await sqlOne<Row>(db, text);
  } finally {
    await db.destroy();
  }
}

async function serverMajor(url: string): Promise<number> {
  const { v } = await ask<{ v: string }>(url, `SELECT current_setting('server_version_num') AS v`);
  return Math.floor(Number(v) / 10_000);
}

/** pg_dump/pg_restore of the server's major version (Debian keeps each under /usr/lib/postgresql/N/bin). */
function pgTool(tool: 'pg_dump' | 'pg_restore', major: number): string {
  const candidates = [`/usr/lib/postgresql/${major}/bin/${tool}`, tool];
  for (const candidate of candidates) {
    try {
      const version = execFileSync(candidate, ['--version'], { encoding: 'utf8' });
      if (Number(/(\d+)(\.\d+)?/.exec(version)?.[1]) === major) return candidate;
    } catch {
      /* not installed there */
    }
  }
  throw new BackupError(`${tool} for PostgreSQL ${major} not found (the server's version): install postgresql-client-${major}`);
}

async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

function filesBelow(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesBelow(join(dir, e.name)) : e.isFile() ? [join(dir, e.name)] : []));
}

export interface BackupResult {
  folder: string;
  files: number;
  bytes: number;
}

export async function runBackup(config: AppConfig, databaseUrl: string, outDir: string, now = new Date()): Promise<BackupResult> {
  const folder = resolve(outDir, `koko-backup-${now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}`);
  if (existsSync(folder)) throw new BackupError(`${folder} exists already`);
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const major = await serverMajor(databaseUrl);
  // One consistent snapshot of the database first; files are only ever added, so every file a row of
  // the snapshot names is there when they are copied afterwards.
  execFileSync(pgTool('pg_dump', major), ['--format=custom', '--no-owner', '--no-privileges', `--file=${join(folder, DUMP)}`, `--dbname=${databaseUrl}`], { stdio: ['ignore', 'ignore', 'pipe'] });
  let files = 0;
  let bytes = 0;
  if (config.storage.s3) {
    const bucket = await S3Storage.open(config.storage.s3);
    try {
      const listing: { key: string; size: number | null; sha256: string | null }[] = [];
      for await (const file of bucket.list()) listing.push({ key: file.key, ...((await bucket.describe(file.key)) ?? { size: null, sha256: null }) });
      writeFileSync(join(folder, LISTING), `${JSON.stringify(listing, null, 1)}\n`);
      files = listing.length;
    } finally {
      bucket.close();
    }
  } else if (existsSync(config.storage.dir)) {
    cpSync(resolve(config.storage.dir), join(folder, FILES), { recursive: true, filter: (src) => !/\/\.upload-[^/]*\.part$/.test(src) /* uploads still being written */ });
    for (const path of filesBelow(join(folder, FILES))) {
      files += 1;
      bytes += statSync(path).size;
    }
  }
  const manifest = {
    format: 1,
    createdAt: now.toISOString(),
    database: { file: DUMP, postgresMajor: major, format: 'pg_dump custom' },
    storage: config.storage.s3 ? { driver: 's3', bucket: config.storage.s3.bucket, endpoint: config.storage.s3.endpoint ?? null, listing: LISTING, objects: files } : { driver: 'local', folder: FILES, files, bytes },
  };
  writeFileSync(join(folder, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const sums: string[] = [];
  for (const path of filesBelow(folder).sort()) sums.push(`${await sha256File(path)}  ${relative(folder, path)}`);
  writeFileSync(join(folder, 'SHA256SUMS'), `${sums.join('\n')}\n`);
  return { folder, files, bytes };
}

export interface RestoreResult {
  files: number;
  /** With S3: listed objects the bucket no longer holds. */
  missingObjects: string[];
}

/** Into an empty database (and an empty or new STORAGE_DIR): checks every checksum first. */
export async function runRestore(config: AppConfig, databaseUrl: string, folder: string): Promise<RestoreResult> {
  const sumsFile = join(folder, 'SHA256SUMS');
  if (!existsSync(sumsFile)) throw new BackupError(`${folder} is not a backup (no SHA256SUMS)`);
  const bad: string[] = [];
  const listed = readFileSync(sumsFile, 'utf8').split('\n').filter(Boolean);
  for (const line of listed) {
    const [sum, path] = [line.slice(0, 64), line.slice(66)];
    if (!existsSync(join(folder, path)) || (await sha256File(join(folder, path))) !== sum) bad.push(path);
  }
  if (bad.length) throw new BackupError(`The backup is damaged; checksums do not match for: ${bad.join(', ')}`);
  const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')) as { storage: { driver: string } };

  const tables = await ask<{ n: number }>(databaseUrl, `SELECT count(*)::int AS n FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')`);
  if (tables.n > 0) throw new BackupError('Restore goes into an empty database: create a new one (createdb) and point DATABASE_URL at it');
  const major = await serverMajor(databaseUrl);
  execFileSync(pgTool('pg_restore', major), ['--no-owner', '--no-privileges', '--exit-on-error', `--dbname=${databaseUrl}`, join(folder, DUMP)], { stdio: ['ignore', 'ignore', 'pipe'] });

  if (manifest.storage.driver === 'local') {
    if (config.storage.s3) throw new BackupError('This backup holds a files folder: restore it with STORAGE_DRIVER=local, then use storage:migrate');
    if (filesBelow(config.storage.dir).length) throw new BackupError(`STORAGE_DIR=${config.storage.dir} is not empty: restore into an empty folder`);
    if (existsSync(join(folder, FILES))) cpSync(join(folder, FILES), resolve(config.storage.dir), { recursive: true });
    return { files: filesBelow(config.storage.dir).length, missingObjects: [] };
  }
  if (!config.storage.s3) throw new BackupError('This backup lists an S3 bucket: restore with the S3 settings');
  const bucket = await S3Storage.open(config.storage.s3);
  try {
    const listing = JSON.parse(readFileSync(join(folder, LISTING), 'utf8')) as { key: string }[];
    const missing: string[] = [];
    for (const { key } of listing) if (!(await bucket.exists(key))) missing.push(key);
    return { files: listing.length - missing.length, missingObjects: missing };
  } finally {
    bucket.close();
  }
}
