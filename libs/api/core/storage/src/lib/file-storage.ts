import type { Readable } from 'node:stream';

/** What `put` learnt while writing: the stored size and the SHA-256 of the content (hex). */
export interface StoredObject {
  size: number;
  sha256: string;
}

/** One stored file as `list` reports it: its key and when it was last written. */
export interface StoredFileInfo {
  key: string;
  modifiedAt: Date;
}

/**
 * Where uploaded files live. Keys come from `newStorageKey()` (never from a user) and are checked
 * on every call with `assertValidStorageKey`; callers keep key, display name and type in their own
 * table and serve files only after their own authorization check.
 *
 * The contract is small on purpose so that an S3-compatible implementation can follow:
 * - `put` consumes a stream of unknown length and returns size and SHA-256 computed while it
 *   streamed. The object becomes visible only when the stream ended without error; if the stream
 *   errors (an upload refused half-way) nothing is left behind and `put` rejects with that error.
 *   (S3: a multipart upload that is completed at the end and aborted on error; the hash is
 *   computed by the caller's side, not taken from the ETag.) An existing key is refused.
 * - `get` rejects with `StoredFileNotFoundError` for an unknown key before returning a stream.
 *   (S3: GetObject's body; NoSuchKey → StoredFileNotFoundError.)
 * - `delete` is idempotent: deleting an unknown key succeeds. (S3: DeleteObject.)
 * - `exists` answers without reading the content. (S3: HeadObject.)
 * - `list` yields every complete file (never one still being written) with the time it was
 *   written, in no particular order. (S3: ListObjectsV2 with its LastModified.)
 * - `probe` resolves when the storage can be written to right now, and rejects with the reason
 *   otherwise (readiness, `/health/ready`). (S3: HeadBucket.)
 */
export interface FileStorage {
  put(key: string, content: Readable): Promise<StoredObject>;
  get(key: string): Promise<Readable>;
  delete(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
  list(): AsyncIterable<StoredFileInfo>;
  probe(): Promise<void>;
}

/** Injection token of the configured `FileStorage`. */
export const FILE_STORAGE = Symbol('FILE_STORAGE');

export class StoredFileNotFoundError extends Error {
  constructor(readonly key: string) {
    super(`No stored file under key ${key}`);
    this.name = 'StoredFileNotFoundError';
  }
}

export class StorageKeyTakenError extends Error {
  constructor(readonly key: string) {
    super(`A file is already stored under key ${key}`);
    this.name = 'StorageKeyTakenError';
  }
}
