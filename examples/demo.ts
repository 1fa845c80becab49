/**
 * `npm run demo`: the library on real dates and a worked case, printed.
 * 1. Working days: the next working day and 15 working days on, with the holidays skipped.
 * 2. Timescales: the ICPC and first review conference for a strategy discussion.
 * 3. A case replayed from examples/case-example.json: its timeline of events and deadlines.
 * 4. A booked initial conference with its preparation: the deadlines counted back from the
 *    booked day, then the meeting's record and what conferenceRecords finds in it.
 * 5. The plan in practice, from examples/plan-example.json: the core group, the plan's actions
 *    with owners and due dates, the visits that saw the child, and the timeline with actions.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  addWorkingDays,
  caseSummary,
  conferenceRecords,
  dueItems,
  type CaseEvent,
  caseTimeline,
  dueDate,
  formatTimeline,
  nextWorkingDay,
  nonWorkingWeekdays,
  parseEvents,
  planActions,
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
const example = loadCase('./case-example.json');
console.log(formatTimeline(caseTimeline(example.events, example.state, { asOf })));
console.log('\nSummary:', JSON.stringify(caseSummary(example.state, { asOf }), null, 2));

console.log('\n4. A booked initial conference and its preparation\n');
const preparation: CaseEvent[] = [
  { type: 'referralReceived', date: '2026-01-05' },
  { type: 'strategyDiscussionHeld', date: '2026-01-06', decision: 'section47' },
  { type: 'conferenceScheduled', date: '2026-01-07', conference: 'initial', on: '2026-01-26' },
  { type: 'conferenceInvitationsSent', date: '2026-01-08', conference: 'initial', roles: ['parent', 'child', 'socialWorker', 'police', 'healthVisitor', 'school'] },
  { type: 'agencyReportReceived', date: '2026-01-19', conference: 'initial', role: 'police' },
  { type: 'agencyReportReceived', date: '2026-01-20', conference: 'initial', role: 'healthVisitor' },
  { type: 'familyReportShared', date: '2026-01-22', conference: 'initial' },
];
const booked = replay(preparation, { child: { dateOfBirth: '2013-09-01' } });
if (!booked.ok) throw new Error(`${booked.error.code}: ${booked.error.message}`);
for (const item of dueItems(booked.state, { asOf: '2026-01-22' }).filter((due) => due.from === '2026-01-26' || due.scheduledFor !== undefined)) {
  console.log(`  ${item.due}  ${item.status.padEnd(8)}  ${item.explanation}`);
}
const meeting: CaseEvent = {
  type: 'initialConferenceHeld',
  date: '2026-01-26',
  decision: 'plan',
  categories: ['neglect'],
  participants: [
    { role: 'socialWorker', attended: true },
    { role: 'police', attended: true },
    { role: 'healthVisitor', attended: true },
    { role: 'school', attended: false },
    { role: 'parent', attended: true },
    { role: 'child', attended: false },
  ],
  thresholdJudgements: [
    { role: 'police', met: true, rationaleRecorded: true },
    { role: 'healthVisitor', met: true, rationaleRecorded: false },
  ],
  scaling: [
    { role: 'socialWorker', score: 3 },
    { role: 'police', score: 4 },
    { role: 'healthVisitor', score: 3 },
    { role: 'parent', score: 6 },
  ],
  childParticipation: 'viewsShared',
};
const conference = replay([...preparation, meeting], { child: { dateOfBirth: '2013-09-01' } });
if (!conference.ok) throw new Error(`${conference.error.code}: ${conference.error.message}`);
for (const record of conferenceRecords(conference.state)) {
  const scaling = record.scaling === undefined ? '' : `; scaling ${record.scaling.min}-${record.scaling.max}, median ${record.scaling.median}`;
  console.log(`\n  ${record.conference} conference booked for ${record.scheduledFor}, held ${record.heldOn}: ${record.quorate ? 'quorate' : 'not quorate'}${scaling}`);
  for (const finding of record.findings) console.log(`    ${finding.code}${finding.role === undefined ? '' : ` (${finding.role})`}: ${finding.message}`);
}

const planAsOf = '2026-05-11';
console.log(`\n5. The plan in practice, from examples/plan-example.json, as of ${planAsOf}\n`);
const plan = loadCase('./plan-example.json');
const summary = caseSummary(plan.state, { asOf: planAsOf });
console.log(`  core group: ${summary.coreGroup?.join(', ') ?? 'not set'}`);
const visit = summary.lastVisit;
if (visit !== undefined) {
  console.log(`  last visit: ${visit.date} (${visit.daysSince} days ago), child ${visit.seen === false ? 'not seen' : visit.seenAlone === true ? 'seen alone' : 'seen'}`);
}
console.log(`  open actions: ${summary.actions.open}, overdue: ${summary.actions.overdue}\n`);
for (const action of planActions(plan.state, { asOf: planAsOf })) {
  const done = action.completedOn === undefined ? '' : ` on ${action.completedOn}`;
  const revised = action.revisions === 0 ? '' : `, revised ${action.revisions}x`;
  console.log(`  ${action.due}  ${action.action.padEnd(18)} ${action.owner.padEnd(14)} ${action.status}${done}${revised}`);
}
console.log(`\n${formatTimeline(caseTimeline(plan.events, plan.state, { asOf: planAsOf }))}`);

/** Reads, checks and replays an example case. */
function loadCase(file: string) {
  const parsed = parseEvents(readFileSync(fileURLToPath(new URL(file, import.meta.url)), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  const result = replay(parsed.events, { child: parsed.child });
  if (!result.ok) throw new Error(`${result.error.code} at event ${result.error.index}: ${result.error.message}`);
  return { events: parsed.events, state: result.state };
}
