/*
 * Errors are values: applyEvent, replay and parseEvents never throw for bad data. Each refusal
 * has a stable code, the event's index, a message naming the rule or field path, and the events
 * allowed instead; none repeats the free text of an event's `note` (or any other value given).
 */
import { describe, expect, it } from 'vitest';
import {
  allowedEvents,
  applyEvent,
  newCase,
  parseEvents,
  replay,
  type CaseEvent,
  type CaseState,
  type PathwayError,
} from '../../src/index.js';
import {
  PERSONAL_NOTE,
  accepted,
  coreGroup,
  expectNoPersonalData,
  icpcPlan,
  on,
  referral,
  referralDecision,
  refused,
  replayed,
  review,
  s47Concluded,
  strategy,
} from './socialCareFixtures.js';

/** Replays a log whose last event must be refused; returns the error and the state before it. */
function refusedLast(events: readonly unknown[]): { error: PathwayError; before: CaseState } {
  const before = replayed(events.slice(0, -1) as CaseEvent[]);
  const error = refused(replay(events as CaseEvent[]));
  expect(error.index).toBe(events.length - 1);
  return { error, before };
}

const noted = <T extends object>(event: T): T & { note: string } => ({ ...event, note: PERSONAL_NOTE });

describe('INVALID_EVENT', () => {
  it('lists a decision outside the event\'s vocabulary by path, with the allowed values', () => {
    const { error, before } = refusedLast([
      noted(referral('2026-03-02')),
      noted({ type: 'strategyDiscussionHeld', date: '2026-03-04', decision: 'maybe' }),
    ]);
    expect(error).toMatchObject({
      code: 'INVALID_EVENT',
      eventType: 'strategyDiscussionHeld',
      issues: [{ path: ['decision'], code: 'invalid_value', message: 'must be one of section47, noSection47' }],
    });
    expect(error.message).toBe('decision: must be one of section47, noSection47');
    expect(new Set(error.allowed)).toEqual(new Set(allowedEvents(before)));
    expectNoPersonalData(error);
  });

  it('refuses a plan decision without categories of harm', () => {
    const { error } = refusedLast([referral('2026-03-02'), strategy('2026-03-04'), noted({ type: 'initialConferenceHeld', date: '2026-03-25', decision: 'plan' })]);
    expect(error).toMatchObject({ code: 'INVALID_EVENT', eventType: 'initialConferenceHeld', issues: [{ path: ['categories'], code: 'custom' }] });
    expect(error.message).toMatch(/^categories: must name at least one category/);
    expectNoPersonalData(error);
  });

  it('refuses an empty, unknown or repeated category, and categories on a decision that makes no plan', () => {
    const enquiry = [referral('2026-03-02'), strategy('2026-03-04')];
    const conference = (extra: object) => ({ type: 'initialConferenceHeld', date: '2026-03-25', decision: 'plan', ...extra });
    expect(refusedLast([...enquiry, conference({ categories: [] })]).error.issues).toEqual([
      { path: ['categories'], code: 'too_small', message: 'must name at least one category' },
    ]);
    expect(refusedLast([...enquiry, conference({ categories: ['financial'] })]).error.issues).toEqual([
      { path: ['categories', 0], code: 'invalid_value', message: 'must be physical, emotional, sexual or neglect' },
    ]);
    expect(refusedLast([...enquiry, conference({ categories: ['neglect', 'neglect'] })]).error.issues).toEqual([
      { path: ['categories'], code: 'custom', message: 'must not repeat a category' },
    ]);
    const noPlan = refusedLast([...enquiry, conference({ decision: 'childInNeed', categories: ['neglect'] })]).error;
    expect(noPlan).toMatchObject({ code: 'INVALID_EVENT', issues: [{ path: ['categories'], code: 'custom', message: 'are only recorded when the decision is a plan' }],
    });
  });

  it('refuses an unknown event type, without naming the type it was given', () => {
    const error = refused(replay([{ type: PERSONAL_NOTE, date: '2026-03-02', note: PERSONAL_NOTE }] as unknown as CaseEvent[]));
    expect(error).toMatchObject({ code: 'INVALID_EVENT', index: 0, issues: [{ path: ['type'], code: 'invalid_union', message: 'must have a known event type' }] });
    expect(error.eventType).toBeUndefined();
    expect(new Set(error.allowed)).toEqual(new Set(allowedEvents(newCase())));
    expectNoPersonalData(error);
  });

  it('refuses fields that are not part of the format, naming neither the field nor its value', () => {
    const error = refused(replay([{ ...noted(referral('2026-03-02')), address: PERSONAL_NOTE }] as unknown as CaseEvent[]));
    expect(error).toMatchObject({
      code: 'INVALID_EVENT',
      eventType: 'referralReceived',
      // A field name in an untrusted log can itself be personal data, so it is counted, not named.
      issues: [{ path: [], code: 'unrecognized_keys', message: 'has 1 field that is not part of the format' }],
    });
    expectNoPersonalData(error);
  });

  it('refuses a date that does not exist or is not written YYYY-MM-DD', () => {
    for (const date of ['2026-02-30', '2026-2-3', '03/02/2026', '', 20260302, null, PERSONAL_NOTE]) {
      const error = refused(replay([{ type: 'referralReceived', date, note: PERSONAL_NOTE }] as unknown as CaseEvent[]));
      expect(error.code, String(date)).toBe('INVALID_EVENT');
      expect(error.issues?.map((issue) => issue.path), String(date)).toEqual([['date']]);
      expectNoPersonalData(error);
    }
  });

  it('lists every problem of one event, each by its path', () => {
    const error = refused(replay([{ type: 'strategyDiscussionHeld', date: '2026-02-30', decision: PERSONAL_NOTE, note: 42 }] as unknown as CaseEvent[]));
    expect(error.issues?.map((issue) => issue.path)).toEqual([['date'], ['note'], ['decision']]);
    expect(error.issues?.map((issue) => issue.code)).toEqual(['invalid_format', 'invalid_type', 'invalid_value']);
    expect(error.issues?.find((issue) => issue.path[0] === 'note')?.message).toBe('must be a string');
    expect(error.issuesOmitted).toBe(0);
    expectNoPersonalData(error);
  });

  it('is a value, not an exception, for input that is not an event at all', () => {
    for (const input of [null, undefined, 42, PERSONAL_NOTE, [], {}]) {
      const error = refused(applyEvent(newCase(), input as never));
      expect(error.code).toBe('INVALID_EVENT');
      expect(error.index).toBe(0);
      expectNoPersonalData(error);
    }
    const notAList = refused(replay(PERSONAL_NOTE as unknown as CaseEvent[]));
    expect(notAList).toMatchObject({ code: 'INVALID_EVENT', index: 0 });
    expectNoPersonalData(notAList);
  });
});

