import { describe, expect, it } from 'vitest';
import {
  CalendarError,
  createCalendar,
  createRuleSet,
  dueDate,
  englandWorkingTogether2023,
  scotland,
  TimescaleError,
  timescaleIds,
  timescales,
  type TimescaleId,
} from '../../src/index.js';
import { deepFreeze, thrownBy } from '../support/values.js';

const timescaleErrorOf = (action: () => unknown): TimescaleError => thrownBy(TimescaleError, action);
import { expectCalendarError } from '../support/days.js';



describe('dueDate', () => {
  describe('the required examples', () => {
    it('puts the initial conference for a strategy discussion on Thu 19 Dec 2024 on Tue 14 Jan 2025, skipping 25 Dec, 26 Dec and 1 Jan', () => {
      const deadline = dueDate('initialConference', '2024-12-19');
      expect(deadline.due).toBe('2025-01-14');
      expect(deadline.skipped).toEqual([
        { date: '2024-12-25', name: 'Christmas Day', kind: 'bankHoliday', provisional: false },
        { date: '2024-12-26', name: 'Boxing Day', kind: 'bankHoliday', provisional: false },
        { date: '2025-01-01', name: 'New Year’s Day', kind: 'bankHoliday', provisional: false },
      ]);
      expect(deadline.provisional).toBe(false);
      expect(deadline.calendar).toBe('England and Wales');
      expect(deadline.rule).toBe(timescales.initialConference);
    });

    it('puts the first review conference for an ICPC on 30 Nov 2025 on 28 Feb 2026', () => {
      expect(dueDate('firstReviewConference', '2025-11-30').due).toBe('2026-02-28');
    });

    it('ends care proceedings issued on 5 Jan 2026 on 5 Jul 2026, issue + 181 days', () => {
      const deadline = dueDate('careProceedings', '2026-01-05');
      expect(deadline.due).toBe('2026-07-05');
      expect(deadline.skipped).toEqual([]);
    });

    it('uses the national defaults when no rule set is given', () => {
      expect(dueDate('initialConference', '2024-12-19', { ruleSet: englandWorkingTogether2023 })).toEqual(
        dueDate('initialConference', '2024-12-19'),
      );
      expect(dueDate('initialConference', '2024-12-19', {})).toEqual(dueDate('initialConference', '2024-12-19'));
    });
  });

  describe('the explanation', () => {
    it('names the rule, the dates, the calendar, the days skipped and the source', () => {
      const { explanation } = dueDate('initialConference', '2024-12-19');
      expect(explanation).toBe(
        'Initial child protection conference: 15 working days after the strategy discussion at which the ' +
          'section 47 enquiry was initiated (not a later one) (2024-12-19), so by 2025-01-14 in the England and ' +
          'Wales calendar, skipping Christmas Day (2024-12-25), Boxing Day (2024-12-26), New Year’s Day ' +
          '(2025-01-01). Source: Working Together to Safeguard Children 2023 (DfE), chapter 3, initial child ' +
          'protection conferences.',
      );
    });

    it('says how a statutory period is counted and cites the section', () => {
      const { explanation } = dueDate('careProceedings', '2026-01-05');
      expect(explanation).toContain('26 weeks beginning with the day the application was issued (2026-01-05)');
      expect(explanation).toContain('so by 2026-07-05');
      expect(explanation).toContain('Source: Children Act 1989 s32(1)(a)(ii).');
      // Calendar weeks: no working days were counted, so none were skipped.
      expect(explanation).not.toContain('skipping');
    });

    it('gives the moment for an hours rule', () => {
      expect(dueDate('policeProtection', '2026-03-28T22:15:00Z').explanation).toBe(
        'Police protection ends (72 hours): 72 hours after the child is taken into police protection ' +
          '(2026-03-28T22:15:00Z), so by 2026-03-31T23:15:00+01:00. Source: Children Act 1989 s46(6).',
      );
    });
  });

  describe('calendars', () => {
    it('counts in the calendar given in the options rather than the rule set’s', () => {
      // Scotland has no Easter Monday: from Thu 2 Apr 2026, Fri 3 is Good Friday, Mon 6 (1).
      expect(dueDate('referralDecision', '2026-04-02', { calendar: scotland }).due).toBe('2026-04-06');
      expect(dueDate('referralDecision', '2026-04-02').due).toBe('2026-04-07');
    });

    it('lists local closures the count passed over, with their names', () => {
      const calendar = createCalendar({ name: 'Example council', closures: [{ from: '2026-12-29', to: '2026-12-31', name: 'Office closure' }] });
      // Day 0 Thu 24 Dec 2026: [Fri 25, Mon 28 bank holidays; Tue 29-Thu 31 closed; Fri 1 Jan],
      // Mon 4 Jan 2027 (1).
      const deadline = dueDate('referralDecision', '2026-12-24', { calendar });
      expect(deadline.due).toBe('2027-01-04');
      expect(deadline.calendar).toBe('Example council');
      expect(deadline.skipped.map((day) => [day.date, day.kind, day.name])).toEqual([
        ['2026-12-25', 'bankHoliday', 'Christmas Day'],
        ['2026-12-28', 'bankHoliday', 'Boxing Day'],
        ['2026-12-29', 'closure', 'Office closure'],
        ['2026-12-30', 'closure', 'Office closure'],
        ['2026-12-31', 'closure', 'Office closure'],
        ['2027-01-01', 'bankHoliday', 'New Year’s Day'],
      ]);
    });

    it('does not let the calendar move a rule counted in calendar days, weeks or months', () => {
      const calendar = createCalendar({ closures: [{ from: '2026-01-01', to: '2026-12-31' }] });
      for (const id of timescaleIds) {
        const rule = timescales[id];
        if (rule.unit === 'workingDays' || rule.unit === 'hours') continue;
        expect(dueDate(id, '2026-03-02', { calendar }).due, id).toBe(dueDate(id, '2026-03-02').due);
      }
    });
  });

  describe('working-day counts that begin with, or count back from, a non-working day', () => {
    it('lists a start day that is a holiday as skipped when the start counts as day 1', () => {
      const ruleSet = createRuleSet({ name: 'Example council', overrides: { statutoryVisit: { amount: 5, counting: 'beginningWith' } } });
      // 5 working days beginning with Fri 25 Dec 2026: [Fri 25, Mon 28 bank holidays], Tue 29 (1),
      // Wed 30 (2), Thu 31 (3), [Fri 1 Jan], Mon 4 (4), Tue 5 (5).
      const deadline = dueDate('statutoryVisit', '2026-12-25', { ruleSet });
      expect(deadline.due).toBe('2027-01-05');
      expect(deadline.skipped.map((day) => day.date)).toEqual(['2026-12-25', '2026-12-28', '2027-01-01']);
    });

    it('counts a working day that begins the period as day 1', () => {
      const ruleSet = createRuleSet({ name: 'Example council', overrides: { statutoryVisit: { amount: 5, counting: 'beginningWith' } } });
      // Mon 2 Mar 2026 (1), Tue 3 (2), Wed 4 (3), Thu 5 (4), Fri 6 (5).
      expect(dueDate('statutoryVisit', '2026-03-02', { ruleSet }).due).toBe('2026-03-06');
    });

    it('does not list the day counted back from as skipped, even when it is a holiday', () => {
      const ruleSet = createRuleSet({ name: 'Example council', overrides: { preBirthConference: { amount: 10, unit: 'workingDays' } } });
      // 10 working days before Mon 28 Dec 2026 (Boxing Day, day 0): Thu 24 (1), Wed 23 (2),
      // Tue 22 (3), Mon 21 (4), Fri 18 (5), Thu 17 (6), Wed 16 (7), Tue 15 (8), Mon 14 (9),
      // Fri 11 (10). Fri 25 Dec was passed over; Mon 28 was day 0.
      const deadline = dueDate('preBirthConference', '2026-12-28', { ruleSet });
      expect(deadline.due).toBe('2026-12-11');
      expect(deadline.skipped.map((day) => day.date)).toEqual(['2026-12-25']);
    });
  });

  describe('periods of months beginning with a day', () => {
    it('ends 3 months beginning with 1 Oct on 31 Dec, the day before 1 Jan', () => {
      const ruleSet = createRuleSet({ name: 'Example council', overrides: { firstReviewConference: { counting: 'beginningWith' } } });
      expect(dueDate('firstReviewConference', '2025-10-01', { ruleSet }).due).toBe('2025-12-31');
      // 3 months beginning with 14 Jan end the day before 14 Apr.
      expect(dueDate('firstReviewConference', '2025-01-14', { ruleSet }).due).toBe('2025-04-13');
      // 3 months beginning with 30 Nov 2025: there is no 30 Feb 2026, so the end of February.
      expect(dueDate('firstReviewConference', '2025-11-30', { ruleSet }).due).toBe('2026-02-28');
    });

    it('ends a 1-year supervision order made on 1 Mar 2023 on 29 Feb 2024', () => {
      expect(dueDate('supervisionOrder', '2023-03-01').due).toBe('2024-02-29');
      expect(dueDate('supervisionOrder', '2024-03-01').due).toBe('2025-02-28');
    });
  });

  describe('provisional answers', () => {
    it('is provisional for a working-day rule that reaches 2029, beyond the official feed', () => {
      // Day 0 Sun 31 Dec 2028. [Mon 1 Jan 2029 New Year's Day, projected by rule], Tue 2 Jan (1).
      const deadline = dueDate('referralDecision', '2028-12-31');
      expect(deadline.due).toBe('2029-01-02');
      expect(deadline.provisional).toBe(true);
      expect(deadline.skipped).toEqual([{ date: '2029-01-01', name: 'New Year’s Day', kind: 'bankHoliday', provisional: true }]);
      expect(deadline.explanation).toContain('(provisional: relies on projected bank holidays)');
    });

    it('is provisional for a working-day rule that starts in 2029 or later', () => {
      expect(dueDate('statutoryVisit', '2029-06-01').provisional).toBe(true);
      expect(dueDate('assessment', '2040-03-01').provisional).toBe(true);
    });

    it('is not provisional for a working-day rule that ends in 2028', () => {
      // Day 0 Fri 1 Dec 2028; 15 working days end on Fri 22 Dec 2028, before Christmas.
      const deadline = dueDate('initialConference', '2028-12-01');
      expect(deadline.due).toBe('2028-12-22');
      expect(deadline.provisional).toBe(false);
      expect(deadline.explanation).not.toContain('provisional');
    });

    it('is not provisional for a rule counted in calendar days, weeks, months, years or hours, whatever the year', () => {
      for (const id of timescaleIds) {
        const rule = timescales[id];
        if (rule.unit === 'workingDays') continue;
        const from = rule.unit === 'hours' ? '2030-05-01T10:00:00+01:00' : '2030-05-01';
        expect(dueDate(id, from).provisional, id).toBe(false);
      }
    });

    it('is not provisional for the historical years before the feed', () => {
      expect(dueDate('initialConference', '2002-05-30').provisional).toBe(false);
    });
  });

  describe('errors', () => {
    it('throws UNKNOWN_TIMESCALE for an id that is not in the rule set, naming the argument id', () => {
      for (const id of ['noSuchTimescale', '', 'toString', '__proto__', 'constructor', 'InitialConference']) {
        const error = timescaleErrorOf(() => dueDate(id as TimescaleId, '2026-01-05'));
        expect(error.code, id).toBe('UNKNOWN_TIMESCALE');
        expect(error.argument).toBe('id');
        expect(error.name).toBe('TimescaleError');
        expect(error.issues).toEqual([{ path: ['id'], code: 'invalid_value', message: 'is not a timescale id of the rule set' }]);
      }
    });

    it('throws UNKNOWN_TIMESCALE for an id that is not a string', () => {
      for (const id of [undefined, null, 42, {}]) {
        expect(timescaleErrorOf(() => dueDate(id as unknown as TimescaleId, '2026-01-05')).code).toBe('UNKNOWN_TIMESCALE');
      }
    });

    it('does not echo the unknown id in the message', () => {
      const error = timescaleErrorOf(() => dueDate('Jane Smith' as TimescaleId, '2026-01-05'));
      expect(error.message).not.toContain('Jane');
    });

    it.each([
      ['2026-02-30', 'a day February does not have'],
      ['2026-13-01', 'a thirteenth month'],
      ['2026-2-3', 'missing zero padding'],
      ['05/01/2026', 'a British-style date'],
      ['', 'an empty string'],
      ['2026-01-05T10:00:00Z', 'a date-time for a date rule'],
      ['2025-02-29', 'a leap day in a common year'],
    ])('throws CalendarError INVALID_DATE naming from for %j (%s)', (from) => {
      expectCalendarError(() => dueDate('initialConference', from), 'INVALID_DATE', 'from');
      expectCalendarError(() => dueDate('careProceedings', from), 'INVALID_DATE', 'from');
    });

    it('throws CalendarError INVALID_ARGUMENT naming from when the date is not a string', () => {
      expectCalendarError(() => dueDate('careProceedings', new Date(0) as unknown as string), 'INVALID_ARGUMENT', 'from');
      expectCalendarError(() => dueDate('careProceedings', 20260105 as unknown as string), 'INVALID_ARGUMENT', 'from');
    });

    it.each([
      ['2026-03-28', 'a date without a time'],
      ['2026-03-28T22:15:00', 'a time without an offset'],
      ['2026-03-28 22:15:00Z', 'a space instead of T'],
      ['2026-02-30T10:00:00Z', 'a day February does not have'],
      ['2026-03-28T24:00:00Z', 'hour 24'],
      ['2026-03-28T22:15:00+25:00', 'an offset out of range'],
    ])('throws CalendarError INVALID_DATE naming from when the hours rule is given %j (%s)', (from) => {
      expectCalendarError(() => dueDate('policeProtection', from), 'INVALID_DATE', 'from');
    });

    it('throws OUT_OF_CALENDAR_RANGE for a working-day count outside the calendar’s years', () => {
      expectCalendarError(() => dueDate('initialConference', '1990-01-05'), 'OUT_OF_CALENDAR_RANGE');
      expectCalendarError(() => dueDate('initialConference', '2080-01-05'), 'OUT_OF_CALENDAR_RANGE');
    });

    it('throws INVALID_ARGUMENT naming options.ruleSet for something that is not a rule set', () => {
      for (const ruleSet of ['englandWorkingTogether2023', { name: 'x' }, 42]) {
        const error = timescaleErrorOf(() => dueDate('initialConference', '2024-12-19', { ruleSet } as never));
        expect(error.code).toBe('INVALID_ARGUMENT');
        expect(error.argument).toBe('options.ruleSet');
      }
    });

    it('does not echo the bad date in the message', () => {
      const error = expectCalendarError(() => dueDate('careProceedings', 'Jane Smith'), 'INVALID_DATE', 'from');
      expect(error.message).not.toContain('Jane');
      expect(error).toBeInstanceOf(CalendarError);
    });
  });

  describe('inputs', () => {
    it('does not change a frozen rule set, calendar or options object', () => {
      const ruleSet = deepFreeze(
        createRuleSet({
          name: 'Example council',
          calendar: { closures: [{ from: '2026-12-29', to: '2026-12-31' }] },
          overrides: { statutoryVisit: { amount: 20 } },
        }),
      );
      const options = deepFreeze({ ruleSet });
      const before = JSON.stringify(ruleSet);
      for (const id of timescaleIds) {
        const from = timescales[id].unit === 'hours' ? '2026-12-18T10:00:00Z' : '2026-12-18';
        expect(() => dueDate(id, from, options)).not.toThrow();
      }
      expect(JSON.stringify(ruleSet)).toBe(before);
    });

    it('leaves the catalogue and the national defaults as they were', () => {
      const before = JSON.stringify(englandWorkingTogether2023);
      for (const id of timescaleIds) dueDate(id, timescales[id].unit === 'hours' ? '2026-01-05T09:00:00Z' : '2026-01-05');
      expect(JSON.stringify(englandWorkingTogether2023)).toBe(before);
    });

    it('returns the same answer every time it is asked', () => {
      expect(dueDate('assessment', '2026-03-02')).toEqual(dueDate('assessment', '2026-03-02'));
    });
  });
});
