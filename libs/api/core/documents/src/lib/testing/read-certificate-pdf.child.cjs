/*
 * Runs in a plain Node process (spawned by read-certificate-pdf.ts), not in jest: pdf-parse's pdf.js
 * sets up its worker with a dynamic import() of pdf.worker.mjs, which jest's CommonJS runtime rejects
 * ("A dynamic import callback was invoked without --experimental-vm-modules").
 * stdin: JSON array of base64 PDFs. stdout: JSON array of { text, pages, info, images: [{ width, height, qr }] }.
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
    const images = await parser.getImage({ imageBuffer: true, imageDataUrl: false });
    const found = [];
    for (const page of images.pages) {
      for (const image of page.images) {
        // pdf-parse hands out every image as a PNG.
        const png = PNG.sync.read(Buffer.from(image.data));
        const code = jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.byteLength), png.width, png.height);
        found.push({ width: image.width, height: image.height, qr: code ? code.data : null });
      }
    }
    return { text: text.text, pages: text.total, info: info.info || {}, images: found };
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
