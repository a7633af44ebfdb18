import { ALL_TEXTS } from './all-texts';

const { de, en } = ALL_TEXTS;

describe('dictionaries', () => {
  it('English has exactly the German keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(de).sort());
  });

  it('has no empty translations', () => {
    for (const [key, value] of [...Object.entries(de), ...Object.entries(en)]) {
      expect({ key, empty: value.trim() === '' }).toEqual({ key, empty: false });
    }
  });

  it('uses the same placeholders in both languages', () => {
    const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(de) as (keyof typeof de)[]) {
      expect({ key, p: placeholders(en[key]) }).toEqual({ key, p: placeholders(de[key]) });
    }
  });
});
