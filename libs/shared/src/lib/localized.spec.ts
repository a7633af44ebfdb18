import { Locale, localized } from './locale';

describe('localized', () => {
  it('gives English readers the English text', () => {
    expect(localized('Verhandlung', 'Negotiation', Locale.EN)).toBe('Negotiation');
  });

  it('falls back to German where no English text is written', () => {
    expect(localized('Verhandlung', '', Locale.EN)).toBe('Verhandlung');
    expect(localized('Verhandlung', '   ', Locale.EN)).toBe('Verhandlung');
  });

  it('gives German readers the German text', () => {
    expect(localized('Verhandlung', 'Negotiation', Locale.DE)).toBe('Verhandlung');
  });
});
