/**
 * What the browser checks before an upload, for a quick message. The server decides: it reads the
 * type from the file's content and enforces its own (configurable) limits, which it tells the web
 * app in `appInfo` (`uploadMaxBytes`, `uploadMaxFiles`).
 */
export interface UploadLimits {
  maxBytes: number;
  maxFiles: number;
}

/** The server's defaults, used only until `appInfo` has been read. */
export const DEFAULT_UPLOAD_LIMITS: UploadLimits = { maxBytes: 20 * 1024 * 1024, maxFiles: 5 };

/** The limits the server announced, or the defaults while it has not answered. */
export function uploadLimitsOf(appInfo: { uploadMaxBytes: number; uploadMaxFiles: number } | null | undefined): UploadLimits {
  return appInfo ? { maxBytes: appInfo.uploadMaxBytes, maxFiles: appInfo.uploadMaxFiles } : DEFAULT_UPLOAD_LIMITS;
}

/** Megabytes for the messages: whole numbers as they are, anything smaller to one decimal (at least 0.1). */
export function megabytes(bytes: number): number {
  const mb = bytes / (1024 * 1024);
  return Number.isInteger(mb) ? mb : Math.max(0.1, Math.round(mb * 10) / 10);
}

/** Shown next to the file control; order as the server lists them. */
export const ALLOWED_FILE_LABELS = ['PDF', 'DOCX', 'ODT', 'PNG', 'JPEG'] as const;

const ALLOWED_EXTENSIONS = ['pdf', 'docx', 'odt', 'png', 'jpg', 'jpeg'];
const ALLOWED_TYPES = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.oasis.opendocument.text',
  'image/png',
  'image/jpeg',
];

/** For the `accept` attribute of the file input: extensions and media types. */
export const FILE_INPUT_ACCEPT = [...ALLOWED_EXTENSIONS.map((e) => `.${e}`), ...ALLOWED_TYPES].join(',');

export type FileProblem = { kind: 'tooMany'; max: number } | { kind: 'empty' } | { kind: 'tooLarge'; maxMb: number } | { kind: 'type' };

/** The first reason the file cannot be attached, or null when the server should decide. */
export function checkFile(file: { name: string; size: number; type: string }, attachedCount: number, limits: UploadLimits = DEFAULT_UPLOAD_LIMITS): FileProblem | null {
  if (attachedCount >= limits.maxFiles) return { kind: 'tooMany', max: limits.maxFiles };
  if (file.size === 0) return { kind: 'empty' };
  if (file.size > limits.maxBytes) return { kind: 'tooLarge', maxMb: megabytes(limits.maxBytes) };
  const extension = /\.([^.]+)$/.exec(file.name)?.[1]?.toLowerCase() ?? '';
  // Browsers often claim nothing or something odd for office files; a known extension is enough here.
  if (!ALLOWED_EXTENSIONS.includes(extension) && !ALLOWED_TYPES.includes(file.type)) return { kind: 'type' };
  return null;
}

/** PDFs and images open in the browser; office documents are downloaded. */
export function isPreviewable(contentType: string): boolean {
  return contentType === 'application/pdf' || contentType === 'image/png' || contentType === 'image/jpeg';
}

/** The download address; `inline` asks the server to let the browser show the file. */
export function fileHref(downloadUrl: string, inline: boolean): string {
  if (!inline) return downloadUrl;
  return `${downloadUrl}${downloadUrl.includes('?') ? '&' : '?'}inline=1`;
}

/** "1,4 MB", "820 KB" in the given locale. */
export function formatFileSize(bytes: number, locale: string): string {
  const number = (value: number, digits: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
  if (bytes < 1024) return `${number(bytes, 0)} B`;
  if (bytes < 1024 * 1024) return `${number(bytes / 1024, 0)} KB`;
  return `${number(bytes / (1024 * 1024), 1)} MB`;
}

const TYPE_LABELS: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.oasis.opendocument.text': 'ODT',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
};

/** "PDF", "DOCX" … for a stored file's (server-detected) content type. */
export function fileTypeLabel(contentType: string): string {
  return TYPE_LABELS[contentType] ?? contentType;
}
