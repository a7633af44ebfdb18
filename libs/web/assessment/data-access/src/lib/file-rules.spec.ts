import { checkFile, DEFAULT_UPLOAD_LIMITS, fileHref, fileTypeLabel, formatFileSize, isPreviewable, megabytes, uploadLimitsOf } from './file-rules';

describe('checkFile', () => {
  const pdf = { name: 'Ausarbeitung.pdf', size: 1000, type: 'application/pdf' };

  it('lets allowed files through for the server to decide', () => {
    expect(checkFile(pdf, 0)).toBeNull();
    expect(checkFile({ name: 'Plan.DOCX', size: 10, type: '' }, 4)).toBeNull();
    expect(checkFile({ name: 'scan', size: 10, type: 'image/jpeg' }, 0)).toBeNull();
  });

  it('refuses a sixth file, an empty or oversized file and a foreign type', () => {
    expect(checkFile(pdf, 5)).toEqual({ kind: 'tooMany', max: 5 });
    expect(checkFile({ ...pdf, size: 0 }, 0)).toEqual({ kind: 'empty' });
    expect(checkFile({ ...pdf, size: DEFAULT_UPLOAD_LIMITS.maxBytes + 1 }, 0)).toEqual({ kind: 'tooLarge', maxMb: 20 });
    expect(checkFile({ name: 'setup.exe', size: 10, type: 'application/x-msdownload' }, 0)).toEqual({ kind: 'type' });
  });

  it('applies the limits the server announced', () => {
    const limits = uploadLimitsOf({ uploadMaxBytes: 64 * 1024, uploadMaxFiles: 2 });
    expect(limits).toEqual({ maxBytes: 65536, maxFiles: 2 });
    expect(checkFile(pdf, 1, limits)).toBeNull();
    expect(checkFile(pdf, 2, limits)).toEqual({ kind: 'tooMany', max: 2 });
    expect(checkFile({ ...pdf, size: 65537 }, 0, limits)).toEqual({ kind: 'tooLarge', maxMb: 0.1 });
    expect(checkFile({ ...pdf, size: 6 * 1024 * 1024 }, 0, uploadLimitsOf({ uploadMaxBytes: 50 * 1024 * 1024, uploadMaxFiles: 10 }))).toBeNull();
    expect(uploadLimitsOf(null)).toBe(DEFAULT_UPLOAD_LIMITS);
    expect(megabytes(2.5 * 1024 * 1024)).toBe(2.5);
  });
});

describe('file links and sizes', () => {
  it('opens PDFs and images inline, downloads office files', () => {
    expect(isPreviewable('application/pdf')).toBe(true);
    expect(isPreviewable('application/vnd.oasis.opendocument.text')).toBe(false);
    expect(fileHref('/api/files/f1', true)).toBe('/api/files/f1?inline=1');
    expect(fileHref('/api/files/f1?x=1', true)).toBe('/api/files/f1?x=1&inline=1');
    expect(fileHref('/api/files/f1', false)).toBe('/api/files/f1');
    expect(fileTypeLabel('application/vnd.oasis.opendocument.text')).toBe('ODT');
  });

  it('formats sizes in the UI language', () => {
    expect(formatFileSize(512, 'de-DE')).toBe('512 B');
    expect(formatFileSize(2048, 'de-DE')).toBe('2 KB');
    expect(formatFileSize(1.5 * 1024 * 1024, 'de-DE')).toBe('1,5 MB');
    expect(formatFileSize(1.5 * 1024 * 1024, 'en-GB')).toBe('1.5 MB');
  });
});
