import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ItemKind } from '../questionnaire.entity';
import { codebook } from './codebook';
import { ExportItem, ExportResponse, itemColumns, researchCsv, researchSps, responseColumns } from './research-export';
import { researchR } from './research-r';

const items: ExportItem[] = [
  { code: 'prep', kind: ItemKind.LIKERT5, text: 'Ich fühle mich „gut“ vorbereitet', textEn: 'I feel “well” prepared', lowLabel: 'trifft gar nicht zu', highLabel: 'trifft voll zu', allowNoAnswer: true, options: [] },
  {
    code: 'topics',
    kind: ItemKind.MULTIPLE,
    text: 'Konflikte',
    textEn: 'Conflicts',
    lowLabel: null,
    highLabel: null,
    allowNoAnswer: false,
    options: [
      { value: 1, label: 'Nachbarschaft', labelEn: 'Neighbourhood' },
      { value: 2, label: 'Schule', labelEn: 'School' },
    ],
  },
  { code: 'years', kind: ItemKind.NUMERIC, text: 'Jahre', textEn: 'Years', lowLabel: null, highLabel: null, allowNoAnswer: false, options: [] },
  { code: 'wish', kind: ItemKind.TEXT, text: 'Wünsche', textEn: 'Wishes', lowLabel: null, highLabel: null, allowNoAnswer: false, options: [] },
];

const responses: ExportResponse[] = [
  {
    wave: 'pre',
    code: 'MJ07K2',
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
      'wave,code,prep,topics_1,topics_2,years,wish\n"pre","MJ07K2",4,0,1,12,"Mehr ""Praxis"", bitte und Übungen"\n"pre",,-9,,,,\n',
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
      expect(out).toContain('MJ07K2');
      expect(out).toContain('Mehr "Praxis", bitte und Übungen');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('R reads the CSV with the script: variable labels, value labels, "keine Angabe" as NA with an indicator', () => {
    const dir = mkdtempSync(join(tmpdir(), 'koko-r-'));
    try {
      const columns = [...responseColumns(), ...itemColumns(items)];
      writeFileSync(join(dir, 'befragung.csv'), researchCsv(items, responses));
      writeFileSync(join(dir, 'befragung.R'), researchR(columns, 'befragung.csv'));
      const probe = [
        'source("befragung.R", encoding = "UTF-8")',
        'cat(attr(d$prep, "label"), "\\n")',
        'cat(names(attr(d$prep, "labels")), attr(d$prep, "labels"), "\\n")',
        'cat(d$prep, d$prep_keine_angabe, "\\n")',
        'cat(attr(d$topics_2, "label"), d$topics_2, "\\n")',
        'cat(d$code[1], d$wish[1], "\\n")',
      ].join('; ');
      const out = execFileSync('Rscript', ['-e', probe], { cwd: dir, encoding: 'utf8' });
      expect(out.split('\n').map((l) => l.trim())).toEqual([
        'Ich fühle mich „gut“ vorbereitet',
        'trifft gar nicht zu trifft voll zu 1 5',
        '4 NA FALSE TRUE',
        'Konflikte: Schule 1 NA',
        'MJ07K2 Mehr "Praxis", bitte und Übungen',
        '',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the codebook lists every column with both wordings, values and the missing value', () => {
    const book = codebook({ title: 'Eingang', titleEn: 'Entry', version: 2, minGroup: 5 }, [...responseColumns(), ...itemColumns(items)]);
    expect(book).toContain('# Codebuch: Eingang (Version 2)');
    expect(book).toContain('| prep | Ich fühle mich „gut“ vorbereitet | I feel “well” prepared | Zahl | 1 = trifft gar nicht zu; 5 = trifft voll zu | -9 = keine Angabe |');
    expect(book).toContain('| topics_2 | Konflikte: Schule | Conflicts: School | Zahl | 0 = nicht gewählt; 1 = gewählt | – |');
    expect(book).toContain('| wish | Wünsche | Wishes | Text | – | – |');
    expect(book).toContain('ab 5 Antworten');
  });
});
