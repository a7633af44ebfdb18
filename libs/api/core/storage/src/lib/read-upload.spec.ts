import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { multipartBody, MultipartFile, sampleDocx, sampleExecutable, sampleJpeg, sampleOdt, samplePdf, samplePng } from '../testing';
import { ALL_FILE_KINDS, FILE_KINDS, FileKind } from './file-kind';
import { LocalFolderStorage } from './local-folder-storage';
import { readUpload, ReadUploadOptions, UploadRequest } from './read-upload';
import { UploadErrorCode, UploadException } from './upload.exception';

const MAX_BYTES = 64 * 1024;

/** A request as Express hands it over: headers, and the body still to be read. */
function request(body: Buffer, contentType: string, options: { end?: boolean; contentLength?: number | null } = {}): UploadRequest & PassThrough {
  const headers: Record<string, string> = { 'content-type': contentType };
  if (options.contentLength !== null) headers['content-length'] = String(options.contentLength ?? body.length);
  const req = Object.assign(new PassThrough(), { headers });
  // In small pieces, as from a socket.
  for (let i = 0; i < body.length; i += 16 * 1024) req.write(body.subarray(i, i + 16 * 1024));
  if (options.end !== false) req.end();
  return req;
}

function upload(files: MultipartFile[], fields: Record<string, string> = {}) {
  const { body, contentType } = multipartBody(files, fields);
  return request(body, contentType);
}

async function codeOf(promise: Promise<unknown>): Promise<UploadErrorCode> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof UploadException)) throw new Error(`expected an UploadException, got ${String(error)}`);
  return error.code;
}

const sha256 = (content: Buffer) => createHash('sha256').update(content).digest('hex');

