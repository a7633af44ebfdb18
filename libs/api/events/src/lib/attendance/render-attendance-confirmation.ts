import {
  artifact,
  centeredBlock,
  DocumentAttachment,
  CertificatePdf,
  CONTENT_WIDTH,
  embeddedPageFonts,
  FOOTER,
  formatCertificateLongDate,
  MARGIN_X,
  onePagePdf,
  PAGE,
  PAGE_COLOR,
  PAGE_FONT,
  pageFooter,
  pageFrame,
  pageSeal,
  tagged,
  taggedGroup,
} from '@koko/api/core/documents';

const TIME_ZONE = 'Europe/Berlin';
const PROGRAMME = 'KoKo II – Kommunales Konfliktmanagement fördern';

export interface AttendanceConfirmationData {
  locale: 'de' | 'en';
  number: string;
  verificationUrl: string;
  printedName: string;
  issuer: string;
  issuedOn: Date;
  place: string;
  event: {
    title: string;
    topic: string;
    startsAt: Date;
    endsAt: Date;
    format: 'online' | 'in_person' | 'hybrid';
    address: string | null;
    speakers: string;
  };
  /** The signed credential (JSON), carried inside the PDF as an associated file. */
  credentialJson?: string;
}

/** "Teilnahmebescheinigung-KOKO-TB-2031-000123.credential.json": the credential's name inside the PDF. */
export function attendanceCredentialFileName(number: string): string {
  return `Teilnahmebescheinigung-${number.trim()}.credential.json`;
}

const TEXTS = {
  de: {
    programme: `${PROGRAMME} · Vernetzung`,
    title: 'Teilnahmebescheinigung',
    statement: 'hat an folgender Veranstaltung des Programms teilgenommen:',
    date: 'Datum',
    time: 'Zeit',
    format: 'Format',
    topic: 'Thema',
    speakers: 'Referent:innen',
    formats: { online: 'Online', in_person: 'Präsenz', hybrid: 'Hybrid (Präsenz und online)' },
    clock: (from: string, to: string) => `${from}–${to} Uhr`,
    placeAndDate: (place: string, day: string) => `${place}, den ${day}`,
    issuedBy: (issuer: string) => `Ausgestellt im Auftrag der ${issuer}`,
    verificationLabel: 'Echtheit prüfen:',
    footnote:
      'Diese Bescheinigung wurde elektronisch erstellt und ist ohne Unterschrift gültig. Ihre Echtheit kann über den QR-Code oder mit der Nummer und dem Nachnamen online geprüft werden.',
    number: (n: string) => `Nr. ${n}`,
    qrCodeAlt: (url: string) => `QR-Code mit dem Link zur Echtheitsprüfung: ${url}`,
    credentialDescription: (n: string) => `Digitaler Nachweis (Open Badges 3.0, signiert) zur Teilnahmebescheinigung ${n}`,
  },
  en: {
    programme: `${PROGRAMME} · Networking`,
    title: 'Certificate of Attendance',
    statement: 'attended the following event of the programme:',
    date: 'Date',
    time: 'Time',
    format: 'Format',
    topic: 'Topic',
    speakers: 'Speakers',
    formats: { online: 'Online', in_person: 'In person', hybrid: 'Hybrid (in person and online)' },
    clock: (from: string, to: string) => `${from}–${to}`,
    placeAndDate: (place: string, day: string) => `${place}, ${day}`,
    issuedBy: (issuer: string) => `Issued on behalf of ${issuer}`,
    verificationLabel: 'Verify authenticity:',
    footnote: 'This confirmation was created electronically and is valid without a signature. Its authenticity can be verified online via the QR code or by its number and surname.',
    number: (n: string) => `No. ${n}`,
    qrCodeAlt: (url: string) => `QR code linking to the verification of authenticity: ${url}`,
    credentialDescription: (n: string) => `Digital credential (Open Badges 3.0, signed) of certificate of attendance ${n}`,
  },
} as const;

const clock = (value: Date) => new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(value);
const text = (value: string) => value.normalize('NFC').replace(/\s+/g, ' ').trim();

/**
 * Renders the Teilnahmebescheinigung as a one-page A4 PDF/A-3b with the certificates' building blocks
 * (frame, seal, embedded DejaVu Sans, footer with number, QR code and verification URL; tagged, the
 * facts as a table). Deterministic: the same data give the same bytes (the info dates are the issue date).
 */
