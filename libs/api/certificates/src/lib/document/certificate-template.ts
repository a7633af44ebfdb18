import { DEFAULT_CERTIFICATE_TIME_ZONE, formatCertificateDate, formatCertificateLongDate } from '@koko/api/core/documents';
import Handlebars from 'handlebars';
import { CertificateDocumentData, CertificateLocale } from './certificate-document-data';

/**
 * The certificate's wording as handlebars templates, one per text block, so the layout code never
 * contains language. Templates are plain text (no HTML escaping); the PDF renderer places each block.
 * Changing a template changes only certificates issued afterwards: issued PDFs are stored bytes.
 */
export interface CertificateTemplateSet {
  issuer: string;
  programme: string;
  title: string;
  /** Follows the printed name: "… hat an der zertifizierten Fortbildung … teilgenommen und ist berechtigt, die Bezeichnung" */
  achievement: string;
  /** The designation itself, printed prominently. */
  designation: string;
  /** Closes the sentence after the designation ("zu führen."); may be empty. */
  closing: string;
  modulesHeading: string;
  columnPosition: string;
  columnModule: string;
  columnDates: string;
  columnCompletedOn: string;
  columnHours: string;
  /** One table row; context: a module line. */
  moduleDates: string;
  moduleCompletedOn: string;
  moduleHours: string;
  total: string;
  placeAndDate: string;
  number: string;
  verificationLabel: string;
  /** "Echtheit prüfen: <url>" as one line (used where the hint is not split around the QR code). */
  verificationHint: string;
  footnote: string;
  /** Alternative text of the QR code in the tagged PDF. */
  qrCodeAlt: string;
  /** Alternative text of a scanned signature; context: the signatory's name as `{name}`. */
  signatureAlt: string;
  /** Description of the attached credential file. */
  credentialDescription: string;
}

export const CERTIFICATE_TEMPLATES: Record<CertificateLocale, CertificateTemplateSet> = {
  de: {
    issuer: '{{issuer}}',
    programme: '{{programmeTitle}}',
    title: 'Zertifikat',
    achievement:
      'hat an der zertifizierten Fortbildung „{{programmeTitle}}“ der {{issuer}} erfolgreich teilgenommen und ist berechtigt, die Bezeichnung',
    designation: '{{certificateTitle}}',
    closing: 'zu führen.',
    modulesHeading: 'Inhalte der Fortbildung',
    columnPosition: 'Nr.',
    columnModule: 'Modul',
    columnDates: 'Termine',
    columnCompletedOn: 'Abschluss',
    columnHours: 'Stunden',
    moduleDates: '{{#if dates}}{{dates}}{{else}}–{{/if}}',
    moduleCompletedOn: '{{date completedOn}}',
    moduleHours: '{{hours workloadHours}}',
    total: 'Gesamtumfang: {{hours totalWorkloadHours}} Stunden',
    placeAndDate: '{{place}}, den {{longDate issuedOn}}',
    number: 'Zertifikatsnummer: {{number}}',
    verificationLabel: 'Echtheit prüfen:',
    verificationHint: 'Echtheit prüfen: {{verificationUrl}}',
    footnote:
      'Die Echtheit dieses Zertifikats kann über den QR-Code oder unter Angabe der Zertifikatsnummer online geprüft werden.',
    qrCodeAlt: 'QR-Code mit dem Link zur Echtheitsprüfung: {{verificationUrl}}',
    signatureAlt: 'Unterschrift von {name}',
    credentialDescription: 'Digitaler Nachweis (Open Badges 3.0, signiert) zum Zertifikat {{number}}',
  },
  en: {
    issuer: '{{issuer}}',
    programme: '{{programmeTitle}}',
    title: 'Certificate',
    achievement:
      'has successfully completed the certified further training programme “{{programmeTitle}}” of {{issuer}} and is entitled to use the designation',
    designation: '{{certificateTitle}}',
    closing: '',
    modulesHeading: 'Programme modules',
    columnPosition: 'No.',
    columnModule: 'Module',
    columnDates: 'Dates',
    columnCompletedOn: 'Completed',
    columnHours: 'Hours',
    moduleDates: '{{#if dates}}{{dates}}{{else}}–{{/if}}',
    moduleCompletedOn: '{{date completedOn}}',
    moduleHours: '{{hours workloadHours}}',
    total: 'Total workload: {{hours totalWorkloadHours}} hours',
    placeAndDate: '{{place}}, {{longDate issuedOn}}',
    number: 'Certificate no. {{number}}',
    verificationLabel: 'Verify authenticity:',
    verificationHint: 'Verify authenticity: {{verificationUrl}}',
    footnote: 'The authenticity of this certificate can be verified online via the QR code or by its certificate number.',
    qrCodeAlt: 'QR code linking to the verification of authenticity: {{verificationUrl}}',
    signatureAlt: 'Signature of {name}',
    credentialDescription: 'Digital credential (Open Badges 3.0, signed) of certificate {{number}}',
  },
};

export interface CertificateModuleTexts {
  position: string;
  title: string;
  dates: string;
  completedOn: string;
  hours: string;
}

