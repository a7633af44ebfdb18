#!/usr/bin/env node
// Web bundle report (issue 17, item 7): the JavaScript a page needs before it can render, from the
// esbuild metafile of a production build (`npx nx build web --stats-json` writes dist/apps/web/stats.json).
//
//   npm run bench:bundle                      # builds with --stats-json, then reports
//   node tools/scripts/web-bundle.mjs [stats.json] [--top=N]
//
// "initial" is what index.html loads (main and its static imports; Angular's `initial` budget counts the
// same files plus the global CSS). A page adds the lazy chunks its route loads — its feature libraries
// and the text areas named by `withTexts` — with their static imports. Sizes are raw bytes.
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const statsPath = args.find((a) => !a.startsWith('--')) ?? 'dist/apps/web/stats.json';
const top = Number(args.find((a) => a.startsWith('--top='))?.slice(6) ?? 15);
const { outputs } = JSON.parse(readFileSync(statsPath, 'utf8'));

const entryChunk = {};
for (const [name, out] of Object.entries(outputs)) if (out.entryPoint && name.endsWith('.js')) entryChunk[out.entryPoint] = name;
const main = Object.keys(outputs).find((name) => /^main-[^/]*\.js$/.test(name));

function closure(names) {
  const seen = new Set();
  const walk = (name) => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const i of outputs[name].imports ?? []) if (i.kind === 'import-statement' && i.path.endsWith('.js')) walk(i.path);
  };
  names.forEach(walk);
  return seen;
}
const bytes = (chunks) => [...chunks].reduce((sum, name) => sum + outputs[name].bytes, 0);
const library = (path) => Object.keys(entryChunk).find((entry) => entry.startsWith(`libs/web/${path}/`));
const texts = (area) => Object.keys(entryChunk).find((entry) => entry.endsWith(`/i18n/areas/${area}.de.ts`));

/** The pages of item 7 and 8, with the lazy entries their routes load (see apps/web/src/app/app.routes.ts). */
const PAGES = {
  'start page (visitor)': [library('content/feature-public'), library('events/feature-public'), texts('content'), texts('events'), texts('enrolment')],
  'sign-in': [library('identity/feature-auth')],
  'Mein Weg': [
    library('progress/feature-participant'),
    library('certificates/feature-mine'),
    library('accompaniment/feature'),
    ...['progress', 'assessment', 'enrolment', 'certificates', 'accompaniment', 'counselling'].map(texts),
  ],
  'grading page': [library('assessment/feature-grading'), texts('grading')],
};

/** Bytes per package (node_modules) or library file group, largest first. */
function composition(chunks) {
  const groups = {};
  for (const name of chunks) {
    for (const [input, { bytesInOutput }] of Object.entries(outputs[name].inputs)) {
      const group = input.startsWith('node_modules/')
        ? input.replace(/^node_modules\/((@[^/]+\/)?[^/]+)\/.*$/, '$1')
        : input.split('/').slice(0, 4).join('/');
      groups[group] = (groups[group] ?? 0) + bytesInOutput;
    }
  }
  return Object.entries(groups).sort((a, b) => b[1] - a[1]);
}

const kB = (n) => `${(n / 1000).toFixed(1)} kB`;
const initial = closure([main]);
console.log(`initial JavaScript: ${kB(bytes(initial))} in ${initial.size} files`);
for (const [group, size] of composition(initial).slice(0, top)) console.log(`  ${kB(size).padStart(9)}  ${group}`);
console.log('\npage (initial + its lazy chunks)');
for (const [page, entries] of Object.entries(PAGES)) {
  const missing = entries.filter((entry) => !entry).length;
  const chunks = closure([main, ...entries.filter(Boolean).map((entry) => entryChunk[entry])]);
  console.log(`  ${page.padEnd(22)} ${kB(bytes(chunks)).padStart(9)}${missing ? `  (${missing} entries not found)` : ''}`);
}
let largest = ['', 0];
for (const [entry, chunk] of Object.entries(entryChunk)) {
  const size = bytes(closure([main, chunk]));
  if (size > largest[1]) largest = [entry, size];
}
console.log(`\nlargest single lazy entry with initial: ${kB(largest[1])} (${largest[0]})`);
