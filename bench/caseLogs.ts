import type { CaseEvent, ParticipantRole } from '../src/index.js';
import { mulberry32 } from './random.js';

const DAY_MS = 86_400_000;
const iso = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
/** The day itself if it is Monday to Friday, else the next Monday. */
const weekday = (day: number): number => {
  const dayOfWeek = (day + 4) % 7; // 1970-01-01 was a Thursday
  return dayOfWeek === 6 ? day + 2 : dayOfWeek === 0 ? day + 1 : day;
};

const owners: readonly ParticipantRole[] = ['parent', 'socialWorker', 'school', 'healthVisitor', 'gp', 'earlyYears'];

/** A meeting that agrees actions: its day and its place among that day's events. */
interface Meeting {
  readonly day: number;
  readonly order: number;
}

/** An event with the day it happens and its place among that day's events. */
interface Timed {
  readonly day: number;
  readonly order: number;
  readonly event: CaseEvent;
}

/**
 * `count` realistic case logs from a fixed seed: a referral, a section 47 enquiry, an initial
 * conference starting a plan with its core group's members, then `length` - 4 events of visits
 * (some not seeing the child), core groups (the first agreeing the detailed plan) and reviews
 * at roughly the expected intervals (sometimes late), with a legal planning meeting and
 * pre-proceedings in some cases; and over the plan 10-30 actions agreed at the conference and
 * core groups, some revised, most completed (some late), a few withdrawn, the rest closing
 * with the plan at the review that ends it.
 */
export function generateCaseLogs(count: number, length: number, seed: number): CaseEvent[][] {
  const next = caseLogGenerator(length, seed);
  return Array.from({ length: count }, next);
}

/**
 * The same logs one at a time, for inputs too big to hold (the batch bench streams millions of
 * events): each call returns the next log of the seeded sequence.
 */
export function caseLogGenerator(length: number, seed: number): () => CaseEvent[] {
  const random = mulberry32(seed);
  const between = (low: number, high: number): number => low + Math.floor(random() * (high - low + 1));
  const first = Date.UTC(2015, 0, 1) / DAY_MS;
  return () => {
    let day = weekday(first + between(0, 365 * 10));
    const events: CaseEvent[] = [{ type: 'referralReceived', date: iso(day) }];
    day = weekday(day + between(0, 3));
    events.push({ type: 'strategyDiscussionHeld', date: iso(day), decision: 'section47' });
    day = weekday(day + between(7, 14));
    events.push({ type: 'section47Concluded', date: iso(day), outcome: 'conference' });
    day = weekday(day + between(1, 10));
    events.push({ type: 'initialConferenceHeld', date: iso(day), decision: 'plan', categories: ['neglect'] });
    events.push({ type: 'coreGroupMembersSet', date: iso(day), roles: ['parent', 'socialWorker', 'school', 'healthVisitor'] });
    // Where actions are agreed: the conference (after its core group's members) and core groups.
    const meetings: Meeting[] = [{ day, order: (events.length - 1) * 4 }];
    const legal = random() < 0.3;
    let nextCoreGroup = day + between(10, 16);
    let nextReview = day + between(80, 95);
    while (events.length < length) {
      day = weekday(day + between(10, 17));
      if (legal && events.length === 10) events.push({ type: 'legalPlanningMeetingHeld', date: iso(day), decision: 'preProceedings' });
      else if (legal && events.length === 11) events.push({ type: 'letterBeforeProceedingsSent', date: iso(day) });
      else if (day >= nextReview) {
        events.push({ type: 'reviewConferenceHeld', date: iso(day), decision: 'continuePlan' });
        nextReview = day + between(150, 190);
      } else if (day >= nextCoreGroup) {
        events.push(meetings.length === 1 ? { type: 'coreGroupHeld', date: iso(day), detailedPlanAgreed: true } : { type: 'coreGroupHeld', date: iso(day) });
        meetings.push({ day, order: (events.length - 1) * 4 });
        nextCoreGroup = day + between(35, 45);
      } else {
        const seen = random() < 0.9;
        events.push(seen ? { type: 'visitMade', date: iso(day), seen, seenAlone: random() < 0.7 } : { type: 'visitMade', date: iso(day), seen });
      }
    }
    day = weekday(day + between(60, 120));
    const end = day;
    const timed: Timed[] = events.map((event, position) => ({ day: Date.parse(event.date) / DAY_MS, order: position * 4, event }));
    timed.push(...planActions(between(10, 30), meetings, end, random, between));
    timed.push({ day: end, order: Number.MAX_SAFE_INTEGER, event: { type: 'reviewConferenceHeld', date: iso(end), decision: 'endPlan' } });
    // By day, then by order: a meeting before the actions it agrees, an action's events in turn.
    timed.sort((a, b) => a.day - b.day || a.order - b.order);
    return timed.map((entry) => entry.event);
  };
}

