import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TEMPLATES } from '../../libs/api/notifications/src/lib/templates';
import { ALL_TEXTS } from '../../libs/web/shared/util/src/lib/i18n/all-texts';

/**
 * One word per concept (docs/glossary.md): no page text and no mail uses a word the glossary rules
 * out, apart from where its "only in" column allows it and the named known exceptions.
 */
const root = join(__dirname, '..', '..');
// Every text of the web app: the always-loaded ones and each area's (which the app loads with its pages).
const { de, en } = ALL_TEXTS;
const glossary = readFileSync(join(root, 'docs/glossary.md'), 'utf8');

/** The rows of the markdown table under `## heading`, as cells (header and separator left out). */
function tableUnder(heading: string): string[][] {
  const section = glossary.split(/^## /m).find((s) => s.startsWith(heading));
  if (!section) throw new Error(`docs/glossary.md has no section "${heading}"`);
  return section
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .slice(2)
    .map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()));
}

const codes = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]);

interface Rule {
  concept: string;
  avoid: { de: string[]; en: string[] };
  /** Dictionary key prefixes (`events.`) and mail template names (`short-format-*`) where the avoided words belong. */
  onlyIn: string[];
}

const RULES: Rule[] = tableUnder('Terms').map(([concept, , , notDe, notEn, onlyIn]) => ({ concept, avoid: { de: codes(notDe), en: codes(notEn) }, onlyIn: codes(onlyIn) }));
const EXCEPTIONS = new Set(tableUnder('Known exceptions').map(([key, word]) => `${codes(key)[0]} ${codes(word)[0]}`));

/** Every text a user reads, by where it comes from: `key` for the web, `mail <template>` for mails. */
function texts(locale: 'de' | 'en'): { source: string; text: string }[] {
  const web = Object.entries(locale === 'de' ? de : en).map(([key, text]) => ({ source: key, text }));
  const mails = Object.entries(TEMPLATES).flatMap(([name, byLocale]) => {
    const { subject, html, text } = byLocale[locale];
    return [{ source: `mail ${name}`, text: `${subject}\n${html.replace(/<[^>]+>/g, ' ')}\n${text}` }];
  });
  return [...web, ...mails];
}

function allowedIn(rule: Rule, source: string): boolean {
  return rule.onlyIn.some((place) => {
    if (source.startsWith('mail ')) return place.endsWith('*') && source.slice(5).startsWith(place.slice(0, -1));
    return source.startsWith(place);
  });
}

/** The word at the start of a word (so `Anmeldung` finds `Anmeldungen`, not `Abmeldung`). */
const startsWord = (word: string) => new RegExp(`(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`, 'u');

describe('glossary', () => {
  it('reads its rules from docs/glossary.md', () => {
    expect(RULES.length).toBeGreaterThanOrEqual(10);
    expect(RULES.find((r) => r.concept.startsWith('asking for a place'))?.avoid.de).toEqual(['Anmeldung']);
    expect(texts('de').length).toBeGreaterThan(1000);
  });

  for (const locale of ['de', 'en'] as const) {
    it(`${locale}: uses the glossary's term for every concept`, () => {
      const found: string[] = [];
      for (const rule of RULES) {
        for (const word of rule.avoid[locale]) {
          const pattern = startsWord(word);
          for (const { source, text } of texts(locale)) {
            if (pattern.test(text) && !allowedIn(rule, source) && !EXCEPTIONS.has(`${source} ${word}`)) found.push(`${source}: "${word}" (${rule.concept})`);
          }
        }
      }
      expect(found).toEqual([]);
    });

    it(`${locale}: writes status chips with a capital first letter`, () => {
      const dictionary: Record<string, string> = locale === 'de' ? de : en;
      const chips = Object.entries(dictionary).filter(([key, text]) => /\.(state|status)\.[A-Z_]+$/.test(key) && !/[.:!?]/.test(text));
      expect(chips.length).toBeGreaterThan(20);
      expect(chips.filter(([, text]) => text[0] !== text[0].toLocaleUpperCase(locale)).map(([key, text]) => `${key}: ${text}`)).toEqual([]);
    });
  }

  it('still needs every known exception (remove the row once the text is fixed)', () => {
    for (const exception of EXCEPTIONS) {
      const [key, word] = exception.split(' ');
      expect({ exception, present: startsWord(word).test((de as Record<string, string>)[key] ?? '') }).toEqual({ exception, present: true });
    }
  });
});
