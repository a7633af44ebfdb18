import { Controller, Inject, INestApplication, Module, Post, Req, UseFilters } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import type { Request } from 'express';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { sampleExecutable, samplePdf } from '../testing';
import { FileKind } from './file-kind';
import { FILE_STORAGE, FileStorage } from './file-storage';
import { LocalFolderStorage } from './local-folder-storage';
import { readUpload, StoredUpload } from './read-upload';
import { UploadErrorCode, UploadException, UploadExceptionFilter } from './upload.exception';

const MAX_BYTES = 100 * 1024;
/** The last upload's outcome as the controller saw it (to observe a request whose client went away). */
let lastOutcome: Promise<unknown> | undefined;

/** The shape of an upload endpoint in a domain library. */
@Controller('api/files')
@UseFilters(UploadExceptionFilter)
class ExampleUploadController {
  constructor(@Inject(FILE_STORAGE) private readonly storage: FileStorage) {}

  @Post()
  async upload(@Req() req: Request): Promise<StoredUpload> {
    const reading = readUpload(req, { storage: this.storage, maxBytes: MAX_BYTES, allowed: [FileKind.PDF] });
    lastOutcome = reading.catch((error: unknown) => error);
    return reading;
  }
}

async function eventually(condition: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 200 && !(await condition()); i++) await new Promise((resolve) => setTimeout(resolve, 10));
}

describe('readUpload behind a Nest controller, over HTTP', () => {
  let root: string;
  let app: INestApplication;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'koko-upload-http-'));
    const storage = await LocalFolderStorage.open({ root });
    @Module({ controllers: [ExampleUploadController], providers: [{ provide: FILE_STORAGE, useValue: storage }] })
    class ExampleModule {}
    const moduleRef = await Test.createTestingModule({ imports: [ExampleModule] }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    await app.init();
  });

  afterAll(async () => {
    await app.close();
    await rm(root, { recursive: true, force: true });
  });

  beforeEach(async () => {
    for (const entry of await readdir(root)) await rm(join(root, entry), { recursive: true, force: true });
  });

  it('stores a PDF and answers with its key, kind and hash', async () => {
    const res = await request(app.getHttpServer()).post('/api/files').attach('file', samplePdf(), { filename: 'Reflexion.pdf', contentType: 'application/pdf' }).expect(201);
    expect(res.body).toMatchObject({ displayName: 'Reflexion.pdf', kind: 'PDF', contentType: 'application/pdf', size: samplePdf().length });
  });

  it('answers 415 in German by default for an executable named .pdf', async () => {
    const res = await request(app.getHttpServer()).post('/api/files').attach('file', sampleExecutable('mz'), { filename: 'Hausarbeit.pdf', contentType: 'application/pdf' }).expect(415);
    expect(res.body).toEqual({ code: 'FILE_TYPE_NOT_ALLOWED', message: expect.stringContaining('Dieser Dateityp ist nicht erlaubt. Erlaubt sind: PDF.') });
    expect(await readdir(root)).toEqual([]);
  });

  it('answers 413 in the caller’s language once the file passes the limit, with nothing stored', async () => {
    const tooLarge = Buffer.concat([samplePdf(), Buffer.alloc(MAX_BYTES, 0x20)]);
    const res = await request(app.getHttpServer()).post('/api/files').set('Accept-Language', 'en').attach('file', tooLarge, 'big.pdf').expect(413);
    expect(res.body).toEqual({ code: 'FILE_TOO_LARGE', message: 'The file is too large: at most 0.1 MB are allowed.' });
    expect(await readdir(root)).toEqual([]);
  });

  it('refuses a declared size far over the limit before reading, and the client still gets the answer', async () => {
    const huge = Buffer.concat([samplePdf(), Buffer.alloc(8 * 1024 * 1024, 0x20)]);
    const res = await request(app.getHttpServer()).post('/api/files').attach('file', huge, 'huge.pdf').expect(413);
    expect(res.body.code).toBe('FILE_TOO_LARGE');
    expect(await readdir(root)).toEqual([]);
  });

  it('cleans up when the client disconnects half-way', async () => {
    await app.listen(0, '127.0.0.1');
    const { port } = app.getHttpServer().address() as AddressInfo;
    const boundary = 'xyz';
    const client = httpRequest({ host: '127.0.0.1', port, method: 'POST', path: '/api/files', headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': '90000' } });
    client.on('error', () => undefined);
    client.write(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n`);
    client.write(Buffer.concat([samplePdf(), Buffer.alloc(40_000, 0x20)]));
    lastOutcome = undefined;
    // Wait until the server is writing the file, then go away.
    await eventually(async () => (await readdir(root)).some((name) => name.endsWith('.part')));
    client.destroy();

    await eventually(async () => lastOutcome !== undefined);
    const outcome: unknown = await (lastOutcome as Promise<unknown> | undefined);
    expect(outcome).toBeInstanceOf(UploadException);
    expect(outcome).toMatchObject({ code: UploadErrorCode.UPLOAD_INCOMPLETE });
    expect(await readdir(root)).toEqual([]);
  });

  it('answers 400 FILE_MISSING for a request without a file', async () => {
    const res = await request(app.getHttpServer()).post('/api/files').field('comment', 'no file').expect(400);
    expect(res.body.code).toBe('FILE_MISSING');
  });
});
