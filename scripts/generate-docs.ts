/**
 * Generates the docs that are drawn from the library's data, so they cannot drift:
 * docs/timescales.md from the timescale catalogue, docs/pathway.md (the state diagram) from the
 * transition tables, docs/errors.md from the meanings written beside the error codes,
 * docs/conferences.md from the conference track's data, docs/events.md (every event type, its
 * fields and the timescales it starts) from the schemas, docs/cli.md from the command line's
 * help, schema/events.json (the event-log format as JSON Schema) from the zod schemas, and the
 * example pictures in docs/images from the demo case. `--check`
 * exits 1 when a committed file is stale instead of writing it. The documentation site (site/,
 * not committed) is TypeDoc's: `npm run docs` runs it after this script.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderCli } from './docs/cliReference.js';
import { renderConferences } from './docs/conferencesPage.js';
import { renderErrors } from './docs/errorsTable.js';
import { renderEventsSchema } from './docs/eventsSchema.js';
import { renderEvents } from './docs/eventsTable.js';
import { renderPathway } from './docs/pathwayDiagram.js';
import { renderDemoTimeline, renderEarlyTimeline } from './docs/timelinePictures.js';
import { renderTimescales } from './docs/timescalesTable.js';

/**
 * A reference page with the front matter TypeDoc reads (its title and its group in the
 * documentation site's menu); GitHub shows it as a small table above the page.
 */
const referencePage =
  (title: string, render: () => string) =>
  (): string =>
    `---\ntitle: ${title}\ngroup: Reference tables\n---\n\n${render()}`;

/** Each generated file and its renderer. */
export const generatedDocs: readonly { path: string; render: () => string }[] = [
  { path: fileURLToPath(new URL('../docs/timescales.md', import.meta.url)), render: referencePage('Timescales', renderTimescales) },
  { path: fileURLToPath(new URL('../docs/pathway.md', import.meta.url)), render: referencePage('The pathway and its events', renderPathway) },
  { path: fileURLToPath(new URL('../docs/conferences.md', import.meta.url)), render: referencePage('Conferences', renderConferences) },
  { path: fileURLToPath(new URL('../docs/errors.md', import.meta.url)), render: referencePage('Errors', renderErrors) },
  { path: fileURLToPath(new URL('../docs/events.md', import.meta.url)), render: referencePage('Events', renderEvents) },
  { path: fileURLToPath(new URL('../docs/cli.md', import.meta.url)), render: () => `---\ntitle: The command line\ngroup: CLI\n---\n\n${renderCli()}` },
  { path: fileURLToPath(new URL('../schema/events.json', import.meta.url)), render: renderEventsSchema },
  { path: fileURLToPath(new URL('../docs/images/timeline-demo.svg', import.meta.url)), render: renderDemoTimeline },
  { path: fileURLToPath(new URL('../docs/images/timeline-first-weeks.svg', import.meta.url)), render: renderEarlyTimeline },
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
