/*
 * applyEvent and replay are pure: they never change the state, the events or the options they
 * are given. Every input here is deep-frozen (so a write throws in this strict-mode module) and
 * compared with a copy taken before the call.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  applyEvent,
  createRuleSet,
  dueItems,
  newCase,
  parseEvents,
  replay,
  type CaseEvent,
  type CaseState,
  type PathwayOptions,
} from '../../src/index.js';
import { accepted, coreGroup, deepFreeze, icpcPlan, referral, refused, review, strategy, visit } from './socialCareFixtures.js';

const exampleCase = JSON.parse(readFileSync(new URL('../../examples/case-example.json', import.meta.url), 'utf8')) as {
  child: { dateOfBirth: string };
  events: CaseEvent[];
};

const planLog: CaseEvent[] = [
  referral('2026-03-02'),
  strategy('2026-03-04'),
  strategy('2026-03-10'),
  icpcPlan('2026-03-25', ['physical', 'neglect']),
  visit('2026-04-01'),
  coreGroup('2026-04-07'),
  review('2026-06-24'),
  review('2026-12-09', 'endPlan'),
  { type: 'childInNeedPlanStarted', date: '2026-12-09' },
];

describe('purity of the pathway functions', () => {
  it('replay leaves a frozen log and frozen options as they were', () => {
    const ruleSet = createRuleSet({ name: 'Example council', overrides: { statutoryVisit: { amount: 20 } } });
    const options: PathwayOptions = deepFreeze({ ruleSet, child: { dateOfBirth: '2019-04-02' } });
    const events = deepFreeze(structuredClone(planLog));
    const before = structuredClone(events);
    const result = replay(events, options);
    expect(result.ok).toBe(true);
    expect(events).toEqual(before);
    expect(options.child).toEqual({ dateOfBirth: '2019-04-02' });
    expect(options.ruleSet?.timescales.statutoryVisit.amount).toBe(20);
  });

  it('applyEvent leaves a frozen state and a frozen event as they were, and returns a new state', () => {
    let state: CaseState = deepFreeze(newCase());
    for (const original of planLog) {
      const event = deepFreeze(structuredClone(original));
      const stateBefore = structuredClone(state);
      const eventBefore = structuredClone(event);
      const next = accepted(applyEvent(state, event as never));
      expect(state).toEqual(stateBefore);
      expect(event).toEqual(eventBefore);
      expect(next).not.toBe(state);
      expect(next.eventCount).toBe(state.eventCount + 1);
      state = deepFreeze(next);
    }
    expect(state.social.phase).toBe('childInNeed');
  });

  it('applyEvent leaves a frozen state as it was when it refuses an event', () => {
    const state = deepFreeze(accepted(replay(planLog.slice(0, 4))));
    const snapshot = structuredClone(state);
    for (const event of [
      coreGroup('2026-03-01'), // OUT_OF_ORDER
      review('2026-03-25'), // INVALID_TRANSITION (rule 8841)
      { type: 'initialConferenceHeld', date: '2026-04-01', decision: 'maybe' }, // INVALID_EVENT
      referral('2080-01-02'), // OUT_OF_CALENDAR_RANGE
    ]) {
      refused(applyEvent(state, deepFreeze(event) as never));
      expect(state).toEqual(snapshot);
    }
  });

  it('replays the worked example across every track with everything frozen, twice to the same state', () => {
    const parsed = parseEvents(structuredClone(exampleCase));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const events = deepFreeze(parsed.events);
    const options = deepFreeze({ child: parsed.child });
    const snapshot = structuredClone(events);
    const first = accepted(replay(events, options));
    const second = accepted(replay(events, options));
    expect(second).toEqual(first);
    expect(events).toEqual(snapshot);
    // Reading the state does not change it either.
    const frozen = deepFreeze(first);
    const stateSnapshot = structuredClone(frozen);
    dueItems(frozen, { asOf: '2026-11-23' });
    expect(frozen).toEqual(stateSnapshot);
  });

  it('gives the same state whether a log is replayed at once or applied one event at a time', () => {
    let state: CaseState = newCase();
    for (const event of planLog) state = accepted(applyEvent(state, event as never));
    expect(state).toEqual(accepted(replay(planLog)));
  });
});
