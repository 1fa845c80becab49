/*
 * Bad input on the conference track: never a throw, never an echo. Roles are an enum so that
 * nothing personal enters the log; a wrong role, score or list is INVALID_EVENT at its path, a
 * booking or a report the case cannot have now is INVALID_TRANSITION with what is allowed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allowedEvents, parseEvents, replay, type CaseEvent, type PathwayError } from '../../src/index.js';
import { book, enquiry, planFrom26Jan } from './conferenceFixtures.js';
import { PERSONAL_NOTE, expectNoPersonalData, refused, replayed } from './socialCareFixtures.js';

/** The refusal of the last event of a log whose other events are accepted. */
function refusalOfLast(events: readonly unknown[]): PathwayError {
  replayed(events.slice(0, -1) as CaseEvent[]);
  const error = refused(replay(events as CaseEvent[]));
  expect(error.index).toBe(events.length - 1);
  expectNoPersonalData(error);
  return error;
}

const booked = [...enquiry, book('2026-01-07', 'initial', '2026-01-26')];
const noted = <T extends object>(event: T): T & { note: string } => ({ ...event, note: PERSONAL_NOTE });
const heldWith = (fields: object) => noted({ type: 'initialConferenceHeld', date: '2026-01-26', decision: 'plan', categories: ['neglect'], ...fields });