describe('parseEvents', () => {
  it('says only that the JSON is invalid, never quoting the text, when the JSON is broken', () => {
    const broken = `[{"type":"referralReceived","date":"2026-03-02","note":"${PERSONAL_NOTE}"},{"type": ${PERSONAL_NOTE}}]`;
    const result = parseEvents(broken);
    expect(result.ok).toBe(false);
    // Its own code, and no index: no event was read at all.
    expect(result.error).toEqual({
      code: 'INVALID_JSON',
      message: 'the text is not valid JSON',
      issues: [{ path: [], code: 'invalid_json', message: 'the text is not valid JSON' }],
      issuesOmitted: 0,
    });
    expectNoPersonalData(result.error);
    // The text JSON.parse itself would give does quote the input: that is what must not leak.
    expect(() => JSON.parse(`{"note": ${PERSONAL_NOTE}}`)).toThrow();
  });

  it('lists two bad events with both paths as arrays, a code each, and the index of the first', () => {
    const json = JSON.stringify([
      noted(referral('2026-03-02')),
      noted({ type: 'strategyDiscussionHeld', date: '2026-03-04', decision: 'maybe' }),
      noted({ type: 'initialConferenceHeld', date: '2026-02-30', decision: 'plan', categories: ['neglect'] }),
    ]);
    const result = parseEvents(json);
    expect(result.ok).toBe(false);
    expect(result.error?.code).toBe('INVALID_EVENT');
    expect(result.error?.index).toBe(1);
    expect(result.error?.issues).toEqual([
      { path: [1, 'decision'], code: 'invalid_value', message: 'must be one of section47, noSection47' },
      { path: [2, 'date'], code: 'invalid_format', message: 'must be a real date written YYYY-MM-DD, in the years 1900-2099' },
    ]);
    expect(result.error?.issuesOmitted).toBe(0);
    expect(result.error?.message).toBe('[1].decision: must be one of section47, noSection47; [2].date: must be a real date written YYYY-MM-DD, in the years 1900-2099');
    // The same log stored as a case: the paths start at `events`, the index is the same.
    const stored = parseEvents({ events: JSON.parse(json) });
    expect(stored.error?.index).toBe(1);
    expect(stored.error?.issues.map((issue) => issue.path)).toEqual([
      ['events', 1, 'decision'],
      ['events', 2, 'date'],
    ]);
    expectNoPersonalData(result.error);
  });

  it('lists at most 100 problems and counts the rest', () => {
    const log = Array.from({ length: 150 }, () => noted({ type: 'strategyDiscussionHeld', date: '2026-03-04', decision: 'maybe' }));
    const result = parseEvents(log);
    expect(result.error?.index).toBe(0);
    expect(result.error?.issues).toHaveLength(100);
    expect(result.error?.issues[99]?.path).toEqual([99, 'decision']);
    expect(result.error?.issuesOmitted).toBe(50);
    expect(result.error?.message).toMatch(/; and 50 more$/);
    expectNoPersonalData(result.error);
  });

  it('refuses a case whose events are fine but whose child or shape is not, as INVALID_CASE without an index', () => {
    const child = parseEvents({ child: { dateOfBirth: '2019-02-30', name: PERSONAL_NOTE }, events: [referral('2026-03-02')] });
    expect(child.error).toEqual({
      code: 'INVALID_CASE',
      message: 'child.dateOfBirth: must be a real date written YYYY-MM-DD, in the years 1900-2099; child: has 1 field that is not part of the format',
      issues: [
        { path: ['child', 'dateOfBirth'], code: 'invalid_format', message: 'must be a real date written YYYY-MM-DD, in the years 1900-2099' },
        { path: ['child'], code: 'unrecognized_keys', message: 'has 1 field that is not part of the format' },
      ],
      issuesOmitted: 0,
    });
    for (const input of [42, null, '"a string"', { child: {} }, { events: 'none' }]) {
      const result = parseEvents(input);
      expect(result.error?.code, JSON.stringify(input)).toBe('INVALID_CASE');
      expect(result.error?.index, JSON.stringify(input)).toBeUndefined();
    }
  });

  it('reads a stored case with the child\'s details, paths starting at events', () => {
    const stored = { child: { dateOfBirth: '2019-04-02' }, events: [noted(referral('2026-03-02')), noted({ type: 'coreGroupHeld', date: '2026-03-03', extra: PERSONAL_NOTE })] };
    const bad = parseEvents(JSON.stringify(stored));
    expect(bad.error).toMatchObject({
      code: 'INVALID_EVENT',
      index: 1,
      issues: [{ path: ['events', 1], code: 'unrecognized_keys', message: 'has 1 field that is not part of the format' }],
    });
    expectNoPersonalData(bad.error);

    const good = parseEvents({ child: { dateOfBirth: '2019-04-02' }, events: [noted(referral('2026-03-02'))] });
    expect(good.ok).toBe(true);
    if (!good.ok) return;
    expect(good.child).toEqual({ dateOfBirth: '2019-04-02' });
    expect(accepted(replay(good.events, { child: good.child })).social.phase).toBe('referral');
  });
});

