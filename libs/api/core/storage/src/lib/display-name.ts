const FALLBACK = 'Datei';
const MAX_LENGTH = 200;
const MAX_EXTENSION_LENGTH = 10;
/** Control characters, and the invisible direction marks that make `gpj.exe` read as `exe.jpg`. */
const INVISIBLE = /[\p{Cc}\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufeff]/gu;

/**
 * The name a file is shown and downloaded under. It is only ever a label: files are stored under
 * server-generated keys, so this never becomes a path. Keeps the last path segment, drops control
 * and direction characters, leading dots and trailing dots/spaces, and shortens to 200 characters
 * keeping the extension. `../../etc/passwd` becomes `passwd`; nothing usable becomes "Datei".
 */
export function sanitizeDisplayName(raw: string | null | undefined): string {
  if (!raw) return FALLBACK;
  const lastSegment = raw.normalize('NFC').split(/[/\\]/).pop() ?? '';
  const name = lastSegment
    .replace(/\s+/g, ' ')
    .replace(INVISIBLE, '')
    .replace(/^[\s.]+/, '')
    .replace(/[\s.]+$/, '');
  return shorten(name) || FALLBACK;
}

function shorten(name: string): string {
  const chars = Array.from(name);
  if (chars.length <= MAX_LENGTH) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 && name.length - dot <= MAX_EXTENSION_LENGTH + 1 ? Array.from(name.slice(dot)) : [];
  return chars.slice(0, MAX_LENGTH - extension.length).join('').trimEnd() + extension.join('');
}
