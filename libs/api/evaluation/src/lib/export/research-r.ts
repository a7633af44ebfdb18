import { ExportColumn, NO_ANSWER_CODE } from './research-export';

/** A string literal in R. */
function rString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\s+/g, ' ')}"`;
}

/**
 * An R script (base R only) that reads the CSV from the same folder with its labels: each column's
 * question as attribute `label`, value labels as attribute `labels` (the convention of haven and
 * labelled), and "keine Angabe" (-9) as NA, kept countable in a `<column>_keine_angabe` indicator.
 */
export function researchR<R>(columns: Array<ExportColumn<R>>, csvFile: string): string {
  const lines = [
    '# KoKo Campus – Rohdaten einer Befragung (anonym). Liest die CSV-Datei aus demselben Ordner.',
    `d <- read.csv(${rString(csvFile)}, fileEncoding = "UTF-8", na.strings = "", stringsAsFactors = FALSE, check.names = FALSE)`,
    `stopifnot(identical(names(d), c(${columns.map((c) => rString(c.name)).join(', ')})))`,
  ];
  for (const c of columns) {
    const ref = `d[[${rString(c.name)}]]`;
    if (c.missing) {
      lines.push(`d[[${rString(`${c.name}_keine_angabe`)}]] <- !is.na(${ref}) & ${ref} == ${NO_ANSWER_CODE}`);
      lines.push(`${ref}[${ref} == ${NO_ANSWER_CODE}] <- NA`);
    }
    lines.push(`attr(${ref}, "label") <- ${rString(c.label)}`);
    const labelled = c.values.filter(([v]) => v !== NO_ANSWER_CODE);
    if (labelled.length) lines.push(`attr(${ref}, "labels") <- c(${labelled.map(([v, l]) => `${rString(l)} = ${v}`).join(', ')})`);
  }
  lines.push('d');
  return `${lines.join('\n')}\n`;
}
