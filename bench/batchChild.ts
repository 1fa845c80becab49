/**
 * One measured run of the batch bench, in a process of its own (so its peak RSS is its own):
 * `node --import tsx bench/batchChild.ts <mode> <input> <jobs>`, where mode is `bare` (read,
 * JSON.parse and JSON.stringify each line) or `batch` (runBatch: due items as NDJSON), and
 * input a file or `generate:<cases>` (cases generated as they are read, never held). Writes to
 * /dev/null; prints { seconds, cases, events, maxRssMB } as JSON.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { caseLogGenerator } from './caseLogs.js';

// The built entry (workers run the built files; `npm run bench` builds first), typed by its
// source so the typecheck of a fresh clone, before any build, still passes.
const builtBatch = new URL('../dist/batch.js', import.meta.url).href;
const { runBatch } = (await import(builtBatch)) as typeof import('../src/batch/index.js');

const [mode, source, jobsText] = process.argv.slice(2) as [string, string, string];

/** The input: a file, or generated NDJSON in blocks of lines. */
function input(): AsyncIterable<string | Buffer> {
  if (!source.startsWith('generate:')) return createReadStream(source);
  const cases = Number(source.slice('generate:'.length));
  const next = caseLogGenerator(20, 2026);
  let made = 0;
  return Readable.from(
    (function* () {
      while (made < cases) {
        const lines: string[] = [];
        for (let n = 0; n < 200 && made < cases; n++, made++) lines.push(JSON.stringify({ caseId: `case-${made}`, events: next() }));
        yield `${lines.join('\n')}\n`;
      }
    })(),
  );
}

const out = createWriteStream('/dev/null');
const started = performance.now();
let cases = 0;
let events = 0;
if (mode === 'bare') {
  let pending = '';
  for await (const part of input()) {
    pending += typeof part === 'string' ? part : part.toString('utf8');
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    const written: string[] = [];
    for (const line of lines) {
      if (line === '') continue;
      const value = JSON.parse(line) as { events: unknown[] };
      cases++;
      events += value.events.length;
      written.push(JSON.stringify(value));
    }
    if (!out.write(`${written.join('\n')}\n`)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
} else {
  const summary = await runBatch({ input: input(), inputFormat: 'ndjson', output: 'due', format: 'ndjson', asOf: '2026-11-23', referenceDate: '2026-03-31', jobs: Number(jobsText), write: out });
  cases = summary.cases;
  events = summary.events;
}
await new Promise<void>((resolve) => out.end(() => resolve()));
const seconds = (performance.now() - started) / 1000;
console.log(JSON.stringify({ seconds, cases, events, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
