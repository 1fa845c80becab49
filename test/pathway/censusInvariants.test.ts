/*
 * The DfE CIN census ordering rules (docs/domain.md, census ordering rules) as invariants of every log the machine
 * accepts. fast-check writes random social-care logs: random event types with plausible
 * decisions, dates that never go back over a few years (same-day events, weekdays and weekends
 * mixed), sometimes a child who turns 18 or is not yet born. Each event is applied in turn; the
 * ones the machine accepts make up an accepted log, and every prefix of it is checked against
 * the census rules, reading only the log and the public state (state.social.plans with
 * number / startDate / endDate), never the implementation's internals.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allowedEvents,
  applyEvent,
  censusRecord,
  dueItems,
  newCase,
  replay,
  type CensusRecord,
  type CaseEvent,
  type CaseState,
  type ChildDetails,
  type HarmCategory,
  type ProtectionPlan,
} from '../../src/index.js';
import { dayNumber, isoOf, isWeekend } from '../support/days.js';

/** An event before it is given a date. */
type Undated = { readonly [key: string]: unknown; readonly type: CaseEvent['type'] };

const categoriesArb: fc.Arbitrary<HarmCategory[]> = fc.subarray(['physical', 'emotional', 'sexual', 'neglect'] as HarmCategory[], { minLength: 1 });

/** A conference decision: usually a plan with categories, now and then one without (refused). */
const conferenceArb = (type: 'initialConferenceHeld' | 'transferInConferenceHeld'): fc.Arbitrary<Undated> =>
  fc.oneof(
    { weight: 6, arbitrary: categoriesArb.map((categories) => ({ type, decision: 'plan', categories })) },
    { weight: 2, arbitrary: fc.constantFrom('childInNeed', 'noFurtherAction').map((decision) => ({ type, decision })) },
    { weight: 1, arbitrary: fc.constant({ type, decision: 'plan' }) },
  );

const socialEventArb: fc.Arbitrary<Undated> = fc.oneof(
  { weight: 6, arbitrary: fc.constant({ type: 'referralReceived' as const }) },
  { weight: 4, arbitrary: fc.constantFrom('assessment', 'earlyHelp', 'noFurtherAction').map((decision) => ({ type: 'referralDecisionMade' as const, decision })) },
  { weight: 2, arbitrary: fc.constant({ type: 'assessmentCompleted' as const }) },
  {
    weight: 6,
    arbitrary: fc
      .constantFrom('section47', 'section47', 'section47', 'noSection47')
      .map((decision) => ({ type: 'strategyDiscussionHeld' as const, decision })),
  },
  {
    weight: 4,
    arbitrary: fc.constantFrom('conference', 'conference', 'childInNeed', 'noFurtherAction').map((outcome) => ({ type: 'section47Concluded' as const, outcome })),
  },
  { weight: 7, arbitrary: conferenceArb('initialConferenceHeld') },
  { weight: 4, arbitrary: fc.constant({ type: 'coreGroupHeld' as const }) },
  { weight: 4, arbitrary: fc.boolean().map((unannounced) => (unannounced ? { type: 'visitMade' as const, unannounced: true } : { type: 'visitMade' as const })) },
  {
    weight: 5,
    arbitrary: fc.oneof(
      fc.constant({ type: 'reviewConferenceHeld' as const, decision: 'continuePlan' }),
      categoriesArb.map((categories) => ({ type: 'reviewConferenceHeld' as const, decision: 'continuePlan', categories })),
      fc.constant({ type: 'reviewConferenceHeld' as const, decision: 'endPlan' }),
    ),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom('movedAuthority', 'reachedAdulthood', 'died', 'leftUK').map((reason) => ({ type: 'planEnded' as const, reason })),
  },
  { weight: 2, arbitrary: fc.constant({ type: 'transferInNotified' as const }) },
  { weight: 2, arbitrary: conferenceArb('transferInConferenceHeld') },
  { weight: 3, arbitrary: fc.constant({ type: 'childInNeedPlanStarted' as const }) },
  { weight: 2, arbitrary: fc.constant({ type: 'childInNeedPlanEnded' as const }) },
  { weight: 1, arbitrary: fc.constant({ type: 'childBorn' as const }) },
);

