import { checkFile, fileHref, fileTypeLabel, formatFileSize, isPreviewable, MAX_FILE_BYTES } from './file-rules';

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
    expect(checkFile({ ...pdf, size: MAX_FILE_BYTES + 1 }, 0)).toEqual({ kind: 'tooLarge', maxMb: 20 });
    expect(checkFile({ name: 'setup.exe', size: 10, type: 'application/x-msdownload' }, 0)).toEqual({ kind: 'type' });
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
