/** The languages documents are issued in. */
export type DocumentLocale = 'de' | 'en';

/** Documents show calendar days and times on Berlin's clock. */
export const DEFAULT_CERTIFICATE_TIME_ZONE = 'Europe/Berlin';

const MONTHS: Record<DocumentLocale, string[]> = {
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** Calendar date of an instant in the given time zone (a certificate shows days, not instants). */
function calendarDate(value: Date, timeZone: string): { year: number; month: number; day: number } {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) throw new Error(`Invalid date on certificate: ${String(value)}`);
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, format);
  }
  const parts = format.formatToParts(value);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day') };
}

/** "15.03.2026" (de) / "15 Mar 2026" (en). Month names are fixed here, not taken from ICU, so output never depends on the Node build. */
export function formatCertificateDate(value: Date, locale: DocumentLocale, timeZone = DEFAULT_CERTIFICATE_TIME_ZONE): string {
  const { year, month, day } = calendarDate(value, timeZone);
  if (locale === 'de') return `${String(day).padStart(2, '0')}.${String(month).padStart(2, '0')}.${year}`;
  return `${day} ${MONTHS.en[month - 1].slice(0, 3)} ${year}`;
}

/** "15. März 2026" (de) / "15 March 2026" (en). */
export function formatCertificateLongDate(value: Date, locale: DocumentLocale, timeZone = DEFAULT_CERTIFICATE_TIME_ZONE): string {
  const { year, month, day } = calendarDate(value, timeZone);
  return locale === 'de' ? `${day}. ${MONTHS.de[month - 1]} ${year}` : `${day} ${MONTHS.en[month - 1]} ${year}`;
}
