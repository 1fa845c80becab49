/*
 * The suite runs three times: with the host's zone, TZ=America/Los_Angeles and
 * TZ=Pacific/Auckland (npm run test:unit, test:tz). Dates are epoch-day numbers inside the
 * library and instants are read in an explicit zone, so every answer below is a literal that
 * must hold whatever the host's zone. The cases sit on the clock-change weekends of London
 * (29 Mar / 25 Oct 2026), Los Angeles (8 Mar / 1 Nov 2026) and Auckland (5 Apr / 27 Sep 2026).
 */
import { describe, expect, it } from 'vitest';
import {
  addCalendarMonths,
  addWorkingDays,
  bankHolidays,
  differenceInWorkingDays,
  isWorkingDay,
  nextWorkingDay,
  previousWorkingDay,
  scotland,
  toIsoDate,
} from '../src/index.js';

const hostZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

describe(`results whatever the host time zone (TZ=${process.env.TZ ?? 'unset'}, resolved ${hostZone})`, () => {
  it('reports the host time zone, and runs in the zone TZ asks for', () => {
    const offset = -new Date().getTimezoneOffset();
    console.info(`host time zone: TZ=${process.env.TZ ?? '(unset)'}, Intl resolves ${hostZone}, UTC offset now ${offset} min`);
    if (process.env.TZ !== undefined && process.env.TZ !== '') expect(hostZone).toBe(process.env.TZ);
  });

  it('reads instants in London by default, not in the host zone', () => {
    expect(toIsoDate(new Date('2026-03-28T23:30:00Z'))).toBe('2026-03-28');
    expect(toIsoDate(new Date('2026-10-24T23:30:00Z'))).toBe('2026-10-25');
    expect(toIsoDate(new Date('2026-10-25T23:30:00Z'))).toBe('2026-10-25');
    expect(toIsoDate(new Date('2026-07-01T23:30:00Z'))).toBe('2026-07-02');
    // Midnight in Los Angeles and in Auckland are still the dates London sees.
    expect(toIsoDate(new Date('2026-03-08T08:00:00Z'))).toBe('2026-03-08');
    expect(toIsoDate(new Date('2026-04-04T11:30:00Z'))).toBe('2026-04-04');
    expect(toIsoDate(new Date('2026-04-04T11:30:00Z'), 'Pacific/Auckland')).toBe('2026-04-05');
    expect(toIsoDate(new Date('2026-11-01T08:30:00Z'), 'America/Los_Angeles')).toBe('2026-11-01');
    expect(toIsoDate(new Date('2026-11-01T08:30:00Z'), 'UTC')).toBe('2026-11-01');
  });

  it('reads an instant built from local parts as the London date of that instant', () => {
    // new Date(2026, 2, 29, 12) is noon on 29 Mar 2026 in the host's zone: 29 Mar everywhere
    // from UTC-12 to UTC+11, and London agrees whatever the host.
    const noonHere = new Date(2026, 2, 29, 12);
    const londonDate = toIsoDate(noonHere);
    expect(londonDate).toBe(toIsoDate(new Date(noonHere.getTime()), 'Europe/London'));
    expect(['2026-03-28', '2026-03-29']).toContain(londonDate);
  });

  it('counts working days across every clock-change weekend of 2026 with the same answers', () => {
    expect(addWorkingDays('2026-03-06', 1)).toBe('2026-03-09'); // Los Angeles springs forward Sun 8 Mar
    expect(addWorkingDays('2026-03-27', 1)).toBe('2026-03-30'); // London springs forward Sun 29 Mar
    expect(addWorkingDays('2026-04-02', 1)).toBe('2026-04-07'); // Auckland falls back Sun 5 Apr, and Easter
    expect(addWorkingDays('2026-09-25', 1)).toBe('2026-09-28'); // Auckland springs forward Sun 27 Sep
    expect(addWorkingDays('2026-10-23', 1)).toBe('2026-10-26'); // London falls back Sun 25 Oct
    expect(addWorkingDays('2026-10-30', 1)).toBe('2026-11-02'); // Los Angeles falls back Sun 1 Nov
    // Sun 1 Mar + 60: twelve weeks of weekdays end Fri 22 May; Good Friday, Easter Monday and
    // 4 May push it 3 working days on, past Spring bank holiday Mon 25 May, to Thu 28 May.
    expect(addWorkingDays('2026-03-01', 60)).toBe('2026-05-28');
    // Sat 7 Mar to Mon 2 Nov: 34 weeks (170 weekdays) plus Sat 31 Oct, Sun 1, Mon 2 Nov (1) = 171,
    // less Good Friday, Easter Monday, 4 May, 25 May and 31 Aug = 166.
    expect(differenceInWorkingDays('2026-11-02', '2026-03-06')).toBe(166);
    expect(nextWorkingDay('2026-12-24')).toBe('2026-12-29');
    expect(previousWorkingDay('2026-04-07')).toBe('2026-04-02');
    expect(isWorkingDay('2026-08-03', { calendar: scotland })).toBe(false);
  });

  it('gives the docs/domain.md counting example and the calendar-month examples', () => {
    expect(addWorkingDays('2024-12-19', 15)).toBe('2025-01-14');
    expect(addCalendarMonths('2025-08-31', 3)).toBe('2025-11-30');
    expect(addCalendarMonths('2025-11-30', 3)).toBe('2026-02-28');
    expect(addCalendarMonths('2023-11-30', 3)).toBe('2024-02-29');
  });

  it('lists the same bank holidays', () => {
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
});
