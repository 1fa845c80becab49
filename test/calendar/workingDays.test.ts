/*
 * Hand-checked working-day answers. Every expected date below was counted by hand on a printed
 * calendar (weekdays confirmed independently with Python's datetime) against the gov.uk feed;
 * the comment on each case shows the count.
 */
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  differenceInWorkingDays,
  englandAndWales,
  isWorkingDay,
  nextWorkingDay,
  northernIreland,
  previousWorkingDay,
  scotland,
} from '../../src/index.js';
import { expectCalendarError } from '../support/days.js';

describe('addWorkingDays', () => {
  describe('the counting example of docs/domain.md', () => {
    it('returns Tue 14 Jan 2025 when 15 working days are added to a strategy discussion on Thu 19 Dec 2024', () => {
      // Fri 20 (1), Mon 23 (2), Tue 24 (3), [Wed 25 Christmas, Thu 26 Boxing Day], Fri 27 (4),
      // Mon 30 (5), Tue 31 (6), [Wed 1 Jan], Thu 2 (7), Fri 3 (8), Mon 6 (9) ... Fri 10 (13),
      // Mon 13 (14), Tue 14 (15).
      expect(addWorkingDays('2024-12-19', 15)).toBe('2025-01-14');
    });

    it('counts in England and Wales when no calendar is given', () => {
      expect(addWorkingDays('2024-12-19', 15, { calendar: englandAndWales })).toBe('2025-01-14');
      expect(addWorkingDays('2024-12-19', 15, {})).toBe('2025-01-14');
    });
  });

  describe('weekends', () => {
    it('returns the next Monday when 1 day is added on a Saturday', () => {
      expect(addWorkingDays('2026-03-07', 1)).toBe('2026-03-09'); // Sat 7 Mar 2026 -> Mon 9 Mar
    });

    it('returns the next Monday when 1 day is added on a Friday', () => {
      expect(addWorkingDays('2026-03-06', 1)).toBe('2026-03-09');
    });

    it('returns the same weekday a week later when 5 days are added to a week without holidays', () => {
      expect(addWorkingDays('2026-03-04', 5)).toBe('2026-03-11'); // Wed 4 Mar -> Wed 11 Mar
    });
  });

  describe('Easter', () => {
    it('skips Good Friday and Easter Monday 2025 in England and Wales', () => {
      // Easter Sunday 20 Apr 2025: Thu 17 Apr, [Fri 18 Good Friday, Mon 21 Easter Monday], Tue 22 (1).
      expect(addWorkingDays('2025-04-17', 1)).toBe('2025-04-22');
    });

    it('skips only Good Friday 2025 in Scotland, which has no Easter Monday holiday', () => {
      expect(addWorkingDays('2025-04-17', 1, { calendar: scotland })).toBe('2025-04-21');
    });

    it('skips Good Friday and Easter Monday 2026 in England and Wales', () => {
      // Easter Sunday 5 Apr 2026: Thu 2 Apr, [Fri 3, Mon 6], Tue 7 (1), Wed 8 (2).
      expect(addWorkingDays('2026-04-02', 1)).toBe('2026-04-07');
      expect(addWorkingDays('2026-04-02', 2)).toBe('2026-04-08');
    });

    it('skips Good Friday and Easter Monday 2026 in Northern Ireland too', () => {
      expect(addWorkingDays('2026-04-02', 1, { calendar: northernIreland })).toBe('2026-04-07');
    });

    it('counts Easter Monday 2026 as a working day in Scotland', () => {
      expect(addWorkingDays('2026-04-02', 1, { calendar: scotland })).toBe('2026-04-06');
      expect(isWorkingDay('2026-04-06', { calendar: scotland })).toBe(true);
      expect(isWorkingDay('2026-04-06')).toBe(false);
    });
  });

  describe('substitute days', () => {
    it('skips Mon 27 and Tue 28 Dec 2021 when Christmas and Boxing Day fell on the weekend', () => {
      // 25 Dec 2021 Sat, 26 Sun: Christmas moves to Mon 27, Boxing Day to Tue 28. Fri 24 -> Wed 29.
      expect(addWorkingDays('2021-12-24', 1)).toBe('2021-12-29');
      expect(isWorkingDay('2021-12-27')).toBe(false);
      expect(isWorkingDay('2021-12-28')).toBe(false);
    });

    it('skips Mon 26 and Tue 27 Dec 2022 when Christmas fell on a Sunday', () => {
      // 25 Dec 2022 Sun: Boxing Day stays Mon 26, Christmas moves to Tue 27. Fri 23 -> Wed 28.
      expect(addWorkingDays('2022-12-23', 1)).toBe('2022-12-28');
    });

    it('skips Mon 28 Dec 2020 when Boxing Day fell on a Saturday', () => {
      // Fri 25 Dec 2020 Christmas, Sat 26 -> Mon 28. Thu 24 -> Tue 29.
      expect(addWorkingDays('2020-12-24', 1)).toBe('2020-12-29');
      expect(isWorkingDay('2020-12-28')).toBe(false);
    });

    it('skips Mon 3 Jan 2022 when New Year’s Day fell on a Saturday', () => {
      // Fri 31 Dec 2021, [Mon 3 Jan], Tue 4 (1).
      expect(addWorkingDays('2021-12-31', 1)).toBe('2022-01-04');
    });

    it('skips Mon 3 and Tue 4 Jan 2022 in Scotland, which also keeps 2 January', () => {
      expect(addWorkingDays('2021-12-31', 1, { calendar: scotland })).toBe('2022-01-05');
    });

    it('skips Mon 2 Jan 2023 when New Year’s Day fell on a Sunday', () => {
      // Fri 30 Dec 2022, [Mon 2 Jan], Tue 3 (1); Scotland also skips Tue 3 Jan.
      expect(addWorkingDays('2022-12-30', 1)).toBe('2023-01-03');
      expect(addWorkingDays('2022-12-30', 1, { calendar: scotland })).toBe('2023-01-04');
    });

    it('skips Mon 1 Dec 2025 in Scotland when St Andrew’s Day fell on a Sunday', () => {
      // 30 Nov 2025 is a Sunday: the substitute is Mon 1 Dec. Fri 28 Nov -> Tue 2 Dec in Scotland.
      expect(addWorkingDays('2025-11-28', 1, { calendar: scotland })).toBe('2025-12-02');
      expect(addWorkingDays('2025-11-28', 1)).toBe('2025-12-01');
      expect(isWorkingDay('2025-12-01', { calendar: scotland })).toBe(false);
    });

    it('skips Mon 13 Jul 2026 in Northern Ireland when the Battle of the Boyne fell on a Sunday', () => {
      expect(addWorkingDays('2026-07-10', 1, { calendar: northernIreland })).toBe('2026-07-14');
      expect(addWorkingDays('2026-07-10', 1)).toBe('2026-07-13');
    });
  });

  describe('the Christmas and New Year run', () => {
    it('counts through Christmas 2026 and New Year 2027', () => {
      // Thu 24 Dec 2026, [Fri 25 Christmas, Mon 28 Boxing Day (26th is a Saturday)], Tue 29 (1),
      // Wed 30 (2), Thu 31 (3), [Fri 1 Jan], Mon 4 Jan (4), Tue 5 (5).
      expect(addWorkingDays('2026-12-24', 1)).toBe('2026-12-29');
      expect(addWorkingDays('2026-12-24', 3)).toBe('2026-12-31');
      expect(addWorkingDays('2026-12-24', 4)).toBe('2027-01-04');
      expect(addWorkingDays('2026-12-24', 5)).toBe('2027-01-05');
    });

    it('also skips the substitute for 2 January 2027 in Scotland', () => {
      // 2 Jan 2027 is a Saturday: Scotland's substitute is Mon 4 Jan.
      expect(addWorkingDays('2026-12-24', 4, { calendar: scotland })).toBe('2027-01-05');
    });

    it('gives the ten-working-day core group date across Christmas 2025', () => {
      // ICPC Fri 19 Dec 2025: Mon 22 (1), Tue 23 (2), Wed 24 (3), [Thu 25, Fri 26], Mon 29 (4),
      // Tue 30 (5), Wed 31 (6), [Thu 1 Jan], Fri 2 (7), Mon 5 (8), Tue 6 (9), Wed 7 (10).
      expect(addWorkingDays('2025-12-19', 10)).toBe('2026-01-07');
    });
  });

  describe('over the clock-change weekends', () => {
    // Dates carry no time of day, so the clocks going forward (29 Mar 2026, 30 Mar 2025) or back
    // (25 Oct 2026, 26 Oct 2025) must not move any answer.
    it.each([
      ['2026-03-27', 1, '2026-03-30'],
      ['2026-03-26', 5, '2026-04-02'], // Fri 27, Mon 30, Tue 31, Wed 1, Thu 2
      ['2026-03-26', 6, '2026-04-07'], // then Easter: [Fri 3, Mon 6], Tue 7
      ['2026-03-29', 0, '2026-03-30'],
      ['2026-10-23', 1, '2026-10-26'],
      ['2026-10-21', 5, '2026-10-28'], // Thu 22, Fri 23, Mon 26, Tue 27, Wed 28
      ['2026-10-25', 0, '2026-10-26'],
      ['2025-03-28', 1, '2025-03-31'],
      ['2025-10-24', 1, '2025-10-27'],
      ['2026-03-30', -1, '2026-03-27'],
      ['2026-10-26', -1, '2026-10-23'],
    ])('returns %s + %i working days = %s', (date, amount, expected) => {
      expect(addWorkingDays(date, amount)).toBe(expected);
    });

    it('counts 1 working day between the Fridays and Mondays around each change', () => {
      expect(differenceInWorkingDays('2026-03-30', '2026-03-27')).toBe(1);
      expect(differenceInWorkingDays('2026-10-26', '2026-10-23')).toBe(1);
    });
  });

  describe('an amount of 0', () => {
    it('returns a working day itself', () => {
      expect(addWorkingDays('2026-03-04', 0)).toBe('2026-03-04');
    });

    it('returns the next Monday for a Saturday', () => {
      expect(addWorkingDays('2026-03-07', 0)).toBe('2026-03-09');
    });

    it('returns the next working day for a bank holiday', () => {
      expect(addWorkingDays('2026-04-03', 0)).toBe('2026-04-07'); // Good Friday -> Tue after Easter Monday
    });
  });

  describe('a date that is itself a holiday as day 0', () => {
    it('counts the first working day after Christmas Day 2024 as day 1', () => {
      // Wed 25 Dec 2024 is day 0; Thu 26 is Boxing Day; Fri 27 is day 1.
      expect(addWorkingDays('2024-12-25', 1)).toBe('2024-12-27');
      expect(addWorkingDays('2024-12-25', 2)).toBe('2024-12-30');
    });

    it('counts the first working day after Good Friday 2026 as day 1', () => {
      expect(addWorkingDays('2026-04-03', 1)).toBe('2026-04-07');
    });

    it('counts the Monday as day 1 from a Sunday', () => {
      expect(addWorkingDays('2026-03-08', 1)).toBe('2026-03-09');
    });
  });

  describe('negative amounts', () => {
    it('returns the Thursday before Easter when 1 working day is taken from the Tuesday after', () => {
      expect(addWorkingDays('2026-04-07', -1)).toBe('2026-04-02');
    });

    it('undoes the strategy-discussion example', () => {
      expect(addWorkingDays('2025-01-14', -15)).toBe('2024-12-19');
    });

    it('returns the Friday before when 1 working day is taken from a Saturday', () => {
      expect(addWorkingDays('2026-03-07', -1)).toBe('2026-03-06');
    });

    it('returns the Thursday before when 1 working day is taken from Easter Monday', () => {
      expect(addWorkingDays('2026-04-06', -1)).toBe('2026-04-02');
    });

    it('returns Easter Monday in Scotland when 1 working day is taken from the Tuesday after', () => {
      expect(addWorkingDays('2026-04-07', -1, { calendar: scotland })).toBe('2026-04-06');
    });

    it('counts back over Christmas 2026: 3 working days before Mon 4 Jan 2027 is Tue 29 Dec, 4 is Christmas Eve', () => {
      // [Fri 1 Jan], Thu 31 (1), Wed 30 (2), Tue 29 (3), [Mon 28 Boxing Day, Fri 25 Christmas], Thu 24 (4).
      expect(addWorkingDays('2027-01-04', -3)).toBe('2026-12-29');
      expect(addWorkingDays('2027-01-04', -4)).toBe('2026-12-24');
    });
  });

  describe('invalid amounts', () => {
    it.each([
      ['1.5', 1.5],
      ['NaN', Number.NaN],
      ['Infinity', Number.POSITIVE_INFINITY],
      ['-Infinity', Number.NEGATIVE_INFINITY],
      ['the string "3"', '3'],
      ['null', null],
      ['2^53', 2 ** 53],
    ])('throws INVALID_ARGUMENT for an amount of %s', (_, amount) => {
      expectCalendarError(() => addWorkingDays('2026-03-04', amount as number), 'INVALID_ARGUMENT', 'amount');
    });

    it('does not echo the amount in the error message', () => {
      const error = expectCalendarError(() => addWorkingDays('2026-03-04', '15' as unknown as number), 'INVALID_ARGUMENT');
      expect(error.message).not.toContain('15');
    });
  });

  describe('invalid dates', () => {
    it('throws INVALID_DATE for an impossible date and INVALID_ARGUMENT for a non-string', () => {
      expectCalendarError(() => addWorkingDays('2026-02-30', 1), 'INVALID_DATE', 'date');
      expectCalendarError(() => addWorkingDays('2023-02-29', 1), 'INVALID_DATE', 'date');
      expectCalendarError(() => addWorkingDays(new Date() as unknown as string, 1), 'INVALID_ARGUMENT', 'date');
      expectCalendarError(() => addWorkingDays(undefined as unknown as string, 1), 'INVALID_ARGUMENT', 'date');
    });
  });

  describe('the supported range', () => {
    it('throws OUT_OF_CALENDAR_RANGE for England and Wales dates before 1995 or after 2075', () => {
      expectCalendarError(() => addWorkingDays('1994-12-30', 1), 'OUT_OF_CALENDAR_RANGE', 'date');
      expectCalendarError(() => addWorkingDays('2076-01-01', -1), 'OUT_OF_CALENDAR_RANGE', 'date');
      expectCalendarError(() => isWorkingDay('1994-12-31'), 'OUT_OF_CALENDAR_RANGE', 'date');
      expectCalendarError(() => isWorkingDay('2076-01-01'), 'OUT_OF_CALENDAR_RANGE', 'date');
      expectCalendarError(() => nextWorkingDay('1900-06-01'), 'OUT_OF_CALENDAR_RANGE', 'date');
      expectCalendarError(() => previousWorkingDay('2100-06-01'), 'OUT_OF_CALENDAR_RANGE', 'date');
    });

    it('throws OUT_OF_CALENDAR_RANGE for Scotland and Northern Ireland dates before 1995, as for England and Wales', () => {
      expectCalendarError(() => isWorkingDay('1994-12-31', { calendar: scotland }), 'OUT_OF_CALENDAR_RANGE', 'date');
      expectCalendarError(() => addWorkingDays('1994-12-30', 1, { calendar: scotland }), 'OUT_OF_CALENDAR_RANGE', 'date');
      expectCalendarError(() => isWorkingDay('1994-12-30', { calendar: northernIreland }), 'OUT_OF_CALENDAR_RANGE');
      // Fri 30 Dec 2011 answers in every division.
      expect([undefined, scotland, northernIreland].map((calendar) => isWorkingDay('2011-12-30', { calendar }))).toEqual([true, true, true]);
    });

    it('mentions the supported years, not the date, in the message', () => {
      const error = expectCalendarError(() => isWorkingDay('1994-06-15', { calendar: scotland }), 'OUT_OF_CALENDAR_RANGE');
      expect(error.message).toContain('1995-2075');
      expect(error.message).not.toContain('1994-06-15');
    });

    it('answers on the first and last supported days', () => {
      // 1 Jan 1995 was a Sunday, so Mon 2 Jan 1995 was the New Year substitute and Tue 3 Jan the
      // first working day. 31 Dec 2075 is a Tuesday and a working day.
      expect(isWorkingDay('1995-01-01')).toBe(false);
      expect(isWorkingDay('1995-01-02')).toBe(false);
      expect(isWorkingDay('1995-01-03')).toBe(true);
      expect(addWorkingDays('1995-01-01', 0)).toBe('1995-01-03');
      expect(addWorkingDays('1995-01-04', -1)).toBe('1995-01-03');
      expect(isWorkingDay('2075-12-31')).toBe(true);
      expect(addWorkingDays('2075-12-30', 1)).toBe('2075-12-31');
      // Scotland: Mon 2 Jan 2012 (2nd January) and Tue 3 Jan (New Year substitute) were holidays.
      expect(nextWorkingDay('2012-01-01', { calendar: scotland })).toBe('2012-01-04');
    });

    it('throws OUT_OF_CALENDAR_RANGE when the result runs off either end', () => {
      expectCalendarError(() => addWorkingDays('2075-12-31', 1), 'OUT_OF_CALENDAR_RANGE', 'amount');
      expectCalendarError(() => addWorkingDays('2075-12-01', 500), 'OUT_OF_CALENDAR_RANGE', 'amount');
      expectCalendarError(() => addWorkingDays('1995-01-03', -1), 'OUT_OF_CALENDAR_RANGE', 'amount');
      expectCalendarError(() => previousWorkingDay('1995-01-03'), 'OUT_OF_CALENDAR_RANGE', 'amount');
      expectCalendarError(() => nextWorkingDay('2075-12-31'), 'OUT_OF_CALENDAR_RANGE', 'amount');
      // Scotland 1995: Sun 1 Jan -> Tue 3 Jan and Mon 2 Jan held, so Wed 4 Jan is the first working day.
      expectCalendarError(() => previousWorkingDay('1995-01-04', { calendar: scotland }), 'OUT_OF_CALENDAR_RANGE', 'amount');
      expectCalendarError(() => addWorkingDays('2026-01-01', 1_000_000), 'OUT_OF_CALENDAR_RANGE', 'amount');
      expectCalendarError(() => addWorkingDays('2026-01-01', -1_000_000), 'OUT_OF_CALENDAR_RANGE', 'amount');
    });
  });

  describe('options', () => {
    it('throws INVALID_ARGUMENT for options that are not an object', () => {
      expectCalendarError(() => addWorkingDays('2026-03-04', 1, null as unknown as object), 'INVALID_ARGUMENT', 'options');
      expectCalendarError(() => isWorkingDay('2026-03-04', 'scotland' as unknown as object), 'INVALID_ARGUMENT', 'options');
    });

    it('throws INVALID_ARGUMENT for a calendar that did not come from the library', () => {
      // A parsed JSON copy is plain data: it has to go through createCalendar first.
      const copy = JSON.parse(JSON.stringify(scotland)) as typeof scotland;
      expectCalendarError(() => isWorkingDay('2026-03-04', { calendar: copy }), 'INVALID_ARGUMENT', 'calendar');
      const name = 'scotland' as unknown as typeof scotland;
      expectCalendarError(() => isWorkingDay('2026-03-04', { calendar: name }), 'INVALID_ARGUMENT', 'calendar');
    });

    it('does not write to the options it is given', () => {
      const options = Object.freeze({ calendar: scotland });
      expect(addWorkingDays('2025-11-28', 1, options)).toBe('2025-12-02');
      expect(differenceInWorkingDays('2025-12-02', '2025-11-28', options)).toBe(1);
      expect(options).toEqual({ calendar: scotland });
    });

    it('throws INVALID_ARGUMENT for a null calendar instead of counting in England and Wales', () => {
      // Mon 3 Aug 2026 is a holiday in Scotland only: a failed calendar lookup must not be
      // answered silently with England and Wales.
      const missing = null as unknown as typeof scotland;
      expectCalendarError(() => isWorkingDay('2026-08-03', { calendar: missing }), 'INVALID_ARGUMENT', 'calendar');
      expectCalendarError(() => addWorkingDays('2026-07-31', 1, { calendar: missing }), 'INVALID_ARGUMENT', 'calendar');
    });
  });
});

