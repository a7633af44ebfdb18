import { FileKind } from './file-kind';

const PDF = Buffer.from('%PDF-', 'latin1');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff]);
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** Bytes needed to tell the signatures apart. */
export const SIGNATURE_BYTES = 8;

/** What the first bytes announce: a kind, a ZIP whose entries decide (DOCX, ODT), or nothing accepted. */
export type Signature = FileKind.PDF | FileKind.PNG | FileKind.JPEG | 'ZIP' | undefined;

export function signatureOf(head: Buffer): Signature {
  const startsWith = (magic: Buffer) => head.length >= magic.length && head.subarray(0, magic.length).equals(magic);
  if (startsWith(PDF)) return FileKind.PDF;
  if (startsWith(PNG)) return FileKind.PNG;
  if (startsWith(JPEG)) return FileKind.JPEG;
  if (startsWith(ZIP)) return 'ZIP';
  return undefined;
}
