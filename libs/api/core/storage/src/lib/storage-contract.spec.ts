import { CreateBucketCommand, ListMultipartUploadsCommand, S3Client } from '@aws-sdk/client-s3';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { multipartBody, samplePdf, startSwiftS3Server, SwiftS3Server } from '../testing';
import { FileKind } from './file-kind';
import { FileStorage, StorageKeyTakenError, StoredFileNotFoundError } from './file-storage';
import { LocalFolderStorage } from './local-folder-storage';
import { readUpload } from './read-upload';
import { S3Storage, S3StorageUnavailableError } from './s3-storage';
import { newStorageKey } from './storage-key';
import { UploadErrorCode, UploadException } from './upload.exception';

const MiB = 1024 * 1024;

/** Chunks of pseudo-random bytes (not compressible, not all alike), `total` bytes in all. */
function randomStream(total: number, chunk = 256 * 1024): { stream: Readable; sha256: Promise<string> } {
  const hash = createHash('sha256');
  let left = total;
  let done: (hex: string) => void = () => undefined;
  const sha256 = new Promise<string>((r) => (done = r));
  const stream = new Readable({
    read() {
      if (left === 0) {
        done(hash.digest('hex'));
        this.push(null);
        return;
      }
      const part = randomBytes(Math.min(chunk, left));
      left -= part.length;
      hash.update(part);
      this.push(part);
    },
  });
  return { stream, sha256 };
}