describe('INVALID_EVENT on the conference fields', () => {
  it.each([
    ['an unknown role, by its path', { participants: [{ role: 'socialWorker', attended: true }, { role: 'Jane Smith', attended: true }] }, ['participants', 1, 'role'], 'invalid_value', 'must be a known participant role'],
    ['a score of 11', { scaling: [{ role: 'police', score: 11 }] }, ['scaling', 0, 'score'], 'too_big', 'must be a whole number from 0 to 10 (Signs of Safety scaling)'],
    ['a score of 2.5', { scaling: [{ role: 'police', score: 2.5 }] }, ['scaling', 0, 'score'], 'invalid_type', 'must be a whole number from 0 to 10 (Signs of Safety scaling)'],
    ['attendance that is not a boolean', { participants: [{ role: 'gp', attended: 'yes' }] }, ['participants', 0, 'attended'], 'invalid_type', 'must be true or false'],
    ['a child participation outside its enum', { childParticipation: 'sometimes' }, ['childParticipation'], 'invalid_value', 'must be one of attended, viewsShared, advocate, notInvolved'],
    ['a name field on a participant', { participants: [{ role: 'gp', attended: true, name: 'Jane Smith' }] }, ['participants', 0], 'unrecognized_keys', 'has 1 field that is not part of the format'],
  ])('refuses %s on a held conference', (_name, fields, path, code, message) => {
    const error = refusalOfLast([...booked, heldWith(fields)]);
    expect(error).toMatchObject({ code: 'INVALID_EVENT', eventType: 'initialConferenceHeld', issues: [{ path, code, message }] });
  });

  it('refuses an empty roles list and a family role as an agency report', () => {
    expect(refusalOfLast([...booked, noted({ type: 'conferenceInvitationsSent', date: '2026-01-08', conference: 'initial', roles: [] })]).issues).toEqual([
      { path: ['roles'], code: 'too_small', message: 'must name at least one role' },
    ]);
    const report = refusalOfLast([...booked, noted({ type: 'agencyReportReceived', date: '2026-01-08', conference: 'initial', role: 'parent' })]);
    expect(report.issues).toEqual([{ path: ['role'], code: 'invalid_value', message: expect.stringMatching(/^must be the role of an agency besides children's social care/) }]);
  });

  it('refuses a booking before the day it was made, or on a weekend', () => {
    expect(refusalOfLast([...enquiry, noted(book('2026-01-07', 'initial', '2026-01-06'))]).issues).toEqual([
      { path: ['on'], code: 'custom', message: 'must be on or after the day the booking was made (date)' },
    ]);
    expect(refusalOfLast([...enquiry, noted(book('2026-01-07', 'initial', '2026-01-24'))]).issues).toEqual([
      { path: ['on'], code: 'custom', message: 'must be a weekday: conferences are not held on a Saturday or Sunday (CIN census rule 8875)' },
    ]);
  });

  it('refuses a booking for a day outside the calendar, at its path', () => {
    // England & Wales runs to 2075; the log's dates may run to 2099.
    const error = refusalOfLast([...enquiry, noted(book('2026-01-07', 'initial', '2080-01-08'))]);
    expect(error).toMatchObject({ code: 'OUT_OF_CALENDAR_RANGE', issues: [{ path: ['on'] }] });
  });

  it('refuses excluding the chair', () => {
    expect(refusalOfLast([...booked, noted({ type: 'participantExcluded', date: '2026-01-20', conference: 'initial', role: 'chair' })]).issues).toEqual([
      { path: ['role'], code: 'custom', message: 'cannot be the chair, who makes the decision to exclude' },
    ]);
  });

  it('lists every problem of a stored log by path, without echoing it', () => {
    const parsed = parseEvents([...booked, noted({ type: 'conferenceScheduled', date: '2026-01-08', conference: 'Jane Smith', on: 'High St' })]);
    expect(parsed.ok).toBe(false);
    expect(parsed.error?.issues?.map((issue) => issue.path)).toEqual([
      [3, 'conference'],
      [3, 'on'],
    ]);
    expectNoPersonalData(parsed.error);
  });
});

describe('INVALID_TRANSITION on the conference track', () => {
  it('refuses a review with no plan open, saying what can be booked now', () => {
    const error = refusalOfLast([...enquiry, noted(book('2026-01-07', 'review', '2026-01-26'))]);
    expect(error).toMatchObject({ code: 'INVALID_TRANSITION', eventType: 'conferenceScheduled' });
    expect(error.message).toBe('a review conference cannot be booked now: a review conference needs an open child protection plan; bookable now: initial');
    expect(error.allowed).toContain('conferenceScheduled');
  });

  it('refuses a pre-birth booking for a child not known to be unborn, and an initial booking during a plan', () => {
    expect(refusalOfLast([...enquiry, book('2026-01-07', 'preBirth', '2026-01-26')]).message).toMatch(/^a preBirth conference cannot be booked now: .*; bookable now: initial$/);
    expect(refusalOfLast([...planFrom26Jan, book('2026-02-02', 'initial', '2026-02-16')]).message).toMatch(/bookable now: review$/);
  });

  it('refuses a report, invitation or exclusion for a conference never booked', () => {
    const unbooked = { date: '2026-01-08', conference: 'initial' } as const;
    const events = [
      { type: 'familyReportShared', ...unbooked },
      { type: 'conferenceInvitationsSent', ...unbooked, roles: ['parent'] },
      { type: 'participantExcluded', ...unbooked, role: 'parent' },
      { type: 'agencyReportReceived', ...unbooked, role: 'police' },
    ] as const;
    for (const event of events) {
      const error = refusalOfLast([...enquiry, noted(event)]);
      expect(error.code).toBe('INVALID_TRANSITION');
      expect(error.message).toBe('no initial conference is booked: book it with conferenceScheduled before recording its preparation');
      expect(error.allowed).not.toContain(event.type);
      expect(error.allowed).toContain('conferenceScheduled');
    }
  });

  it('refuses preparation for another kind than the one booked', () => {
    const error = refusalOfLast([...booked, { type: 'familyReportShared', date: '2026-01-08', conference: 'review' }]);
    expect(error.message).toMatch(/^no review conference is booked/);
    expect(allowedEvents(replayed(booked))).toEqual(expect.arrayContaining(['familyReportShared', 'agencyReportReceived']));
  });
});

describe('never a throw', () => {
  it('turns any value in a conference field into an error value or an accepted event', () => {
    const anything = fc.oneof(fc.anything(), fc.string(), fc.integer(), fc.double(), fc.array(fc.anything(), { maxLength: 3 }));
    fc.assert(
      fc.property(
        fc.constantFrom('conferenceScheduled', 'participantExcluded', 'conferenceInvitationsSent', 'familyReportShared', 'agencyReportReceived', 'initialConferenceHeld'),
        fc.constantFrom('conference', 'on', 'role', 'roles', 'participants', 'scaling', 'thresholdJudgements', 'childParticipation'),
        anything,
        (type, field, value) => {
          const event = { type, date: '2026-01-08', conference: 'initial', on: '2026-01-26', role: 'police', roles: ['parent'], decision: 'plan', categories: ['neglect'], [field]: value };
          const result = replay([...booked, event] as CaseEvent[]);
          if (!result.ok) expect(['INVALID_EVENT', 'INVALID_TRANSITION']).toContain(result.error.code);
        },
      ),
      { numRuns: 300 },
    );
  });
});
