import { describe, expect, it } from 'vitest';
import { bankHolidays, createCalendar, nonWorkingWeekdays, northernIreland, scotland } from '../../src/index.js';
import { expectCalendarError, isWeekend } from '../support/days.js';

describe('bankHolidays', () => {
  it('lists Christmas Day and Boxing Day’s substitute for December 2026', () => {
    // 25 Dec 2026 is a Friday; 26 Dec a Saturday, so Boxing Day moves to Mon 28.
    expect(bankHolidays('2026-12-01', '2026-12-31')).toEqual([
      { date: '2026-12-25', name: 'Christmas Day', provisional: false },
      { date: '2026-12-28', name: 'Boxing Day', provisional: false },
    ]);
  });

  it('lists Good Friday and Easter Monday 2025 in England and Wales, and only Good Friday in Scotland', () => {
    const dates = (calendar?: typeof scotland): string[] =>
      bankHolidays('2025-04-01', '2025-04-30', calendar ? { calendar } : undefined).map((day) => day.date);
    expect(dates()).toEqual(['2025-04-18', '2025-04-21']);
    expect(dates(scotland)).toEqual(['2025-04-18']);
    expect(dates(northernIreland)).toEqual(['2025-04-18', '2025-04-21']);
  });

  it('lists the eight England and Wales bank holidays of 2026 in date order', () => {
    expect(bankHolidays('2026-01-01', '2026-12-31').map((day) => day.date)).toEqual([
      '2026-01-01',
      '2026-04-03',
      '2026-04-06',
      '2026-05-04',
      '2026-05-25',
      '2026-08-31',
      '2026-12-25',
      '2026-12-28',
    ]);
  });

  it('lists Scotland’s nine bank holidays of 2025 including St Andrew’s Day’s substitute', () => {
    expect(bankHolidays('2025-01-01', '2025-12-31', { calendar: scotland })).toEqual([
      { date: '2025-01-01', name: 'New Year’s Day', provisional: false },
      { date: '2025-01-02', name: '2nd January', provisional: false },
      { date: '2025-04-18', name: 'Good Friday', provisional: false },
      { date: '2025-05-05', name: 'Early May bank holiday', provisional: false },
      { date: '2025-05-26', name: 'Spring bank holiday', provisional: false },
      { date: '2025-08-04', name: 'Summer bank holiday', provisional: false },
      { date: '2025-12-01', name: 'St Andrew’s Day', provisional: false },
      { date: '2025-12-25', name: 'Christmas Day', provisional: false },
      { date: '2025-12-26', name: 'Boxing Day', provisional: false },
    ]);
  });

  it('includes both ends of the range', () => {
    expect(bankHolidays('2026-12-25', '2026-12-25').map((day) => day.date)).toEqual(['2026-12-25']);
    expect(bankHolidays('2026-12-26', '2026-12-27')).toEqual([]);
  });

  describe('the provisional flag', () => {
    it('marks 2028 and earlier, from the official feed, as not provisional', () => {
      const days = bankHolidays('2028-01-01', '2028-12-31');
      expect(days).toHaveLength(8);
      expect(days.every((day) => !day.provisional)).toBe(true);
    });

    it('marks every holiday from 2029, projected by rule after the feed ends, as provisional', () => {
      // Easter Sunday 2029 is 1 April: Good Friday 30 Mar, Easter Monday 2 Apr.
      expect(bankHolidays('2029-01-01', '2029-12-31')).toEqual([
        { date: '2029-01-01', name: 'New Year’s Day', provisional: true },
        { date: '2029-03-30', name: 'Good Friday', provisional: true },
        { date: '2029-04-02', name: 'Easter Monday', provisional: true },
        { date: '2029-05-07', name: 'Early May bank holiday', provisional: true },
        { date: '2029-05-28', name: 'Spring bank holiday', provisional: true },
        { date: '2029-08-27', name: 'Summer bank holiday', provisional: true },
        { date: '2029-12-25', name: 'Christmas Day', provisional: true },
        { date: '2029-12-26', name: 'Boxing Day', provisional: true },
      ]);
    });

    it('switches at the new year across the end of the feed', () => {
      expect(bankHolidays('2028-12-01', '2029-01-31')).toEqual([
        { date: '2028-12-25', name: 'Christmas Day', provisional: false },
        { date: '2028-12-26', name: 'Boxing Day', provisional: false },
        { date: '2029-01-01', name: 'New Year’s Day', provisional: true },
      ]);
    });

    it('marks every holiday from 1995 to 2028 as not provisional and every one from 2029 to 2075 as provisional', () => {
      for (const calendar of [undefined, scotland, northernIreland]) {
        const options = calendar ? { calendar } : undefined;
        expect(bankHolidays('1995-01-01', '2028-12-31', options).some((day) => day.provisional)).toBe(false);
        expect(bankHolidays('2029-01-01', '2075-12-31', options).every((day) => day.provisional)).toBe(true);
      }
    });

    it('marks an extra holiday added by the caller in a provisional year as not provisional', () => {
      const calendar = createCalendar({ extraHolidays: [{ date: '2029-06-01', name: 'Proclaimed holiday' }] });
      expect(bankHolidays('2029-06-01', '2029-06-01', { calendar })).toEqual([
        { date: '2029-06-01', name: 'Proclaimed holiday', provisional: false },
      ]);
    });
  });

  it('lists a day once when an extra holiday repeats one of the division’s own', () => {
    // A council that added a proclaimed day before the feed caught up would otherwise see it twice.
    const calendar = createCalendar({
      extraHolidays: [
        { date: '2026-12-25', name: 'Christmas (added by hand)' },
        { date: '2026-12-25', name: 'Christmas (added twice)' },
      ],
    });
    expect(bankHolidays('2026-12-01', '2026-12-31', { calendar })).toEqual([
      { date: '2026-12-25', name: 'Christmas Day', provisional: false },
      { date: '2026-12-28', name: 'Boxing Day', provisional: false },
    ]);
  });

  it('does not list local closures', () => {
    const calendar = createCalendar({ closures: [{ from: '2026-12-29', to: '2026-12-31' }] });
    expect(bankHolidays('2026-12-01', '2026-12-31', { calendar }).map((day) => day.date)).toEqual(['2026-12-25', '2026-12-28']);
  });

  it('returns a new array each time, so a caller’s changes do not leak', () => {
    const first = bankHolidays('2026-12-01', '2026-12-31');
    first.push({ date: '2026-12-31', name: 'Mine', provisional: false } as (typeof first)[number]);
    expect(bankHolidays('2026-12-01', '2026-12-31')).toHaveLength(2);
  });

  it('checks both ends of the range', () => {
    expectCalendarError(() => bankHolidays('2026-02-30', '2026-12-31'), 'INVALID_DATE', 'from');
    expectCalendarError(() => bankHolidays('2026-01-01', 20_261_231 as unknown as string), 'INVALID_ARGUMENT', 'to');
    expectCalendarError(() => bankHolidays('1994-01-01', '2026-12-31'), 'OUT_OF_CALENDAR_RANGE', 'from');
    expectCalendarError(() => bankHolidays('2026-01-01', '2076-01-01'), 'OUT_OF_CALENDAR_RANGE', 'to');
    expectCalendarError(() => bankHolidays('1994-01-01', '2026-12-31', { calendar: scotland }), 'OUT_OF_CALENDAR_RANGE', 'from');
  });
});

