import { readFileAsBase64 } from './file-base64';

describe('readFileAsBase64', () => {
  it('returns the bytes as plain base64 without the data URL prefix', async () => {
    const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0xff, 0x00]);
    const base64 = await readFileAsBase64(new Blob([bytes], { type: 'application/pdf' }));
    expect(base64).toBe(Buffer.from(bytes).toString('base64'));
  });

  it('gives an empty string for an empty file', async () => {
    expect(await readFileAsBase64(new Blob([]))).toBe('');
  });
});