describe('isWorkingDay', () => {
  const calendars = { 'England and Wales': englandAndWales, Scotland: scotland, 'Northern Ireland': northernIreland } as const;
  it.each([
    ['2025-12-25', 'England and Wales', false, 'Christmas Day 2025 (Thursday)'],
    ['2026-03-30', 'England and Wales', true, 'the Monday after the clocks go forward'],
    ['2026-03-07', 'England and Wales', false, 'a Saturday'],
    ['2026-03-08', 'England and Wales', false, 'a Sunday'],
    ['2026-08-31', 'England and Wales', false, 'Summer bank holiday (last Monday of August)'],
    ['2026-08-31', 'Scotland', true, 'the last Monday of August, not a holiday there'],
    ['2026-08-03', 'Scotland', false, 'Summer bank holiday (first Monday of August)'],
    ['2026-08-03', 'England and Wales', true, 'the first Monday of August, not a holiday there'],
    ['2026-03-17', 'Northern Ireland', false, 'St Patrick’s Day'],
    ['2026-03-17', 'England and Wales', true, 'St Patrick’s Day, not a holiday there'],
    ['2026-01-02', 'Scotland', false, '2 January'],
    ['2026-01-02', 'England and Wales', true, '2 January, not a holiday there'],
    ['2022-09-19', 'England and Wales', false, 'the state funeral of Queen Elizabeth II'],
    ['2023-05-08', 'Scotland', false, 'the coronation of King Charles III'],
    ['2012-06-05', 'Northern Ireland', false, 'the Diamond Jubilee'],
    ['2012-05-28', 'England and Wales', true, 'the last Monday of May 2012, whose holiday moved to 4 June'],
  ] as const)('returns for %s in %s: working day = %s (%s)', (date, label, expected, _why) => {
    expect(isWorkingDay(date, { calendar: calendars[label] })).toBe(expected);
  });

  it('counts in England and Wales when no options are given', () => {
    expect(isWorkingDay('2026-08-31')).toBe(false);
    expect(isWorkingDay('2026-08-03')).toBe(true);
  });
});

