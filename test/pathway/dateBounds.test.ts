/*
 * Issue 17, defects 1-3 (found by fuzzing): logs parseEvents accepted but the fold could not
 * handle, dates past 9999 compared as text, and a malformed date in the output. Each test
 * starts from the issue's own input.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyEvent,
  dueItems,
  newCase,
  parseEvents,
  replay,
  scotland,
  toICalendar,
  type CaseEvent,
} from '../../src/index.js';
import { fromEpochDay } from '../../src/dates/epochDay.js';
import { epochDayOf } from '../../src/dates/gregorian.js';
import { expectCalendarError } from '../support/days.js';
import { accepted, refused } from './socialCareFixtures.js';

const events = (log: readonly object[]): CaseEvent[] => log as CaseEvent[];

describe('defect 1: the schema refuses what the fold cannot handle, and the fold never throws', () => {
  const policeProtection = { type: 'policeProtectionStarted', date: '2026-01-05', at: '0000-01-01T00:00:00Z' };
  const emergencyOrder = { type: 'emergencyProtectionOrderMade', date: '2026-01-05', at: '2026-01-05T10:00:00Z', endsAt: '9999-12-31T23:59:59-23:59' };

  it.each([
    ['policeProtectionStarted at 0000-01-01', policeProtection, 'at'],
    ['emergencyProtectionOrderMade ending 9999-12-31', emergencyOrder, 'endsAt'],
  ])('%s: parseEvents, replay and applyEvent all refuse it by its field', (_name, event, field) => {
    const parsed = parseEvents([event]);
    expect(parsed.ok).toBe(false);
    expect(parsed.error?.issues?.map((issue) => issue.path)).toEqual([[0, field]]);
    for (const error of [refused(replay(events([event]))), refused(applyEvent(newCase(), event as never))]) {
      expect(error).toMatchObject({ code: 'INVALID_EVENT', index: 0 });
      expect(error.issues?.map((issue) => issue.path)).toEqual([[field]]);
      expect(error.message).toMatch(new RegExp(`^${field}: .*1900-2099`));
    }
  });

  it('gives the index and the field of an event whose deadline leaves the calendar, never an internal name', () => {
    // Fri 20 Dec 2075 is in the calendar; 45 working days of assessment from it are not.
    const log = [{ type: 'childBorn', date: '2075-12-19' }, { type: 'referralReceived', date: '2075-12-20' }];
    const error = refused(replay(events(log)));
    expect(error).toMatchObject({ code: 'OUT_OF_CALENDAR_RANGE', index: 1, issues: [{ path: ['date'], code: 'invalid_value' }] });
    expect(error.message).toBe("date: a deadline counted from this event falls outside the calendar's supported years (1995-2075)");
  });

  it('refuses a date field outside the case calendar\'s years by its path (OUT_OF_CALENDAR_RANGE)', () => {
    const order = { type: 'childAssessmentOrderMade', date: '2026-01-05', startsOn: '2080-01-06', days: 7 };
    expect(refused(replay(events([order])))).toMatchObject({ code: 'OUT_OF_CALENDAR_RANGE', index: 0, issues: [{ path: ['startsOn'] }] });
    const extended = [
      { type: 'emergencyProtectionOrderMade', date: '2026-01-05', at: '2026-01-05T10:00:00Z' },
      { type: 'emergencyProtectionOrderExtended', date: '2026-01-06', at: '2026-01-06T10:00:00Z', endsAt: '2076-01-01T00:00:00Z' },
    ];
    expect(refused(replay(events(extended)))).toMatchObject({ code: 'OUT_OF_CALENDAR_RANGE', index: 1, issues: [{ path: ['endsAt'] }] });
    // Scotland's calendar starts in 1995, the first year its holidays are held by rule.
    const early = { type: 'referralReceived', date: '1990-03-01' };
    expect(refused(replay(events([early]), { calendar: scotland }))).toMatchObject({ code: 'OUT_OF_CALENDAR_RANGE', issues: [{ path: ['date'] }] });
  });

  it('turns every instant the schema accepts into a state or an error value, in emergency events', () => {
    const two = (max: number) => fc.integer({ min: 0, max }).map((value) => String(value).padStart(2, '0'));
    const instant = fc
      .tuple(fc.integer({ min: 1900, max: 2099 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), two(23), two(59), fc.constantFrom('Z', '+', '-'), two(23), two(59))
      .map(([year, month, day, hour, minute, sign, offsetHours, offsetMinutes]) => {
        const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        return `${date}T${hour}:${minute}:00${sign === 'Z' ? 'Z' : `${sign}${offsetHours}:${offsetMinutes}`}`;
      });
    fc.assert(
      fc.property(instant, instant, (at, endsAt) => {
        const date = new Date(Date.parse(at)).toLocaleDateString('en-CA', { timeZone: 'Europe/London' });
        const log = [{ type: 'emergencyProtectionOrderMade', date, at, endsAt }, { type: 'policeProtectionStarted', date, at }];
        const parsed = parseEvents(log);
        if (!parsed.ok) return;
        const result = replay(parsed.events);
        if (result.ok) expect(() => toICalendar(dueItems(result.state, { asOf: '2026-11-23' }), { caseId: 'case-1' })).not.toThrow();
        else expect(Object.keys(log[result.error.index] as object)).toEqual(expect.arrayContaining((result.error.issues ?? []).map((issue) => issue.path[0])));
      }),
      { numRuns: 300 },
    );
  });
});

describe('defect 2: dates past 9999, statuses and iCalendar', () => {
  const order = { type: 'childAssessmentOrderMade', date: '2026-01-05', startsOn: '9999-12-31', days: 7 };

  it('refuses a child assessment order starting 9999-12-31 in parseEvents and replay', () => {
    expect(parseEvents([order]).error?.issues).toEqual([
      { path: [0, 'startsOn'], code: 'invalid_format', message: 'must be a real date written YYYY-MM-DD, in the years 1900-2099' },
    ]);
    expect(refused(replay(events([order])))).toMatchObject({ code: 'INVALID_EVENT', index: 0, issues: [{ path: ['startsOn'] }] });
  });

  it('compares dates as days: the latest order the calendar allows is upcoming, and exports', () => {
    // Starting Mon 31 Dec 2075 (the calendar's last day), 7 days beginning with it end on
    // Sun 6 Jan 2076: the same shape of date as the issue's, in the calendar's range.
    const last = { ...order, date: '2075-12-31', startsOn: '2075-12-31' };
    const state = accepted(replay(events([last])));
    const items = dueItems(state, { asOf: '2026-11-23' });
    expect(items.map((item) => [item.due, item.status])).toEqual([['2076-01-06', 'upcoming']]);
    expect(dueItems(state, { asOf: '2076-01-06' })[0]?.status).toBe('dueToday');
    expect(dueItems(state, { asOf: '2076-01-07' })[0]?.status).toBe('overdue');
    expect(toICalendar(items, { caseId: 'case-1' })).toContain('DTSTART;VALUE=DATE:20760106');
  });

  it('never writes a year of five digits or a negative one', () => {
    expect(fromEpochDay(epochDayOf(9999, 12, 31))).toBe('9999-12-31');
    expect(fromEpochDay(epochDayOf(1, 1, 1))).toBe('0001-01-01');
    expectCalendarError(() => fromEpochDay(epochDayOf(10000, 1, 6)), 'INVALID_DATE');
    expectCalendarError(() => fromEpochDay(epochDayOf(0, 12, 31)), 'INVALID_DATE');
  });
});

describe('defect 3: an expected delivery date of 0000-01-01', () => {
  const log = [
    { type: 'referralReceived', date: '2026-11-02' },
    { type: 'strategyDiscussionHeld', date: '2026-11-04', decision: 'section47' },
    { type: 'section47Concluded', date: '2026-11-10', outcome: 'conference' },
  ];

  it('is refused by parseEvents, and by replay as a value', () => {
    const parsed = parseEvents({ child: { expectedDeliveryDate: '0000-01-01' }, events: log });
    expect(parsed.error?.issues?.map((issue) => issue.path)).toEqual([['child', 'expectedDeliveryDate']]);
    const error = refused(replay(events(log), { child: { expectedDeliveryDate: '0000-01-01' } }));
    expect(error).toMatchObject({ code: 'INVALID_EVENT', index: 0, issues: [{ path: ['options', 'child', 'expectedDeliveryDate'] }] });
    expect(error.message).toContain('1900-2099');
  });

  it('is refused as an event date or a date of birth too', () => {
    expect(parseEvents([{ type: 'referralReceived', date: '0000-01-01' }]).ok).toBe(false);
    expect(() => newCase({ child: { dateOfBirth: '0000-01-01' } })).toThrow(/1900-2099/);
  });

  it('an expected delivery date the schema accepts but the calendar does not cover is refused when the conference is counted from it', () => {
    // 1900-01-01 is a date of the log's years; 6 weeks before it (1899-11-20) no calendar has.
    const error = refused(replay(events(log), { child: { expectedDeliveryDate: '1900-01-01' } }));
    expect(error).toMatchObject({ code: 'OUT_OF_CALENDAR_RANGE', index: 1, issues: [{ path: ['child', 'expectedDeliveryDate'] }] });
    const state = accepted(replay(events(log), { child: { expectedDeliveryDate: '2027-03-01' } }));
    // Mon 1 Mar 2027 less 6 weeks: Mon 18 Jan 2027.
    expect(dueItems(state, { asOf: '2026-11-23' }).find((item) => item.timescale === 'preBirthConference')?.due).toBe('2027-01-18');
  });
});
