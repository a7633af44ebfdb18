import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ItemKind } from '../questionnaire.entity';
import { ExportItem, ExportResponse, researchCsv, researchSps } from './research-export';

const items: ExportItem[] = [
  { code: 'prep', kind: ItemKind.LIKERT5, text: 'Ich fühle mich „gut“ vorbereitet', lowLabel: 'trifft gar nicht zu', highLabel: 'trifft voll zu', allowNoAnswer: true, options: [] },
  {
    code: 'topics',
    kind: ItemKind.MULTIPLE,
    text: 'Konflikte',
    lowLabel: null,
    highLabel: null,
    allowNoAnswer: false,
    options: [
      { value: 1, label: 'Nachbarschaft', labelEn: 'Neighbourhood' },
      { value: 2, label: 'Schule', labelEn: 'School' },
    ],
  },
  { code: 'years', kind: ItemKind.NUMERIC, text: 'Jahre', lowLabel: null, highLabel: null, allowNoAnswer: false, options: [] },
  { code: 'wish', kind: ItemKind.TEXT, text: 'Wünsche', lowLabel: null, highLabel: null, allowNoAnswer: false, options: [] },
];

const responses: ExportResponse[] = [
  {
    wave: 'pre',
    code: 'MA07KR',
    answers: new Map([
      ['prep', { value: 4, choices: null, text: null, noAnswer: false }],
      ['topics', { value: null, choices: [2], text: null, noAnswer: false }],
      ['years', { value: 12, choices: null, text: null, noAnswer: false }],
      ['wish', { value: null, choices: null, text: 'Mehr "Praxis", bitte\nund Übungen', noAnswer: false }],
    ]),
  },
  { wave: 'pre', code: null, answers: new Map([['prep', { value: null, choices: null, text: null, noAnswer: true }]]) },
];

describe('research export', () => {
  it('writes one row per response with item codes as columns, "keine Angabe" as -9', () => {
    expect(researchCsv(items, responses)).toBe(
      'wave,code,prep,topics_1,topics_2,years,wish\n"pre","MA07KR",4,0,1,12,"Mehr ""Praxis"", bitte und Übungen"\n"pre",,-9,,,,\n',
    );
  });

  it('GNU PSPP reads the CSV with the syntax, writes a .sav and reads variable and value labels and missing values back', () => {
    const dir = mkdtempSync(join(tmpdir(), 'koko-pspp-'));
    try {
      writeFileSync(join(dir, 'befragung.csv'), researchCsv(items, responses));
      writeFileSync(join(dir, 'befragung.sps'), researchSps(items, 'befragung.csv', 'befragung.sav'));
      execFileSync('pspp', ['-b', '-o', join(dir, 'import.txt'), 'befragung.sps'], { cwd: dir });
      writeFileSync(join(dir, 'read.sps'), "GET FILE='befragung.sav'.\nDISPLAY DICTIONARY.\nLIST.\n");
      execFileSync('pspp', ['-b', '-o', join(dir, 'dictionary.txt'), 'read.sps'], { cwd: dir });
      const out = readFileSync(join(dir, 'dictionary.txt'), 'utf8');
      expect(out).toContain('Ich fühle mich „gut“ vorbereitet');
      expect(out).toContain('trifft gar nicht zu');
      expect(out).toContain('trifft voll zu');
      expect(out).toContain('keine Angabe');
      expect(out).toContain('Konflikte: Schule');
      expect(out).toMatch(/-9/);
      expect(out).toContain('MA07KR');
      expect(out).toContain('Mehr "Praxis", bitte und Übungen');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
