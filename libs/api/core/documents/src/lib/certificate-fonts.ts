import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

/**
 * Font files of the certificate: DejaVu Sans (regular + bold) from the npm package dejavu-fonts-ttf.
 * pdfkit's built-in Helvetica is WinAnsi only and cannot print Ł, ğ or ễ, so it is never used.
 */
export const CERTIFICATE_FONT_FILES = { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' } as const;

/*
 * Resolution goes through createRequire(__filename), not a bare require.resolve(): the API bundle is
 * built by webpack, which rewrites require.resolve('pkg') of an external package into a numeric
 * module id. A require created at run time is left alone and resolves from the bundle's (or, in jest,
 * the source file's) location to node_modules.
 */
const runtimeRequire = createRequire(__filename);

/** The directory holding DejaVuSans.ttf and DejaVuSans-Bold.ttf inside node_modules/dejavu-fonts-ttf. */
export function defaultCertificateFontDir(): string {
  return join(dirname(runtimeRequire.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
}

/** The part of a fontkit Font the renderer touches. */
interface FontkitFont {
  layout(text: string): unknown;
  _glyphs?: Record<number, unknown>;
}
interface Fontkit {
  create(buffer: Uint8Array): FontkitFont;
}

/**
 * pdfkit's own fontkit (resolved next to pdfkit, so it is the exact version pdfkit drives). Parsing the
 * 750 kB TTF is about 30 ms per document; parsed once and handed to pdfkit as a font object
 * (registerFont accepts any object with layout()) a certificate renders in a few milliseconds.
 * null if fontkit cannot be loaded: the renderer then passes the file bytes and pdfkit parses them.
 */
let fontkit: Fontkit | null | undefined;
function loadFontkit(): Fontkit | null {
  if (fontkit === undefined) {
    try {
      const fromPdfkit = createRequire(runtimeRequire.resolve('pdfkit'));
      const candidate = fromPdfkit('fontkit') as Fontkit;
      fontkit = typeof candidate?.create === 'function' ? candidate : null;
    } catch {
      fontkit = null;
    }
  }
  return fontkit;
}

export interface LoadedCertificateFonts {
  /** What is passed to doc.registerFont: a parsed fontkit font, or the TTF bytes. */
  regular: FontkitFont | Buffer;
  bold: FontkitFont | Buffer;
  /**
   * Makes the cached fonts behave like freshly parsed ones. fontkit keeps glyph objects, and each
   * remembers the code points it was first created for (they end up in the PDF's ToUnicode map), so
   * without this a document's bytes could depend on what was rendered before it in the process.
   * Must be called synchronously right before the fonts are used for one document.
   */
  resetGlyphState(): void;
}

const cache = new Map<string, LoadedCertificateFonts>();

/** Loads (once per directory and process) the two certificate fonts. */
export function loadCertificateFonts(fontDir = defaultCertificateFontDir(), useCache = true): LoadedCertificateFonts {
  const dir = resolve(fontDir);
  const cached = useCache ? cache.get(dir) : undefined;
  if (cached) return cached;
  const bytes = {
    regular: readFileSync(join(dir, CERTIFICATE_FONT_FILES.regular)),
    bold: readFileSync(join(dir, CERTIFICATE_FONT_FILES.bold)),
  };
  const fk = useCache ? loadFontkit() : null;
  let loaded: LoadedCertificateFonts;
  if (fk) {
    const regular = fk.create(bytes.regular);
    const bold = fk.create(bytes.bold);
    const canReset = '_glyphs' in regular && '_glyphs' in bold;
    if (!canReset) {
      // A fontkit whose internals changed: stay correct and deterministic, give up the speed.
      loaded = { regular: bytes.regular, bold: bytes.bold, resetGlyphState: () => undefined };
    } else {
      loaded = {
        regular,
        bold,
        resetGlyphState: () => {
          regular._glyphs = {};
          bold._glyphs = {};
        },
      };
    }
  } else {
    loaded = { regular: bytes.regular, bold: bytes.bold, resetGlyphState: () => undefined };
  }
  if (useCache) cache.set(dir, loaded);
  return loaded;
}
