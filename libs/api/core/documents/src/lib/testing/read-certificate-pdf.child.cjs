/*
 * Runs in a plain Node process (spawned by read-certificate-pdf.ts), not in jest: pdf-parse's pdf.js
 * sets up its worker with a dynamic import() of pdf.worker.mjs, which jest's CommonJS runtime rejects
 * ("A dynamic import callback was invoked without --experimental-vm-modules").
 * stdin: JSON array of base64 PDFs. stdout: JSON array of { text, pages, info, images: [{ width, height }], qrCodes }.
 * QR codes are found the way a phone finds them: on the rendered page (pdf.js drawing on
 * @napi-rs/canvas at 2× scale), not in embedded images, since the QR code is drawn as vectors.
 */
'use strict';
const { PDFParse } = require('pdf-parse');
const jsQR = require('jsqr');
const { PNG } = require('pngjs');

async function read(pdf) {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    const text = await parser.getText();
    const info = await parser.getInfo();
    const images = await parser.getImage({ imageBuffer: false, imageDataUrl: false });
    const found = images.pages.flatMap((page) => page.images.map((image) => ({ width: image.width, height: image.height })));
    const screenshots = await parser.getScreenshot({ scale: 2, imageBuffer: true, imageDataUrl: false });
    const qrCodes = [];
    for (const page of screenshots.pages) {
      // A rendered page holds one QR code at most; its PNG comes from the canvas.
      const png = PNG.sync.read(Buffer.from(page.data));
      const code = jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.byteLength), png.width, png.height);
      if (code) qrCodes.push(code.data);
    }
    return { text: text.text, pages: text.total, info: info.info || {}, images: found, qrCodes };
  } finally {
    await parser.destroy();
  }
}

(async () => {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  const pdfs = JSON.parse(Buffer.concat(chunks).toString('utf8')).map((b64) => Buffer.from(b64, 'base64'));
  const results = [];
  for (const pdf of pdfs) results.push(await read(pdf));
  process.stdout.write(JSON.stringify(results));
})().catch((error) => {
  process.stderr.write(String(error && error.stack ? error.stack : error));
  process.exit(1);
});
