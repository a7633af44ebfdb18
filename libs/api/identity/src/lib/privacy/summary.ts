/**
 * The readable summary inside a data export: one self-contained HTML page (no scripts, no external
 * resources) in the person's language, built from the same sections as the JSON. Every value is
 * escaped; nothing the person or anybody else typed is ever interpreted as markup.
 */
export interface SummarySection {
  title: string;
  data: Record<string, unknown>;
  files: string[];
}

const TEXTS = {
  de: {
    title: 'Ihre Daten bei KoKo Campus',
    intro:
      'Diese Seite fasst alle Daten zusammen, die KoKo Campus über Sie speichert (Auskunft nach Art. 15 DSGVO). Dieselben Daten stehen maschinenlesbar in der Datei data.json (Art. 20 DSGVO); Ihre Dateien liegen im Ordner files.',
    created: 'Erstellt am',
    none: 'Keine Einträge.',
    files: 'Dateien in diesem Archiv',
    yes: 'ja',
    no: 'nein',
  },
  en: {
    title: 'Your data at KoKo Campus',
    intro:
      'This page summarises all data KoKo Campus keeps about you (access under Art. 15 GDPR). The same data is in machine-readable form in the file data.json (Art. 20 GDPR); your files are in the folder files.',
    created: 'Created on',
    none: 'No entries.',
    files: 'Files in this archive',
    yes: 'yes',
    no: 'no',
  },
} as const;

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/** camelCase keys read as words: `lastSignInAt` → `last sign in at`. */
function label(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

function scalar(value: unknown, locale: 'de' | 'en'): string {
  if (value === null || value === undefined || value === '') return '–';
  if (typeof value === 'boolean') return TEXTS[locale][value ? 'yes' : 'no'];
  if (value instanceof Date) return formatDate(value, locale);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return formatDate(new Date(value), locale);
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object' || v === null)) return escapeHtml(value.map(String).join(', '));
  if (typeof value === 'object') return `<pre>${escapeHtml(JSON.stringify(value, null, 2))}</pre>`;
  return escapeHtml(String(value)).replace(/\n/g, '<br>');
}

function formatDate(date: Date, locale: 'de' | 'en'): string {
  return escapeHtml(
    new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Berlin' }).format(date),
  );
}

function block(key: string, value: unknown, locale: 'de' | 'en'): string {
  const heading = `<h3>${escapeHtml(label(key))}</h3>`;
  if (Array.isArray(value) && value.some((v) => typeof v === 'object' && v !== null && !Array.isArray(v))) {
    const rows = value as Record<string, unknown>[];
    const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
    const head = columns.map((c) => `<th scope="col">${escapeHtml(label(c))}</th>`).join('');
    const body = rows.map((r) => `<tr>${columns.map((c) => `<td>${scalar(r[c], locale)}</td>`).join('')}</tr>`).join('\n');
    return `${heading}\n<div class="scroll"><table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table></div>`;
  }
  if (Array.isArray(value) && value.length === 0) return `${heading}\n<p>${TEXTS[locale].none}</p>`;
  if (value && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date)) {
    const entries = Object.entries(value as Record<string, unknown>);
    return `${heading}\n<dl>${entries.map(([k, v]) => `<dt>${escapeHtml(label(k))}</dt><dd>${scalar(v, locale)}</dd>`).join('')}</dl>`;
  }
  return `${heading}\n<p>${scalar(value, locale)}</p>`;
}

export function renderSummary(locale: 'de' | 'en', createdAt: Date, sections: SummarySection[]): string {
  const t = TEXTS[locale];
  const body = sections
    .map((s) => {
      const parts = Object.entries(s.data).map(([k, v]) => block(k, v, locale));
      if (s.files.length) parts.push(`<h3>${t.files}</h3>\n<ul>${s.files.map((f) => `<li>${escapeHtml(f)}</li>`).join('')}</ul>`);
      return `<section>\n<h2>${escapeHtml(s.title)}</h2>\n${parts.join('\n') || `<p>${t.none}</p>`}\n</section>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t.title}</title>
<style>
body { font-family: system-ui, sans-serif; line-height: 1.5; margin: 0 auto; max-width: 72rem; padding: 1rem; color: #1a1a1a; }
h1 { font-size: 1.75rem; } h2 { font-size: 1.4rem; margin-top: 2rem; border-bottom: 2px solid #005a9c; } h3 { font-size: 1.1rem; }
.scroll { overflow-x: auto; } table { border-collapse: collapse; } th, td { border: 1px solid #8a8f94; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
dt { font-weight: bold; } dd { margin: 0 0 0.5rem 0; } pre { white-space: pre-wrap; margin: 0; }
</style>
</head>
<body>
<main>
<h1>${t.title}</h1>
<p>${t.intro}</p>
<p>${t.created}: ${formatDate(createdAt, locale)}</p>
${body}
</main>
</body>
</html>
`;
}