/** Days to the next event: often the same day, mostly within a fortnight, now and then months. */
const gapArb = fc.oneof(
  { weight: 3, arbitrary: fc.constant(0) },
  { weight: 7, arbitrary: fc.integer({ min: 1, max: 14 }) },
  { weight: 1, arbitrary: fc.integer({ min: 15, max: 150 }) },
);

const FIRST_DAY = dayNumber('2024-01-01');
const LAST_START_DAY = dayNumber('2026-12-31');

/** A scenario: when the log starts, what is known of the child, and the undated events. */
const scenarioArb = fc
  .record({
    start: fc.integer({ min: FIRST_DAY, max: LAST_START_DAY }),
    child: fc.oneof(
      fc.constant<'none'>('none'),
      fc.constant<'turns18'>('turns18'),
      fc.constant<'young'>('young'),
      fc.constant<'unborn'>('unborn'),
    ),
    childOffset: fc.integer({ min: 0, max: 700 }),
    steps: fc.array(fc.record({ gap: gapArb, event: socialEventArb }), { minLength: 20, maxLength: 80, size: 'max' }),
  })
  .map(({ start, child, childOffset, steps }) => {
    let details: ChildDetails = {};
    // 18 years are 6574 or 6575 days: this child turns 18 between about 200 and 900 days in.
    if (child === 'turns18') details = { dateOfBirth: isoOf(start - 6574 + 200 + childOffset) };
    if (child === 'young') details = { dateOfBirth: isoOf(start - 365 * 6 - childOffset) };
    if (child === 'unborn') details = { expectedDeliveryDate: isoOf(start + 30 + childOffset) };
    let day = start;
    const events = steps.map(({ gap, event }) => {
      day += gap;
      return { ...event, date: isoOf(day) } as unknown as CaseEvent;
    });
    return { child: details, events };
  });

interface Folded {
  /** The events the machine accepted, in order. */
  readonly log: CaseEvent[];
  /** states[k] is the state after the first k accepted events. */
  readonly states: CaseState[];
  /** The index in the generated events of the first refused one, or -1. */
  readonly firstRefused: number;
}

/** Applies each event in turn, keeping those the machine accepts. */
function fold(events: readonly CaseEvent[], child: ChildDetails): Folded {
  let state: CaseState = newCase({ child });
  const log: CaseEvent[] = [];
  const states: CaseState[] = [state];
  let firstRefused = -1;
  events.forEach((event, index) => {
    const result = applyEvent(state, event as never);
    if (result.ok) {
      // Whatever is accepted was offered: allowedEvents never leaves out a possible event.
      expect(allowedEvents(state)).toContain(event.type);
      state = result.state;
      log.push(event);
      states.push(state);
    } else {
      // Dates never go back and stay in the calendar's years: only these two codes can occur.
      expect(['INVALID_TRANSITION', 'INVALID_EVENT']).toContain(result.error.code);
      if (firstRefused === -1) firstRefused = index;
    }
  });
  return { log, states, firstRefused };
}

type Dated<T extends CaseEvent['type']> = Extract<CaseEvent, { type: T }> & { index: number };

function eventsOf<T extends CaseEvent['type']>(log: readonly CaseEvent[], ...types: T[]): Dated<T>[] {
  return log.flatMap((event, index) => ((types as string[]).includes(event.type) ? [{ ...(event as Extract<CaseEvent, { type: T }>), index }] : []));
}

/**
 * A conference that made (or continued) a child protection plan: an initial conference, or a
 * transfer-in conference, treated here as the receiving authority's initial conference.
 */
function isPlanConference(event: CaseEvent): boolean {
  return (event.type === 'initialConferenceHeld' || event.type === 'transferInConferenceHeld') && event.decision === 'plan';
}

