/*
 * The transition function follows the social-care table, both ways: every edge, taken from a
 * case in its `from` phase with a representative event (and its `when` decision), leads to its
 * `to` phase; and every social-care event with no edge from a phase is refused there.
 */
import { describe, expect, it } from 'vitest';
import {
  allowedEvents,
  applyEvent,
  eventTracks,
  socialCareEdges,
  socialPhases,
  type CaseEvent,
  type CaseEventType,
  type CaseState,
  type SocialPhase,
} from '../../src/index.js';
import {
  agreed,
  cinStarted,
  icpcPlan,
  referral,
  referralDecision,
  replayed,
  review,
  s47Concluded,
  strategy,
} from './socialCareFixtures.js';

/*
 * Logs that bring a new case to each phase, some phases by more than one road (a child in need
 * phase with and without an open child in need plan; "none" before any episode, after a closed
 * referral and after a plan; each phase where a plan can be open, with a plan and an open
 * action 'probe'). All dates are weekdays of March 2026, before the probe date.
 */
const onChildInNeedPlan = [referral('2026-03-02'), referralDecision('2026-03-03', 'assessment'), cinStarted('2026-03-04'), agreed('2026-03-04', 'probe', 'parent', '2026-03-31')];
const withPlanOpen: Partial<Record<SocialPhase, readonly CaseEvent[]>> = {
  plan: [referral('2026-03-02'), strategy('2026-03-03'), icpcPlan('2026-03-04'), agreed('2026-03-04', 'probe', 'parent', '2026-03-31')],
  childInNeed: onChildInNeedPlan,
  referral: [...onChildInNeedPlan, referral('2026-03-05')],
  assessment: [...onChildInNeedPlan, referral('2026-03-05'), referralDecision('2026-03-06', 'assessment')],
  enquiry: [...onChildInNeedPlan, referral('2026-03-05'), strategy('2026-03-06')],
  awaitingConference: [...onChildInNeedPlan, referral('2026-03-05'), strategy('2026-03-06'), s47Concluded('2026-03-09', 'conference')],
  transferIn: [...onChildInNeedPlan, { type: 'transferInNotified', date: '2026-03-05' }],
};
const roads: Readonly<Record<SocialPhase, readonly (readonly CaseEvent[])[]>> = {
  none: [[], [referral('2026-03-02'), referralDecision('2026-03-03', 'noFurtherAction')], [referral('2026-03-02'), strategy('2026-03-03'), icpcPlan('2026-03-04'), review('2026-03-05', 'endPlan')]],
  referral: [[referral('2026-03-02')]],
  assessment: [
    [referral('2026-03-02'), referralDecision('2026-03-03', 'assessment')],
    [referral('2026-03-02'), strategy('2026-03-03', 'noSection47')],
  ],
  enquiry: [[referral('2026-03-02'), strategy('2026-03-03')]],
  awaitingConference: [[referral('2026-03-02'), strategy('2026-03-03'), s47Concluded('2026-03-04', 'conference')]],
  plan: [[referral('2026-03-02'), strategy('2026-03-03'), icpcPlan('2026-03-04')]],
  childInNeed: [
    [referral('2026-03-02'), strategy('2026-03-03'), s47Concluded('2026-03-04', 'childInNeed')],
    [referral('2026-03-02'), referralDecision('2026-03-03', 'assessment'), cinStarted('2026-03-04')],
  ],
  transferIn: [[{ type: 'transferInNotified', date: '2026-03-02' }]],
};

/** A weekday after every road's last event (and after any plan's start). */
const PROBE_DATE = '2026-03-16';

/** Each way an event of a type can be written, with the decision (`when`) it carries, if any. */
function variants(type: CaseEventType): { event: CaseEvent; when?: string }[] {
  const date = PROBE_DATE;
  const categories = ['neglect'] as const;
  switch (type) {
    case 'referralDecisionMade':
      return (['assessment', 'earlyHelp', 'noFurtherAction'] as const).map((decision) => ({ event: { type, date, decision }, when: decision }));
    case 'strategyDiscussionHeld':
      return (['section47', 'noSection47'] as const).map((decision) => ({ event: { type, date, decision }, when: decision }));
    case 'section47Concluded':
      return (['conference', 'childInNeed', 'noFurtherAction'] as const).map((outcome) => ({ event: { type, date, outcome }, when: outcome }));
    case 'initialConferenceHeld':
    case 'transferInConferenceHeld':
      return (['plan', 'childInNeed', 'noFurtherAction'] as const).map((decision) => ({
        event: decision === 'plan' ? { type, date, decision, categories: [...categories] } : { type, date, decision },
        when: decision,
      }));
    case 'reviewConferenceHeld':
      return (['continuePlan', 'endPlan'] as const).map((decision) => ({ event: { type, date, decision }, when: decision }));
    case 'planEnded':
      // The reason selects no edge: every reason ends the plan.
      return (['movedAuthority', 'reachedAdulthood', 'died', 'leftUK'] as const).map((reason) => ({ event: { type, date, reason } }));
    case 'coreGroupMembersSet':
      return [{ event: { type, date, roles: ['parent', 'socialWorker'] } }];
    case 'planActionAgreed':
      return [{ event: { type, date, action: 'probe-2', owner: 'school', due: '2026-04-01' } }];
    case 'planActionRevised':
      return [{ event: { type, date, action: 'probe', due: '2026-04-01' } }];
    case 'planActionCompleted':
    case 'planActionWithdrawn':
      return [{ event: { type, date, action: 'probe' } }];
    default:
      return [{ event: { type, date } as CaseEvent }];
  }
}

