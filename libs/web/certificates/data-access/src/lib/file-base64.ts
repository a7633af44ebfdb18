/** The largest PDF the verification accepts (the API takes up to 14 MB of base64, about 10 MB of file). */
export const MAX_VERIFY_FILE_BYTES = 10 * 1024 * 1024;

/** Reads a file in the browser and returns its bytes as plain base64 (without the `data:` prefix). */
export function readFileAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      const comma = url.indexOf(',');
      resolve(comma >= 0 ? url.slice(comma + 1) : '');
    };
    reader.readAsDataURL(file);
  });
}
