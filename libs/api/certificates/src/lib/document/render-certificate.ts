import { CertificateDocumentData } from './certificate-document-data';
import {
  centeredBlock as centered,
  CertificatePdf as Doc,
  CONTENT_WIDTH,
  embeddedPageFonts,
  FOOTER,
  MARGIN_X,
  onePagePdf,
  PAGE,
  PAGE_COLOR as COLOR,
  PAGE_FONT as FONT,
  pageFooter as footer,
  artifact,
  DocumentAttachment,
  pageFrame as frame,
  PageFonts,
  pageSeal,
  tagged,
  taggedGroup,
} from '@koko/api/core/documents';
import { CertificateTexts, CertificateTextOptions, renderCertificateTexts } from './certificate-template';

export interface RenderCertificateOptions extends CertificateTextOptions {
  /** Directory with DejaVuSans.ttf and DejaVuSans-Bold.ttf. Default: node_modules/dejavu-fonts-ttf/ttf. */
  fontDir?: string;
  /**
   * Default true: the parsed fonts are kept for the process (a render then takes a few ms instead of
   * ~35 ms). false parses the TTF files for this document only; the output is byte-identical either way.
   */
  fontCache?: boolean;
}

/**
 * Renders the certificate as an A4 PDF/A-3b (pdfkit, DejaVu Sans embedded as a subset, QR code of the
 * verification URL and the seal drawn as vectors, tagged: headings, the module table, figures with
 * alternative text), with the signed credential attached when given. Deterministic: the same data and
 * fonts give byte-identical output (info, XMP and attachment dates are issuedOn, pdfkit derives the
 * trailer /ID from the info dictionary, nothing reads the clock or a random source), so the SHA-256
 * recorded at issue identifies the document.
 */
export async function renderCertificate(data: CertificateDocumentData, options: RenderCertificateOptions = {}): Promise<Buffer> {
  assertRenderable(data);
  const texts = renderCertificateTexts(data, options);
  // From here to doc.end() everything runs synchronously, so the shared parsed fonts are used by
  // this document alone (glyph state reset first, see loadCertificateFonts).
  return buildPdf(data, texts, embeddedPageFonts(options.fontDir, options.fontCache ?? true), true);
}

/**
 * Benchmark baseline only (tools/bench): the same layout with pdfkit's built-in Helvetica and no QR
 * code. Helvetica is WinAnsi only (no Ł, ğ, ễ), which is why real certificates never use it.
 */
export async function renderCertificateBaseline(data: CertificateDocumentData, options: CertificateTextOptions = {}): Promise<Buffer> {
  assertRenderable(data);
  return buildPdf(data, renderCertificateTexts(data, options), { regular: 'Helvetica', bold: 'Helvetica-Bold' }, false);
}

function assertRenderable(data: CertificateDocumentData): void {
  const missing = (['number', 'verificationUrl', 'printedName', 'programmeTitle', 'certificateTitle', 'issuer'] as const).filter(
    (key) => typeof data[key] !== 'string' || data[key].trim() === '',
  );
  if (missing.length) throw new Error(`Certificate data incomplete: ${missing.join(', ')}`);
  if (!(data.issuedOn instanceof Date) || Number.isNaN(data.issuedOn.getTime())) throw new Error('Certificate data: issuedOn is not a valid date');
  if (!data.modules.length) throw new Error('Certificate data: no modules');
}

function buildPdf(data: CertificateDocumentData, t: CertificateTexts, fonts: PageFonts, withQrCode: boolean): Promise<Buffer> {
  const info: PDFKit.DocumentInfo = {
    Title: `${t.title} ${t.designation} – ${t.name}`,
    Author: t.issuer,
    Subject: `KoKo II – ${data.number.trim()}`,
    Keywords: [t.title, t.designation, t.programme, t.issuer, data.number.trim()].join(', '),
    Creator: 'KoKo Campus',
    Producer: 'KoKo Campus (pdfkit)',
    // Fixed dates: the document (and pdfkit's /ID, an MD5 of this dictionary) depends on the data only.
    CreationDate: data.issuedOn,
    ModDate: data.issuedOn,
  };
  const attachments: DocumentAttachment[] = data.credentialJson
    ? [
        {
          name: certificateCredentialFileName(data.number),
          data: Buffer.from(data.credentialJson, 'utf8'),
          mimeType: 'application/ld+json',
          description: t.credentialDescription,
          relationship: 'Alternative',
          date: data.issuedOn,
        },
      ]
    : [];
  return onePagePdf({ locale: data.locale === 'en' ? 'en' : 'de', fonts, info, attachments, archival: withQrCode }, (doc) => layout(doc, data, t, withQrCode));
}

/** "Zertifikat-KOKO-2026-000042.credential.json": the name of the credential inside the PDF and of its download. */
export function certificateCredentialFileName(number: string): string {
  return `Zertifikat-${number.trim()}.credential.json`;
}