/**
 * `count` actions agreed at the meetings, each revised, completed or withdrawn before `end` (or
 * left to close with the plan). The log's own events have orders 0, 4, 8, ...: an agreement
 * comes just after its meeting, and an action's later events just after its previous one when
 * they fall on the same day.
 */
function planActions(
  count: number,
  meetings: readonly Meeting[],
  end: number,
  random: () => number,
  between: (low: number, high: number) => number,
): Timed[] {
  const timed: Timed[] = [];
  for (let index = 0; index < count; index++) {
    const action = `action-${index + 1}`;
    const meeting = meetings[Math.min(meetings.length - 1, Math.floor(index / 6))] as Meeting;
    const owner = owners[index % owners.length] as ParticipantRole;
    let due = meeting.day + between(14, 60);
    let last: Meeting = { day: meeting.day, order: meeting.order + 1 };
    timed.push({ ...last, event: { type: 'planActionAgreed', date: iso(last.day), action, owner, due: iso(due) } });
    if (random() < 0.3) {
      const revisedOn = Math.min(due, end - 1);
      if (revisedOn > last.day) {
        due += between(7, 28);
        last = { day: revisedOn, order: 1 };
        timed.push({ ...last, event: { type: 'planActionRevised', date: iso(revisedOn), action, due: iso(due) } });
      }
    }
    const closedOn = Math.max(last.day, due + between(-10, 10));
    // Still open when the plan ends (past its end, or one in ten): closed with it.
    if (closedOn >= end || random() < 0.1) continue;
    const type = random() < 0.9 ? 'planActionCompleted' : 'planActionWithdrawn';
    timed.push({ day: closedOn, order: closedOn === last.day ? last.order + 1 : 2, event: { type, date: iso(closedOn), action } });
  }
  return timed;
}

/** The shapes of {@link longCaseLog}. */
export type LongLogShape = 'plan' | 'visits' | 'refusedAtEnd';

/**
 * One case log of exactly `length` events, for measuring how replay grows with a log's length:
 * a referral, an enquiry and an initial conference on Thu 11 Jan 1996 that starts a plan, then
 * four events a day (so that 100,000 events stay inside the calendar's years, ending in 2064):
 * - `plan`: visits, a core group each day and a review conference every 30 days;
 * - `visits`: visits only;
 * - `refusedAtEnd`: `plan`, whose last event (a new referral during the plan) is refused.
 */
export function longCaseLog(length: number, shape: LongLogShape): CaseEvent[] {
  const start = Date.UTC(1996, 0, 1) / DAY_MS; // Mon 1 Jan 1996
  const events: CaseEvent[] = [
    { type: 'referralReceived', date: iso(start) },
    { type: 'strategyDiscussionHeld', date: iso(start + 2), decision: 'section47' },
    { type: 'section47Concluded', date: iso(start + 9), outcome: 'conference' },
    { type: 'initialConferenceHeld', date: iso(start + 10), decision: 'plan', categories: ['neglect'] },
  ];
  const body = shape === 'refusedAtEnd' ? length - 1 : length;
  for (let n = 0; events.length < body; n++) {
    const day = start + 11 + Math.floor(n / 4);
    const date = iso(day);
    if (shape === 'visits' || n % 4 === 0 || n % 4 === 2) events.push({ type: 'visitMade', date });
    else if (n % 4 === 1) events.push({ type: 'coreGroupHeld', date });
    else if (day % 30 === 0) events.push({ type: 'reviewConferenceHeld', date, decision: 'continuePlan' });
    else events.push({ type: 'visitMade', date });
  }
  if (shape === 'refusedAtEnd') events.push({ type: 'referralReceived', date: events[events.length - 1]?.date as string });
  return events;
}
