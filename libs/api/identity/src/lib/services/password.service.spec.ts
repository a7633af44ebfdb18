import { ErrorCode } from '@koko/shared';
import { assertPasswordPolicy, commonPasswordCount, PasswordService } from './password.service';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
    return undefined;
  } catch (e) {
    return (e as { code?: string }).code;
  }
}

describe('password policy', () => {
  it('bundles at least 10,000 common passwords', () => {
    expect(commonPasswordCount()).toBeGreaterThanOrEqual(10_000);
  });

  it('refuses passwords shorter than 12 characters', () => {
    expect(codeOf(() => assertPasswordPolicy('Kurz-1234!'))).toBe(ErrorCode.PASSWORD_TOO_SHORT);
  });

  it('refuses common passwords regardless of case', () => {
    expect(codeOf(() => assertPasswordPolicy('PASSWORD1234'))).toBe(ErrorCode.PASSWORD_TOO_COMMON);
    expect(codeOf(() => assertPasswordPolicy('123456789012'))).toBe(ErrorCode.PASSWORD_TOO_COMMON);
    expect(codeOf(() => assertPasswordPolicy('aaaaaaaaaaaaaa'))).toBe(ErrorCode.PASSWORD_TOO_COMMON);
  });

  it('refuses German favourites, also with digits and punctuation around them', () => {
    expect(codeOf(() => assertPasswordPolicy('Passwort1234'))).toBe(ErrorCode.PASSWORD_TOO_COMMON);
    expect(codeOf(() => assertPasswordPolicy('qwertzuiop123'))).toBe(ErrorCode.PASSWORD_TOO_COMMON);
    expect(codeOf(() => assertPasswordPolicy('2024-Schalke04!'))).toBe(ErrorCode.PASSWORD_TOO_COMMON);
    expect(codeOf(() => assertPasswordPolicy('Sonnenschein99'))).toBe(ErrorCode.PASSWORD_TOO_COMMON);
  });

  it('accepts a long uncommon passphrase, counting characters not bytes', () => {
    expect(codeOf(() => assertPasswordPolicy('Konflikt-Lotse-Kleve-7'))).toBeUndefined();
    expect(codeOf(() => assertPasswordPolicy('Größenwahn'))).toBe(ErrorCode.PASSWORD_TOO_SHORT);
  });

  it('hashes with argon2id and verifies', async () => {
    const service = new PasswordService();
    const h = await service.hash('Konflikt-Lotse-Kleve-7');
    expect(h.startsWith('$argon2id$v=19$m=19456,t=2,p=1$')).toBe(true);
    await expect(service.verify(h, 'Konflikt-Lotse-Kleve-7')).resolves.toBe(true);
    await expect(service.verify(h, 'Konflikt-Lotse-Kleve-8')).resolves.toBe(false);
    await expect(service.verify(null, 'anything-at-all')).resolves.toBe(false);
  });
});
