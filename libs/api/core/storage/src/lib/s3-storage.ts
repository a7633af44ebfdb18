import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { createHash } from 'node:crypto';
import { Readable, Transform } from 'node:stream';
import { FileStorage, StorageKeyTakenError, StoredFileInfo, StoredFileNotFoundError, StoredObject } from './file-storage';
import { assertValidStorageKey, isValidStorageKey } from './storage-key';

export interface S3StorageOptions {
  /** `https://s3.example.org`; none for AWS itself (then `region` picks the endpoint). */
  endpoint?: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** `https://host/bucket/key` instead of `https://bucket.host/key` (MinIO, Ceph, Swift, most on-premises servers). */
  forcePathStyle: boolean;
}

/** Parts of 8 MiB, two in flight: an upload holds at most about 16 MiB in memory, whatever its size. */
const PART_SIZE = 8 * 1024 * 1024;
const QUEUE_SIZE = 2;

export class S3StorageUnavailableError extends Error {
  constructor(options: S3StorageOptions, reason: string) {
    super(`S3 storage: bucket "${options.bucket}" at ${options.endpoint ?? `AWS ${options.region}`} cannot be used: ${reason}`);
    this.name = 'S3StorageUnavailableError';
  }
}

function statusOf(error: unknown): number | undefined {
  return error instanceof S3ServiceException ? error.$metadata.httpStatusCode : (error as { $metadata?: { httpStatusCode?: number } })?.$metadata?.httpStatusCode;
}

function describe(error: unknown): string {
  const status = statusOf(error);
  const name = error instanceof Error ? error.name : 'Error';
  const message = error instanceof Error ? error.message : String(error);
  if (status === 403) return `access refused (HTTP 403, ${name}): check S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY`;
  if (status === 404) return 'the bucket does not exist (HTTP 404): create it first';
  if (status === 301) return `the bucket lives in another region (HTTP 301): check S3_REGION`;
  return status ? `HTTP ${status}, ${name}${message && message !== name && message !== 'UnknownError' ? `: ${message}` : ''}` : `${name}: ${message}`;
}

/**
 * Files in an S3-compatible bucket (AWS, MinIO, Ceph, OpenStack Swift's s3api …), one object a key.
 * Uploads stream as multipart uploads (`@aws-sdk/lib-storage`), hashed on the way; an upload whose
 * stream fails is aborted, so no object appears. Downloads are the response stream itself.
 */
export class S3Storage implements FileStorage {
  private constructor(
    private readonly client: S3Client,
    readonly options: S3StorageOptions,
  ) {}

  /** Connects and checks that the bucket can be reached with these credentials (one clear error otherwise). */
  static async open(options: S3StorageOptions): Promise<S3Storage> {
    const storage = new S3Storage(
      new S3Client({
        endpoint: options.endpoint,
        region: options.region,
        forcePathStyle: options.forcePathStyle,
        credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey },
        // Checksums only where the operation requires one: not every S3-compatible server knows the newer ones.
        requestChecksumCalculation: 'WHEN_REQUIRED',
        responseChecksumValidation: 'WHEN_REQUIRED',
        maxAttempts: 3,
      }),
      options,
    );
    try {
      await storage.probe();
    } catch (error) {
      storage.close();
      throw error;
    }
    return storage;
  }

  get bucket(): string {
    return this.options.bucket;
  }

  close(): void {
    this.client.destroy();
  }

  /** Nest calls this when the app closes: the client's sockets must not keep the process alive. */
  onApplicationShutdown(): void {
    this.close();
  }

  /**
   * `known.sha256` (a copy whose hash was computed beforehand, e.g. by `storage:migrate`) is kept as
   * the object's metadata `sha256`, so a later run can compare without reading the object back.
   */
  async put(key: string, content: Readable, known: { sha256?: string } = {}): Promise<StoredObject> {
    assertValidStorageKey(key);
    // Keys are random UUIDs, so this only guards against a caller reusing one: stored files never change.
    if (await this.exists(key)) {
      content.destroy();
      throw new StorageKeyTakenError(key);
    }
    const hash = createHash('sha256');
    let size = 0;
    let sourceError: unknown = null;
    const meter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk);
        size += chunk.length;
        done(null, chunk);
      },
    });
    content.once('error', (error) => {
      sourceError = error;
      meter.destroy(error);
    });
    content.pipe(meter);
    const upload = new Upload({
      client: this.client,
      params: { Bucket: this.bucket, Key: key, Body: meter, ContentType: 'application/octet-stream', Metadata: known.sha256 ? { sha256: known.sha256 } : undefined },
      partSize: PART_SIZE,
      queueSize: QUEUE_SIZE,
      // An upload that fails half-way is aborted: its parts are removed and no object appears.
      leavePartsOnError: false,
    });
    try {
      await upload.done();
    } catch (error) {
      content.unpipe(meter);
      content.destroy();
      // The caller's reason (upload too large, client went away), not the SDK's report of it.
      throw sourceError ?? error;
    }
    if (sourceError) {
      // The stream failed after the last part was sent: the object must not stay.
      await this.delete(key);
      throw sourceError;
    }
    return { size, sha256: hash.digest('hex') };
  }

  async get(key: string): Promise<Readable> {
    assertValidStorageKey(key);
    try {
      const answer = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      if (!(answer.Body instanceof Readable)) throw new Error(`S3 storage: no stream for ${key}`);
      return answer.Body;
    } catch (error) {
      if (statusOf(error) === 404 || (error as Error).name === 'NoSuchKey') throw new StoredFileNotFoundError(key);
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    assertValidStorageKey(key);
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key })).catch((error: unknown) => {
      if (statusOf(error) !== 404) throw error;
    });
  }

  async exists(key: string): Promise<boolean> {
    assertValidStorageKey(key);
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return true;
    } catch (error) {
      if (statusOf(error) === 404) return false;
      throw error;
    }
  }

  /** Size and the `sha256` metadata (null when the object was written without it), or null for no object. */
  async describe(key: string): Promise<{ size: number; sha256: string | null } | null> {
    assertValidStorageKey(key);
    try {
      const head = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      const sha256 = head.Metadata?.['sha256'];
      return { size: head.ContentLength ?? 0, sha256: sha256 && /^[0-9a-f]{64}$/.test(sha256) ? sha256 : null };
    } catch (error) {
      if (statusOf(error) === 404) return null;
      throw error;
    }
  }

  async *list(): AsyncIterable<StoredFileInfo> {
    let token: string | undefined;
    do {
      const page = await this.client.send(new ListObjectsV2Command({ Bucket: this.bucket, ContinuationToken: token, MaxKeys: 1000 }));
      for (const object of page.Contents ?? []) {
        if (object.Key && isValidStorageKey(object.Key) && object.LastModified) yield { key: object.Key, modifiedAt: object.LastModified };
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }

  async probe(): Promise<void> {
    try {
      await this.client.send(new HeadBucketCommand({ Bucket: this.bucket }));
    } catch (error) {
      throw new S3StorageUnavailableError(this.options, describe(error));
    }
  }
}
