import type { TranslationKey } from './dictionary-de';

/** Dictionary key for a role name (API enum value). */
export function roleKey(role: 'PARTICIPANT' | 'TRAINER' | 'ADMIN' | 'EVALUATION' | 'ADVISOR'): TranslationKey {
  return `role.${role}`;
}

/** Dictionary key for a language name (API enum value). */
export function localeKey(locale: 'DE' | 'EN'): TranslationKey {
  return `locale.${locale}`;
}