describe('readUpload', () => {
  let root: string;
  let storage: LocalFolderStorage;
  let options: ReadUploadOptions;

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'koko-upload-'));
    storage = await LocalFolderStorage.open({ root });
    options = { storage, maxBytes: MAX_BYTES, allowed: [...ALL_FILE_KINDS], now: new Date('2025-06-15T10:00:00Z') };
  });

  afterEach(() => rm(root, { recursive: true, force: true }));

  const storedFiles = async () => (await readdir(root, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name);

  it.each([
    ['Reflexion.pdf', samplePdf(), FileKind.PDF],
    ['Foto.png', samplePng(), FileKind.PNG],
    ['Foto.jpg', sampleJpeg(), FileKind.JPEG],
    ['Transferaufgabe.docx', sampleDocx(), FileKind.DOCX],
    ['Transferaufgabe (große Vorschau).docx', sampleDocx({ thumbnailBytes: 40 * 1024, dataDescriptors: true }), FileKind.DOCX],
    ['Transferaufgabe.odt', sampleOdt(), FileKind.ODT],
  ])('stores %s under a server key with the type found in its content', async (filename, content, kind) => {
    const result = await readUpload(upload([{ filename, content, contentType: 'application/octet-stream' }]), options);

    expect(result).toEqual({
      key: expect.stringMatching(/^2025\/06\/[0-9a-f-]{36}$/),
      displayName: filename,
      kind,
      contentType: FILE_KINDS[kind].contentType,
      size: content.length,
      sha256: sha256(content),
    });
    expect(await buffer(await storage.get(result.key))).toEqual(content);
    expect(await storedFiles()).toHaveLength(1);
  });

  it('ignores the name and the browser’s content type', async () => {
    const result = await readUpload(upload([{ filename: 'scan.pdf', content: samplePng(), contentType: 'application/pdf' }]), options);
    expect(result).toMatchObject({ kind: FileKind.PNG, contentType: 'image/png', displayName: 'scan.pdf' });
  });

  it('keeps only the last segment of a name like ../../etc/passwd, and reads UTF-8 names', async () => {
    const traversal = await readUpload(upload([{ filename: '../../etc/passwd', content: samplePdf() }]), options);
    expect(traversal.displayName).toBe('passwd');
    expect(traversal.key).not.toContain('passwd');
    const german = await readUpload(upload([{ filename: 'Prüfung – Łukasz Żółć.pdf', content: samplePdf() }]), options);
    expect(german.displayName).toBe('Prüfung – Łukasz Żółć.pdf');
    expect(await readdir(join(root, '2025', '06'))).toEqual(expect.arrayContaining([traversal.key.split('/')[2], german.key.split('/')[2]]));
  });

  it.each([
    ['an ELF executable renamed to .pdf', sampleExecutable('elf')],
    ['a Windows executable renamed to .pdf', sampleExecutable('mz')],
  ])('refuses %s and stores nothing', async (_name, content) => {
    const refusal = readUpload(upload([{ filename: 'Hausarbeit.pdf', content, contentType: 'application/pdf' }]), options);
    expect(await codeOf(refusal)).toBe(UploadErrorCode.FILE_TYPE_NOT_ALLOWED);
    expect(await readdir(root)).toEqual([]);
  });

  it('refuses a recognised kind that this upload does not allow', async () => {
    const refusal = readUpload(upload([{ filename: 'Foto.png', content: samplePng() }]), { ...options, allowed: [FileKind.PDF] });
    expect(await codeOf(refusal)).toBe(UploadErrorCode.FILE_TYPE_NOT_ALLOWED);
    expect(await readdir(root)).toEqual([]);
  });

  it('accepts a file of exactly maxBytes', async () => {
    const content = Buffer.concat([samplePdf(), Buffer.alloc(MAX_BYTES - samplePdf().length, 0x20)]);
    const result = await readUpload(upload([{ filename: 'genau.pdf', content }]), options);
    expect(result.size).toBe(MAX_BYTES);
  });

  it('cuts off a file one byte over the limit while it is still streaming, and leaves the folder empty', async () => {
    const content = Buffer.concat([samplePdf(), Buffer.alloc(MAX_BYTES + 1 - samplePdf().length, 0x20)]);
    const { body, contentType } = multipartBody([{ filename: 'zu-gross.pdf', content }]);
    // Everything up to one byte past the limit, and the request not yet finished.
    const sent = body.subarray(0, body.indexOf(content) + content.length);
    const req = request(sent, contentType, { end: false, contentLength: body.length });

    expect(await codeOf(readUpload(req, options))).toBe(UploadErrorCode.FILE_TOO_LARGE);

    expect(req.writableEnded).toBe(false);
    expect(await readdir(root)).toEqual([]);
    // The rest is still read (and discarded), so the client can receive the answer.
    req.end(body.subarray(sent.length));
    await new Promise((resolve) => req.once('end', resolve));
  });

  it('refuses a declared Content-Length far beyond the limit before reading the body', async () => {
    const req = request(Buffer.alloc(0), 'multipart/form-data; boundary=x', { end: false, contentLength: 1024 * 1024 * 1024 });
    expect(await codeOf(readUpload(req, options))).toBe(UploadErrorCode.FILE_TOO_LARGE);
    req.end();
    expect(await readdir(root)).toEqual([]);
  });

  it('refuses two files in one request and keeps neither', async () => {
    const refusal = readUpload(
      upload([
        { filename: 'a.pdf', content: samplePdf() },
        { filename: 'b.pdf', content: samplePdf() },
      ]),
      options,
    );
    expect(await codeOf(refusal)).toBe(UploadErrorCode.TOO_MANY_FILES);
    expect(await storedFiles()).toEqual([]);
  });

  it('answers FILE_MISSING without a file, with an empty file, and for a body that is not multipart', async () => {
    expect(await codeOf(readUpload(upload([], { comment: 'Hallo' }), options))).toBe(UploadErrorCode.FILE_MISSING);
    expect(await codeOf(readUpload(upload([{ filename: '', content: Buffer.alloc(0) }]), options))).toBe(UploadErrorCode.FILE_MISSING);
    expect(await codeOf(readUpload(request(Buffer.from('{"file":"x"}'), 'application/json'), options))).toBe(UploadErrorCode.FILE_MISSING);
    expect(await storedFiles()).toEqual([]);
  });

  it('answers UPLOAD_INCOMPLETE when the client stops half-way, and removes the partial file', async () => {
    const { body, contentType } = multipartBody([{ filename: 'a.pdf', content: Buffer.concat([samplePdf(), Buffer.alloc(30_000, 0x20)]) }]);
    const req = request(body.subarray(0, 20_000), contentType, { end: false, contentLength: body.length });
    const reading = readUpload(req, options);
    setImmediate(() => req.destroy());
    expect(await codeOf(reading)).toBe(UploadErrorCode.UPLOAD_INCOMPLETE);
    expect(await readdir(root)).toEqual([]);
  });

  it('answers UPLOAD_INCOMPLETE for a body that ends before its closing boundary', async () => {
    const { body, contentType } = multipartBody([{ filename: 'a.pdf', content: samplePdf() }]);
    const reading = readUpload(request(body.subarray(0, body.length - 40), contentType), options);
    expect(await codeOf(reading)).toBe(UploadErrorCode.UPLOAD_INCOMPLETE);
    expect(await storedFiles()).toEqual([]);
  });
});
