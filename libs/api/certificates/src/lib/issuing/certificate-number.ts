/** `KOKO-2026-000042`: the year of issue and a gap-free sequence within it. */
export function formatCertificateNumber(year: number, sequence: number): string {
  if (!Number.isInteger(year) || year < 2000 || year > 9999) throw new Error(`bad year ${year}`);
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > 999_999) throw new Error(`bad sequence ${sequence}`);
  return `KOKO-${year}-${String(sequence).padStart(6, '0')}`;
}

export const CERTIFICATE_NUMBER = /^KOKO-(\d{4})-(\d{6})$/;

/** The surname as typed for a lookup by number: case, accents and spacing are not held against anyone. */
export function normaliseName(value: string): string {
  return value.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l').replace(/Ł/g, 'L').replace(/ß/g, 'ss').toLowerCase().replace(/\s+/g, ' ').trim();
}