/**
 * Spacing and sizes. The normal level fits the usual certificate with room to spare; long module
 * titles, many signatories or a long name step down to the denser levels, and only content that does
 * not fit even the densest one is refused ("does not fit on one A4 page").
 */
interface Density {
  titleSize: number;
  gapBeforeTitle: number;
  gapBeforeName: number;
  gapBeforeTable: number;
  tableSize: number;
  rowPadding: number;
  gapBeforePlace: number;
  /** Room for the handwritten or scanned signature between place/date and the signature line. */
  signatureSpace: number;
}
const DENSITIES: Density[] = [
  { titleSize: 34, gapBeforeTitle: 34, gapBeforeName: 26, gapBeforeTable: 28, tableSize: 9, rowPadding: 4, gapBeforePlace: 26, signatureSpace: 52 },
  { titleSize: 30, gapBeforeTitle: 24, gapBeforeName: 18, gapBeforeTable: 20, tableSize: 8.5, rowPadding: 3, gapBeforePlace: 18, signatureSpace: 46 },
  { titleSize: 26, gapBeforeTitle: 16, gapBeforeName: 12, gapBeforeTable: 14, tableSize: 7.5, rowPadding: 2, gapBeforePlace: 12, signatureSpace: 44 },
];

function layout(doc: Doc, data: CertificateDocumentData, t: CertificateTexts, withQrCode: boolean): void {
  // Measure first (nothing is drawn, nothing reaches the PDF), then draw with the first level that fits.
  const density = DENSITIES.find((d) => flow(doc, data, t, d, false) <= FOOTER.contentLimit);
  if (!density) throw new Error('Certificate content does not fit on one A4 page');
  frame(doc);
  pageSeal(doc, data.locale === 'en' ? 'en' : 'de');
  flow(doc, data, t, density, true);
  footer(doc, t, withQrCode);
}

/** Header to signatures, top to bottom; returns the lowest y used. Draws only if `draw`. */
function flow(doc: Doc, data: CertificateDocumentData, t: CertificateTexts, d: Density, draw: boolean): number {
  const left = MARGIN_X;
  const right = PAGE.width - MARGIN_X;

  // Issuer and programme
  let y = 66;
  y = centered(doc, draw, t.issuer, y, { font: FONT.bold, size: 16, color: COLOR.accent });
  y = centered(doc, draw, t.programme, y + 4, { font: FONT.regular, size: 10, color: COLOR.muted });
  y += 12;
  if (draw) artifact(doc, () => doc.lineWidth(0.6).strokeColor(COLOR.rule).moveTo(left, y).lineTo(right, y).stroke());

  // Title, name, statement
  y = centered(doc, draw, t.title, y + d.gapBeforeTitle, { font: FONT.bold, size: d.titleSize, color: COLOR.accent, tag: 'H1' });
  // The name shrinks to fit one line down to 16 pt; an even longer name wraps.
  y = centered(doc, draw, t.name, y + d.gapBeforeName, { font: FONT.bold, size: 24, minSize: 16, color: COLOR.text, fit: true, lineGap: 2 });
  y = centered(doc, draw, t.achievement, y + 14, { font: FONT.regular, size: 11, color: COLOR.text, width: CONTENT_WIDTH - 40, lineGap: 3 });
  y = centered(doc, draw, t.designation, y + 10, { font: FONT.bold, size: 17, color: COLOR.accent, fit: true, minSize: 11 });
  if (t.closing) y = centered(doc, draw, t.closing, y + 8, { font: FONT.regular, size: 11, color: COLOR.text });

  // Module table
  y += d.gapBeforeTable;
  if (draw) tagged(doc, 'H2', () => doc.font(FONT.bold).fontSize(10).fillColor(COLOR.accent).text(t.modulesHeading, left, y, { width: CONTENT_WIDTH, lineBreak: false }));
  y += 18;
  y = moduleTable(doc, draw, t, y, d);

  // Place and date, signatures
  y += d.gapBeforePlace;
  if (draw) tagged(doc, 'P', () => doc.font(FONT.regular).fontSize(10).fillColor(COLOR.text).text(t.placeAndDate, left, y, { width: CONTENT_WIDTH, lineBreak: false }));
  y += 16;
  return signatures(doc, draw, data, t, y + d.signatureSpace, d.signatureSpace - 6);
}

/** Columns of the module table. */
function tableColumns() {
  const position = 26;
  const hours = 52;
  const completedOn = 74;
  const dates = 100;
  const title = CONTENT_WIDTH - position - hours - completedOn - dates;
  let x = MARGIN_X;
  const at = (width: number) => {
    const col = { x, width };
    x += width;
    return col;
  };
  return { position: at(position), title: at(title), dates: at(dates), completedOn: at(completedOn), hours: at(hours) };
}

