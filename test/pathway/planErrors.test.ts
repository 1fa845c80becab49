/*
 * Bad input on the plan track: a clear error value naming the field or rule (INVALID_EVENT,
 * INVALID_TRANSITION, UNKNOWN_ACTION, DUPLICATE_ACTION), never a throw, and never an echo of any
 * event's `note`, of the refused event's or its neighbours'.
 */
import { describe, expect, it } from 'vitest';
import {
  allowedEvents,
  applyEvent,
  formatIssuePath,
  parseEvents,
  replay,
  type CaseEvent,
  type CaseState,
  type PathwayError,
  type ValidationIssue,
} from '../../src/index.js';
import {
  PERSONAL_NOTE,
  accepted,
  agreed,
  cinStarted,
  completed,
  expectNoPersonalData,
  icpcPlan,
  members,
  referral,
  referralDecision,
  refused,
  replayed,
  revised,
  strategy,
  withdrawn,
} from './socialCareFixtures.js';

const noted = <T extends object>(event: T): T & { note: string } => ({ ...event, note: PERSONAL_NOTE });

/** Every event carries the planted note, so an echo of any neighbour's would show. */
const planOpen: CaseEvent[] = [referral('2026-03-02'), strategy('2026-03-03'), icpcPlan('2026-03-04'), agreed('2026-03-04', 'a1', 'parent', '2026-03-31')].map(noted);

/** The error of a log whose last event is refused, checked for its index, allowed events and privacy. */
function refusedLast(events: readonly unknown[]): PathwayError {
  const before: CaseState = replayed(events.slice(0, -1) as CaseEvent[]);
  const error = refused(replay(events as CaseEvent[]));
  expect(error.index).toBe(events.length - 1);
  expect(new Set(error.allowed)).toEqual(new Set(allowedEvents(before)));
  expectNoPersonalData(error);
  return error;
}

/** Each issue's path as text (`roles[1]`, `[4].action`). */
const pathsOf = (error: { readonly issues?: readonly ValidationIssue[] }): string[] => (error.issues ?? []).map((issue) => formatIssuePath(issue.path));

describe('UNKNOWN_ACTION and DUPLICATE_ACTION', () => {
  it('refuses completing an action never agreed', () => {
    const error = refusedLast([...planOpen, noted(completed('2026-03-05', 'a2'))]);
    expect(error).toMatchObject({ code: 'UNKNOWN_ACTION', eventType: 'planActionCompleted' });
    expect(error.message).toMatch(/^action: /);
  });

  it('refuses revising, completing or withdrawing an action already closed', () => {
    const closed = [...planOpen, completed('2026-03-05', 'a1')];
    for (const again of [revised('2026-03-06', 'a1', { due: '2026-04-30' }), completed('2026-03-06', 'a1'), withdrawn('2026-03-06', 'a1')]) {
      expect(refusedLast([...closed, noted(again)]).code).toBe('UNKNOWN_ACTION');
    }
  });

  it('refuses agreeing an id that is open, but not one that has closed', () => {
    expect(refusedLast([...planOpen, noted(agreed('2026-03-05', 'a1', 'school', '2026-04-30'))]).code).toBe('DUPLICATE_ACTION');
    accepted(replay([...planOpen, withdrawn('2026-03-05', 'a1'), agreed('2026-03-05', 'a1', 'school', '2026-04-30')]));
  });

  it('offers revising, completing and withdrawing only while an action is open', () => {
    const actionEvents = ['planActionRevised', 'planActionCompleted', 'planActionWithdrawn'];
    expect(allowedEvents(replayed(planOpen))).toEqual(expect.arrayContaining([...actionEvents, 'planActionAgreed', 'coreGroupMembersSet']));
    const none = allowedEvents(replayed([...planOpen, completed('2026-03-05', 'a1')]));
    for (const type of actionEvents) expect(none).not.toContain(type);
    expect(none).toContain('planActionAgreed');
  });
});

