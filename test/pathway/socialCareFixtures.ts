/*
 * Shared helpers for the social-care pathway tests: replay a log and insist that it was
 * accepted, look up due items, and assert the weekday a hand-checked date is said to be (by
 * Date.UTC in test/support/days.ts, not by the library), so a miscounted comment fails rather
 * than misleads.
 */
import { expect } from 'vitest';
import {
  dueItems,
  replay,
  type CaseEvent,
  type CaseState,
  type DueItem,
  type EventOf,
  type PathwayError,
  type PathwayOptions,
  type PathwayResult,
  type TimescaleId,
} from '../../src/index.js';
import { weekdayOf } from '../support/days.js';

export type Weekday = 'Sun' | 'Mon' | 'Tue' | 'Wed' | 'Thu' | 'Fri' | 'Sat';
const weekdays: readonly Weekday[] = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** The date, after asserting it falls on the weekday the reasoning names. */
export function on(date: string, weekday: Weekday): string {
  expect(`${date} ${weekdays[weekdayOf(date)]}`).toBe(`${date} ${weekday}`);
  return date;
}

/** The state of an accepted result; fails the test with the error when it was refused. */
export function accepted<S>(result: PathwayResult<S>): S {
  if (!result.ok) throw new Error(`expected the event to be accepted, got ${result.error.code} at ${result.error.index}: ${result.error.message}`);
  return result.state;
}

/** The error of a refused result; fails the test when it was accepted. */
export function refused<S>(result: PathwayResult<S>): PathwayError {
  if (result.ok) throw new Error('expected the event to be refused, but it was accepted');
  return result.error;
}

/** Replays a log that must be accepted. */
export function replayed(events: readonly CaseEvent[], options?: PathwayOptions): CaseState {
  return accepted(replay(events, options));
}

/** The due items of one timescale, in due order. */
export function itemsOf(state: CaseState, timescale: TimescaleId, asOf: string): DueItem[] {
  return dueItems(state, { asOf }).filter((item) => item.timescale === timescale);
}

/** The single due item of a timescale; fails unless there is exactly one. */
export function itemOf(state: CaseState, timescale: TimescaleId, asOf: string): DueItem {
  const items = itemsOf(state, timescale, asOf);
  expect(items.map((item) => item.timescale)).toEqual([timescale]);
  return items[0] as DueItem;
}

/** The item of a timescale still to be done (neither met nor withdrawn), if any. */
export function openItemOf(state: CaseState, timescale: TimescaleId, asOf: string): DueItem | undefined {
  return itemsOf(state, timescale, asOf).find((item) => item.metOn === undefined);
}

export { deepFreeze } from '../support/values.js';

/** Words of the free-text note the error tests plant: none may reach an error. */
export const PERSONAL_NOTE = 'Jane Smith lives at 1 High St';

/** Asserts that no part of an error (message, issues, anything) repeats the planted note. */
export function expectNoPersonalData(error: unknown): void {
  const text = JSON.stringify(error);
  for (const fragment of ['Jane', 'Smith', 'High St', PERSONAL_NOTE]) expect(text).not.toContain(fragment);
}

// Short builders for the social-care events, so a log reads like a case file.
export const referral = (date: string): CaseEvent => ({ type: 'referralReceived', date });
export const referralDecision = (date: string, decision: 'assessment' | 'earlyHelp' | 'noFurtherAction'): CaseEvent => ({
  type: 'referralDecisionMade',
  date,
  decision,
});
export const strategy = (date: string, decision: 'section47' | 'noSection47' = 'section47'): CaseEvent => ({
  type: 'strategyDiscussionHeld',
  date,
  decision,
});
export const s47Concluded = (date: string, outcome: 'conference' | 'childInNeed' | 'noFurtherAction'): CaseEvent => ({
  type: 'section47Concluded',
  date,
  outcome,
});
export const icpcPlan = (date: string, categories: ('physical' | 'emotional' | 'sexual' | 'neglect')[] = ['neglect']): CaseEvent => ({
  type: 'initialConferenceHeld',
  date,
  decision: 'plan',
  categories,
});
export const coreGroup = (date: string): CaseEvent => ({ type: 'coreGroupHeld', date });
export const visit = (date: string): CaseEvent => ({ type: 'visitMade', date });
export const review = (date: string, decision: 'continuePlan' | 'endPlan' = 'continuePlan'): CaseEvent => ({
  type: 'reviewConferenceHeld',
  date,
  decision,
});
export const cinStarted = (date: string): CaseEvent => ({ type: 'childInNeedPlanStarted', date });
export const cinEnded = (date: string): CaseEvent => ({ type: 'childInNeedPlanEnded', date });

// The plan track's events (src/pathway/plan/).
type Role = EventOf<'planActionAgreed'>['owner'];
export const members = (date: string, roles: Role[]): CaseEvent => ({ type: 'coreGroupMembersSet', date, roles });
export const agreed = (date: string, action: string, owner: Role, due: string): CaseEvent => ({ type: 'planActionAgreed', date, action, owner, due });
export const revised = (date: string, action: string, change: { due?: string; owner?: Role }): CaseEvent => ({
  type: 'planActionRevised',
  date,
  action,
  ...change,
});
export const completed = (date: string, action: string): CaseEvent => ({ type: 'planActionCompleted', date, action });
export const withdrawn = (date: string, action: string): CaseEvent => ({ type: 'planActionWithdrawn', date, action });
