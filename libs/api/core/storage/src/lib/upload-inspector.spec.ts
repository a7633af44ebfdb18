import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Writable } from 'node:stream';
import { buildZip, sampleDocx, sampleExecutable, sampleJpeg, sampleOdt, samplePdf, samplePng } from '../testing';
import { ALL_FILE_KINDS, FileKind } from './file-kind';
import { UploadErrorCode, UploadException } from './upload.exception';
import { UploadInspector, ZIP_START_BYTES } from './upload-inspector';

/** Runs the bytes through an inspector in chunks of `chunkSize`; answers the kind or the refusal's code. */
async function inspect(content: Buffer, options: { allowed?: FileKind[]; maxBytes?: number; chunkSize?: number } = {}) {
  const inspector = new UploadInspector({ allowed: options.allowed ?? [...ALL_FILE_KINDS], maxBytes: options.maxBytes ?? 10 * 1024 * 1024 });
  const size = options.chunkSize ?? 1000;
  const chunks = Array.from({ length: Math.ceil(content.length / size) }, (_, i) => content.subarray(i * size, (i + 1) * size));
  let passed = 0;
  const sink = new Writable({
    write(chunk: Buffer, _e, done) {
      passed += chunk.length;
      done();
    },
  });
  try {
    await pipeline(Readable.from(chunks), inspector, sink);
    expect(passed).toBe(content.length);
    return inspector.kind;
  } catch (error) {
    if (error instanceof UploadException) return { refused: error.code, after: inspector.bytes };
    throw error;
  }
}

const refused = (code: UploadErrorCode) => expect.objectContaining({ refused: code });

describe('UploadInspector', () => {
  it.each([
    ['a PDF', samplePdf(), FileKind.PDF],
    ['a PNG', samplePng(), FileKind.PNG],
    ['a JPEG', sampleJpeg(), FileKind.JPEG],
    ['a DOCX', sampleDocx(), FileKind.DOCX],
    ['a DOCX written with data descriptors (decided by the central directory)', sampleDocx({ dataDescriptors: true }), FileKind.DOCX],
    ['a DOCX whose word/ entries start after 64 KiB', sampleDocx({ thumbnailBytes: 100 * 1024 }), FileKind.DOCX],
    ['an ODT', sampleOdt(), FileKind.ODT],
  ])('recognises %s from its content and passes every byte on', async (_name, content, kind) => {
    expect(await inspect(content)).toBe(kind);
    expect(await inspect(content, { chunkSize: 1 })).toBe(kind);
    expect(await inspect(content, { chunkSize: 1 << 20 })).toBe(kind);
  });

  it('decides a DOCX from its first local headers without waiting for the end', async () => {
    const docx = sampleDocx();
    const inspector = new UploadInspector({ allowed: [FileKind.DOCX], maxBytes: 1 << 20 });
    inspector.resume();
    inspector.write(docx.subarray(0, docx.indexOf('word/document.xml') + 30));
    expect(inspector.kind).toBe(FileKind.DOCX);
    inspector.destroy();
  });

  it.each([
    ['an ELF executable', sampleExecutable('elf')],
    ['a Windows executable', sampleExecutable('mz')],
    ['HTML', Buffer.from('<!doctype html><script>alert(1)</script>')],
    ['an SVG', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')],
    ['a GIF', Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1')],
  ])('refuses %s after its first bytes', async (_name, content) => {
    expect(await inspect(Buffer.concat([content, Buffer.alloc(100_000)]))).toEqual({ refused: UploadErrorCode.FILE_TYPE_NOT_ALLOWED, after: 1000 });
  });

  it.each([
    ['a spreadsheet (XLSX)', buildZip([{ name: '[Content_Types].xml', content: '<Types/>' }, { name: 'xl/workbook.xml', content: '<workbook/>' }])],
    ['an XLSX with data descriptors', buildZip([{ name: '[Content_Types].xml', content: '<Types/>', dataDescriptor: true }, { name: 'xl/workbook.xml', content: '<workbook/>', dataDescriptor: true }])],
    ['a plain ZIP', buildZip([{ name: 'setup.exe', content: sampleExecutable('mz') }])],
    ['a ZIP with word/ but no [Content_Types].xml', buildZip([{ name: 'word/document.xml', content: '<w/>' }])],
    ['an OpenDocument spreadsheet (ODS)', sampleOdt('application/vnd.oasis.opendocument.spreadsheet')],
    ['an ODT whose mimetype entry is compressed', buildZip([{ name: 'mimetype', content: 'application/vnd.oasis.opendocument.text' }])],
    ['an EPUB', sampleOdt('application/epub+zip')],
    ['a ZIP cut off after its first header', sampleDocx({ dataDescriptors: true }).subarray(0, 200)],
    ['four bytes of ZIP signature', Buffer.from('PK\x03\x04', 'latin1')],
  ])('refuses %s', async (_name, content) => {
    expect(await inspect(content)).toEqual(refused(UploadErrorCode.FILE_TYPE_NOT_ALLOWED));
  });

  it('refuses a kind that is recognised but not allowed here', async () => {
    expect(await inspect(samplePng(), { allowed: [FileKind.PDF] })).toEqual(refused(UploadErrorCode.FILE_TYPE_NOT_ALLOWED));
    expect(await inspect(sampleOdt(), { allowed: [FileKind.DOCX] })).toEqual(refused(UploadErrorCode.FILE_TYPE_NOT_ALLOWED));
    expect(await inspect(sampleDocx(), { allowed: [FileKind.ODT, FileKind.PDF] })).toEqual(refused(UploadErrorCode.FILE_TYPE_NOT_ALLOWED));
    // A ZIP is not even looked into when neither ZIP-based kind is allowed.
    expect(await inspect(Buffer.concat([sampleDocx(), Buffer.alloc(ZIP_START_BYTES)]), { allowed: [FileKind.PDF] })).toEqual({
      refused: UploadErrorCode.FILE_TYPE_NOT_ALLOWED,
      after: 1000,
    });
  });

  it('stops at byte maxBytes + 1 and accepts exactly maxBytes', async () => {
    const pdf = Buffer.concat([samplePdf(), Buffer.alloc(5000, 0x20)]);
    expect(await inspect(pdf, { maxBytes: pdf.length })).toBe(FileKind.PDF);
    expect(await inspect(Buffer.concat([pdf, Buffer.from(' ')]), { maxBytes: pdf.length, chunkSize: 1 })).toEqual({
      refused: UploadErrorCode.FILE_TOO_LARGE,
      after: pdf.length + 1,
    });
  });

  it('calls an empty file missing', async () => {
    expect(await inspect(Buffer.alloc(0))).toEqual(refused(UploadErrorCode.FILE_MISSING));
  });
});