describe('INVALID_EVENT', () => {
  it.each([
    ['an id with spaces', { action: 'Mum to attend course' }, 'action'],
    ['an id over 64 characters', { action: 'x'.repeat(65) }, 'action'],
    ['an empty id', { action: '' }, 'action'],
    ['an unknown role', { owner: 'Jane Smith' }, 'owner'],
    ['a due date that does not exist', { due: '2026-02-30' }, 'due'],
  ])('names the field for %s, without echoing the value', (_name, change, path) => {
    const event = noted({ ...agreed('2026-03-05', 'a2', 'school', '2026-04-30'), ...change });
    const error = refusedLast([...planOpen, event]);
    expect(error.code).toBe('INVALID_EVENT');
    expect(pathsOf(error)).toEqual([path]);
    const value = Object.values(change)[0] as string;
    if (value.length > 0) expect(JSON.stringify(error)).not.toContain(value);
  });

  it('refuses a due date before the agreement', () => {
    const error = refusedLast([...planOpen, noted(agreed('2026-03-05', 'a2', 'school', '2026-03-04'))]);
    expect(error).toMatchObject({ code: 'INVALID_EVENT', message: 'due: must be on or after the date the action is agreed' });
    expect(pathsOf(error)).toEqual(['due']);
  });

  it('refuses a revision that changes nothing, or moves the due date before the revision', () => {
    expect(refusedLast([...planOpen, noted(revised('2026-03-05', 'a1', {}))]).message).toBe(
      'due: a revision must give a new due date, a new owner or both',
    );
    expect(refusedLast([...planOpen, noted(revised('2026-03-05', 'a1', { due: '2026-03-04' }))]).message).toBe(
      'due: must be on or after the date of the revision',
    );
  });

  it('refuses a child seen alone who was not seen, and core group roles that are unknown or repeated', () => {
    const visit = noted({ type: 'visitMade', date: '2026-03-05', seen: false, seenAlone: true });
    expect(pathsOf(refusedLast([...planOpen, visit]))).toEqual(['seenAlone']);
    expect(pathsOf(refusedLast([...planOpen, noted({ type: 'coreGroupMembersSet', date: '2026-03-05', roles: ['parent', 'Jane Smith'] })]))).toEqual(['roles[1]']);
    expect(refusedLast([...planOpen, noted(members('2026-03-05', ['parent', 'parent']))]).code).toBe('INVALID_EVENT');
    expect(refusedLast([...planOpen, noted(members('2026-03-05', []))]).code).toBe('INVALID_EVENT');
  });

  it('is what parseEvents reports too, by index and path, for the same bad ids', () => {
    const parsed = parseEvents([...planOpen, noted({ type: 'planActionCompleted', date: '2026-03-05', action: 'no spaces allowed' })]);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error.index).toBe(4);
      expect(pathsOf(parsed.error)).toEqual(['[4].action']);
      expectNoPersonalData(parsed.error);
    }
  });
});

describe('INVALID_TRANSITION', () => {
  it('refuses an action event with no plan open, naming the rule', () => {
    const error = refusedLast([referral('2026-03-02'), noted(agreed('2026-03-03', 'a1', 'parent', '2026-03-31'))].map(noted));
    expect(error).toMatchObject({ code: 'INVALID_TRANSITION', message: 'planActionAgreed needs an open child protection plan or child in need plan' });
    expect(refusedLast([noted(completed('2026-03-03', 'a1'))]).message).toBe("planActionCompleted is not allowed while the case is in phase 'none'");
  });

  it('refuses core group members outside a protection plan', () => {
    const onChildInNeedPlan = [referral('2026-03-02'), referralDecision('2026-03-03', 'assessment'), cinStarted('2026-03-04')].map(noted);
    expect(refusedLast([...onChildInNeedPlan, noted(members('2026-03-05', ['parent']))]).code).toBe('INVALID_TRANSITION');
    // Actions are open to a child in need plan.
    accepted(replay([...onChildInNeedPlan, agreed('2026-03-05', 'a1', 'parent', '2026-03-31')]));
  });

  it('never throws for a plan event of any shape', () => {
    const shapes: unknown[] = [
      { type: 'planActionAgreed' },
      { type: 'planActionAgreed', date: '2026-03-05', action: 42, owner: null, due: [] },
      { type: 'planActionRevised', date: '2026-03-05', action: 'a1', due: null },
      { type: 'coreGroupMembersSet', date: '2026-03-05', roles: 'parent' },
      { type: 'visitMade', date: '2026-03-05', seen: 1, note: PERSONAL_NOTE },
      { type: 'coreGroupHeld', date: '2026-03-05', attended: [{}], detailedPlanAgreed: 'yes' },
      null,
    ];
    const state = replayed(planOpen);
    for (const shape of shapes) {
      const result = applyEvent(state, shape as never);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('INVALID_EVENT');
        expectNoPersonalData(result.error);
      }
    }
  });
});