describe('differenceInWorkingDays', () => {
  it('counts 15 working days from the strategy discussion to the ICPC date', () => {
    expect(differenceInWorkingDays('2025-01-14', '2024-12-19')).toBe(15);
  });

  it('is negative when the later date comes first', () => {
    expect(differenceInWorkingDays('2024-12-19', '2025-01-14')).toBe(-15);
  });

  it('is 0 for the same date, and between a Saturday and the Sunday after', () => {
    expect(differenceInWorkingDays('2026-03-04', '2026-03-04')).toBe(0);
    expect(differenceInWorkingDays('2026-03-08', '2026-03-07')).toBe(0);
  });

  it('counts the Monday, not the Saturday, from a Saturday to the Monday after', () => {
    expect(differenceInWorkingDays('2026-03-09', '2026-03-07')).toBe(1);
  });

  it('counts 1 working day over Easter 2026 in England and Wales and 2 in Scotland', () => {
    expect(differenceInWorkingDays('2026-04-07', '2026-04-02')).toBe(1);
    expect(differenceInWorkingDays('2026-04-07', '2026-04-02', { calendar: scotland })).toBe(2);
  });

  it('counts 253 working days in England and Wales in 2026', () => {
    // 2026 starts on a Thursday: 52 whole weeks (260 weekdays) plus Thu 31 Dec = 261 weekdays,
    // less 8 bank holidays that all fall on weekdays (1 Jan, 3 and 6 Apr, 4 and 25 May, 31 Aug,
    // 25 Dec, and Boxing Day's substitute Mon 28 Dec).
    expect(differenceInWorkingDays('2026-12-31', '2025-12-31')).toBe(253);
  });

  it('names the argument that is out of range', () => {
    expectCalendarError(() => differenceInWorkingDays('2076-01-01', '2026-01-01'), 'OUT_OF_CALENDAR_RANGE', 'later');
    expectCalendarError(() => differenceInWorkingDays('2026-01-01', '1990-01-01'), 'OUT_OF_CALENDAR_RANGE', 'earlier');
    expectCalendarError(() => differenceInWorkingDays('2026-01-01', '2026-02-30'), 'INVALID_DATE', 'earlier');
  });
});

describe('nextWorkingDay and previousWorkingDay', () => {
  it('returns Tue 29 Dec 2026 after Christmas Eve 2026', () => {
    expect(nextWorkingDay('2026-12-24')).toBe('2026-12-29');
  });

  it('returns the next day strictly after a working day', () => {
    expect(nextWorkingDay('2026-03-04')).toBe('2026-03-05');
    expect(previousWorkingDay('2026-03-05')).toBe('2026-03-04');
  });

  it('returns Thu 2 Apr 2026 before the Tuesday after Easter', () => {
    expect(previousWorkingDay('2026-04-07')).toBe('2026-04-02');
  });

  it('returns Thu 31 Dec 2026 before Mon 4 Jan 2027', () => {
    expect(previousWorkingDay('2027-01-04')).toBe('2026-12-31');
  });

  it('uses the calendar it is given', () => {
    expect(nextWorkingDay('2026-07-31', { calendar: scotland })).toBe('2026-08-04');
    expect(nextWorkingDay('2026-07-31')).toBe('2026-08-03');
  });
});
