/*
 * Properties of every log the conference track accepts. fast-check writes random logs: an
 * enquiry, then bookings (of any kind, some on days the case cannot have), moves, preparation,
 * held conferences with random meeting records, and the events that end an enquiry or a plan.
 * Each event is applied in turn; those accepted make the log, and its records and due items are
 * checked against the log itself, never the implementation's internals.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  agencyRoles,
  applyEvent,
  conferenceRecords,
  dueItems,
  newCase,
  participantRoleSchema,
  type CaseEvent,
  type CaseState,
  type ConferenceFindingCode,
} from '../../src/index.js';
import { dayNumber, isoOf, isWeekend } from '../support/days.js';

type Undated = { readonly [key: string]: unknown; readonly type: CaseEvent['type'] };

const roles = participantRoleSchema.options;
// Mostly the kinds a case reaches (initial, then reviews); the others are mostly refused.
const kind = fc.constantFrom('initial', 'initial', 'initial', 'review', 'review', 'review', 'transferIn', 'preBirth');
const meeting = fc.record(
  {
    // Half the time the social worker is there, so that some conferences are quorate.
    participants: fc
      .tuple(
        fc.boolean(),
        fc.array(fc.record({ role: fc.constantFrom(...roles), attended: fc.boolean(), writtenReport: fc.option(fc.boolean(), { nil: undefined }) }), { maxLength: 8 }),
      )
      .map(([socialWorker, others]) => (socialWorker ? [{ role: 'socialWorker' as const, attended: true }, ...others] : others)),
    thresholdJudgements: fc.array(fc.record({ role: fc.constantFrom(...roles), met: fc.boolean(), rationaleRecorded: fc.boolean() }), { maxLength: 4 }),
    scaling: fc.array(fc.record({ role: fc.constantFrom(...roles), score: fc.integer({ min: 0, max: 10 }) }), { maxLength: 6 }),
    childParticipation: fc.constantFrom('attended', 'viewsShared', 'advocate', 'notInvolved'),
  },
  { requiredKeys: [] },
);
const withoutUndefined = <T extends object>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** An event before it is dated; `on` is given as days after the event's date. */
const eventArb: fc.Arbitrary<Undated & { readonly inDays?: number }> = fc.oneof(
  { weight: 12, arbitrary: fc.record({ type: fc.constant('conferenceScheduled' as const), conference: kind, inDays: fc.integer({ min: 0, max: 30 }) }) },
  { weight: 5, arbitrary: fc.record({ type: fc.constant('conferenceInvitationsSent' as const), conference: kind, roles: fc.subarray([...roles], { minLength: 1 }) }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('participantExcluded' as const), conference: kind, role: fc.constantFrom(...roles) }) },
  { weight: 4, arbitrary: fc.record({ type: fc.constant('familyReportShared' as const), conference: kind }) },
  { weight: 3, arbitrary: fc.record({ type: fc.constant('agencyReportReceived' as const), conference: kind, role: fc.constantFrom(...agencyRoles) }) },
  { weight: 3, arbitrary: meeting.map((fields) => ({ type: 'initialConferenceHeld' as const, decision: 'plan', categories: ['neglect'], ...withoutUndefined(fields) })) },
  { weight: 1, arbitrary: meeting.map((fields) => ({ type: 'initialConferenceHeld' as const, decision: 'noFurtherAction', ...withoutUndefined(fields) })) },
  { weight: 3, arbitrary: meeting.map((fields) => ({ type: 'reviewConferenceHeld' as const, decision: 'continuePlan', ...withoutUndefined(fields) })) },
  { weight: 3, arbitrary: fc.constant({ type: 'section47Concluded' as const, outcome: 'noFurtherAction' }) },
  { weight: 3, arbitrary: fc.constant({ type: 'planEnded' as const, reason: 'movedAuthority' }) },
  { weight: 1, arbitrary: fc.constant({ type: 'transferInNotified' as const }) },
  { weight: 2, arbitrary: fc.constantFrom({ type: 'referralReceived' as const }, { type: 'strategyDiscussionHeld' as const, decision: 'section47' }) },
  { weight: 1, arbitrary: fc.constant({ type: 'childBorn' as const }) },
);

const logArb = fc.record({
  start: fc.integer({ min: dayNumber('2025-01-06'), max: dayNumber('2027-06-30') }),
  child: fc.constantFrom({}, { dateOfBirth: '2012-05-17' }, { expectedDeliveryDate: '2027-09-01' }),
  steps: fc.array(fc.tuple(fc.integer({ min: 0, max: 12 }), eventArb), { minLength: 1, maxLength: 30 }),
});

type LogInput = typeof logArb extends fc.Arbitrary<infer T> ? T : never;

interface Accepted {
  readonly state: CaseState;
  readonly events: CaseEvent[];
}