describe('INVALID_TRANSITION', () => {
  it('refuses a core group before any plan, listing what may happen instead', () => {
    const error = refused(applyEvent(newCase(), { ...coreGroup('2026-03-02'), note: PERSONAL_NOTE } as never));
    expect(error).toMatchObject({ code: 'INVALID_TRANSITION', index: 0, eventType: 'coreGroupHeld' });
    expect(error.message).toContain('coreGroupHeld');
    expect(error.message).toContain("'none'");
    expect(new Set(error.allowed)).toEqual(new Set(allowedEvents(newCase())));
    expect(error.allowed).toContain('referralReceived');
    expect(error.allowed).not.toContain('coreGroupHeld');
    expectNoPersonalData(error);
  });

  it('gives the refused event\'s index in the log and what the case allowed at that point', () => {
    const { error, before } = refusedLast([referral('2026-03-02'), referralDecision('2026-03-03', 'noFurtherAction'), noted(review('2026-03-04'))]);
    expect(error).toMatchObject({ code: 'INVALID_TRANSITION', index: 2, eventType: 'reviewConferenceHeld' });
    expect(new Set(error.allowed)).toEqual(new Set(allowedEvents(before)));
    expect(error.allowed).not.toContain('reviewConferenceHeld');
    expectNoPersonalData(error);
  });

  it('refuses an ICPC before any section 47 enquiry, and a plan ended with no plan open', () => {
    expect(refusedLast([referral('2026-03-02'), icpcPlan('2026-03-04')]).error.code).toBe('INVALID_TRANSITION');
    expect(refusedLast([referral('2026-03-02'), { type: 'planEnded', date: '2026-03-04', reason: 'died' }]).error.code).toBe('INVALID_TRANSITION');
  });

  it('refuses a review conference on the day the plan started (CIN census rule 8841)', () => {
    const { error } = refusedLast([referral('2026-03-02'), strategy('2026-03-04'), icpcPlan('2026-03-25'), review('2026-03-25')]);
    expect(error.code).toBe('INVALID_TRANSITION');
    expect(error.message).toContain('8841');
    expect(error.allowed).toContain('reviewConferenceHeld');
  });

  it('refuses ending a child in need plan that is not open, and opening a second one', () => {
    const inNeed = [referral('2026-03-02'), strategy('2026-03-04'), s47Concluded('2026-03-10', 'childInNeed')];
    expect(refusedLast([...inNeed, { type: 'childInNeedPlanEnded', date: '2026-03-11' }]).error.code).toBe('INVALID_TRANSITION');
    const open = [...inNeed, { type: 'childInNeedPlanStarted', date: '2026-03-11' }];
    const { error, before } = refusedLast([...open, { type: 'childInNeedPlanStarted', date: '2026-03-12' }]);
    expect(error.code).toBe('INVALID_TRANSITION');
    expect(allowedEvents(before)).not.toContain('childInNeedPlanStarted');
  });
});

