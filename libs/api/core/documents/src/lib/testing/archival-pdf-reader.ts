/*
 * Test helpers (never bundled): what an archive or a screen reader sees of an issued PDF. The raw
 * readers look at the uncompressed parts pdfkit writes (XMP packet, catalogue, structure elements);
 * the poppler readers run `pdfinfo` and `pdfdetach` (Debian package poppler-utils, installed by .ci/run).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The XMP metadata packet (UTF-8), as archives read the PDF/A identification from it. */
export function pdfXmp(pdf: Buffer): string {
  const text = pdf.toString('latin1');
  const start = text.indexOf('<?xpacket begin=');
  const end = text.indexOf('<?xpacket end="w"?>');
  if (start < 0 || end < 0) throw new Error('No XMP packet in the PDF');
  return Buffer.from(text.slice(start, end + '<?xpacket end="w"?>'.length), 'latin1').toString('utf8');
}

/** A PDF literal string's value: escapes undone, UTF-16BE (with BOM) decoded. */
function literal(raw: string): string {
  const bytes = raw.replace(/\\([nrtbf()\\])/g, (_, c: string) => ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' })[c] ?? c);
  if (bytes.startsWith('\xfe\xff')) return Buffer.from(bytes.slice(2), 'latin1').swap16().toString('utf16le');
  return bytes;
}

/** The alternative texts of the structure elements of one type (e.g. every Figure), in document order. */
export function structureAltTexts(pdf: Buffer, type: string): string[] {
  const text = pdf.toString('latin1');
  const objects = text.split(/\nendobj\n/).filter((o) => o.includes(`/S /${type}\n`));
  return objects.map((o) => {
    const match = /\/Alt \(((?:\\[\s\S]|[^\\)])*)\)/.exec(o);
    return match ? literal(match[1]) : '';
  });
}

/** `pdfinfo` as key → value (Tagged, PDF version, Title…). */
export function popplerInfo(pdf: Buffer): Record<string, string> {
  return withFile(pdf, (file) => {
    const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    return Object.fromEntries(out.split('\n').filter((l) => l.includes(':')).map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]));
  });
}

/** `pdfinfo -struct-text`: the structure tree with its text, as a screen reader walks it. */
export function popplerStructure(pdf: Buffer): string {
  return withFile(pdf, (file) => execFileSync('pdfinfo', ['-struct-text', file], { encoding: 'utf8' }));
}

/** Every embedded file, extracted with `pdfdetach -saveall`: name → bytes; plus `pdfdetach -list`'s lines. */
export function popplerAttachments(pdf: Buffer): { list: string[]; files: Record<string, Buffer> } {
  return withFile(pdf, (file, dir) => {
    const list = execFileSync('pdfdetach', ['-list', file], { encoding: 'utf8' }).split('\n').slice(1).map((l) => l.replace(/^\d+: /, '').trim()).filter(Boolean);
    const out = join(dir, 'out');
    mkdirSync(out);
    execFileSync('pdfdetach', ['-saveall', '-o', out, file]);
    return { list, files: Object.fromEntries(readdirSync(out).map((name) => [name, readFileSync(join(out, name))])) };
  });
}

function withFile<T>(pdf: Buffer, run: (file: string, dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'koko-pdf-'));
  try {
    const file = join(dir, 'document.pdf');
    writeFileSync(file, pdf);
    return run(file, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
