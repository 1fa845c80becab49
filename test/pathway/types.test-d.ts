/*
 * Type tests: what the compiler accepts and refuses. Checked by `vitest` (typecheck) and by
 * `tsc -p .`; nothing here runs. Each `// @ts-expect-error` marks code that must not compile:
 * if it ever compiles, the directive itself becomes the error.
 */
import { describe, expectTypeOf, it } from 'vitest';
import {
  applyEvent,
  eventTracks,
  newCase,
  parseEvents,
  type CaseEvent,
  type CaseEventType,
  type CaseState,
  type EventAllowedIn,
  type EventOf,
  type ParseEventsErrorCode,
  type PathwayError,
  type PathwayResult,
  type SocialEventIn,
  type SocialPhase,
  type Track,
  type ValidationIssue,
} from '../../src/index.js';

declare const inPlan: CaseState<'plan'>;
declare const inReferral: CaseState<'referral'>;
declare const anyPhase: CaseState;
declare const states: { readonly [P in SocialPhase]: CaseState<P> };

describe('applyEvent and the case phase', () => {
  it('accepts a referral on a new case and refuses a core group at compile time', () => {
    const start = newCase();
    expectTypeOf(start).toEqualTypeOf<CaseState<'none'>>();
    applyEvent(start, { type: 'referralReceived', date: '2026-03-02' });
    // @ts-expect-error a core group needs a plan: not allowed in phase 'none'
    applyEvent(start, { type: 'coreGroupHeld', date: '2026-03-02' });
    // @ts-expect-error nor is a review conference
    applyEvent(start, { type: 'reviewConferenceHeld', date: '2026-03-02', decision: 'continuePlan' });
  });

  it('accepts core groups and review conferences on a case in phase plan, and refuses a referral', () => {
    applyEvent(inPlan, { type: 'coreGroupHeld', date: '2026-03-02' });
    applyEvent(inPlan, { type: 'reviewConferenceHeld', date: '2026-03-02', decision: 'continuePlan' });
    applyEvent(inPlan, { type: 'reviewConferenceHeld', date: '2026-03-02', decision: 'endPlan', categories: ['neglect'] });
    applyEvent(inPlan, { type: 'planEnded', date: '2026-03-02', reason: 'movedAuthority' });
    // @ts-expect-error a new referral is not an event of a plan
    applyEvent(inPlan, { type: 'referralReceived', date: '2026-03-02' });
  });

  it('accepts every event on a case whose phase the compiler does not know', () => {
    applyEvent(anyPhase, { type: 'coreGroupHeld', date: '2026-03-02' });
    applyEvent(anyPhase, { type: 'referralReceived', date: '2026-03-02' });
    expectTypeOf<EventAllowedIn<SocialPhase>>().toEqualTypeOf<CaseEvent>();
  });

  it('accepts legal and emergency events (and the birth) in every phase', () => {
    const legal = { type: 'legalPlanningMeetingHeld', date: '2026-03-02', decision: 'preProceedings' } as const;
    const emergency = { type: 'policeProtectionStarted', date: '2026-03-02', at: '2026-03-02T22:15:00Z' } as const;
    const order = { type: 'emergencyProtectionOrderMade', date: '2026-03-02', at: '2026-03-02T10:00:00Z' } as const;
    const born = { type: 'childBorn', date: '2026-03-02' } as const;
    for (const event of [legal, emergency, order, born]) {
      applyEvent(states.none, event);
      applyEvent(states.referral, event);
      applyEvent(states.assessment, event);
      applyEvent(states.enquiry, event);
      applyEvent(states.awaitingConference, event);
      applyEvent(states.plan, event);
      applyEvent(states.childInNeed, event);
      applyEvent(states.transferIn, event);
    }
    expectTypeOf<EventOf<'careProceedingsIssued'>>().toExtend<EventAllowedIn<'none'>>();
    expectTypeOf<EventOf<'finalOrderMade'>>().toExtend<EventAllowedIn<'transferIn'>>();
    expectTypeOf<EventOf<'childAssessmentOrderMade'>>().toExtend<EventAllowedIn<'awaitingConference'>>();
    expectTypeOf<EventOf<'policeProtectionEnded'>>().toExtend<EventAllowedIn<'plan'>>();
  });

  it('refuses a decision outside the event\'s union', () => {
    applyEvent(inReferral, { type: 'strategyDiscussionHeld', date: '2026-03-02', decision: 'section47' });
    applyEvent(inReferral, {
      type: 'strategyDiscussionHeld',
      date: '2026-03-02',
      // @ts-expect-error 'maybe' is not a strategy discussion decision
      decision: 'maybe',
    });
    applyEvent(inPlan, {
      type: 'reviewConferenceHeld',
      date: '2026-03-02',
      // @ts-expect-error a review continues or ends the plan: 'plan' belongs to the ICPC
      decision: 'plan',
    });
    applyEvent(inPlan, {
      type: 'planEnded',
      date: '2026-03-02',
      // @ts-expect-error not a reason a plan ends without a conference
      reason: 'stepDown',
    });
    applyEvent(inPlan, {
      type: 'reviewConferenceHeld',
      date: '2026-03-02',
      decision: 'continuePlan',
      // @ts-expect-error financial abuse is a Welsh category, not one of England's four
      categories: ['financial'],
    });
    expectTypeOf<EventOf<'section47Concluded'>['outcome']>().toEqualTypeOf<'conference' | 'childInNeed' | 'noFurtherAction'>();
  });
});

