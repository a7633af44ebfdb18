/** How a file can be shown in the page: PDFs in a frame, pictures as images, anything else only for download. */
export type PreviewKind = 'pdf' | 'image' | null;

export function previewKind(contentType: string): PreviewKind {
  const type = contentType.toLowerCase().split(';')[0]?.trim() ?? '';
  if (type === 'application/pdf') return 'pdf';
  if (type === 'image/png' || type === 'image/jpeg') return 'image';
  return null;
}

/**
 * The inline variant of a download URL (the API then answers `Content-Disposition: inline`). Only the
 * API's own relative file URLs are accepted, so nothing foreign ends up in a frame.
 */
export function inlineUrl(downloadUrl: string): string | null {
  if (!/^\/api\/files\/[0-9a-f-]{36}$/i.test(downloadUrl)) return null;
  return `${downloadUrl}?inline=1`;
}

/** A short, localised size such as "1,2 MB" or "830 kB". */
export function formatFileSize(bytes: number, locale: string): string {
  const units = ['B', 'kB', 'MB', 'GB'];
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value)} ${units[unit]}`;
}

/** File types a grader may attach to feedback (the API checks the content, this only guides the picker). */
export const FEEDBACK_FILE_ACCEPT = '.pdf,.docx,.odt,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg';
