import { create as createQr, QRCodeErrorCorrectionLevel } from 'qrcode';

export interface QrCodeOptions {
  /** Default 'M' (15 % of the symbol may be damaged). */
  errorCorrectionLevel?: QRCodeErrorCorrectionLevel;
  /** Quiet zone in modules around the symbol. Default 1 (the white page around it adds more). */
  margin?: number;
}

/** One horizontal run of dark modules, in module units from the top left of the quiet zone. */
export interface QrRun {
  x: number;
  y: number;
  width: number;
}

export interface QrCodeRuns {
  /** Modules per side including the quiet zone. */
  modules: number;
  runs: QrRun[];
}

/**
 * The dark modules of `text`'s QR code as horizontal runs (qrcode computes the symbol; adjacent dark
 * modules of a row become one run, so a 37×37 symbol needs about 300 rectangles instead of 700).
 */
export function qrCodeRuns(text: string, options: QrCodeOptions = {}): QrCodeRuns {
  const margin = options.margin ?? 1;
  const { size, data } = createQr(text, { errorCorrectionLevel: options.errorCorrectionLevel ?? 'M' }).modules;
  const runs: QrRun[] = [];
  for (let row = 0; row < size; row++) {
    let start = -1;
    for (let col = 0; col <= size; col++) {
      const dark = col < size && data[row * size + col] === 1;
      if (dark && start < 0) start = col;
      if (!dark && start >= 0) {
        runs.push({ x: start + margin, y: row + margin, width: col - start });
        start = -1;
      }
    }
  }
  return { modules: size + 2 * margin, runs };
}

/**
 * Draws the QR code of `text` as one filled vector path, `size` points square with its top left at
 * (x, y): sharp at any print resolution, no image in the PDF. One path rather than one fill per
 * rectangle, so renderers leave no hairline seams between touching modules. Deterministic: same
 * text, options and geometry, same content stream.
 */
export function drawQrCode(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number, options: QrCodeOptions = {}): void {
  const { modules, runs } = qrCodeRuns(text, options);
  const unit = size / modules;
  doc.save();
  for (const run of runs) doc.rect(x + run.x * unit, y + run.y * unit, run.width * unit, unit);
  doc.fillColor('#000000').fill('nonzero');
  doc.restore();
}