describe('the event vocabulary', () => {
  it('gives every event type a track: keyof typeof eventTracks equals CaseEventType', () => {
    expectTypeOf<keyof typeof eventTracks>().toEqualTypeOf<CaseEventType>();
    expectTypeOf(eventTracks).toEqualTypeOf<{ readonly [T in CaseEventType]: Track }>();
  });

  it('fails to compile when an event type has no track', () => {
    // A vocabulary grown by one event type no longer fits the tracks record.
    type GrownVocabulary = CaseEventType | 'familyGroupConferenceHeld';
    // @ts-expect-error 'familyGroupConferenceHeld' has no track
    const grown: { readonly [T in GrownVocabulary]: Track } = eventTracks;
    void grown;
    // And a tracks record that leaves one type out is refused.
    const { childBorn: _left, ...partial } = eventTracks;
    // @ts-expect-error 'childBorn' has no track
    const missing: { readonly [T in CaseEventType]: Track } = partial;
    void missing;
  });

  it('derives the social-care events of a phase from the table', () => {
    expectTypeOf<'coreGroupHeld'>().toExtend<SocialEventIn<'plan'>>();
    expectTypeOf<'reviewConferenceHeld'>().toExtend<SocialEventIn<'plan'>>();
    expectTypeOf<'referralReceived'>().not.toExtend<SocialEventIn<'plan'>>();
    expectTypeOf<'referralReceived'>().toExtend<SocialEventIn<'none'>>();
    expectTypeOf<'coreGroupHeld'>().not.toExtend<SocialEventIn<'none'>>();
    expectTypeOf<SocialEventIn<'transferIn'>>().toEqualTypeOf<
      'transferInConferenceHeld' | 'planActionAgreed' | 'planActionRevised' | 'planActionCompleted' | 'planActionWithdrawn'
    >();
  });
});

describe('PathwayResult', () => {
  it('narrows on ok: the state on true, the error on false, never the other side', () => {
    const result = applyEvent(newCase(), { type: 'referralReceived', date: '2026-03-02' });
    expectTypeOf(result).toEqualTypeOf<PathwayResult<CaseState>>();
    if (result.ok) {
      expectTypeOf(result.state).toEqualTypeOf<CaseState>();
      expectTypeOf(result.error).toEqualTypeOf<undefined>();
    } else {
      expectTypeOf(result.error).toEqualTypeOf<PathwayError>();
      expectTypeOf(result.state).toEqualTypeOf<undefined>();
      // @ts-expect-error no state on a refusal
      result.state.social;
    }
    // @ts-expect-error the state may be absent until ok is checked
    result.state.social;
    // @ts-expect-error an error cannot come with a state
    const both: PathwayResult<CaseState> = { ok: false, error: {} as PathwayError, state: newCase() };
    void both;
  });

  it('has a stable code union on its error', () => {
    expectTypeOf<PathwayError['code']>().toEqualTypeOf<
      'INVALID_EVENT' | 'INVALID_TRANSITION' | 'OUT_OF_ORDER' | 'OUT_OF_CALENDAR_RANGE' | 'UNKNOWN_ACTION' | 'DUPLICATE_ACTION'
    >();
    expectTypeOf<PathwayError['allowed']>().toEqualTypeOf<readonly CaseEventType[]>();
  });
});

describe('ParseEventsError', () => {
  it('has an index only for INVALID_EVENT, and issues with paths of keys and indexes', () => {
    const parsed = parseEvents('[]');
    if (parsed.ok) return;
    const { error } = parsed;
    expectTypeOf(error.code).toEqualTypeOf<ParseEventsErrorCode>();
    expectTypeOf(error.issues).toEqualTypeOf<readonly ValidationIssue[]>();
    expectTypeOf(error.issues[0]!.path).toEqualTypeOf<readonly (string | number)[]>();
    expectTypeOf(error.issuesOmitted).toEqualTypeOf<number>();
    if (error.code === 'INVALID_EVENT') expectTypeOf(error.index).toEqualTypeOf<number>();
    else expectTypeOf(error.index).toEqualTypeOf<undefined>();
    // @ts-expect-error the index may be absent until the code is checked
    const index: number = error.index;
    void index;
  });
});
