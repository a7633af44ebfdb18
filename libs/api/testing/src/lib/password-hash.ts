import { hash } from '@node-rs/argon2';
import { ARGON2_OPTIONS_FOR_TESTS } from './argon2-options';

/** Computed once per test file: hashing is deliberately slow. */
export const ARGON2_HASH_FOR_TESTS: Promise<string> = hash('Sicheres-Test-Passwort-42', ARGON2_OPTIONS_FOR_TESTS);
