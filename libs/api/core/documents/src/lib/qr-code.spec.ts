import { create as createQr } from 'qrcode';
import { qrCodeRuns } from './qr-code';

describe('qrCodeRuns', () => {
  const url = 'https://campus.koko-nrw.de/verify/q3Xv9LkT2mWcR8pYbN4sHg';

  it('covers exactly the dark modules of the symbol, inside the quiet zone', () => {
    const { size, data } = createQr(url, { errorCorrectionLevel: 'M' }).modules;
    const { modules, runs } = qrCodeRuns(url, { errorCorrectionLevel: 'M', margin: 2 });
    expect(modules).toBe(size + 4);
    const painted = new Uint8Array(size * size);
    for (const run of runs) {
      expect(run.width).toBeGreaterThan(0);
      for (let x = run.x; x < run.x + run.width; x++) {
        const [col, row] = [x - 2, run.y - 2];
        expect(col >= 0 && col < size && row >= 0 && row < size).toBe(true);
        expect(painted[row * size + col]).toBe(0); // runs never overlap
        painted[row * size + col] = 1;
      }
    }
    expect(Array.from(painted)).toEqual(Array.from(data));
  });

  it('merges neighbouring dark modules of a row into one run', () => {
    const { runs } = qrCodeRuns(url);
    const dark = runs.reduce((sum, run) => sum + run.width, 0);
    expect(runs.length).toBeLessThan(dark / 1.5);
    // The finder pattern's top edge is one run of seven modules.
    expect(runs[0]).toEqual({ x: 1, y: 1, width: 7 });
  });

  it('is deterministic and depends on the text and the error correction level', () => {
    expect(qrCodeRuns(url)).toEqual(qrCodeRuns(url));
    expect(qrCodeRuns(url)).not.toEqual(qrCodeRuns(`${url}x`));
    expect(qrCodeRuns(url, { errorCorrectionLevel: 'H' })).not.toEqual(qrCodeRuns(url, { errorCorrectionLevel: 'M' }));
  });
});
