import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { LocalFolderStorage } from './local-folder-storage';
import type { S3Storage } from './s3-storage';

/** A SHA-256 some library recorded for a stored file (certificates, attendance confirmations, attempt files). */
export interface RecordedHash {
  sha256: string;
  owner: string;
}

export interface StorageMigrationReport {
  /** Files found in the folder. */
  files: number;
  copied: number;
  /** Already in the bucket with the same size and SHA-256 (an earlier, interrupted run): left as they are. */
  alreadyPresent: number;
  bytesCopied: number;
  /** Files with a recorded SHA-256 whose copy in the bucket was checked against it. */
  verified: number;
  /** Everything that needs a person: each line names the key and what is wrong. Empty when all is well. */
  problems: string[];
}

/** Copies in flight at once: enough to keep a remote bucket busy, little memory (each streams). */
const PARALLEL = 4;

async function sha256Of(stream: Readable): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of stream) {
    hash.update(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return { sha256: hash.digest('hex'), size };
}

/**
 * Copies every file of the local folder into the bucket under the same key, so that the instances
 * can be switched to `STORAGE_DRIVER=s3` afterwards (`npm run storage:migrate`).
 *
 * - Resumable: an object already in the bucket with the same size and SHA-256 (kept as its
 *   metadata by an earlier run, or computed by reading it) is skipped; one that differs is reported,
 *   never overwritten.
 * - Verified: a file whose SHA-256 a library recorded (certificate PDFs above all) is copied only
 *   when the folder's bytes match the record, and the hash computed while uploading must match too;
 *   recorded files missing from the folder must already be in the bucket with the recorded hash.
 * - The folder is only read: switching back stays possible until it is removed by hand.
 */
export async function migrateFolderToBucket(
  source: LocalFolderStorage,
  target: S3Storage,
  recorded: ReadonlyMap<string, RecordedHash>,
  log: (message: string) => void = () => undefined,
): Promise<StorageMigrationReport> {
  const report: StorageMigrationReport = { files: 0, copied: 0, alreadyPresent: 0, bytesCopied: 0, verified: 0, problems: [] };
  const seen = new Set<string>();
  const files = source.list()[Symbol.asyncIterator]();

  const copyOne = async (key: string) => {
    const local = await sha256Of(await source.get(key));
    const expected = recorded.get(key);
    if (expected && expected.sha256 !== local.sha256) {
      report.problems.push(`${key}: the folder's file has SHA-256 ${local.sha256}, ${expected.owner} recorded ${expected.sha256}; not copied`);
      return;
    }
    const existing = await target.describe(key);
    if (existing) {
      const same = existing.size === local.size && (existing.sha256 ?? (await sha256Of(await target.get(key))).sha256) === local.sha256;
      if (same) {
        report.alreadyPresent += 1;
        if (expected) report.verified += 1;
      } else {
        report.problems.push(`${key}: the bucket already holds a different object (${existing.size} bytes, the folder's file ${local.size}); left as it is`);
      }
      return;
    }
    const stored = await target.put(key, await source.get(key), { sha256: local.sha256 });
    if (stored.sha256 !== local.sha256 || stored.size !== local.size) {
      await target.delete(key);
      report.problems.push(`${key}: changed while it was copied (SHA-256 ${local.sha256} before, ${stored.sha256} uploaded); the copy was removed, run again`);
      return;
    }
    report.copied += 1;
    report.bytesCopied += stored.size;
    if (expected) report.verified += 1;
  };

  const worker = async () => {
    for (let next = await files.next(); !next.done; next = await files.next()) {
      const key = next.value.key;
      seen.add(key);
      report.files += 1;
      await copyOne(key);
      if (report.files % 200 === 0) log(`${report.files} files: ${report.copied} copied, ${report.alreadyPresent} already in the bucket, ${report.problems.length} problems`);
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));

  // Recorded files the folder no longer has: acceptable only when the bucket holds them, unchanged.
  for (const [key, expected] of recorded) {
    if (seen.has(key)) continue;
    const existing = await target.describe(key);
    const sha256 = existing ? (existing.sha256 ?? (await sha256Of(await target.get(key))).sha256) : null;
    if (sha256 === expected.sha256) report.verified += 1;
    else report.problems.push(`${key}: recorded by ${expected.owner} but ${existing ? `the bucket's object has SHA-256 ${sha256}` : 'neither in the folder nor in the bucket'}`);
  }
  return report;
}