/**
 * The events that open an episode: a referral, a transfer-in notification (the receiving
 * authority's episode starts there; the library records no separate referral for it), or a
 * child in need plan started before either. The machine accepts a child in need plan from
 * phase none with no referral in the log, read here as a case already open before its log
 * began: its referral date is not in the log, so rules 1103-1105 cannot be checked against it.
 */
function episodeOpenings(log: readonly CaseEvent[]): number[] {
  const openings: number[] = [];
  log.forEach((event, index) => {
    if (event.type === 'referralReceived' || event.type === 'transferInNotified') openings.push(index);
    else if (event.type === 'childInNeedPlanStarted' && openings.length === 0) openings.push(index);
  });
  return openings;
}

/** The latest episode opening before a position of the log, if any. */
function openingBefore(log: readonly CaseEvent[], openings: readonly number[], index: number): CaseEvent | undefined {
  const before = openings.filter((opening) => opening < index);
  return before.length === 0 ? undefined : log[before[before.length - 1] as number];
}

/** The census rules, checked on an accepted log and the state it replays to. */
function checkCensusRules(log: readonly CaseEvent[], state: CaseState): void {
  const openings = episodeOpenings(log);
  const plans = state.social.plans;

  // 1103, 2889, 1104, 1105: s47 start, ICPC and plan start on or after a referral.
  for (const event of [...eventsOf(log, 'strategyDiscussionHeld').filter((e) => e.decision === 'section47'), ...eventsOf(log, 'initialConferenceHeld')]) {
    const opening = openingBefore(log, openings, event.index);
    const rule = event.type === 'initialConferenceHeld' ? 'rule 1104' : 'rules 1103, 2889';
    expect(opening, `${rule}: ${event.type} on ${event.date} has a referral before it`).toBeDefined();
    expect(opening!.date <= event.date, rule).toBe(true);
  }
  for (const plan of plans) {
    const conference = log.findIndex((event) => isPlanConference(event) && event.date === plan.startDate);
    if (conference === -1) continue; // rule 2885, below
    const opening = openingBefore(log, openings, conference);
    expect(opening, `rule 1105: plan ${plan.number} has a referral before it`).toBeDefined();
    expect(opening!.date <= plan.startDate, 'rule 1105').toBe(true);
  }

  // 8615: the section 47 enquiry an ICPC decides on started on or before it, in the same episode.
  for (const icpc of eventsOf(log, 'initialConferenceHeld')) {
    const episodeStart = openings.filter((opening) => opening < icpc.index).pop() ?? -1;
    const enquiries = eventsOf(log, 'strategyDiscussionHeld').filter((e) => e.decision === 'section47' && e.index > episodeStart && e.index < icpc.index);
    expect(enquiries.length, `rule 8615: ICPC on ${icpc.date} follows a section 47 strategy discussion`).toBeGreaterThan(0);
    expect(enquiries[0]!.date <= icpc.date, 'rule 8615').toBe(true);
  }

  // 2885: every plan starts on the date of a conference that decided on a plan, and each such
  // conference started exactly one plan; plans are numbered 1, 2, ... in order.
  const planConferences = log.filter(isPlanConference);
  expect(plans.map((plan) => plan.startDate), 'rule 2885').toEqual(planConferences.map((event) => event.date));
  expect(plans.map((plan) => plan.number), 'plan numbers').toEqual(plans.map((_, index) => index + 1));

  // 8925, 8840: a plan ends after it starts, never on the same day, on the date of an event
  // that ends plans.
  const endings = log.filter((event) => (event.type === 'reviewConferenceHeld' && event.decision === 'endPlan') || event.type === 'planEnded');
  for (const plan of plans) {
    if (plan.endDate === undefined) continue;
    expect(plan.endDate > plan.startDate, `rules 8925, 8840: plan ${plan.number} ${plan.startDate}..${plan.endDate}`).toBe(true);
    expect(endings.map((event) => event.date), 'plan end date').toContain(plan.endDate);
  }
  expect(plans.filter((plan) => plan.endDate !== undefined).length, 'plan end dates').toBe(endings.length);

  // 8841: a review conference is strictly after the start of the plan it reviews (the latest
  // plan started before it in the log).
  for (const reviewed of eventsOf(log, 'reviewConferenceHeld')) {
    const started = log.slice(0, reviewed.index).filter(isPlanConference).pop();
    expect(started, `rule 8841: review on ${reviewed.date} has a plan`).toBeDefined();
    expect(started!.date < reviewed.date, `rule 8841: review ${reviewed.date} after plan start ${started!.date}`).toBe(true);
  }

  // 8935, 8940: at most one open plan, the latest; no plan starts before the previous one ended.
  const open = plans.filter((plan) => plan.endDate === undefined);
  expect(open.length, 'rule 8935').toBeLessThanOrEqual(1);
  if (open.length === 1) expect(plans[plans.length - 1], 'rule 8935').toBe(open[0]);
  for (let index = 1; index < plans.length; index++) {
    const previous = plans[index - 1]!;
    expect(previous.endDate, 'rule 8940').toBeDefined();
    expect(plans[index]!.startDate >= previous.endDate!, 'rule 8940').toBe(true);
  }
  expect(state.social.plan === undefined, 'rule 8935: the open plan').toBe(open.length === 0);
  if (state.social.plan !== undefined) expect(state.social.plan.startDate, 'rule 8935: the open plan').toBe(open[0]!.startDate);

  // 4001, 4016, 4017: no child in need plan open while a protection plan is, and none started
  // while a protection plan was open.
  expect(state.social.plan !== undefined && state.social.childInNeedPlanOpen, 'rule 4001').toBe(false);
  let planOpen = false;
  for (const event of log) {
    if (isPlanConference(event)) planOpen = true;
    if ((event.type === 'reviewConferenceHeld' && event.decision === 'endPlan') || event.type === 'planEnded') planOpen = false;
    if (event.type === 'childInNeedPlanStarted') expect(planOpen, `rules 4016, 4017: child in need plan started on ${event.date} during a plan`).toBe(false);
  }

  // 8875: no initial (or transfer-in) conference on a Saturday or Sunday.
  for (const conference of eventsOf(log, 'initialConferenceHeld', 'transferInConferenceHeld')) {
    expect(isWeekend(conference.date), `rule 8875: conference on ${conference.date}`).toBe(false);
  }
}