describe('OUT_OF_ORDER', () => {
  it('refuses an event dated before the previous one, at its index', () => {
    const { error } = refusedLast([referral('2026-03-02'), strategy('2026-03-04'), noted(s47Concluded('2026-03-03', 'conference'))]);
    expect(error).toMatchObject({ code: 'OUT_OF_ORDER', index: 2, eventType: 'section47Concluded' });
    expect(error.message).toContain('2026-03-04');
    expectNoPersonalData(error);
  });

  it('accepts events on the same day as the previous one', () => {
    expect(replayed([referral('2026-03-02'), strategy('2026-03-02')]).social.phase).toBe('enquiry');
  });

  it('refuses an earlier date in the middle of a long log, with that index', () => {
    const events = [referral('2026-03-02'), strategy('2026-03-04'), icpcPlan('2026-03-25'), coreGroup('2026-04-01'), coreGroup('2026-03-31'), coreGroup('2026-04-02')];
    expect(refused(replay(events))).toMatchObject({ code: 'OUT_OF_ORDER', index: 4 });
  });
});

describe('OUT_OF_CALENDAR_RANGE', () => {
  it('refuses an event in 1990, before the calendar\'s first year (1995)', () => {
    expect(refused(replay([referral('1990-01-02')]))).toMatchObject({ code: 'OUT_OF_CALENDAR_RANGE', index: 0, eventType: 'referralReceived' });
  });

  it('refuses an event in 2080, after the calendar\'s last year (2075)', () => {
    const error = refused(replay([referral('2026-03-02'), referralDecision('2026-03-03', 'noFurtherAction'), referral('2080-01-02')]));
    expect(error).toMatchObject({ code: 'OUT_OF_CALENDAR_RANGE', index: 2 });
    expect(error.message).toContain('2075');
  });

  it('refuses an event whose deadline would fall after 2075', () => {
    // A referral on Fri 20 Dec 2075 is inside the calendar, but its assessment's 45 working
    // days end in 2076, which the calendar cannot count.
    const error = refused(replay([referral(on('2075-12-20', 'Fri'))]));
    expect(error).toMatchObject({ code: 'OUT_OF_CALENDAR_RANGE', index: 0 });
  });
});