function moduleTable(doc: Doc, draw: boolean, t: CertificateTexts, top: number, d: Density): number {
  const cols = tableColumns();
  const pad = 4;
  const left = MARGIN_X;
  const right = PAGE.width - MARGIN_X;
  const keys = ['position', 'title', 'dates', 'completedOn', 'hours'] as const;
  /** One cell's text; titles and dates wrap, the rest stay on one line, hours align right. */
  const cell = (key: (typeof keys)[number], text: string, y: number) =>
    key === 'hours'
      ? doc.text(text, cols.hours.x, y, { width: cols.hours.width, align: 'right', lineBreak: false })
      : doc.text(text, cols[key].x, y, { width: cols[key].width - pad, ...(key === 'title' || key === 'dates' ? {} : { lineBreak: false }) });
  let y = top;
  let total = 0;

  // Drawn as a tagged table: a header row of column headers (TH, scope Column), one row per module.
  const body = (group?: PDFKit.PDFStructureElement) => {
    if (draw) {
      doc.font(FONT.bold).fontSize(8).fillColor(COLOR.muted);
      taggedGroup(doc, 'TR', (row) => keys.forEach((key) => tagged(doc, 'TH', () => cell(key, t.columns[key], y), { scope: 'Column' }, row)), group);
    }
    y += 13;
    if (draw) artifact(doc, () => doc.lineWidth(0.6).strokeColor(COLOR.accent).moveTo(left, y).lineTo(right, y).stroke());

    for (const module of t.modules) {
      y += d.rowPadding;
      doc.font(FONT.regular).fontSize(d.tableSize);
      const titleHeight = doc.heightOfString(module.title, { width: cols.title.width - pad });
      const datesHeight = doc.heightOfString(module.dates, { width: cols.dates.width - pad });
      if (draw) {
        doc.fillColor(COLOR.text);
        const rowY = y;
        taggedGroup(doc, 'TR', (row) => keys.forEach((key) => tagged(doc, 'TD', () => cell(key, module[key], rowY), {}, row)), group);
      }
      y += Math.max(titleHeight, datesHeight) + d.rowPadding - 1;
      const ruleY = y;
      if (draw) artifact(doc, () => doc.lineWidth(0.3).strokeColor(COLOR.rule).moveTo(left, ruleY).lineTo(right, ruleY).stroke());
    }
    y += 5;
    total = y;
  };
  if (draw) taggedGroup(doc, 'Table', body);
  else body();
  if (draw) tagged(doc, 'P', () => doc.font(FONT.bold).fontSize(9).fillColor(COLOR.text).text(t.total, left, total, { width: CONTENT_WIDTH, align: 'right', lineBreak: false }));
  return total + 12;
}

/** Signature lines side by side, spread over the width; returns the lowest y used. */
function signatures(doc: Doc, draw: boolean, data: CertificateDocumentData, t: CertificateTexts, lineY: number, imageHeight: number): number {
  const list = data.signatories;
  if (!list.length) return lineY;
  const minGap = 28;
  const width = Math.min(190, (CONTENT_WIDTH - minGap * (list.length - 1)) / list.length);
  const gap = list.length > 1 ? (CONTENT_WIDTH - width * list.length) / (list.length - 1) : 0;
  let x = MARGIN_X;
  let bottom = lineY;
  for (const signatory of list) {
    const name = signatory.name.normalize('NFC').trim();
    const role = signatory.role.normalize('NFC').trim();
    doc.font(FONT.bold).fontSize(9);
    const nameHeight = doc.heightOfString(name, { width, align: 'center' });
    doc.font(FONT.regular).fontSize(8);
    const roleHeight = doc.heightOfString(role, { width, align: 'center' });
    if (draw) {
      const png = signatory.signaturePng;
      const at = x;
      if (png) {
        tagged(doc, 'Figure', () => doc.image(png, at, lineY - 4 - imageHeight, { fit: [width, imageHeight], align: 'center', valign: 'bottom' }), { alt: t.signatureAlt.replace('{name}', name) });
      }
      artifact(doc, () => doc.lineWidth(0.5).strokeColor(COLOR.text).moveTo(at, lineY).lineTo(at + width, lineY).stroke());
      tagged(doc, 'P', () => doc.font(FONT.bold).fontSize(9).fillColor(COLOR.text).text(name, at, lineY + 5, { width, align: 'center' }));
      tagged(doc, 'P', () => doc.font(FONT.regular).fontSize(8).fillColor(COLOR.muted).text(role, at, lineY + 6 + nameHeight, { width, align: 'center' }));
    }
    bottom = Math.max(bottom, lineY + 6 + nameHeight + roleHeight);
    x += width + gap;
  }
  return bottom;
}