describe('CIN census ordering rules as invariants of every accepted log', () => {
  it('hold for every prefix of random accepted logs, and replay stops at the first refused event', () => {
    let plansSeen = 0;
    let longest = 0;
    fc.assert(
      fc.property(scenarioArb, ({ child, events }) => {
        const { log, states, firstRefused } = fold(events, child);
        for (let length = 0; length <= log.length; length++) checkCensusRules(log.slice(0, length), states[length]!);

        // The accepted log replays to the same state in one go.
        const replayed = replay(log, { child });
        expect(replayed.ok).toBe(true);
        expect(replayed.state).toEqual(states[log.length]);
        // The generated log, refused events and all, stops at the first refused one.
        const raw = replay(events, { child });
        if (firstRefused === -1) expect(raw.ok).toBe(true);
        else expect(raw.error?.index).toBe(firstRefused);

        plansSeen += states[log.length]!.social.plans.length;
        longest = Math.max(longest, log.length);
      }),
      { numRuns: 200 },
    );
    // The generator reaches deep into the pathway, not just its first steps.
    expect(plansSeen).toBeGreaterThan(50);
    expect(longest).toBeGreaterThan(15);
  }, 30_000);

  it('hold for a log that goes through two plans, a step-down and a transfer-in', () => {
    const log: CaseEvent[] = [
      { type: 'referralReceived', date: '2026-01-05' },
      { type: 'strategyDiscussionHeld', date: '2026-01-06', decision: 'section47' },
      { type: 'initialConferenceHeld', date: '2026-01-26', decision: 'plan', categories: ['neglect'] },
      { type: 'reviewConferenceHeld', date: '2026-04-20', decision: 'endPlan' },
      { type: 'childInNeedPlanStarted', date: '2026-04-20' },
      { type: 'strategyDiscussionHeld', date: '2026-06-01', decision: 'section47' },
      { type: 'initialConferenceHeld', date: '2026-06-22', decision: 'plan', categories: ['emotional'] },
      { type: 'planEnded', date: '2026-09-01', reason: 'movedAuthority' },
      { type: 'transferInNotified', date: '2027-02-01' },
      { type: 'transferInConferenceHeld', date: '2027-02-15', decision: 'plan', categories: ['physical'] },
    ];
    const { log: accepted, states } = fold(log, {});
    expect(accepted).toEqual(log);
    for (let length = 0; length <= log.length; length++) checkCensusRules(log.slice(0, length), states[length]!);
    expect(states[log.length]!.social.plans.map((plan) => plan.number)).toEqual([1, 2, 3]);
  });
});

