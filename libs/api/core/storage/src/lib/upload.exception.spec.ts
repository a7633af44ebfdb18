import { Locale } from '@koko/shared';
import { FileKind } from './file-kind';
import { UploadException, uploadErrorResponse } from './upload.exception';

describe('uploadErrorResponse', () => {
  it('answers 413 with the limit in the caller’s language', () => {
    expect(uploadErrorResponse(UploadException.tooLarge(20 * 1024 * 1024), Locale.DE)).toEqual({
      status: 413,
      body: { code: 'FILE_TOO_LARGE', message: 'Die Datei ist zu groß: höchstens 20 MB sind möglich.' },
    });
    expect(uploadErrorResponse(UploadException.tooLarge(1.5 * 1024 * 1024), Locale.DE).body.message).toContain('1,5 MB');
    expect(uploadErrorResponse(UploadException.tooLarge(1.5 * 1024 * 1024), Locale.EN).body.message).toBe('The file is too large: at most 1.5 MB are allowed.');
  });

  it('answers 415 naming the allowed kinds', () => {
    const { status, body } = uploadErrorResponse(UploadException.typeNotAllowed([FileKind.PDF, FileKind.DOCX, FileKind.ODT, FileKind.PNG, FileKind.JPEG]), Locale.EN);
    expect(status).toBe(415);
    expect(body).toEqual({
      code: 'FILE_TYPE_NOT_ALLOWED',
      message: 'This file type is not allowed. Allowed are: PDF, DOCX, ODT, PNG, JPEG. What counts is the content of the file, not its extension.',
    });
  });

  it('answers 400 for a missing file, too many files and a broken transfer', () => {
    expect(uploadErrorResponse(UploadException.missing(), Locale.DE)).toMatchObject({ status: 400, body: { code: 'FILE_MISSING' } });
    expect(uploadErrorResponse(UploadException.tooManyFiles(5), Locale.DE).body.message).toBe('Es sind höchstens 5 Dateien möglich.');
    expect(uploadErrorResponse(UploadException.tooManyFiles(1), Locale.EN)).toEqual({ status: 400, body: { code: 'TOO_MANY_FILES', message: 'Please upload one file at a time.' } });
    expect(uploadErrorResponse(UploadException.incomplete(), Locale.EN)).toMatchObject({ status: 400, body: { code: 'UPLOAD_INCOMPLETE' } });
  });
});
