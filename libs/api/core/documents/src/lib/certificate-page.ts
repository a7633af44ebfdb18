import PDFDocument from 'pdfkit';
import { loadCertificateFonts } from './certificate-fonts';
import { drawQrCode } from './qr-code';

/**
 * The building blocks every document issued on behalf of Hochschule Niederrhein shares: an A4 page
 * with the double frame, DejaVu Sans embedded (never pdfkit's WinAnsi Helvetica), centred blocks that
 * shrink to fit, and the footer with number, QR code and verification URL. The certificate and the
 * short formats' Teilnahmebescheinigung are laid out with them.
 */

/** A4 portrait in PDF points. */
export const PAGE = { width: 595.28, height: 841.89 };
export const FRAME_INSET = 28; // ≈ 10 mm
export const MARGIN_X = 62; // ≈ 22 mm
export const CONTENT_WIDTH = PAGE.width - 2 * MARGIN_X;
const QR_SIZE = 85; // ≈ 30 mm

export const PAGE_COLOR = { text: '#1a1a1a', muted: '#5a5a5a', accent: '#1d3557', rule: '#a7b0ba' };
export const PAGE_FONT = { regular: 'CertificateSans', bold: 'CertificateSans-Bold' };

export type CertificatePdf = PDFKit.PDFDocument;

/** Fixed footer geometry (from the bottom of the frame up); content must end above `contentLimit`. */
export const FOOTER = (() => {
  const urlY = PAGE.height - FRAME_INSET - 22;
  const labelY = urlY - 9;
  const qrY = labelY - 3 - QR_SIZE;
  return { urlY, labelY, qrY, contentLimit: qrY - 8 };
})();

export interface PageFonts {
  regular: unknown;
  bold: unknown;
}

/**
 * The embedded DejaVu fonts for one document (parsed once per process unless `cache` is false).
 * Call synchronously right before onePagePdf: the glyph state of the shared fonts is reset here.
 */
export function embeddedPageFonts(fontDir?: string, cache = true): PageFonts {
  const fonts = loadCertificateFonts(fontDir, cache);
  fonts.resetGlyphState();
  return { regular: fonts.regular, bold: fonts.bold };
}

export interface OnePagePdfOptions {
  locale: 'de' | 'en';
  fonts: PageFonts;
  /** The info dictionary; its dates should be the issue date so the bytes depend on the data only. */
  info: PDFKit.DocumentInfo;
}

/**
 * Builds a one-page A4 PDF: `layout` draws on the page (the fonts are registered as PAGE_FONT); a
 * second page is an error ("does not fit on one A4 page"). Deterministic for deterministic layouts.
 */
export function onePagePdf(options: OnePagePdfOptions, layout: (doc: CertificatePdf) => void): Promise<Buffer> {
  const pdfOptions: PDFKit.PDFDocumentOptions = {
    size: 'A4',
    layout: 'portrait',
    // Only the bottom margin matters to pdfkit (it starts a new page below it); the layout places
    // every block itself. A second page is an error, see 'pageAdded' below.
    margins: { top: FRAME_INSET, bottom: 12, left: MARGIN_X, right: MARGIN_X },
    pdfVersion: '1.7',
    lang: options.locale === 'en' ? 'en-GB' : 'de-DE',
    displayTitle: true,
    compress: true,
    info: options.info,
  };
  // No default font: pdfkit would otherwise load Helvetica before the document's fonts are registered.
  (pdfOptions as { font?: string | null }).font = null;
  const doc = new PDFDocument(pdfOptions);
  const chunks: Buffer[] = [];
  const result = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  let pageOverflow = false;
  doc.on('pageAdded', () => (pageOverflow = true));

  try {
    doc.registerFont(PAGE_FONT.regular, options.fonts.regular as PDFKit.Mixins.PDFFontSource);
    doc.registerFont(PAGE_FONT.bold, options.fonts.bold as PDFKit.Mixins.PDFFontSource);
    layout(doc);
  } catch (error) {
    doc.end();
    return result.then(() => Promise.reject(error));
  }
  doc.end();
  if (pageOverflow) return result.then(() => Promise.reject(new Error('Certificate content does not fit on one A4 page')));
  return result;
}

