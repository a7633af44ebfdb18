import PDFDocument from 'pdfkit';
import { artifact, attachFile, beginStructure, DocumentAttachment, endStructure, tagged, useArchivalMetadata } from './archival-pdf';
import { loadCertificateFonts } from './certificate-fonts';
import { drawQrCode } from './qr-code';
import { drawSeal, SEAL_ALT_TEXT } from './seal';

/**
 * The building blocks every document issued on behalf of Hochschule Niederrhein shares: an A4 page
 * with the double frame, DejaVu Sans embedded (never pdfkit's WinAnsi Helvetica), centred blocks that
 * shrink to fit, and the footer with number, QR code and verification URL. The certificate and the
 * short formats' Teilnahmebescheinigung are laid out with them. Each is a tagged PDF/A-3b (see
 * archival-pdf.ts) that may carry attached files, such as its signed credential.
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
  /** Files carried inside the PDF (PDF/A-3 associated files). */
  attachments?: DocumentAttachment[];
  /**
   * Default true: PDF/A-3b, tagged, with a structure tree. false only for the benchmark baseline,
   * whose Helvetica is not embedded and so cannot be PDF/A.
   */
  archival?: boolean;
}

/**
 * Builds a one-page A4 PDF: `layout` draws on the page (the fonts are registered as PAGE_FONT); a
 * second page is an error ("does not fit on one A4 page"). Deterministic for deterministic layouts:
 * every date written (info, XMP, attachments) comes from the options, pdfkit's /ID is an MD5 of info.
 */
export function onePagePdf(options: OnePagePdfOptions, layout: (doc: CertificatePdf) => void): Promise<Buffer> {
  const archival = options.archival ?? true;
  const lang = options.locale === 'en' ? 'en-GB' : 'de-DE';
  const pdfOptions: PDFKit.PDFDocumentOptions = {
    size: 'A4',
    layout: 'portrait',
    // Only the bottom margin matters to pdfkit (it starts a new page below it); the layout places
    // every block itself. A second page is an error, see 'pageAdded' below.
    margins: { top: FRAME_INSET, bottom: 12, left: MARGIN_X, right: MARGIN_X },
    pdfVersion: '1.7',
    lang,
    displayTitle: true,
    compress: true,
    info: options.info,
    ...(archival ? { subset: 'PDF/A-3b' as const, tagged: true } : {}),
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
    if (archival) {
      useArchivalMetadata(doc, lang);
      beginStructure(doc);
    }
    doc.registerFont(PAGE_FONT.regular, options.fonts.regular as PDFKit.Mixins.PDFFontSource);
    doc.registerFont(PAGE_FONT.bold, options.fonts.bold as PDFKit.Mixins.PDFFontSource);
    layout(doc);
    endStructure(doc);
    for (const file of options.attachments ?? []) attachFile(doc, file);
  } catch (error) {
    doc.end();
    return result.then(() => Promise.reject(error));
  }
  doc.end();
  if (pageOverflow) return result.then(() => Promise.reject(new Error('Certificate content does not fit on one A4 page')));
  return result;
}

/** The double frame (an artifact, as are all rules). */
export function pageFrame(doc: CertificatePdf): void {
  artifact(doc, () => drawFrame(doc));
}

function drawFrame(doc: CertificatePdf): void {
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
  /** Alternative text of the QR code, e.g. "QR-Code mit dem Link zur Echtheitsprüfung: <url>". */
  qrCodeAlt: string;
}

export const SEAL_SIZE = 50;

/** The seal in the header, left of the centred issuer (a figure with alternative text). */
export function pageSeal(doc: CertificatePdf, locale: 'de' | 'en'): void {
  tagged(doc, 'Figure', () => drawSeal(doc, MARGIN_X, 58, SEAL_SIZE), { alt: SEAL_ALT_TEXT[locale] });
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
  // Reading order: note, number, QR code, then label and URL.
  tagged(doc, 'P', () => doc.text(t.footnote, left, numberY - 6 - noteHeight, { width: footerTextWidth, lineGap: 1 }));
  tagged(doc, 'P', () => doc.font(PAGE_FONT.bold).fontSize(9).fillColor(PAGE_COLOR.text).text(t.number, left, numberY, { width: footerTextWidth, lineBreak: false }));
  if (withQrCode) {
    tagged(doc, 'Figure', () => drawQrCode(doc, t.verificationUrl, right - QR_SIZE, qrY, QR_SIZE, { errorCorrectionLevel: 'M', margin: 1 }), { alt: t.qrCodeAlt });
  }
  const urlSize = fitFontSize(doc, PAGE_FONT.regular, t.verificationUrl, 7, 4, CONTENT_WIDTH);
  tagged(doc, 'P', () => doc.font(PAGE_FONT.regular).fontSize(7).fillColor(PAGE_COLOR.muted).text(t.verificationLabel, left, labelY, { width: CONTENT_WIDTH, align: 'right', lineBreak: false }));
  tagged(doc, 'P', () => doc.font(PAGE_FONT.regular).fontSize(urlSize).fillColor(PAGE_COLOR.text).text(t.verificationUrl, left, urlY, { width: CONTENT_WIDTH, align: 'right', lineBreak: false }));
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
  /** Structure type in the tagged PDF. Default 'P'. */
  tag?: 'P' | 'H1' | 'H2';
}

/** A horizontally centred block; returns the y below it. Draws only if `draw` (else it measures). */
export function centeredBlock(doc: CertificatePdf, draw: boolean, text: string, y: number, style: BlockStyle): number {
  const width = style.width ?? CONTENT_WIDTH;
  const size = style.fit ? fitFontSize(doc, style.font, text, style.size, style.minSize ?? style.size, width) : style.size;
  doc.font(style.font).fontSize(size);
  const x = MARGIN_X + (CONTENT_WIDTH - width) / 2;
  const height = doc.heightOfString(text, { width, lineGap: style.lineGap ?? 0, align: 'center' });
  if (draw) tagged(doc, style.tag ?? 'P', () => doc.fillColor(style.color).text(text, x, y, { width, align: 'center', lineGap: style.lineGap ?? 0 }));
  return y + height;
}

export function fitFontSize(doc: CertificatePdf, font: string, text: string, max: number, min: number, width: number): number {
  doc.font(font);
  let size = max;
  while (size > min && doc.fontSize(size).widthOfString(text) > width) size = Math.max(min, size - 0.5);
  return size;
}
