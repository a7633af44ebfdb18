import { FileKind } from './file-kind';

/**
 * Tells DOCX and ODT apart from other ZIP files without unpacking anything:
 * - ODT: the first entry is `mimetype`, stored uncompressed, containing exactly the ODT media type
 *   (the OpenDocument packaging rule, so it is always within the first ~100 bytes);
 * - DOCX: entries include `[Content_Types].xml` and something under `word/`.
 * The local headers at the start usually decide; when they cannot (entries written with a data
 * descriptor have no size in their header, or a large first entry), the central directory at the
 * end of the file lists every name.
 */
export type ZipVerdict = FileKind.DOCX | FileKind.ODT | 'OTHER' | 'UNDECIDED';

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const ODT_MEDIA_TYPE = 'application/vnd.oasis.opendocument.text';
const HAS_DATA_DESCRIPTOR = 0x0008;
const STORED = 0;

function isDocx(names: readonly string[]): boolean {
  return names.includes('[Content_Types].xml') && names.some((n) => n.startsWith('word/'));
}

/** Reads the local headers in the first bytes of a ZIP (which may be cut off anywhere). */
export function inspectZipStart(start: Buffer): ZipVerdict {
  const names: string[] = [];
  let offset = 0;
  for (;;) {
    if (offset + 30 > start.length) return 'UNDECIDED';
    const signature = start.readUInt32LE(offset);
    // The central directory follows the last entry: every name has been seen.
    if (signature === CENTRAL_HEADER) return isDocx(names) ? FileKind.DOCX : 'OTHER';
    if (signature !== LOCAL_HEADER) return names.length ? 'UNDECIDED' : 'OTHER';
    const flags = start.readUInt16LE(offset + 6);
    const method = start.readUInt16LE(offset + 8);
    const compressedSize = start.readUInt32LE(offset + 18);
    const nameLength = start.readUInt16LE(offset + 26);
    const extraLength = start.readUInt16LE(offset + 28);
    const dataStart = offset + 30 + nameLength + extraLength;
    if (offset + 30 + nameLength > start.length) return 'UNDECIDED';
    const name = start.toString('latin1', offset + 30, offset + 30 + nameLength);

    if (names.length === 0 && name === 'mimetype') {
      // An OpenDocument package: its media type says which one (ODS, ODP and EPUB look the same otherwise).
      if (method !== STORED || compressedSize === 0 || compressedSize > 200) return 'OTHER';
      if (dataStart + compressedSize > start.length) return 'UNDECIDED';
      return start.toString('latin1', dataStart, dataStart + compressedSize) === ODT_MEDIA_TYPE ? FileKind.ODT : 'OTHER';
    }
    names.push(name);
    if (isDocx(names)) return FileKind.DOCX;
    const sizeUnknown = (flags & HAS_DATA_DESCRIPTOR && compressedSize === 0) || compressedSize === 0xffffffff;
    if (sizeUnknown) return 'UNDECIDED';
    offset = dataStart + compressedSize;
  }
}

/**
 * Reads the central directory from the last bytes of a ZIP. `end` holds the file's last
 * `end.length` bytes of `totalSize`; a directory that starts before them counts as OTHER.
 */
export function inspectZipEnd(end: Buffer, totalSize: number): FileKind.DOCX | 'OTHER' {
  const eocd = findEndOfCentralDirectory(end);
  if (eocd < 0) return 'OTHER';
  const directorySize = end.readUInt32LE(eocd + 12);
  const directoryOffset = end.readUInt32LE(eocd + 16);
  if (directoryOffset === 0xffffffff) return 'OTHER';
  let offset = directoryOffset - (totalSize - end.length);
  const directoryEnd = offset + directorySize;
  if (offset < 0 || directoryEnd > eocd) return 'OTHER';
  const names: string[] = [];
  while (offset + 46 <= directoryEnd && end.readUInt32LE(offset) === CENTRAL_HEADER) {
    const nameLength = end.readUInt16LE(offset + 28);
    const extraLength = end.readUInt16LE(offset + 30);
    const commentLength = end.readUInt16LE(offset + 32);
    names.push(end.toString('latin1', offset + 46, Math.min(offset + 46 + nameLength, directoryEnd)));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return isDocx(names) ? FileKind.DOCX : 'OTHER';
}

/** The end-of-central-directory record sits in the last 22 bytes plus a comment of at most 64 KiB. */
function findEndOfCentralDirectory(end: Buffer): number {
  const lowest = Math.max(0, end.length - 22 - 0xffff);
  for (let i = end.length - 22; i >= lowest; i--) {
    if (end.readUInt32LE(i) === END_OF_CENTRAL_DIRECTORY) return i;
  }
  return -1;
}
