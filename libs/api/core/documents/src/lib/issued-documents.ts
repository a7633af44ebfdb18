import { sqlOne } from '@koko/api/core/database';
import { FileStorage, newStorageKey } from '@koko/api/core/storage';
import { Readable } from 'node:stream';
import { EntityManager } from 'typeorm';

/**
 * The next number of a gap-free per-year series. The year's row of the owning library's counter
 * table (`year`, `last_number`) is locked and incremented in the caller's transaction: parallel
 * issues queue on it, and an issue that rolls back gives its number back.
 */
export async function nextInYearSeries(m: EntityManager, counterTable: string, year: number): Promise<number> {
  if (!/^[a-z_]+$/.test(counterTable)) throw new Error(`Not a counter table name: ${counterTable}`);
  const { last_number } = await sqlOne<{ last_number: number }>(
    m,
    `INSERT INTO ${counterTable} (year, last_number) VALUES ($1, 1)
     ON CONFLICT (year) DO UPDATE SET last_number = ${counterTable}.last_number + 1
     RETURNING last_number`,
    [year],
  );
  return last_number;
}

/** What a document's row records of its stored PDF. */
export interface StoredDocumentFile {
  storageKey: string;
  sha256: string;
  sizeBytes: number;
}

/** Stores the rendered PDF (at most once per issue) and says where. */
export type StoreDocument = (pdf: Buffer) => Promise<StoredDocumentFile>;

/**
 * Runs one issue (usually a transaction) that stores a rendered PDF under a fresh key. The file is
 * written before the row that names it; if anything fails after it was written, it is removed again,
 * so a failed issue leaves neither a row nor a file.
 */
export async function issueWithStoredDocument<T>(storage: FileStorage, issue: (store: StoreDocument) => Promise<T>): Promise<T> {
  const key = newStorageKey();
  let written = false;
  try {
    return await issue(async (pdf) => {
      written = true;
      const file = await storage.put(key, Readable.from(pdf));
      return { storageKey: key, sha256: file.sha256, sizeBytes: file.size };
    });
  } catch (error) {
    if (written) await storage.delete(key);
    throw error;
  }
}