describe('the census checks themselves', () => {
  // Logs and states no machine should produce, one per rule, to show each check can fail.
  const referral: CaseEvent = { type: 'referralReceived', date: '2026-03-02' };
  const s47: CaseEvent = { type: 'strategyDiscussionHeld', date: '2026-03-03', decision: 'section47' };
  const icpc = (date: string): CaseEvent => ({ type: 'initialConferenceHeld', date, decision: 'plan', categories: ['neglect'] });
  const plan = (number: number, startDate: string, endDate?: string) =>
    ({ number, startDate, categories: ['neglect'], reviews: 0, ...(endDate === undefined ? {} : { endDate }) }) as unknown as ProtectionPlan;
  const stateWith = (social: Partial<CaseState['social']>): CaseState => {
    const base = newCase();
    return { ...base, social: { ...base.social, ...social } } as CaseState;
  };
  const openPlan = (startDate: string) => stateWith({ phase: 'plan', plan: plan(1, startDate), plans: [plan(1, startDate)] });

  it.each([
    { rule: '1104', name: 'an ICPC with no referral', log: [icpc('2026-03-04')], state: openPlan('2026-03-04') },
    { rule: '1103, 2889', name: 'a section 47 enquiry with no referral', log: [s47], state: newCase() },
    { rule: '8615', name: 'an ICPC with no section 47 enquiry', log: [referral, icpc('2026-03-04')], state: openPlan('2026-03-04') },
    { rule: '2885', name: 'a plan starting on another day than its ICPC', log: [referral, s47, icpc('2026-03-04')], state: openPlan('2026-03-05') },
    {
      rule: '8925, 8840',
      name: 'a plan ending the day it starts',
      log: [referral, s47, icpc('2026-03-04'), { type: 'planEnded', date: '2026-03-04', reason: 'died' } as CaseEvent],
      state: stateWith({ phase: 'none', plans: [plan(1, '2026-03-04', '2026-03-04')] }),
    },
    {
      rule: '8841',
      name: 'a review on the day the plan starts',
      log: [referral, s47, icpc('2026-03-04'), { type: 'reviewConferenceHeld', date: '2026-03-04', decision: 'continuePlan' } as CaseEvent],
      state: openPlan('2026-03-04'),
    },
    {
      rule: '8935',
      name: 'two open plans',
      log: [referral, s47, icpc('2026-03-04'), { ...s47, date: '2026-03-05' }, icpc('2026-03-06')],
      state: stateWith({ phase: 'plan', plan: plan(2, '2026-03-06'), plans: [plan(1, '2026-03-04'), plan(2, '2026-03-06')] }),
    },
    {
      rule: '4001',
      name: 'a child in need plan open during a protection plan',
      log: [referral, s47, icpc('2026-03-04')],
      state: { ...openPlan('2026-03-04'), social: { ...openPlan('2026-03-04').social, childInNeedPlanOpen: true } },
    },
    {
      rule: '4016, 4017',
      name: 'a child in need plan started during a protection plan',
      log: [referral, s47, icpc('2026-03-04'), { type: 'childInNeedPlanStarted', date: '2026-03-05' } as CaseEvent],
      state: openPlan('2026-03-04'),
    },
    { rule: '8875', name: 'an ICPC on a Saturday', log: [referral, s47, icpc('2026-03-07')], state: openPlan('2026-03-07') },
    {
      rule: '8940',
      name: 'a plan starting before the previous one ended',
      log: [referral, s47, icpc('2026-03-04'), { ...s47, date: '2026-03-05' }, icpc('2026-03-06'), { type: 'planEnded', date: '2026-03-10', reason: 'died' } as CaseEvent],
      state: stateWith({ phase: 'plan', plan: plan(2, '2026-03-06'), plans: [plan(1, '2026-03-04', '2026-03-10'), plan(2, '2026-03-06')] }),
    },
  ])('catch $name (rule $rule)', ({ rule, log, state }) => {
    expect(() => checkCensusRules(log, state)).toThrow(`rule${rule.includes(',') ? 's' : ''} ${rule}`);
  });

  it('pass a log that keeps every rule', () => {
    expect(() => checkCensusRules([referral, s47, icpc('2026-03-04')], openPlan('2026-03-04'))).not.toThrow();
  });
});

