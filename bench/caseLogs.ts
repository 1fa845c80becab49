import type { CaseEvent } from '../src/index.js';
import { mulberry32 } from './random.js';

const DAY_MS = 86_400_000;
const iso = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
/** The day itself if it is Monday to Friday, else the next Monday. */
const weekday = (day: number): number => {
  const dayOfWeek = (day + 4) % 7; // 1970-01-01 was a Thursday
  return dayOfWeek === 6 ? day + 2 : dayOfWeek === 0 ? day + 1 : day;
};

/**
 * `count` realistic case logs of about `length` events each, from a fixed seed: a referral, a
 * section 47 enquiry, an initial conference starting a plan, then visits, core groups and
 * reviews at roughly the expected intervals (sometimes late), with a legal planning meeting
 * and pre-proceedings in some cases.
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
    const legal = random() < 0.3;
    let nextCoreGroup = day + between(10, 16);
    let nextReview = day + between(80, 95);
    while (events.length < length - 1) {
      day = weekday(day + between(10, 17));
      if (legal && events.length === 10) events.push({ type: 'legalPlanningMeetingHeld', date: iso(day), decision: 'preProceedings' });
      else if (legal && events.length === 11) events.push({ type: 'letterBeforeProceedingsSent', date: iso(day) });
      else if (day >= nextReview) {
        events.push({ type: 'reviewConferenceHeld', date: iso(day), decision: 'continuePlan' });
        nextReview = day + between(150, 190);
      } else if (day >= nextCoreGroup) {
        events.push({ type: 'coreGroupHeld', date: iso(day) });
        nextCoreGroup = day + between(35, 45);
      } else events.push({ type: 'visitMade', date: iso(day) });
    }
    day = weekday(day + between(60, 120));
    events.push({ type: 'reviewConferenceHeld', date: iso(day), decision: 'endPlan' });
    return events;
  };
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