describe('nonWorkingWeekdays', () => {
  it('lists the weekdays a count passes over from Christmas Eve 2026 to 4 Jan 2027', () => {
    expect(nonWorkingWeekdays('2026-12-24', '2027-01-04').map((day) => day.date)).toEqual(['2026-12-25', '2026-12-28', '2027-01-01']);
  });

  it('adds a council’s Christmas closure with its name and kind', () => {
    const council = createCalendar({ closures: [{ from: '2026-12-29', to: '2026-12-31', name: 'Christmas closure' }] });
    expect(nonWorkingWeekdays('2026-12-24', '2027-01-04', { calendar: council })).toEqual([
      { date: '2026-12-25', name: 'Christmas Day', kind: 'bankHoliday', provisional: false },
      { date: '2026-12-28', name: 'Boxing Day', kind: 'bankHoliday', provisional: false },
      { date: '2026-12-29', name: 'Christmas closure', kind: 'closure', provisional: false },
      { date: '2026-12-30', name: 'Christmas closure', kind: 'closure', provisional: false },
      { date: '2026-12-31', name: 'Christmas closure', kind: 'closure', provisional: false },
      { date: '2027-01-01', name: 'New Year’s Day', kind: 'bankHoliday', provisional: false },
    ]);
  });

  it('never lists a weekend day, even for a closure or holiday that falls on one', () => {
    // 26 and 27 Dec 2026 are a Saturday and Sunday; 1 Jan 2028 (New Year's Day) is a Saturday.
    const council = createCalendar({ closures: [{ from: '2026-12-24', to: '2027-01-03' }] });
    const days = nonWorkingWeekdays('2026-12-01', '2028-01-31', { calendar: council });
    expect(days.some((day) => isWeekend(day.date))).toBe(false);
    expect(days.map((day) => day.date)).not.toContain('2026-12-26');
    expect(days.map((day) => day.date)).toContain('2028-01-03');
  });

  it('lists a day once, as the bank holiday, when a closure covers a bank holiday', () => {
    const council = createCalendar({ closures: ['2026-12-25', { from: '2026-12-24', to: '2026-12-28' }] });
    expect(nonWorkingWeekdays('2026-12-24', '2026-12-28', { calendar: council })).toEqual([
      { date: '2026-12-24', name: 'Local closure', kind: 'closure', provisional: false },
      { date: '2026-12-25', name: 'Christmas Day', kind: 'bankHoliday', provisional: false },
      { date: '2026-12-28', name: 'Boxing Day', kind: 'bankHoliday', provisional: false },
    ]);
  });

  it('carries the provisional flag of projected holidays', () => {
    expect(nonWorkingWeekdays('2029-12-24', '2029-12-31')).toEqual([
      { date: '2029-12-25', name: 'Christmas Day', kind: 'bankHoliday', provisional: true },
      { date: '2029-12-26', name: 'Boxing Day', kind: 'bankHoliday', provisional: true },
    ]);
  });
});
