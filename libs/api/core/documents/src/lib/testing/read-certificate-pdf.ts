/*
 * Test helpers (not exported from the library index, never bundled): read a certificate PDF back the
 * way a verifier would — extracted text, info dictionary, embedded images, and the QR code found on
 * each rendered page. Dev dependencies only: pdf-parse 2 (its CommonJS build, which renders pages
 * with @napi-rs/canvas), jsqr, pngjs (comes with qrcode).
 *
 * The parsing runs in a child Node process (read-certificate-pdf.child.cjs): pdf.js inside pdf-parse
 * loads its worker with import(), which jest's CommonJS runtime refuses.
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface CertificatePdfContent {
  text: string;
  pages: number;
  /** The PDF info dictionary as pdf.js reads it (Title, Author, Subject, Keywords, CreationDate, Language, …). */
  info: Record<string, unknown>;
  /** Decoded QR codes, one at most per page, read from the rendered pages (the QR code is vector art). */
  qrCodes: string[];
  /** Embedded raster images (signature scans); the QR code is not one of them. */
  images: { width: number; height: number }[];
}

interface ChildResult {
  text: string;
  pages: number;
  info: Record<string, unknown>;
  images: { width: number; height: number }[];
  qrCodes: string[];
}

const CHILD_SCRIPT = join(__dirname, 'read-certificate-pdf.child.cjs');
/** node_modules of the workspace, so the child resolves pdf-parse, jsqr and pngjs like the tests do. */
const WORKSPACE_NODE_MODULES = dirname(dirname(createRequire(__filename).resolve('jsqr/package.json')));

/** Parses several PDFs in one child process (pdf.js loads once). */
export async function readCertificatePdfs(pdfs: Buffer[]): Promise<CertificatePdfContent[]> {
  const input = JSON.stringify(pdfs.map((pdf) => pdf.toString('base64')));
  const stdout = await new Promise<string>((resolve, reject) => {
    const child = execFile(
      process.execPath,
      [CHILD_SCRIPT],
      { maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NODE_PATH: WORKSPACE_NODE_MODULES, NODE_OPTIONS: '' } },
      (error, out, err) => (error ? reject(new Error(`PDF reader failed: ${err || error.message}`)) : resolve(out)),
    );
    child.stdin?.end(input);
  });
  return (JSON.parse(stdout) as ChildResult[]).map((r) => ({
    text: r.text,
    pages: r.pages,
    info: r.info,
    qrCodes: r.qrCodes,
    images: r.images,
  }));
}

export async function readCertificatePdf(pdf: Buffer): Promise<CertificatePdfContent> {
  return (await readCertificatePdfs([pdf]))[0];
}

/** Text with every run of whitespace (line breaks from wrapping included) collapsed to one space. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The part of pngjs used here (pngjs ships no types; @types/pngjs is not installed). */
interface PngModule {
  PNG: {
    new (options: { width: number; height: number }): { width: number; height: number; data: Buffer };
    sync: { write(png: { width: number; height: number; data: Buffer }): Buffer };
  };
}

/** A small transparent PNG with a pen-like stroke, for signature-image tests. */
export function fakeSignaturePng(width = 240, height = 80): Buffer {
  const { PNG } = createRequire(__filename)('pngjs') as PngModule;
  const png = new PNG({ width, height });
  png.data.fill(0);
  for (let x = 10; x < width - 10; x++) {
    const y = Math.round(height / 2 + Math.sin(x / 14) * (height / 4));
    for (let dy = -1; dy <= 1; dy++) {
      const i = ((y + dy) * width + x) * 4;
      png.data[i + 2] = 120;
      png.data[i + 3] = 255;
    }
  }
  return PNG.sync.write(png);
}
