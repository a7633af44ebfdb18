import { randomUUID } from 'node:crypto';

/**
 * A key is a relative, `/`-separated name such as `2025/06/3f0c…`. Each segment starts with a
 * letter or digit and uses only letters, digits, `_` and `-`, with at most one `.extension`: so no
 * `.`/`..`, no empty segment, no leading `/`, no backslash, no drive letter and no hidden name
 * (temporary files start with a dot and can therefore never be addressed by a key).
 */
const SEGMENT = /^[A-Za-z0-9][A-Za-z0-9_-]*(\.[A-Za-z0-9]+)?$/;
const MAX_KEY_LENGTH = 256;
const MAX_SEGMENTS = 8;

export class InvalidStorageKeyError extends Error {
  constructor(key: unknown) {
    super(`Invalid storage key ${JSON.stringify(typeof key === 'string' ? key.slice(0, 80) : typeof key)}`);
    this.name = 'InvalidStorageKeyError';
  }
}

export function isValidStorageKey(key: unknown): key is string {
  if (typeof key !== 'string' || key.length === 0 || key.length > MAX_KEY_LENGTH) return false;
  const segments = key.split('/');
  return segments.length <= MAX_SEGMENTS && segments.every((s) => SEGMENT.test(s));
}

export function assertValidStorageKey(key: unknown): asserts key is string {
  if (!isValidStorageKey(key)) throw new InvalidStorageKeyError(key);
}

/** A new server-generated key, `yyyy/mm/<uuid>` (UTC): unguessable, and folders stay small. */
export function newStorageKey(now: Date = new Date()): string {
  const month = String(now.getUTCMonth() + 1).padStart(2, '0');
  return `${now.getUTCFullYear()}/${month}/${randomUUID()}`;
}