/*
 * The DfE CIN census validation rules for the child-protection modules, written from the rules'
 * text as an independent checker of the census records the library builds (reading only the
 * record's census fields and the reference date). Error rules must never fire on a record built
 * from an accepted log; query rules (8675Q, 8870Q) may fire, but only where the case really is
 * late, which is checked against the pathway's own due items.
 */

/** England and Wales bank holidays from the vendored gov.uk feed, for the checker's own working-day count. */
const holidays = new Set(
  (JSON.parse(readFileSync(new URL('../../data/govuk-bank-holidays.json', import.meta.url), 'utf8')) as { 'england-and-wales': { events: { date: string }[] } })[
    'england-and-wales'
  ].events.map((event) => event.date),
);
const FEED_LAST_YEAR = 2028;
const isWorking = (day: number): boolean => !isWeekend(isoOf(day)) && !holidays.has(isoOf(day));

/** The date 15 working days before a reference date, counted back one day at a time. */
function workingDaysBefore(reference: string, count: number): string {
  let day = dayNumber(reference);
  for (let found = 0; found < count; ) if (isWorking(--day)) found++;
  return isoOf(day);
}

const CATEGORY_CODES = ['NEG', 'PHY', 'SAB', 'EMO', 'MUL'];

/** The rules that fire on a record: error rules by number, query rules with their Q. */
function censusValidation(record: CensusRecord): string[] {
  const fired = new Set<string>();
  const fire = (rule: string, broken: boolean): void => {
    if (broken) fired.add(rule);
  };
  const { CollectionStartDate: start, ReferenceDate: end } = record;
  const inPeriod = (date: string | undefined): boolean => date !== undefined && date >= start && date <= end;
  const plans = record.CINdetails.flatMap((details) => details.ChildProtectionPlans);
  for (const details of record.CINdetails) {
    const referral = details.CINreferralDate;
    const conferences = [...details.Section47.map((enquiry) => enquiry.DateOfInitialCPC), details.DateOfInitialCPC].filter((date) => date !== undefined) as string[];
    // 1104: an initial conference is not before the referral.
    for (const date of conferences) fire('1104', date < referral);
    // 2884: an initial conference is recorded at the CINdetails level or the Section47 level, not both.
    fire('2884', details.DateOfInitialCPC !== undefined && details.Section47.some((enquiry) => enquiry.DateOfInitialCPC === details.DateOfInitialCPC));
    // 8875: an initial conference is never on a Saturday or Sunday.
    for (const date of conferences) fire('8875', isWeekend(date));
    for (const enquiry of details.Section47) {
      // 2889: the section 47 enquiry starts on or after the referral.
      fire('2889', enquiry.S47ActualStartDate < referral);
      // 8615: it starts on or before its initial conference.
      fire('8615', enquiry.DateOfInitialCPC !== undefined && enquiry.S47ActualStartDate > enquiry.DateOfInitialCPC);
      // 8870Q: the target date should not be a Saturday or Sunday.
      fire('8870Q', isWeekend(enquiry.InitialCPCtarget));
      // 8675Q: no conference and none "not required", yet the enquiry started more than 15
      // working days before the end of the year.
      fire('8675Q', enquiry.DateOfInitialCPC === undefined && !enquiry.ICPCnotRequired && enquiry.S47ActualStartDate < workingDaysBefore(end, 15));
    }
    for (const plan of details.ChildProtectionPlans) {
      // 1105: the plan starts on or after the referral.
      fire('1105', plan.CPPstartDate < referral);
      // 2885: a plan starting in the year starts on the date of an initial conference of its episode.
      fire('2885', inPeriod(plan.CPPstartDate) && !conferences.includes(plan.CPPstartDate));
      // 8720: the start date is present and not after the end of the year.
      fire('8720', plan.CPPstartDate === undefined || plan.CPPstartDate > end);
      // 8730: the number of previous plans is a whole number, zero or more.
      fire('8730', !Number.isInteger(plan.NumberOfPreviousCPP) || plan.NumberOfPreviousCPP < 0);
      // 8905, 8910: the initial and latest categories are codes of the code set.
      fire('8905', !CATEGORY_CODES.includes(plan.InitialCategoryOfAbuse));
      fire('8910', !CATEGORY_CODES.includes(plan.LatestCategoryOfAbuse));
      // 8925: a plan's end is not before its start; 8840: nor on the same day.
      fire('8925', plan.CPPendDate !== undefined && plan.CPPendDate < plan.CPPstartDate);
      fire('8840', plan.CPPendDate !== undefined && plan.CPPendDate === plan.CPPstartDate);
      // 8841: a review is after the plan's start, not after its end, and within the year.
      for (const { CPPreviewDate: review } of plan.Reviews) {
        fire('8841', review <= plan.CPPstartDate || (plan.CPPendDate !== undefined && review > plan.CPPendDate) || !inPeriod(review));
      }
    }
  }
  // 2883: no more plans start in the year than initial conferences take place in it.
  const conferencesInYear = record.CINdetails.flatMap((details) => [...details.Section47.map((enquiry) => enquiry.DateOfInitialCPC), details.DateOfInitialCPC]).filter(inPeriod).length;
  fire('2883', plans.filter((plan) => inPeriod(plan.CPPstartDate)).length > conferencesInYear);
  // 8935: at most one open plan.
  fire('8935', plans.filter((plan) => plan.CPPendDate === undefined).length > 1);
  // 8940: no two plans overlap.
  for (const a of plans) for (const b of plans) fire('8940', a !== b && a.CPPstartDate <= b.CPPstartDate && (a.CPPendDate === undefined || a.CPPendDate > b.CPPstartDate));
  return [...fired].sort();
}

