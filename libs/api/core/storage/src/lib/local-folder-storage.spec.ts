import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { StorageKeyTakenError, StoredFileNotFoundError } from './file-storage';
import { LocalFolderStorage, StorageRootRefusedError } from './local-folder-storage';
import { InvalidStorageKeyError, isValidStorageKey, newStorageKey } from './storage-key';

const TRAVERSAL_KEYS = [
  '../outside',
  '../../etc/passwd',
  '2025/../../outside',
  '2025/06/../../../outside',
  '..',
  '.',
  '/etc/passwd',
  '\\\\server\\share',
  '2025\\..\\..\\outside',
  'C:\\Windows\\win.ini',
  'C:/Windows/win.ini',
  '2025//x',
  '2025/./x',
  '2025/06/',
  '.upload-1.part',
  '%2e%2e/outside',
  '2025/06/x\0.pdf',
  '',
];

describe('storage keys', () => {
  it('generates yyyy/mm/<uuid> keys in UTC that pass their own check', () => {
    const key = newStorageKey(new Date('2025-12-31T23:30:00-02:00'));
    expect(key).toMatch(/^2026\/01\/[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(isValidStorageKey(key)).toBe(true);
    expect(newStorageKey()).not.toBe(newStorageKey());
  });

  it.each(TRAVERSAL_KEYS)('refuses %j', (key) => {
    expect(isValidStorageKey(key)).toBe(false);
  });
});

describe('LocalFolderStorage', () => {
  let base: string;
  let root: string;
  let storage: LocalFolderStorage;

  beforeEach(async () => {
    base = await mkdtemp(join(tmpdir(), 'koko-storage-'));
    root = join(base, 'files');
    storage = await LocalFolderStorage.open({ root });
  });

  afterEach(() => rm(base, { recursive: true, force: true }));

  it('creates its root at start', async () => {
    expect(await readdir(root)).toEqual([]);
  });

  it('stores, reads back, reports size and SHA-256, and deletes', async () => {
    const content = Buffer.from('Transferaufgabe Modul 3 – Łukasz Żółć\n'.repeat(5000), 'utf8');
    const key = newStorageKey();

    const stored = await storage.put(key, Readable.from([content.subarray(0, 7000), content.subarray(7000)]));

    expect(stored).toEqual({ size: content.length, sha256: createHash('sha256').update(content).digest('hex') });
    expect(await storage.exists(key)).toBe(true);
    const read = await storage.get(key);
    const chunks: Buffer[] = [];
    for await (const chunk of read) chunks.push(chunk as Buffer);
    expect(createHash('sha256').update(Buffer.concat(chunks)).digest('hex')).toBe(stored.sha256);

    await storage.delete(key);
    expect(await storage.exists(key)).toBe(false);
    await expect(storage.delete(key)).resolves.toBeUndefined();
  });

  it('leaves nothing behind when the content stream fails half-way', async () => {
    const failing = new Readable({
      read() {
        this.push(Buffer.alloc(10_000, 1));
        this.destroy(new Error('client went away'));
      },
    });
    const key = newStorageKey();

    await expect(storage.put(key, failing)).rejects.toThrow('client went away');

    expect(await readdir(root, { recursive: true })).toEqual([]);
    expect(await storage.exists(key)).toBe(false);
  });

  it('never overwrites a stored file', async () => {
    const key = newStorageKey();
    await storage.put(key, Readable.from([Buffer.from('first')]));

    await expect(storage.put(key, Readable.from([Buffer.from('second')]))).rejects.toBeInstanceOf(StorageKeyTakenError);

    expect(await text(await storage.get(key))).toBe('first');
    expect((await readdir(root)).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('answers an unknown key, or one naming a folder, with StoredFileNotFoundError', async () => {
    const key = newStorageKey(new Date('2025-06-01T00:00:00Z'));
    await expect(storage.get(key)).rejects.toBeInstanceOf(StoredFileNotFoundError);
    await storage.put(key, Readable.from([Buffer.from('x')]));
    await expect(storage.get('2025/06')).rejects.toBeInstanceOf(StoredFileNotFoundError);
    expect(await storage.exists('2025/06')).toBe(false);
  });

  it.each(TRAVERSAL_KEYS)('refuses the key %j in every operation', async (key) => {
    await writeFile(join(base, 'outside'), 'secret');
    await expect(storage.put(key, Readable.from([Buffer.from('x')]))).rejects.toBeInstanceOf(InvalidStorageKeyError);
    await expect(storage.get(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
    await expect(storage.exists(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
    await expect(storage.delete(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
    expect(await readdir(base)).toEqual(['files', 'outside']);
  });

  it('refuses a root inside the statically served folder, also through a symlink, without creating it', async () => {
    const served = join(base, 'dist', 'browser');
    await mkdir(served, { recursive: true });
    await expect(LocalFolderStorage.open({ root: join(served, 'files'), servedDirs: [served] })).rejects.toBeInstanceOf(StorageRootRefusedError);
    await expect(LocalFolderStorage.open({ root: served, servedDirs: [served] })).rejects.toBeInstanceOf(StorageRootRefusedError);
    expect(await readdir(served)).toEqual([]);

    await symlink(served, join(base, 'link'));
    await expect(LocalFolderStorage.open({ root: join(base, 'link', 'uploads'), servedDirs: [served] })).rejects.toBeInstanceOf(StorageRootRefusedError);
    await expect(LocalFolderStorage.open({ root: join(base, 'elsewhere'), servedDirs: [served, join(base, 'missing')] })).resolves.toBeInstanceOf(LocalFolderStorage);
  });

  it('removes temporary files a crashed process left, but not a fresh one', async () => {
    const stale = join(root, '.upload-stale.part');
    const fresh = join(root, '.upload-fresh.part');
    await writeFile(stale, 'x');
    await writeFile(fresh, 'x');
    const yesterday = new Date(Date.now() - 25 * 60 * 60 * 1000);
    await utimes(stale, yesterday, yesterday);

    await LocalFolderStorage.open({ root });

    expect(await readdir(root)).toEqual(['.upload-fresh.part']);
  });

  it('lists every complete file with the time it was written, skipping temporary and foreign names', async () => {
    const a = newStorageKey();
    const b = `exports/${newStorageKey()}.zip`;
    await storage.put(a, Readable.from(['a']));
    await storage.put(b, Readable.from(['b']));
    const written = new Date('2026-01-02T03:04:05Z');
    await utimes(join(root, ...a.split('/')), written, written);
    await writeFile(join(root, '.upload-running.part'), 'x');
    await writeFile(join(root, 'not a key.txt'), 'x');
    await symlink(join(root, ...b.split('/')), join(root, 'link'));

    const listed = [];
    for await (const file of storage.list()) listed.push(file);

    expect(listed.map((f) => f.key).sort()).toEqual([a, b].sort());
    expect(listed.find((f) => f.key === a)?.modifiedAt).toEqual(written);
  });
});
