import { Injectable } from '@nestjs/common';
import { type Algorithm, hash, verify } from '@node-rs/argon2';
import { ErrorCode, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@koko/shared';
import { dictionary } from '@zxcvbn-ts/language-common';
import { IdentityException } from '../identity.exception';
import { COMMON_GERMAN_PASSWORDS } from './common-passwords-de';

/** OWASP Password Storage Cheat Sheet: argon2id, 19 MiB memory, 2 iterations, 1 degree of parallelism. */
export const ARGON2_OPTIONS = {
  // Algorithm is an ambient const enum, which transpiling one file at a time cannot inline.
  algorithm: 2 satisfies Algorithm.Argon2id,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

/** About 49,000 passwords most often found in breaches (zxcvbn's list) plus German favourites, lower-cased. */
const COMMON_PASSWORDS: ReadonlySet<string> = new Set([...dictionary['passwords'].map((p) => String(p).toLowerCase()), ...COMMON_GERMAN_PASSWORDS]);

/** A listed word with only digits and punctuation around it ("Passwort1234!", "2024schalke04") is still common. */
function strippedOfDecoration(value: string): string {
  return value.replace(/^[\d\W_]+|[\d\W_]+$/gu, '');
}

export function commonPasswordCount(): number {
  return COMMON_PASSWORDS.size;
}

/** Throws when the password breaks the policy: too short, too long or too common. */
export function assertPasswordPolicy(password: string): void {
  if ([...password].length < PASSWORD_MIN_LENGTH) {
    throw new IdentityException(ErrorCode.PASSWORD_TOO_SHORT, { min: PASSWORD_MIN_LENGTH });
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    throw new IdentityException(ErrorCode.PASSWORD_TOO_SHORT, { min: PASSWORD_MIN_LENGTH });
  }
  const lowered = password.toLowerCase();
  const core = strippedOfDecoration(lowered);
  if (COMMON_PASSWORDS.has(lowered) || (core.length > 0 && COMMON_GERMAN_PASSWORDS.includes(core)) || /^(.)\1+$/.test(password) || isSequence(lowered)) {
    throw new IdentityException(ErrorCode.PASSWORD_TOO_COMMON);
  }
}

function isSequence(value: string): boolean {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  return alphabet.includes(value) || [...alphabet].reverse().join('').includes(value);
}

@Injectable()
export class PasswordService {
  /** A real hash of a random string, verified when an account does not exist so timing reveals nothing. */
  private dummyHash: Promise<string> | null = null;

  hash(password: string): Promise<string> {
    assertPasswordPolicy(password);
    return hash(password, ARGON2_OPTIONS);
  }

  async verify(passwordHash: string | null, password: string): Promise<boolean> {
    if (!passwordHash) {
      this.dummyHash ??= hash('not-a-real-password-' + Math.random(), ARGON2_OPTIONS);
      await verify(await this.dummyHash, password).catch(() => false);
      return false;
    }
    return verify(passwordHash, password).catch(() => false);
  }
}
