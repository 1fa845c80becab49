/*
 * Properties of the plan track over random logs. fast-check writes a plan (or a child in need
 * plan) followed by random action events over a small pool of ids (so that duplicates, unknown
 * and closed ids come up), visits, core groups, reviews that continue or end the plan, and
 * child in need plans starting and ending. Each event is applied in turn; the accepted ones
 * make the log. Checked against a small model written here from the contract alone: every
 * accepted log gives actions whose statuses are consistent with `asOf`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyEvent,
  caseSummary,
  newCase,
  planActions,
  replay,
  type CaseEvent,
  type CaseState,
  type ParticipantRole,
  type PlanAction,
} from '../../src/index.js';
import { dayNumber, isoOf } from '../support/days.js';

type Undated = { readonly [key: string]: unknown; readonly type: CaseEvent['type'] };

const ids = ['a1', 'a2', 'a3', 'school:report', 'gp.check-2'];
const roles: ParticipantRole[] = ['parent', 'socialWorker', 'school', 'healthVisitor', 'gp'];

/** An action event, its due date as days after the event (sometimes before it: refused). */
const stepArb: fc.Arbitrary<{ gap: number; event: Undated; dueIn?: number }> = fc.record({
  gap: fc.oneof({ weight: 2, arbitrary: fc.constant(0) }, { weight: 8, arbitrary: fc.integer({ min: 1, max: 20 }) }),
  dueIn: fc.integer({ min: -2, max: 60 }),
  event: fc.oneof(
    { weight: 8, arbitrary: fc.record({ type: fc.constant('planActionAgreed' as const), action: fc.constantFrom(...ids), owner: fc.constantFrom(...roles) }) },
    {
      weight: 4,
      arbitrary: fc.oneof(
        fc.record({ type: fc.constant('planActionRevised' as const), action: fc.constantFrom(...ids), owner: fc.constantFrom(...roles) }),
        fc.record({ type: fc.constant('planActionRevised' as const), action: fc.constantFrom(...ids), due: fc.constant(true) }),
      ),
    },
    { weight: 5, arbitrary: fc.record({ type: fc.constant('planActionCompleted' as const), action: fc.constantFrom(...ids) }) },
    { weight: 2, arbitrary: fc.record({ type: fc.constant('planActionWithdrawn' as const), action: fc.constantFrom(...ids) }) },
    { weight: 2, arbitrary: fc.record({ type: fc.constant('visitMade' as const), seen: fc.boolean() }) },
    { weight: 1, arbitrary: fc.constant({ type: 'coreGroupHeld' as const, detailedPlanAgreed: true }) },
    { weight: 1, arbitrary: fc.constant({ type: 'coreGroupMembersSet' as const, roles: ['parent', 'socialWorker'] }) },
    { weight: 1, arbitrary: fc.constantFrom('continuePlan', 'endPlan').map((decision) => ({ type: 'reviewConferenceHeld' as const, decision })) },
    { weight: 1, arbitrary: fc.constant({ type: 'childInNeedPlanStarted' as const }) },
    { weight: 1, arbitrary: fc.constant({ type: 'childInNeedPlanEnded' as const }) },
  ),
});

/** A log: a protection plan or a child in need plan opened, then the random steps. */
const logArb = fc
  .record({
    start: fc.integer({ min: dayNumber('2024-01-01'), max: dayNumber('2027-06-30') }),
    protection: fc.boolean(),
    steps: fc.array(stepArb, { minLength: 10, maxLength: 60 }),
  })
  .map(({ start, protection, steps }) => {
    // Mon-Fri only for the ICPC (CIN census rule 8875): move a weekend start to Monday.
    const weekday = new Date(start * 86_400_000).getUTCDay();
    let day = start + (weekday === 6 ? 2 : weekday === 0 ? 1 : 0);
    const opening: CaseEvent[] = protection
      ? [
          { type: 'referralReceived', date: isoOf(day) },
          { type: 'strategyDiscussionHeld', date: isoOf(day), decision: 'section47' },
          { type: 'initialConferenceHeld', date: isoOf(day), decision: 'plan', categories: ['neglect'] },
        ]
      : [
          { type: 'referralReceived', date: isoOf(day) },
          { type: 'referralDecisionMade', date: isoOf(day), decision: 'assessment' },
          { type: 'childInNeedPlanStarted', date: isoOf(day) },
        ];
    const events = steps.map(({ gap, event, dueIn }) => {
      day += gap;
      const { due, ...rest } = event as Undated & { due?: boolean };
      const dated = { ...rest, date: isoOf(day) } as Record<string, unknown>;
      if (event.type === 'planActionAgreed' || due === true) dated.due = isoOf(day + (dueIn ?? 0));
      return dated as unknown as CaseEvent;
    });
    return [...opening, ...events];
  });

/** Which plan is open, from public state: a protection plan's number, 0 for child in need, -1 none. */
const openPlan = (state: CaseState): number => state.social.plan?.number ?? (state.social.childInNeedPlanOpen ? 0 : -1);

interface ModelAction {
  action: string;
  owner: ParticipantRole;
  agreedOn: string;
  due: string;
  revisions: number;
  closed?: 'completed' | 'withdrawn' | 'closedWithPlan';
  closedOn?: string;
}