/** Applies the steps in turn, keeping those accepted; checks that nothing throws. */
function accept({ start, child, steps }: LogInput): Accepted {
  let state: CaseState = newCase({ child });
  const events: CaseEvent[] = [];
  let day = start;
  const opening = [
    { type: 'referralReceived', date: isoOf(day) },
    { type: 'strategyDiscussionHeld', date: isoOf(day), decision: 'section47' },
  ] as CaseEvent[];
  for (const event of opening) {
    const result = applyEvent(state, event);
    if (result.ok) {
      state = result.state;
      events.push(event);
    }
  }
  for (const [gap, undated] of steps) {
    day += gap;
    if (isWeekend(isoOf(day))) continue;
    const { inDays, ...fields } = undated;
    // A booking now and then falls on a weekend (refused); most are moved to the Monday.
    let booked = day + (inDays ?? 0);
    if (inDays !== undefined && inDays % 5 !== 0) while (isWeekend(isoOf(booked))) booked++;
    const event = { ...fields, date: isoOf(day), ...(inDays === undefined ? {} : { on: isoOf(booked) }) } as CaseEvent;
    const result = applyEvent(state, event);
    if (result.ok) {
      state = result.state;
      events.push(event);
    } else {
      expect(['INVALID_EVENT', 'INVALID_TRANSITION', 'OUT_OF_ORDER']).toContain(result.error.code);
    }
  }
  return { state, events };
}

const logs = logArb;
const heldTypes = new Set(['initialConferenceHeld', 'reviewConferenceHeld', 'transferInConferenceHeld']);
const preparation = new Set(['conferenceInvitations', 'familyReport', 'agencyReports', 'reviewFamilyReport', 'reviewAgencyReports']);
const preparationCodes = new Set<ConferenceFindingCode>(['PARENTS_NOT_INVITED', 'CHILD_AGED_12_NOT_INVITED', 'FAMILY_REPORT_NOT_SHARED', 'FAMILY_REPORT_LATE', 'AGENCY_REPORT_MISSING']);

describe('every accepted conference log', () => {
  it('comes from a generator that books, moves, prepares and holds conferences', () => {
    const samples = fc.sample(logs, { numRuns: 200, seed: 7 }).map((input) => conferenceRecords(accept(input).state));
    const all = samples.flat();
    expect(all.filter((record) => record.scheduledFor !== undefined && record.heldOn !== undefined).length).toBeGreaterThanOrEqual(12);
    expect(all.filter((record) => record.cancelledOn !== undefined).length).toBeGreaterThan(3);
    expect(all.filter((record) => record.quorate === true).length).toBeGreaterThan(3);
    expect(new Set(all.flatMap((record) => record.findings.map((finding) => finding.code))).size).toBeGreaterThanOrEqual(7);
  });

  it('has records consistent with its log: one per held conference, oldest first, the meeting as recorded', () => {
    fc.assert(
      fc.property(logs, (input) => {
        const { state, events } = accept(input);
        const records = conferenceRecords(state);
        const held = events.filter((event) => heldTypes.has(event.type)) as Extract<CaseEvent, { type: 'initialConferenceHeld' }>[];
        const heldRecords = records.filter((record) => record.heldOn !== undefined);
        expect(heldRecords.map((record) => record.heldOn)).toEqual(held.map((event) => event.date));
        const bookings = events.filter((event) => event.type === 'conferenceScheduled').length;
        expect(records.filter((record) => record.scheduledFor !== undefined).length).toBeLessThanOrEqual(bookings);
        expect(records.length).toBeLessThanOrEqual(bookings + held.length);
        expect(records.filter((record) => record.scheduledFor !== undefined && record.heldOn === undefined && record.cancelledOn === undefined).length).toBeLessThanOrEqual(1);
        heldRecords.forEach((record, position) => {
          const event = held[position] as (typeof held)[number];
          expect(record.quorate === undefined).toBe(event.participants === undefined);
          const scores = (event.scaling ?? []).map((scale) => scale.score);
          if (scores.length === 0) expect(record.scaling).toBeUndefined();
          else {
            expect(record.scaling).toMatchObject({ count: scores.length, min: Math.min(...scores), max: Math.max(...scores) });
            const { min, median, max } = record.scaling as NonNullable<typeof record.scaling>;
            expect(min <= median && median <= max).toBe(true);
          }
          const missing = (event.thresholdJudgements ?? []).filter((judgement) => !judgement.rationaleRecorded).length;
          expect(record.findings.filter((finding) => finding.code === 'THRESHOLD_RATIONALE_MISSING')).toHaveLength(missing);
          if (record.quorate === true) expect(record.findings.map((finding) => finding.code)).not.toContain('NOT_QUORATE');
          if (record.quorate === false) expect(record.findings.map((finding) => finding.code)).toContain('NOT_QUORATE');
        });
        for (const record of records) {
          const codes = record.findings.map((finding) => finding.code);
          if (record.cancelledOn !== undefined) expect([record.heldOn, codes]).toEqual([undefined, []]);
          if (record.scheduledFor === undefined) expect(codes.filter((code) => preparationCodes.has(code))).toEqual([]);
          else expect(isWeekend(record.scheduledFor)).toBe(false);
          expect(codes.includes('FAMILY_REPORT_LATE') && codes.includes('FAMILY_REPORT_NOT_SHARED')).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('has preparation deadlines before their booked day, at most one of each still open', () => {
    fc.assert(
      fc.property(logs, (input) => {
        const { state, events } = accept(input);
        const asOf = events.at(-1)?.date ?? '2025-01-06';
        const items = dueItems(state, { asOf });
        for (const item of items.filter((candidate) => preparation.has(candidate.timescale))) {
          expect(item.due < item.from).toBe(true);
          expect(isWeekend(item.from)).toBe(false);
        }
        for (const timescale of preparation) {
          expect(items.filter((item) => item.timescale === timescale && item.metOn === undefined).length).toBeLessThanOrEqual(1);
        }
        for (const item of items.filter((candidate) => candidate.scheduledFor !== undefined)) expect(item.metOn).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });
});
