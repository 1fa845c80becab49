/**
 * `npm run demo`: the library on real dates and a worked case, printed.
 * 1. Working days: the next working day and 15 working days on, with the holidays skipped.
 * 2. Timescales: the ICPC and first review conference for a strategy discussion.
 * 3. A case replayed from examples/case-example.json: its timeline of events and deadlines.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  addWorkingDays,
  caseSummary,
  caseTimeline,
  dueDate,
  formatTimeline,
  nextWorkingDay,
  nonWorkingWeekdays,
  parseEvents,
  replay,
} from '../src/index.js';

const asOf = '2026-11-23';

console.log('1. Working days (England & Wales)\n');
for (const date of ['2024-12-19', '2025-04-17', '2026-05-22', '2026-12-23']) {
  const in15 = addWorkingDays(date, 15);
  const skipped = nonWorkingWeekdays(date, in15)
    .filter((day) => day.date > date)
    .map((day) => `${day.name} ${day.date}`);
  console.log(`  ${date}: next working day ${nextWorkingDay(date)}; 15 working days on ${in15}`);
  console.log(`    skipped: ${skipped.length === 0 ? 'none' : skipped.join(', ')}`);
}

console.log('\n2. Timescales from a strategy discussion on 2024-12-19\n');
const icpc = dueDate('initialConference', '2024-12-19');
const review = dueDate('firstReviewConference', icpc.due);
console.log(`  ${icpc.explanation}`);
console.log(`  ${review.explanation}`);

console.log(`\n3. A case replayed from examples/case-example.json, as of ${asOf}\n`);
const text = readFileSync(fileURLToPath(new URL('./case-example.json', import.meta.url)), 'utf8');
const parsed = parseEvents(text);
if (!parsed.ok) throw new Error(parsed.error.message);
const result = replay(parsed.events, { child: parsed.child });
if (!result.ok) throw new Error(`${result.error.code} at event ${result.error.index}: ${result.error.message}`);
console.log(formatTimeline(caseTimeline(parsed.events, result.state, { asOf })));
console.log('\nSummary:', JSON.stringify(caseSummary(result.state, { asOf }), null, 2));
