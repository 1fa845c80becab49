/*
 * The plan's actions in the outputs: the timeline rows and table, the iCalendar export (read
 * back with ical.js, an independent RFC 5545 parser) and the words for plan events. No note
 * text reaches any of them.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { caseTimeline, describeEvent, dueItems, formatTimeline, planActions, replay, toICalendar, type CaseEvent } from '../../src/index.js';

const NOTE = 'Jane Smith lives at 1 High St';

const events: CaseEvent[] = [
  { type: 'referralReceived', date: '2026-02-09' },
  { type: 'strategyDiscussionHeld', date: '2026-02-11', decision: 'section47' },
  { type: 'initialConferenceHeld', date: '2026-03-04', decision: 'plan', categories: ['neglect'] },
  { type: 'coreGroupMembersSet', date: '2026-03-04', roles: ['parent', 'socialWorker', 'school'], note: NOTE },
  { type: 'planActionAgreed', date: '2026-03-04', action: 'school-report', owner: 'school', due: '2026-03-20', note: NOTE },
  { type: 'planActionAgreed', date: '2026-03-04', action: 'parenting', owner: 'parent', due: '2026-04-30' },
  { type: 'planActionAgreed', date: '2026-03-04', action: 'dentist', owner: 'parent', due: '2026-03-27' },
  { type: 'coreGroupHeld', date: '2026-03-13', attended: ['parent', 'school'], detailedPlanAgreed: true },
  { type: 'visitMade', date: '2026-03-17', seen: true, seenAlone: true, note: NOTE },
  { type: 'planActionCompleted', date: '2026-03-23', action: 'school-report' },
  { type: 'planActionRevised', date: '2026-03-24', action: 'dentist', due: '2026-04-24' },
];

const state = (() => {
  const result = replay(events);
  if (!result.ok) throw new Error(result.error.message);
  return result.state;
})();

describe('the timeline with plan actions', () => {
  const rows = caseTimeline(events, state, { asOf: '2026-04-01' });

  it('shows each action on its latest due date with its status', () => {
    expect(rows.filter((row) => row.kind === 'action')).toEqual([
      { date: '2026-03-20', kind: 'action', what: 'school-report (school)', status: 'metLate', metOn: '2026-03-23' },
      { date: '2026-04-24', kind: 'action', what: 'dentist (parent, revised 1x)', status: 'upcoming' },
      { date: '2026-04-30', kind: 'action', what: 'parenting (parent)', status: 'upcoming' },
    ]);
  });

  it('describes plan events by their ids, roles and flags, never their notes', () => {
    expect(rows.filter((row) => row.kind === 'event').map((row) => row.what)).toEqual([
      'referralReceived',
      'strategyDiscussionHeld (section47)',
      'initialConferenceHeld (plan, neglect)',
      'coreGroupMembersSet (parent+socialWorker+school)',
      'planActionAgreed (school-report, school, due 2026-03-20)',
      'planActionAgreed (parenting, parent, due 2026-04-30)',
      'planActionAgreed (dentist, parent, due 2026-03-27)',
      'coreGroupHeld (attended: parent+school, detailed plan agreed)',
      'visitMade (seen, seen alone)',
      'planActionCompleted (school-report)',
      'planActionRevised (dentist, due 2026-04-24)',
    ]);
    expect(describeEvent({ type: 'visitMade', date: '2026-03-17', seen: false })).toBe('visitMade (child not seen)');
    const table = formatTimeline(rows);
    expect(table).toMatch(/^2026-03-20 +action: school-report \(school\) +MET LATE 2026-03-23$/m);
    expect(table).not.toContain('Jane');
  });
});

describe('the iCalendar export with plan actions', () => {
  const ics = toICalendar(dueItems(state, { asOf: '2026-04-01' }), {
    caseId: 'case-117',
    generatedAt: '2026-04-01',
    actions: planActions(state, { asOf: '2026-04-01' }),
  });
  const vevents = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
  const actionEvents = vevents.filter((event) => event.summary.includes('plan action'));

  it('adds each open action as an all-day event on its due date, the done one left out', () => {
    expect(actionEvents.map((event) => [event.uid, event.summary, event.startDate.toString()])).toEqual([
      ['case-117-action-dentist-2026-03-04@child-protection-pathway', 'case-117: plan action dentist (parent)', '2026-04-24'],
      ['case-117-action-parenting-2026-03-04@child-protection-pathway', 'case-117: plan action parenting (parent)', '2026-04-30'],
    ]);
    expect(actionEvents[0]?.description).toBe('Plan action dentist, owner parent: agreed 2026-03-04, due by 2026-04-24 (revised 1 time): upcoming.');
    expect(ics).not.toContain('Jane');
  });

  it('keeps an action\'s UID when its due date is revised, so calendars move the event', () => {
    const later = replay([...events, { type: 'planActionRevised', date: '2026-04-02', action: 'parenting', due: '2026-05-29' }]);
    if (!later.ok) throw new Error(later.error.message);
    const again = toICalendar([], { caseId: 'case-117', actions: planActions(later.state, { asOf: '2026-04-02' }) });
    expect(again).toContain('UID:case-117-action-parenting-2026-03-04@child-protection-pathway');
    expect(again).toContain('DTSTART;VALUE=DATE:20260529');
  });

  it('files a minimum period under its own category', () => {
    const steppedDown = replay([
      ...events.slice(0, 3),
      { type: 'reviewConferenceHeld', date: '2026-06-04', decision: 'endPlan' },
      { type: 'childInNeedPlanStarted', date: '2026-06-04' },
    ]);
    if (!steppedDown.ok) throw new Error(steppedDown.error.message);
    const minimum = toICalendar(dueItems(steppedDown.state, { asOf: '2026-06-05' }), { caseId: 'case-117' });
    expect(minimum).toContain('CATEGORIES:Minimum period');
  });
});
