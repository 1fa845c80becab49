/*
 * Type tests of the plan track: what the compiler accepts and refuses. Nothing here runs; each
 * `// @ts-expect-error` marks code that must not compile.
 */
import { describe, expectTypeOf, it } from 'vitest';
import {
  applyEvent,
  newCase,
  planActions,
  type CaseState,
  type DueItem,
  type DueStatus,
  type EventOf,
  type IsoDate,
  type ParticipantRole,
  type PlanAction,
  type PlanActionStatus,
  type TimescaleId,
} from '../../src/index.js';

declare const inPlan: CaseState<'plan'>;
declare const inChildInNeed: CaseState<'childInNeed'>;
declare const inReferral: CaseState<'referral'>;

describe('plan events and the case phase', () => {
  it('accepts core group members on a plan only', () => {
    applyEvent(inPlan, { type: 'coreGroupMembersSet', date: '2026-03-04', roles: ['parent', 'socialWorker'] });
    // @ts-expect-error the core group belongs to a protection plan
    applyEvent(inChildInNeed, { type: 'coreGroupMembersSet', date: '2026-03-04', roles: ['parent'] });
  });

  it('accepts actions wherever a plan can be open, and never on a new case', () => {
    const action = { type: 'planActionAgreed', date: '2026-03-04', action: 'a1', owner: 'parent', due: '2026-03-31' } as const;
    applyEvent(inPlan, action);
    applyEvent(inChildInNeed, action);
    applyEvent(inReferral, { type: 'planActionCompleted', date: '2026-03-05', action: 'a1' });
    // @ts-expect-error no plan can be open on a new case
    applyEvent(newCase(), action);
  });

  it('types owners and roles as participant roles, never free text', () => {
    expectTypeOf<EventOf<'planActionAgreed'>['owner']>().toEqualTypeOf<ParticipantRole>();
    expectTypeOf<EventOf<'planActionRevised'>['owner']>().toEqualTypeOf<ParticipantRole | undefined>();
    expectTypeOf<EventOf<'coreGroupMembersSet'>['roles']>().toEqualTypeOf<ParticipantRole[]>();
    expectTypeOf<EventOf<'coreGroupHeld'>['attended']>().toEqualTypeOf<ParticipantRole[] | undefined>();
    expectTypeOf<EventOf<'coreGroupHeld'>['detailedPlanAgreed']>().toEqualTypeOf<true | undefined>();
    expectTypeOf<EventOf<'visitMade'>['seenAlone']>().toEqualTypeOf<boolean | undefined>();
    applyEvent(inPlan, {
      type: 'planActionAgreed',
      date: '2026-03-04',
      action: 'a1',
      // @ts-expect-error an owner is a role, not a name
      owner: 'Jane Smith',
      due: '2026-03-31',
    });
    applyEvent(inPlan, {
      type: 'planActionCompleted',
      date: '2026-03-04',
      action: 'a1',
      // @ts-expect-error a completion has no owner
      owner: 'parent',
    });
  });
});

describe('planActions', () => {
  it('returns plan actions with the fixed statuses', () => {
    expectTypeOf(planActions(inPlan, { asOf: '2026-04-01' })).toEqualTypeOf<PlanAction[]>();
    expectTypeOf<PlanActionStatus>().toEqualTypeOf<'upcoming' | 'dueToday' | 'overdue' | 'met' | 'metLate' | 'withdrawn' | 'closedWithPlan'>();
    expectTypeOf<PlanAction['completedOn']>().toEqualTypeOf<IsoDate | undefined>();
    expectTypeOf<PlanAction['revisions']>().toEqualTypeOf<number>();
    // @ts-expect-error asOf is required: no clock is read
    planActions(inPlan, {});
  });

  it('adds the minimum kind, its status and the plan timescales to the due items', () => {
    expectTypeOf<DueItem['kind']>().toEqualTypeOf<'step' | 'limit' | 'minimum'>();
    expectTypeOf<'endedEarly'>().toExtend<DueStatus>();
    expectTypeOf<'detailedPlan' | 'childInNeedAfterPlan'>().toExtend<TimescaleId>();
  });
});
