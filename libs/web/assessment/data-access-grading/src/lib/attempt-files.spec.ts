import { formatFileSize, inlineUrl, previewKind } from './attempt-files';

describe('attempt files', () => {
  it('previews PDFs and pictures only', () => {
    expect(previewKind('application/pdf')).toBe('pdf');
    expect(previewKind('image/png')).toBe('image');
    expect(previewKind('IMAGE/JPEG; charset=binary')).toBe('image');
    expect(previewKind('application/vnd.openxmlformats-officedocument.wordprocessingml.document')).toBeNull();
    expect(previewKind('image/svg+xml')).toBeNull();
  });

  it('builds the inline URL only for the API’s own file URLs', () => {
    const id = '0b0e8d52-6c43-4c1a-9d5c-3f3f0a9b1c2d';
    expect(inlineUrl(`/api/files/${id}`)).toBe(`/api/files/${id}?inline=1`);
    expect(inlineUrl('https://evil.example/x.pdf')).toBeNull();
    expect(inlineUrl(`/api/files/${id}/../../x`)).toBeNull();
    expect(inlineUrl('javascript:alert(1)')).toBeNull();
  });

  it('formats sizes in the UI language', () => {
    expect(formatFileSize(512, 'de-DE')).toBe('512 B');
    expect(formatFileSize(1_234_567, 'de-DE')).toBe('1,2 MB');
    expect(formatFileSize(1_234_567, 'en-GB')).toBe('1.2 MB');
    expect(formatFileSize(830_000, 'de-DE')).toBe('830 kB');
  });
});
