/**
 * Generates the docs that are drawn from the library's data, so they cannot drift:
 * docs/timescales.md from the timescale catalogue, docs/pathway.md (the state diagram) from the
 * transition tables, docs/errors.md from the meanings written beside the error codes, docs/conferences.md from
 * the conference track's data, and
 * schema/events.json (the event-log format as JSON Schema) from the zod schemas. `--check`
 * exits 1 when a committed file is stale instead of writing it. The API reference (docs/api,
 * not committed) is TypeDoc's: `npm run docs` runs it after this script.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderConferences } from './docs/conferencesPage.js';
import { renderErrors } from './docs/errorsTable.js';
import { renderEventsSchema } from './docs/eventsSchema.js';
import { renderPathway } from './docs/pathwayDiagram.js';
import { renderTimescales } from './docs/timescalesTable.js';

/** Each generated file and its renderer. */
export const generatedDocs: readonly { path: string; render: () => string }[] = [
  { path: fileURLToPath(new URL('../docs/timescales.md', import.meta.url)), render: renderTimescales },
  { path: fileURLToPath(new URL('../docs/pathway.md', import.meta.url)), render: renderPathway },
  { path: fileURLToPath(new URL('../docs/conferences.md', import.meta.url)), render: renderConferences },
  { path: fileURLToPath(new URL('../docs/errors.md', import.meta.url)), render: renderErrors },
  { path: fileURLToPath(new URL('../schema/events.json', import.meta.url)), render: renderEventsSchema },
];

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const check = process.argv.includes('--check');
  let stale = false;
  for (const doc of generatedDocs) {
    const rendered = doc.render();
    if (check) {
      if (!existsSync(doc.path) || readFileSync(doc.path, 'utf8') !== rendered) {
        console.error(`${doc.path} is stale: run npm run docs`);
        stale = true;
      }
    } else {
      mkdirSync(dirname(doc.path), { recursive: true });
      writeFileSync(doc.path, rendered);
      console.log(`wrote ${doc.path}`);
    }
  }
  if (stale) process.exit(1);
}
