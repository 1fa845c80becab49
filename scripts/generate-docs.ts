/**
 * Generates the docs that are drawn from the library's data, so they cannot drift:
 * docs/timescales.md from the timescale catalogue. `--check` exits 1 when a committed file is
 * stale instead of writing it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderTimescales } from './docs/timescalesTable.js';

/** Each generated file and its renderer. */
export const generatedDocs: readonly { path: string; render: () => string }[] = [
  { path: fileURLToPath(new URL('../docs/timescales.md', import.meta.url)), render: renderTimescales },
];

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const check = process.argv.includes('--check');
  let stale = false;
  for (const doc of generatedDocs) {
    const rendered = doc.render();
    if (check) {
      if (readFileSync(doc.path, 'utf8') !== rendered) {
        console.error(`${doc.path} is stale: run npm run docs`);
        stale = true;
      }
    } else {
      writeFileSync(doc.path, rendered);
      console.log(`wrote ${doc.path}`);
    }
  }
  if (stale) process.exit(1);
}