const socialTypes = (Object.keys(eventTracks) as CaseEventType[]).filter((type) => eventTracks[type] === 'socialCare');
const phases = Object.keys(socialPhases) as SocialPhase[];

function statesIn(phase: SocialPhase): CaseState[] {
  const planRoad = withPlanOpen[phase];
  return [...roads[phase], ...(planRoad === undefined ? [] : [planRoad])].map((road) => {
    const state = replayed(road);
    expect(state.social.phase, `road to ${phase}`).toBe(phase);
    return state;
  });
}

function hasEdge(phase: SocialPhase, type: CaseEventType, when: string | undefined): boolean {
  return socialCareEdges.some((edge) => edge.from === phase && edge.event === type && (!('when' in edge) || edge.when === when));
}

describe('the social-care transition table', () => {
  it('names only known phases and social-care event types', () => {
    for (const edge of socialCareEdges) {
      expect(phases).toContain(edge.from);
      expect(phases).toContain(edge.to);
      expect(eventTracks[edge.event]).toBe('socialCare');
    }
  });

  it('has no two edges for the same phase, event and decision', () => {
    const keys = socialCareEdges.map((edge) => `${edge.from} ${edge.event} ${'when' in edge ? edge.when : '*'}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  describe.each(socialCareEdges.map((edge, index) => ({ ...edge, index })))('edge $index: $from --$event--> $to', (edge) => {
    const when = 'when' in edge ? (edge.when as string) : undefined;
    it(`leads from ${edge.from} to ${edge.to} on ${edge.event}${when === undefined ? '' : ` (${when})`}`, () => {
      const probes = variants(edge.event).filter((variant) => when === undefined || variant.when === when);
      expect(probes.length).toBeGreaterThan(0);
      let taken = 0;
      for (const state of statesIn(edge.from)) {
        for (const { event } of probes) {
          const result = applyEvent(state, event as never);
          if (!result.ok) {
            // Refused only for what the table cannot say (no child in need plan to end, one
            // already open, no plan open for an action, no open action of that id), never
            // because the table was ignored.
            if (result.error.code !== 'UNKNOWN_ACTION') {
              expect(result.error.code).toBe('INVALID_TRANSITION');
              expect(result.error.message).toMatch(/child in need plan/);
            }
            continue;
          }
          taken++;
          // The table's one state rule: to `none` with a child in need plan still open is to `childInNeed`.
          const stillOnPlan = edge.to === 'none' && result.state.social.childInNeedPlanOpen;
          expect(result.state.social.phase).toBe(stillOnPlan ? 'childInNeed' : edge.to);
        }
      }
      expect(taken, 'some road to the phase accepts the event').toBeGreaterThan(0);
    });
  });

  it('refuses, in every phase, each social-care event the table has no edge for', () => {
    let checked = 0;
    for (const phase of phases) {
      for (const state of statesIn(phase)) {
        for (const type of socialTypes) {
          for (const { event, when } of variants(type)) {
            if (hasEdge(phase, type, when)) continue;
            const result = applyEvent(state, event as never);
            expect(result.ok, `${type} ${when ?? ''} in ${phase}`).toBe(false);
            if (!result.ok) expect(result.error.code).toBe('INVALID_TRANSITION');
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('offers in allowedEvents only social-care events the table has an edge for', () => {
    for (const phase of phases) {
      const fromTable = new Set<string>(socialCareEdges.filter((edge) => edge.from === phase).map((edge) => edge.event));
      for (const state of statesIn(phase)) {
        const offered = allowedEvents(state).filter((type) => eventTracks[type] === 'socialCare');
        for (const type of offered) expect(fromTable, `${type} offered in ${phase}`).toContain(type);
      }
    }
  });
});