export async function renderAttendanceConfirmation(data: AttendanceConfirmationData): Promise<Buffer> {
  for (const key of ['number', 'verificationUrl', 'printedName', 'issuer'] as const) {
    if (!data[key]?.trim()) throw new Error(`Attendance confirmation data incomplete: ${key}`);
  }
  const t = TEXTS[data.locale];
  const name = text(data.printedName);
  const info: PDFKit.DocumentInfo = {
    Title: `${t.title} – ${name}`,
    Author: data.issuer,
    Subject: `KoKo II – ${data.number}`,
    Keywords: [t.title, text(data.event.title), data.issuer, data.number].join(', '),
    Creator: 'KoKo Campus',
    Producer: 'KoKo Campus (pdfkit)',
    CreationDate: data.issuedOn,
    ModDate: data.issuedOn,
  };
  const attachments: DocumentAttachment[] = data.credentialJson
    ? [{ name: attendanceCredentialFileName(data.number), data: Buffer.from(data.credentialJson, 'utf8'), mimeType: 'application/ld+json', description: t.credentialDescription(data.number), relationship: 'Alternative', date: data.issuedOn }]
    : [];
  return onePagePdf({ locale: data.locale, fonts: embeddedPageFonts(), info, attachments }, (doc) => {
    const facts: [string, string][] = [
      [t.date, formatCertificateLongDate(data.event.startsAt, data.locale, TIME_ZONE)],
      [t.time, t.clock(clock(data.event.startsAt), clock(data.event.endsAt))],
      [t.format, data.event.format === 'online' || !data.event.address ? t.formats[data.event.format] : `${t.formats[data.event.format]}, ${text(data.event.address)}`],
      [t.topic, text(data.event.topic)],
      ...(data.event.speakers.trim() ? [[t.speakers, text(data.event.speakers)] as [string, string]] : []),
    ];
    if (body(doc, data, t, name, facts, false) > FOOTER.contentLimit) throw new Error('Attendance confirmation does not fit on one A4 page');
    pageFrame(doc);
    pageSeal(doc, data.locale);
    body(doc, data, t, name, facts, true);
    const verificationUrl = data.verificationUrl.trim();
    pageFooter(doc, { footnote: t.footnote, number: t.number(data.number), verificationLabel: t.verificationLabel, verificationUrl, qrCodeAlt: t.qrCodeAlt(verificationUrl) });
  });
}

/** Issuer to place and date, top to bottom; returns the lowest y used. Draws only if `draw`. */
function body(doc: CertificatePdf, data: AttendanceConfirmationData, t: (typeof TEXTS)['de' | 'en'], name: string, facts: [string, string][], draw: boolean): number {
  const left = MARGIN_X;
  const right = PAGE.width - MARGIN_X;
  let y = 66;
  y = centeredBlock(doc, draw, data.issuer, y, { font: PAGE_FONT.bold, size: 16, color: PAGE_COLOR.accent });
  y = centeredBlock(doc, draw, t.programme, y + 4, { font: PAGE_FONT.regular, size: 10, color: PAGE_COLOR.muted });
  y += 12;
  const ruleY = y;
  if (draw) artifact(doc, () => doc.lineWidth(0.6).strokeColor(PAGE_COLOR.rule).moveTo(left, ruleY).lineTo(right, ruleY).stroke());
  y = centeredBlock(doc, draw, t.title, y + 40, { font: PAGE_FONT.bold, size: 30, color: PAGE_COLOR.accent, fit: true, minSize: 20, tag: 'H1' });
  y = centeredBlock(doc, draw, name, y + 30, { font: PAGE_FONT.bold, size: 24, minSize: 16, color: PAGE_COLOR.text, fit: true, lineGap: 2 });
  y = centeredBlock(doc, draw, t.statement, y + 16, { font: PAGE_FONT.regular, size: 11, color: PAGE_COLOR.text });
  y = centeredBlock(doc, draw, text(data.event.title), y + 14, { font: PAGE_FONT.bold, size: 17, color: PAGE_COLOR.accent, width: CONTENT_WIDTH - 40, lineGap: 2, tag: 'H2' });

  // The facts as a two-column table (row headers on the left).
  y += 30;
  const labelWidth = 110;
  const rows = (table?: PDFKit.PDFStructureElement) => {
    for (const [label, value] of facts) {
      doc.font(PAGE_FONT.regular).fontSize(10);
      const height = doc.heightOfString(value, { width: CONTENT_WIDTH - labelWidth });
      const rowY = y;
      if (draw) {
        taggedGroup(doc, 'TR', (row) => {
          tagged(doc, 'TH', () => doc.font(PAGE_FONT.bold).fontSize(10).fillColor(PAGE_COLOR.muted).text(label, left, rowY, { width: labelWidth - 8, lineBreak: false }), { scope: 'Row' }, row);
          tagged(doc, 'TD', () => doc.font(PAGE_FONT.regular).fontSize(10).fillColor(PAGE_COLOR.text).text(value, left + labelWidth, rowY, { width: CONTENT_WIDTH - labelWidth }), {}, row);
        }, table);
      }
      y += height + 8;
    }
  };
  if (draw) taggedGroup(doc, 'Table', rows);
  else rows();

  y += 36;
  const day = formatCertificateLongDate(data.issuedOn, data.locale, TIME_ZONE);
  const placeY = y;
  if (draw) tagged(doc, 'P', () => doc.font(PAGE_FONT.regular).fontSize(10).fillColor(PAGE_COLOR.text).text(t.placeAndDate(data.place, day), left, placeY, { width: CONTENT_WIDTH, lineBreak: false }));
  y += 16;
  const issuedByY = y;
  if (draw) tagged(doc, 'P', () => doc.font(PAGE_FONT.regular).fontSize(10).fillColor(PAGE_COLOR.muted).text(t.issuedBy(data.issuer), left, issuedByY, { width: CONTENT_WIDTH, lineBreak: false }));
  return y + 14;
}