async function sha256Of(stream: Readable): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of stream) {
    hash.update(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return { sha256: hash.digest('hex'), size };
}

/** For S3 also the multipart uploads begun and never completed or aborted (their parts would cost space). */
async function incompleteUploads(storage: FileStorage): Promise<number> {
  if (!(storage instanceof S3Storage) || !swift) return 0;
  const client = new S3Client({ endpoint: swift.endpoint, region: swift.region, forcePathStyle: true, credentials: { accessKeyId: swift.accessKeyId, secretAccessKey: swift.secretAccessKey } });
  try {
    return (await client.send(new ListMultipartUploadsCommand({ Bucket: storage.bucket }))).Uploads?.length ?? 0;
  } finally {
    client.destroy();
  }
}

async function keysOf(storage: FileStorage): Promise<string[]> {
  const keys: string[] = [];
  for await (const file of storage.list()) keys.push(file.key);
  return keys.sort();
}

interface Driver {
  /** A fresh, empty storage. */
  open(): Promise<FileStorage>;
  cleanup(): Promise<void>;
}

function localDriver(): Driver {
  const bases: string[] = [];
  return {
    async open() {
      const base = await mkdtemp(join(tmpdir(), 'koko-contract-'));
      bases.push(base);
      return LocalFolderStorage.open({ root: join(base, 'files') });
    },
    async cleanup() {
      await Promise.all(bases.map((b) => rm(b, { recursive: true, force: true })));
    },
  };
}

let swift: SwiftS3Server | null = null;
const opened: S3Storage[] = [];

function s3Options(bucket: string, secret?: string) {
  if (!swift) throw new Error('Swift is not running');
  return { endpoint: swift.endpoint, region: swift.region, bucket, accessKeyId: swift.accessKeyId, secretAccessKey: secret ?? swift.secretAccessKey, forcePathStyle: true };
}

function s3Driver(): Driver {
  return {
    async open() {
      if (!swift) throw new Error('Swift is not running');
      const bucket = `koko-${randomUUID().slice(0, 8)}`;
      const admin = new S3Client({ endpoint: swift.endpoint, region: swift.region, forcePathStyle: true, credentials: { accessKeyId: swift.accessKeyId, secretAccessKey: swift.secretAccessKey } });
      await admin.send(new CreateBucketCommand({ Bucket: bucket }));
      admin.destroy();
      const storage = await S3Storage.open(s3Options(bucket));
      opened.push(storage);
      return storage;
    },
    async cleanup() {
      for (const s of opened.splice(0)) s.close();
    },
  };
}

beforeAll(async () => {
  swift = await startSwiftS3Server();
}, 120_000);

afterAll(async () => {
  await swift?.stop();
});

describe.each([
  ['local folder', localDriver()],
  ['S3 (OpenStack Swift with s3api)', s3Driver()],
])('FileStorage contract: %s', (_name, driver) => {
  let storage: FileStorage;
  beforeEach(async () => {
    storage = await driver.open();
  });
  afterAll(() => driver.cleanup());

  it('stores, reports size and SHA-256, reads back, tells existence, deletes idempotently', async () => {
    const content = Buffer.from('Transferaufgabe Modul 3 – Łukasz Żółć\n'.repeat(5000), 'utf8');
    const key = newStorageKey();
    const stored = await storage.put(key, Readable.from([content.subarray(0, 7000), content.subarray(7000)]));
    expect(stored).toEqual({ size: content.length, sha256: createHash('sha256').update(content).digest('hex') });
    expect(await storage.exists(key)).toBe(true);
    expect(await sha256Of(await storage.get(key))).toEqual({ sha256: stored.sha256, size: content.length });
    await storage.delete(key);
    expect(await storage.exists(key)).toBe(false);
    await expect(storage.delete(key)).resolves.toBeUndefined();
  });

  it('stores a 12 MiB file streamed in (multipart for S3) and hands it back identical', async () => {
    const key = newStorageKey();
    const { stream, sha256 } = randomStream(12 * MiB);
    const stored = await storage.put(key, stream);
    expect(stored.size).toBe(12 * MiB);
    expect(stored.sha256).toBe(await sha256);
    expect(await sha256Of(await storage.get(key))).toEqual({ sha256: stored.sha256, size: 12 * MiB });
  });

  it('streams a download: small chunks, and a reader that pauses holds only a little of the file in memory', async () => {
    const key = newStorageKey();
    await storage.put(key, randomStream(12 * MiB).stream);
    const stream = await storage.get(key);
    const first = await new Promise<Buffer>((resolve) => stream.once('data', (chunk: Buffer) => resolve(chunk)));
    stream.pause();
    await new Promise((r) => setTimeout(r, 300));
    expect(first.length).toBeLessThanOrEqual(MiB);
    expect(stream.readableEnded).toBe(false);
    // A buffering driver would hold the whole 12 MiB here.
    expect(stream.readableLength).toBeLessThan(2 * MiB);
    let rest = 0;
    let largest = 0;
    for await (const chunk of stream) {
      rest += (chunk as Buffer).length;
      largest = Math.max(largest, (chunk as Buffer).length);
    }
    expect(first.length + rest).toBe(12 * MiB);
    expect(largest).toBeLessThanOrEqual(MiB);
  });

  it('leaves nothing behind when the stream fails half-way (after a first part was sent)', async () => {
    const key = newStorageKey();
    let sent = 0;
    const failing = new Readable({
      read() {
        if (sent >= 9 * MiB) {
          this.destroy(new Error('client went away'));
          return;
        }
        sent += MiB;
        this.push(randomBytes(MiB));
      },
    });
    await expect(storage.put(key, failing)).rejects.toThrow('client went away');
    expect(await storage.exists(key)).toBe(false);
    expect(await keysOf(storage)).toEqual([]);
    expect(await incompleteUploads(storage)).toBe(0);
  });

  it('cuts off an oversize upload while it streams (readUpload) and leaves no object', async () => {
    const maxBytes = 10 * MiB;
    const pdf = Buffer.concat([samplePdf(), Buffer.alloc(12 * MiB, 0x20)]);
    const { body, contentType } = multipartBody([{ field: 'file', filename: 'Reflexion.pdf', content: pdf }]);
    // Sent in 1 MiB pieces without a Content-Length, as a browser's chunked upload would be.
    const pieces: Buffer[] = [];
    for (let at = 0; at < body.length; at += MiB) pieces.push(body.subarray(at, at + MiB));
    const req = Object.assign(Readable.from(pieces), { headers: { 'content-type': contentType } });
    const refused = await readUpload(req, { storage, maxBytes, allowed: [FileKind.PDF] }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(UploadException);
    expect((refused as UploadException).code).toBe(UploadErrorCode.FILE_TOO_LARGE);
    expect(await keysOf(storage)).toEqual([]);
    expect(await incompleteUploads(storage)).toBe(0);
  });

  it('never overwrites a stored file', async () => {
    const key = newStorageKey();
    await storage.put(key, Readable.from([Buffer.from('first')]));
    await expect(storage.put(key, Readable.from([Buffer.from('second')]))).rejects.toBeInstanceOf(StorageKeyTakenError);
    expect((await sha256Of(await storage.get(key))).size).toBe(5);
  });

  it('answers an unknown key with StoredFileNotFoundError and false', async () => {
    const key = newStorageKey();
    await expect(storage.get(key)).rejects.toBeInstanceOf(StoredFileNotFoundError);
    expect(await storage.exists(key)).toBe(false);
  });

  it('lists every stored file with the time it was written', async () => {
    const before = Date.now() - 5000;
    const a = newStorageKey();
    const b = `exports/${newStorageKey()}.zip`;
    await storage.put(a, Readable.from(['a']));
    await storage.put(b, Readable.from(['b']));
    const listed: { key: string; modifiedAt: Date }[] = [];
    for await (const file of storage.list()) listed.push(file);
    expect(listed.map((f) => f.key).sort()).toEqual([a, b].sort());
    for (const file of listed) expect(file.modifiedAt.getTime()).toBeGreaterThan(before);
  });

  it('probes successfully while it can be reached', async () => {
    await expect(storage.probe()).resolves.toBeUndefined();
  });
});

describe('S3Storage configuration errors', () => {
  it('refuses a wrong secret at start with one clear error (SigV4 is checked)', async () => {
    const bucket = `koko-${randomUUID().slice(0, 8)}`;
    const admin = new S3Client({ endpoint: swift?.endpoint, region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: 'test:tester', secretAccessKey: 'testing' } });
    await admin.send(new CreateBucketCommand({ Bucket: bucket }));
    admin.destroy();
    const refused = await S3Storage.open(s3Options(bucket, 'not-the-secret')).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(S3StorageUnavailableError);
    expect((refused as Error).message).toMatch(/bucket "koko-\w+" at http:\/\/127\.0\.0\.1:\d+ cannot be used: access refused \(HTTP 403/);
    expect((refused as Error).message).toContain('S3_SECRET_ACCESS_KEY');
  });

  it('names a missing bucket', async () => {
    const refused = await S3Storage.open(s3Options('koko-does-not-exist')).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(S3StorageUnavailableError);
    expect((refused as Error).message).toContain('the bucket does not exist');
  });

  it('names an endpoint nobody answers at', async () => {
    const refused = await S3Storage.open({ ...s3Options('koko'), endpoint: 'http://127.0.0.1:9' }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(S3StorageUnavailableError);
    expect((refused as Error).message).toMatch(/http:\/\/127\.0\.0\.1:9 cannot be used: .*ECONNREFUSED/);
  });
});