export function pageFrame(doc: CertificatePdf): void {
  doc
    .lineWidth(0.8)
    .strokeColor(PAGE_COLOR.accent)
    .rect(FRAME_INSET, FRAME_INSET, PAGE.width - 2 * FRAME_INSET, PAGE.height - 2 * FRAME_INSET)
    .stroke();
  doc
    .lineWidth(0.3)
    .rect(FRAME_INSET + 3, FRAME_INSET + 3, PAGE.width - 2 * FRAME_INSET - 6, PAGE.height - 2 * FRAME_INSET - 6)
    .stroke();
}

export interface FooterTexts {
  footnote: string;
  number: string;
  verificationLabel: string;
  verificationUrl: string;
}

/**
 * Note and number bottom left (ending level with the QR code), the QR code of the verification URL
 * bottom right (30 mm, level M, vector; left out with `withQrCode: false`), and under it
 * "Echtheit prüfen:" and the verification URL, right-aligned; the URL may use the full width.
 */
export function pageFooter(doc: CertificatePdf, t: FooterTexts, withQrCode = true): void {
  const left = MARGIN_X;
  const right = PAGE.width - MARGIN_X;
  const { urlY, labelY, qrY } = FOOTER;
  const footerTextWidth = CONTENT_WIDTH - QR_SIZE - 40;
  const numberY = qrY + QR_SIZE - 11;
  doc.font(PAGE_FONT.regular).fontSize(7).fillColor(PAGE_COLOR.muted);
  const noteHeight = doc.heightOfString(t.footnote, { width: footerTextWidth, lineGap: 1 });
  doc.text(t.footnote, left, numberY - 6 - noteHeight, { width: footerTextWidth, lineGap: 1 });
  doc.font(PAGE_FONT.bold).fontSize(9).fillColor(PAGE_COLOR.text).text(t.number, left, numberY, { width: footerTextWidth, lineBreak: false });
  if (withQrCode) drawQrCode(doc, t.verificationUrl, right - QR_SIZE, qrY, QR_SIZE, { errorCorrectionLevel: 'M', margin: 1 });
  doc.font(PAGE_FONT.regular).fontSize(7).fillColor(PAGE_COLOR.muted).text(t.verificationLabel, left, labelY, { width: CONTENT_WIDTH, align: 'right', lineBreak: false });
  const urlSize = fitFontSize(doc, PAGE_FONT.regular, t.verificationUrl, 7, 4, CONTENT_WIDTH);
  doc.font(PAGE_FONT.regular).fontSize(urlSize).fillColor(PAGE_COLOR.text).text(t.verificationUrl, left, urlY, { width: CONTENT_WIDTH, align: 'right', lineBreak: false });
}

export interface BlockStyle {
  font: string;
  size: number;
  color: string;
  width?: number;
  lineGap?: number;
  /** Shrink (down to minSize) until the text fits on one line. */
  fit?: boolean;
  minSize?: number;
}

/** A horizontally centred block; returns the y below it. Draws only if `draw` (else it measures). */
export function centeredBlock(doc: CertificatePdf, draw: boolean, text: string, y: number, style: BlockStyle): number {
  const width = style.width ?? CONTENT_WIDTH;
  const size = style.fit ? fitFontSize(doc, style.font, text, style.size, style.minSize ?? style.size, width) : style.size;
  doc.font(style.font).fontSize(size);
  const x = MARGIN_X + (CONTENT_WIDTH - width) / 2;
  const height = doc.heightOfString(text, { width, lineGap: style.lineGap ?? 0, align: 'center' });
  if (draw) doc.fillColor(style.color).text(text, x, y, { width, align: 'center', lineGap: style.lineGap ?? 0 });
  return y + height;
}

export function fitFontSize(doc: CertificatePdf, font: string, text: string, max: number, min: number, width: number): number {
  doc.font(font);
  let size = max;
  while (size > min && doc.fontSize(size).widthOfString(text) > width) size = Math.max(min, size - 0.5);
  return size;
}
