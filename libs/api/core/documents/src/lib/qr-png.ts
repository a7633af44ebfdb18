import { deflateSync } from 'node:zlib';
import { create as createQr, QRCodeErrorCorrectionLevel } from 'qrcode';

export interface QrPngOptions {
  /** Default 'M' (15 % of the symbol may be damaged). */
  errorCorrectionLevel?: QRCodeErrorCorrectionLevel;
  /** Quiet zone in modules around the symbol. Default 1 (the white page around the image adds more). */
  margin?: number;
  /** Minimum width in pixels; the module size is the smallest whole number of pixels reaching it. Default 354 (30 mm at 300 dpi). */
  minWidthPx?: number;
}

/**
 * The QR code of `text` as an 8-bit greyscale PNG without alpha.
 *
 * qrcode computes the symbol; the PNG is written here because qrcode's own PNG output (through pngjs)
 * is RGBA, which pdfkit has to decode and split into image and alpha mask, and pngjs's greyscale
 * conversion costs 20–250 ms at this size. This one takes about a millisecond beyond the QR encoding
 * itself, and pdfkit embeds its compressed data as it is. 8 bit rather than 1 bit per pixel: pdf-parse 2.4's image
 * extraction ignores the row padding of 1-bit images and returns them skewed. Deterministic: same
 * text and options, same bytes.
 */
export function qrCodePng(text: string, options: QrPngOptions = {}): Buffer {
  const margin = options.margin ?? 1;
  const qr = createQr(text, { errorCorrectionLevel: options.errorCorrectionLevel ?? 'M' });
  const { size, data } = qr.modules;
  const modules = size + 2 * margin;
  const scale = Math.max(1, Math.ceil((options.minWidthPx ?? 354) / modules));
  const width = modules * scale;
  // 8-bit greyscale (0 black, 255 white). Each row starts with its PNG filter byte: the first row of
  // every band of identical rows is stored as it is (filter 0), the repeats as "Up" (filter 2), which
  // makes them all zeros, so deflate has almost nothing to do.
  const stride = width + 1;
  const raw = Buffer.alloc(stride * width); // zeros: an "Up" row equal to the row above
  const pixels = Buffer.alloc(width);
  const writeBand = (firstRow: number) => {
    raw[firstRow * stride] = 0;
    pixels.copy(raw, firstRow * stride + 1);
    for (let y = firstRow + 1; y < firstRow + scale; y++) raw[y * stride] = 2;
  };
  const quiet = Buffer.alloc(width, 0xff);
  for (let band = 0; band < modules; band++) {
    const moduleRow = band - margin;
    quiet.copy(pixels);
    if (moduleRow >= 0 && moduleRow < size) {
      for (let moduleCol = 0; moduleCol < size; moduleCol++) {
        if (data[moduleRow * size + moduleCol]) pixels.fill(0, (moduleCol + margin) * scale, (moduleCol + margin + 1) * scale);
      }
    }
    writeBand(band * scale);
  }

  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(width, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // colour type: greyscale
  header[10] = 0; // compression
  header[11] = 0; // filter
  header[12] = 0; // no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, body: Buffer): Buffer {
  const out = Buffer.alloc(12 + body.length);
  out.writeUInt32BE(body.length, 0);
  out.write(type, 4, 'latin1');
  body.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + body.length)), 8 + body.length);
  return out;
}

let crcTable: Uint32Array | undefined;
function crc32(bytes: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const byte of bytes) crc = crcTable[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