/** The rendered wording of one certificate, block by block. */
export interface CertificateTexts {
  issuer: string;
  programme: string;
  title: string;
  name: string;
  achievement: string;
  designation: string;
  closing: string;
  modulesHeading: string;
  columns: CertificateModuleTexts;
  modules: CertificateModuleTexts[];
  total: string;
  placeAndDate: string;
  number: string;
  verificationLabel: string;
  verificationUrl: string;
  verificationHint: string;
  footnote: string;
  qrCodeAlt: string;
  /** With `{name}` where the signatory's name goes. */
  signatureAlt: string;
  credentialDescription: string;
}

export const DEFAULT_CERTIFICATE_PLACE = 'Krefeld';
export { DEFAULT_CERTIFICATE_TIME_ZONE, formatCertificateDate, formatCertificateLongDate };

/** "24", "7,5" (de) / "7.5" (en); at most two decimals. */
export function formatCertificateHours(value: number, locale: CertificateLocale): string {
  if (!Number.isFinite(value) || value < 0) throw new Error(`Invalid workload on certificate: ${String(value)}`);
  const text = String(Math.round(value * 100) / 100);
  return locale === 'de' ? text.replace('.', ',') : text;
}

type Compiled = { [K in keyof CertificateTemplateSet]: HandlebarsTemplateDelegate };

export interface CertificateTextOptions {
  timeZone?: string;
  /** Replaces the built-in wording (e.g. for a template managed in configuration). */
  templates?: Partial<Record<CertificateLocale, CertificateTemplateSet>>;
}

const hbs = Handlebars.create();
hbs.registerHelper('date', (value: Date, options: Handlebars.HelperOptions) =>
  formatCertificateDate(value, (options.data.root as Ctx).__locale, (options.data.root as Ctx).__timeZone),
);
hbs.registerHelper('longDate', (value: Date, options: Handlebars.HelperOptions) =>
  formatCertificateLongDate(value, (options.data.root as Ctx).__locale, (options.data.root as Ctx).__timeZone),
);
hbs.registerHelper('hours', (value: number, options: Handlebars.HelperOptions) => formatCertificateHours(value, (options.data.root as Ctx).__locale));

interface Ctx {
  __locale: CertificateLocale;
  __timeZone: string;
}

const compiledCache = new WeakMap<CertificateTemplateSet, Compiled>();

function compile(set: CertificateTemplateSet): Compiled {
  let compiled = compiledCache.get(set);
  if (!compiled) {
    compiled = Object.fromEntries(
      Object.entries(set).map(([key, source]) => [key, hbs.compile(source, { noEscape: true, strict: true })]),
    ) as Compiled;
    compiledCache.set(set, compiled);
  }
  return compiled;
}

/** Unicode NFC and single spaces: "Nguyễn" typed with combining marks prints and extracts like the precomposed form. */
export function normalizeCertificateText(value: string): string {
  return value.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Renders every text block of the certificate in its locale. Pure: no clock, no I/O. */
export function renderCertificateTexts(data: CertificateDocumentData, options: CertificateTextOptions = {}): CertificateTexts {
  const locale: CertificateLocale = data.locale === 'en' ? 'en' : 'de';
  const set = options.templates?.[locale] ?? CERTIFICATE_TEMPLATES[locale];
  const t = compile(set);
  const meta: Ctx = { __locale: locale, __timeZone: options.timeZone ?? DEFAULT_CERTIFICATE_TIME_ZONE };
  const root = {
    ...meta,
    number: normalizeCertificateText(data.number),
    verificationUrl: data.verificationUrl.trim(),
    printedName: normalizeCertificateText(data.printedName),
    issuedOn: data.issuedOn,
    programmeTitle: normalizeCertificateText(data.programmeTitle),
    certificateTitle: normalizeCertificateText(data.certificateTitle),
    issuer: normalizeCertificateText(data.issuer),
    totalWorkloadHours: data.totalWorkloadHours,
    place: normalizeCertificateText(data.place ?? DEFAULT_CERTIFICATE_PLACE),
  };
  const render = (key: keyof CertificateTemplateSet, context: object = root) => normalizeCertificateText(t[key]({ ...meta, ...context }));
  const modules = [...data.modules]
    .sort((a, b) => a.position - b.position)
    .map((m) => {
      const context = { ...meta, ...m, title: normalizeCertificateText(m.title), dates: m.dates ? normalizeCertificateText(m.dates) : '' };
      return {
        position: String(m.position),
        title: context.title,
        dates: render('moduleDates', context),
        completedOn: render('moduleCompletedOn', context),
        hours: render('moduleHours', context),
      };
    });
  return {
    issuer: render('issuer'),
    programme: render('programme'),
    title: render('title'),
    name: root.printedName,
    achievement: render('achievement'),
    designation: render('designation'),
    closing: render('closing'),
    modulesHeading: render('modulesHeading'),
    columns: {
      position: render('columnPosition'),
      title: render('columnModule'),
      dates: render('columnDates'),
      completedOn: render('columnCompletedOn'),
      hours: render('columnHours'),
    },
    modules,
    total: render('total'),
    placeAndDate: render('placeAndDate'),
    number: render('number'),
    verificationLabel: render('verificationLabel'),
    verificationUrl: root.verificationUrl,
    verificationHint: render('verificationHint'),
    footnote: render('footnote'),
    qrCodeAlt: render('qrCodeAlt'),
    signatureAlt: render('signatureAlt'),
    credentialDescription: render('credentialDescription'),
  };
}
