import { ExportColumn, NO_ANSWER_CODE } from './research-export';

export interface CodebookHeader {
  title: string;
  titleEn: string;
  version: number;
  minGroup: number;
}

/** A Markdown cell: no pipes or line breaks. */
function cell(text: string): string {
  return text.replace(/\|/g, '/').replace(/\s+/g, ' ').trim();
}

/**
 * The codebook of a questionnaire version (Markdown, German with the English wording): every
 * export column with its question, type, values and missing value, and what the data leaves out.
 */
export function codebook<R>(header: CodebookHeader, columns: Array<ExportColumn<R>>): string {
  const lines = [
    `# Codebuch: ${header.title} (Version ${header.version})`,
    '',
    `English title: ${header.titleEn}`,
    '',
    'Eine Zeile je Antwort, in zufälliger Reihenfolge, ohne Antwort-ID, Kommune, Zeitpunkt oder Person. ' +
      `Freitexte, die die antwortende Person nicht zur Veröffentlichung freigegeben hat, fehlen. Rohdaten gibt es erst ab ${header.minGroup} Antworten. ` +
      `„keine Angabe“ ist als ${NO_ANSWER_CODE} kodiert und als fehlender Wert erklärt; eine leere Zelle heißt: nicht beantwortet.`,
    '',
    '| Variable | Frage (de) | Question (en) | Typ | Werte | Fehlend |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const c of columns) {
    const values = c.values.filter(([v]) => v !== NO_ANSWER_CODE).map(([v, l]) => `${v} = ${cell(l)}`);
    lines.push(
      `| ${c.name} | ${cell(c.label)} | ${cell(c.labelEn)} | ${c.numeric ? 'Zahl' : 'Text'} | ${values.join('; ') || '–'} | ${c.missing ? `${NO_ANSWER_CODE} = keine Angabe` : '–'} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}