const QUERIES = ['8675Q', '8870Q'];

describe('the census validator rules hold for every census record built from an accepted log', () => {
  it('no error rule fires; 8675Q fires only where the initial conference is really overdue; 8870Q never', () => {
    let records = 0;
    let queries = 0;
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 0, max: 3 }), ({ child, events }, yearOffset) => {
        const { log, states } = fold(events, child);
        const state = states[log.length]!;
        const first = log[0]?.date ?? '2024-01-01';
        for (const year of [Number(first.slice(0, 4)) + yearOffset, Number(first.slice(0, 4)) + yearOffset + 1]) {
          const referenceDate = `${year}-03-31`;
          const record = censusRecord(state, { referenceDate });
          records++;
          // Built from the events on or before the reference date only.
          const prefix = log.filter((event) => event.date <= referenceDate).length;
          expect(censusRecord(states[prefix]!, { referenceDate }), `record cut at ${referenceDate}`).toEqual(record);
          const fired = censusValidation(record);
          expect(fired.filter((rule) => !QUERIES.includes(rule)), `error rules on ${referenceDate}`).toEqual([]);
          expect(fired).not.toContain('8870Q');
          if (fired.includes('8675Q') && year <= FEED_LAST_YEAR) {
            queries++;
            // Really late: on the reference date the case shows its initial conference overdue.
            const overdue = dueItems(states[prefix]!, { asOf: referenceDate }).filter((item) => item.timescale === 'initialConference' && item.status === 'overdue');
            expect(overdue.length, `8675Q on ${referenceDate} with no overdue conference`).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: 150 },
    );
    expect(records).toBe(300);
    // The generator reaches enquiries left without a conference over a year end.
    expect(queries).toBeGreaterThan(0);
  }, 60_000);

  it('the checker catches a record that breaks each rule', () => {
    const base = censusRecord(
      replay([
        { type: 'referralReceived', date: '2025-06-02' },
        { type: 'strategyDiscussionHeld', date: '2025-06-03', decision: 'section47' },
        { type: 'initialConferenceHeld', date: '2025-06-20', decision: 'plan', categories: ['neglect'] },
        { type: 'reviewConferenceHeld', date: '2025-09-19', decision: 'continuePlan' },
      ]).state!,
      { referenceDate: '2026-03-31' },
    );
    expect(censusValidation(base)).toEqual([]);
    const details = base.CINdetails[0]!;
    const enquiry = details.Section47[0]!;
    const plan = details.ChildProtectionPlans[0]!;
    const withDetails = (changes: object): CensusRecord => ({ ...base, CINdetails: [{ ...details, ...changes }] });
    const withEnquiry = (changes: object) => withDetails({ Section47: [{ ...enquiry, ...changes }] });
    const withPlan = (changes: object) => withDetails({ ChildProtectionPlans: [{ ...plan, ...changes }] });
    const cases: [string, CensusRecord][] = [
      ['1104', withEnquiry({ DateOfInitialCPC: '2025-05-30', S47ActualStartDate: '2025-05-29' })],
      ['1105', withDetails({ CINreferralDate: '2025-06-21' })],
      ['2883', withDetails({ Section47: [{ ...enquiry, DateOfInitialCPC: undefined }] })],
      ['2884', withDetails({ DateOfInitialCPC: '2025-06-20' })],
      ['2889', withEnquiry({ S47ActualStartDate: '2025-06-01' })],
      ['8615', withEnquiry({ S47ActualStartDate: '2025-06-23', DateOfInitialCPC: '2025-06-20' })],
      ['8675Q', withDetails({ Section47: [{ ...enquiry, DateOfInitialCPC: undefined }], ChildProtectionPlans: [] })],
      ['8720', withPlan({ CPPstartDate: '2026-04-01' })],
      ['8730', withPlan({ NumberOfPreviousCPP: -1 })],
      ['8840', withPlan({ CPPendDate: '2025-06-20' })],
      ['8841', withPlan({ Reviews: [{ CPPreviewDate: '2025-06-20' }] })],
      ['8870Q', withEnquiry({ InitialCPCtarget: '2025-06-28' })],
      ['8875', withEnquiry({ DateOfInitialCPC: '2025-06-21' })],
      ['8905', withPlan({ InitialCategoryOfAbuse: 'FIN' })],
      ['8910', withPlan({ LatestCategoryOfAbuse: undefined })],
      ['8925', withPlan({ CPPendDate: '2025-06-19' })],
      ['8935', withDetails({ ChildProtectionPlans: [plan, { ...plan, CPPstartDate: '2025-12-01', Reviews: [] }] })],
      ['8940', withDetails({ ChildProtectionPlans: [{ ...plan, CPPendDate: '2025-12-05' }, { ...plan, CPPstartDate: '2025-12-01', Reviews: [] }] })],
    ];
    for (const [rule, record] of cases) expect(censusValidation(record), rule).toContain(rule);
  });
});