/** Applies each event in turn; the accepted ones drive the model of the actions. */
function fold(events: readonly CaseEvent[]): { log: CaseEvent[]; state: CaseState; model: ModelAction[] } {
  let state: CaseState = newCase();
  const log: CaseEvent[] = [];
  const model: ModelAction[] = [];
  for (const event of events) {
    const result = applyEvent(state, event as never);
    if (!result.ok) {
      expect(['INVALID_TRANSITION', 'INVALID_EVENT', 'UNKNOWN_ACTION', 'DUPLICATE_ACTION']).toContain(result.error.code);
      continue;
    }
    const open = model.find((action) => 'action' in event && action.action === event.action && action.closed === undefined);
    switch (event.type) {
      case 'planActionAgreed':
        expect(open, 'an open id is never agreed again').toBeUndefined();
        model.push({ action: event.action, owner: event.owner, agreedOn: event.date, due: event.due, revisions: 0 });
        break;
      case 'planActionRevised':
        if (open === undefined) throw new Error('a revision of no open action was accepted');
        open.revisions++;
        open.due = event.due ?? open.due;
        open.owner = event.owner ?? open.owner;
        break;
      case 'planActionCompleted':
      case 'planActionWithdrawn':
        if (open === undefined) throw new Error('closing no open action was accepted');
        open.closed = event.type === 'planActionCompleted' ? 'completed' : 'withdrawn';
        open.closedOn = event.date;
        break;
    }
    if (openPlan(result.state) !== openPlan(state)) {
      for (const action of model) {
        if (action.closed === undefined) Object.assign(action, { closed: 'closedWithPlan', closedOn: event.date });
      }
    }
    state = result.state;
    log.push(event);
  }
  return { log, state, model };
}

/** The status the contract gives a model action on a date. */
function expectedStatus(action: ModelAction, asOf: string): PlanAction['status'] {
  if (action.closed === 'completed') return (action.closedOn as string) > action.due ? 'metLate' : 'met';
  if (action.closed !== undefined) return action.closed;
  return asOf < action.due ? 'upcoming' : asOf === action.due ? 'dueToday' : 'overdue';
}

const asOfArb = fc.integer({ min: dayNumber('2024-01-01'), max: dayNumber('2030-12-31') }).map(isoOf);

describe('plan actions over random logs', () => {
  it('match the model: the same actions, in due order, each with the status its dates give on asOf', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(logArb, fc.array(asOfArb, { minLength: 1, maxLength: 4 }), (events, asOfs) => {
        const { log, state, model } = fold(events);
        for (const action of model) seen.add(action.closed ?? (action.revisions > 0 ? 'revised' : 'open'));
        // Stable by due date, ties in the order agreed.
        const expectedOrder = model.map((action, position) => ({ action, position })).sort((a, b) => (a.action.due < b.action.due ? -1 : a.action.due > b.action.due ? 1 : a.position - b.position));
        for (const asOf of [...asOfs, log[log.length - 1]?.date as string]) {
          const actual = planActions(state, { asOf });
          expect(actual).toEqual(
            expectedOrder.map(({ action }) => ({
              action: action.action,
              owner: action.owner,
              agreedOn: action.agreedOn,
              due: action.due,
              status: expectedStatus(action, asOf),
              ...(action.closed === 'completed' ? { completedOn: action.closedOn } : {}),
              revisions: action.revisions,
            })),
          );
        }
      }),
      { numRuns: 200 },
    );
    // The logs reach every way an action can stand, so the comparison above is not vacuous.
    expect([...seen].sort()).toEqual(['closedWithPlan', 'completed', 'open', 'revised', 'withdrawn']);
  });

  it('are the same from replay as from applyEvent, and none is open while no plan is', () => {
    fc.assert(
      fc.property(logArb, asOfArb, (events, asOf) => {
        const { log, state } = fold(events);
        const replayed = replay(log);
        expect(replayed.ok).toBe(true);
        if (replayed.ok) expect(planActions(replayed.state, { asOf })).toEqual(planActions(state, { asOf }));
        const summary = caseSummary(state, { asOf });
        if (openPlan(state) === -1) expect(summary.actions.open).toBe(0);
        const owners = Object.values(summary.actions.byOwner);
        expect(owners.reduce((sum, counts) => sum + (counts?.open ?? 0), 0)).toBe(summary.actions.open);
        expect(owners.reduce((sum, counts) => sum + (counts?.overdue ?? 0), 0)).toBe(summary.actions.overdue);
      }),
      { numRuns: 150 },
    );
  });

  it('never change the state they were applied to', () => {
    fc.assert(
      fc.property(logArb, (events) => {
        const { log } = fold(events);
        const half = replay(log.slice(0, Math.floor(log.length / 2)));
        if (!half.ok) throw new Error('a prefix of an accepted log was refused');
        const before = JSON.stringify(planActions(half.state, { asOf: '2030-01-01' }));
        let state = half.state;
        for (const event of log.slice(Math.floor(log.length / 2))) {
          const result = applyEvent(state, event as never);
          if (result.ok) state = result.state;
        }
        expect(JSON.stringify(planActions(half.state, { asOf: '2030-01-01' }))).toBe(before);
      }),
      { numRuns: 100 },
    );
  });
});
