/*
 * England and Wales before the gov.uk feed (1995-2011), checked day by day against an
 * implementation written here from the bank-holiday section of docs/domain.md alone, and
 * against the npm package date-holidays, whose only disagreements must be the proclamation
 * one-offs it is known to miss.
 */
import { readFileSync } from 'node:fs';
import Holidays, { type HolidaysTypes } from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { feedPath } from '../../scripts/generate-holidays.js';
import { bankHolidays, isWorkingDay, nonWorkingWeekdays } from '../../src/index.js';
import { eachDay, isWeekend, plusDays, weekdayOf } from '../support/days.js';

/*
 * Easter Sunday (Western), typed in by hand from published tables and checked against Python's
 * dateutil.easter and against date-holidays' "Easter Sunday" observance. The test below also
 * checks that each is a Sunday between 22 March and 25 April.
 */
const EASTER_SUNDAY: Readonly<Record<number, string>> = {
  1995: '1995-04-16', 1996: '1996-04-07', 1997: '1997-03-30', 1998: '1998-04-12', 1999: '1999-04-04',
  2000: '2000-04-23', 2001: '2001-04-15', 2002: '2002-03-31', 2003: '2003-04-20', 2004: '2004-04-11',
  2005: '2005-03-27', 2006: '2006-04-16', 2007: '2007-04-08', 2008: '2008-03-23', 2009: '2009-04-12',
  2010: '2010-04-04', 2011: '2011-04-24', 2012: '2012-04-08', 2013: '2013-03-31', 2014: '2014-04-20',
  2015: '2015-04-05', 2016: '2016-03-27', 2017: '2017-04-16', 2018: '2018-04-01', 2019: '2019-04-21',
  2020: '2020-04-12', 2021: '2021-04-04', 2022: '2022-04-17', 2023: '2023-04-09', 2024: '2024-03-31',
  2025: '2025-04-20', 2026: '2026-04-05', 2027: '2027-03-28', 2028: '2028-04-16',
};

/** The one-off changes for England and Wales, as the table of docs/domain.md states them. */
interface OneOff {
  /** A standing holiday held on another date that year. */
  readonly moved?: { readonly earlyMay?: string; readonly spring?: string };
  /** Extra days. */
  readonly extra?: readonly string[];
}

const ONE_OFFS: Readonly<Record<number, OneOff>> = {
  1995: { moved: { earlyMay: '1995-05-08' } }, // VE Day 50
  1999: { extra: ['1999-12-31'] }, // millennium
  2002: { moved: { spring: '2002-06-04' }, extra: ['2002-06-03'] }, // Golden Jubilee
  2011: { extra: ['2011-04-29'] }, // royal wedding
  2012: { moved: { spring: '2012-06-04' }, extra: ['2012-06-05'] }, // Diamond Jubilee
  2020: { moved: { earlyMay: '2020-05-08' } }, // VE Day 75
  2022: { moved: { spring: '2022-06-02' }, extra: ['2022-06-03', '2022-09-19'] }, // Platinum Jubilee, state funeral
  2023: { extra: ['2023-05-08'] }, // coronation
};

const SUNDAY = 0;
const MONDAY = 1;
const FRIDAY = 5;
const SATURDAY = 6;
const pad = (value: number): string => String(value).padStart(2, '0');

function firstMonday(year: number, month: number): string {
  const first = `${year}-${pad(month)}-01`;
  return plusDays(first, (MONDAY - weekdayOf(first) + 7) % 7);
}

function lastMonday(year: number, month: number): string {
  const last = plusDays(month === 12 ? `${year + 1}-01-01` : `${year}-${pad(month + 1)}-01`, -1);
  return plusDays(last, -((weekdayOf(last) - MONDAY + 7) % 7));
}

/** England and Wales bank holidays of a year, from the bank-holiday section of docs/domain.md alone. */
function independentHolidays(year: number): string[] {
  const easter = EASTER_SUNDAY[year];
  if (easter === undefined) throw new Error(`no Easter date for ${year}`);
  const oneOff = ONE_OFFS[year] ?? {};

  // New Year's Day: 1 Jan; if Saturday or Sunday, the next Monday.
  const newYear = `${year}-01-01`;
  const newYearWeekday = weekdayOf(newYear);
  const days = [newYearWeekday === SATURDAY ? plusDays(newYear, 2) : newYearWeekday === SUNDAY ? plusDays(newYear, 1) : newYear];

  days.push(plusDays(easter, -2), plusDays(easter, 1)); // Good Friday, Easter Monday
  days.push(oneOff.moved?.earlyMay ?? firstMonday(year, 5));
  days.push(oneOff.moved?.spring ?? lastMonday(year, 5));
  days.push(lastMonday(year, 8));

  // Christmas: 25 Sat -> Mon 27 and Tue 28; 25 Sun -> Boxing Mon 26, Christmas Tue 27;
  // 26 Sat (25 Fri) -> Boxing Mon 28; otherwise 25 and 26.
  const christmasWeekday = weekdayOf(`${year}-12-25`);
  if (christmasWeekday === SATURDAY) days.push(`${year}-12-27`, `${year}-12-28`);
  else if (christmasWeekday === SUNDAY) days.push(`${year}-12-26`, `${year}-12-27`);
  else if (christmasWeekday === FRIDAY) days.push(`${year}-12-25`, `${year}-12-28`);
  else days.push(`${year}-12-25`, `${year}-12-26`);

  days.push(...(oneOff.extra ?? []));
  return days.sort();
}

const years = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('the independent England and Wales implementation used as an oracle', () => {
  it('has an Easter Sunday that is a Sunday between 22 March and 25 April for every year', () => {
    for (const [year, date] of Object.entries(EASTER_SUNDAY)) {
      expect(weekdayOf(date), date).toBe(SUNDAY);
      expect(date >= `${year}-03-22` && date <= `${year}-04-25`, date).toBe(true);
    }
  });

  it('reproduces the gov.uk feed for 2012-2028, so it can be trusted for the years before', () => {
    const feed = JSON.parse(readFileSync(feedPath, 'utf8')) as Record<string, { events: { date: string }[] }>;
    const official = (feed['england-and-wales']?.events ?? []).map((event) => event.date).sort();
    expect(years(2012, 2028).flatMap(independentHolidays)).toEqual(official);
  });

  it('puts every holiday of 1995-2011 on a weekday', () => {
    expect(years(1995, 2011).flatMap(independentHolidays).filter(isWeekend)).toEqual([]);
  });
});

describe('England and Wales working days 1995-2011 (before the feed)', () => {
  it('agree with the independent implementation on every day', () => {
    const holidays = new Set(years(1995, 2011).flatMap(independentHolidays));
    const disagreements: string[] = [];
    let days = 0;
    for (const day of eachDay('1995-01-01', '2011-12-31')) {
      days++;
      if (isWorkingDay(day) !== (!isWeekend(day) && !holidays.has(day))) disagreements.push(day);
    }
    expect(days).toBe(6209); // 17 years, 4 of them leap years (1996, 2000, 2004, 2008)
    expect(disagreements).toEqual([]);
  });

  it('list the same bank holidays, none of them provisional', () => {
    const listed = bankHolidays('1995-01-01', '2011-12-31');
    expect(listed.map((day) => day.date)).toEqual(years(1995, 2011).flatMap(independentHolidays));
    expect(listed.some((day) => day.provisional)).toBe(false);
  });

  it.each([
    ['1995-05-08', 'Early May bank holiday (VE day)'],
    ['1999-12-31', 'Millennium celebrations'],
    ['2002-06-03', 'Golden Jubilee bank holiday'],
    ['2002-06-04', 'Spring bank holiday'],
    ['2011-04-29', 'Royal wedding bank holiday'],
  ])('keep the one-off day %s (%s)', (date, name) => {
    expect(isWorkingDay(date)).toBe(false);
    expect(bankHolidays(date, date)).toEqual([{ date, name, provisional: false }]);
  });

  it.each([
    ['1995-05-01', 'the first Monday of May 1995, moved to 8 May'],
    ['2002-05-27', 'the last Monday of May 2002, moved to 4 June'],
  ])('work on %s, %s', (date) => {
    expect(isWorkingDay(date)).toBe(true);
  });
});

describe('date-holidays (npm) as a second opinion for England and Wales', () => {
  const holidays = new Holidays('GB', 'ENG');
  const byYear = new Map<number, HolidaysTypes.Holiday[]>();
  /** date-holidays takes ~10 ms a year, so each year is asked once. */
  const holidaysOf = (year: number): HolidaysTypes.Holiday[] => {
    let list = byYear.get(year);
    if (list === undefined) byYear.set(year, (list = holidays.getHolidays(year)));
    return list;
  };

  /** Weekdays that date-holidays calls a public or bank holiday. */
  function peerHolidays(from: number, to: number): Set<string> {
    const days = new Set<string>();
    for (const year of years(from, to)) {
      for (const holiday of holidaysOf(year)) {
        // `date` is "YYYY-MM-DD hh:mm:ss" in the country's own calendar, so no host time zone
        // is involved; weekend entries (e.g. 25 Dec on a Saturday) stand beside their substitutes.
        const date = holiday.date.slice(0, 10);
        if ((holiday.type === 'public' || holiday.type === 'bank') && !isWeekend(date)) days.add(date);
      }
    }
    return days;
  }

  it('agrees on Easter Sunday for every year in the oracle', () => {
    for (const [year, date] of Object.entries(EASTER_SUNDAY)) {
      const easter = holidaysOf(Number(year)).find((holiday) => holiday.name === 'Easter Sunday');
      expect(easter?.date.slice(0, 10)).toBe(date);
    }
  });

  it('disagrees only on the one-off days of 1995, 1999, 2002, 2011 and 2012 it is known to miss, for 1995-2075', () => {
    const peer = peerHolidays(1995, 2075);
    const ours = new Set<string>(nonWorkingWeekdays('1995-01-01', '2075-12-31').map((day) => day.date));
    const onlyPeer = [...peer].filter((day) => !ours.has(day)).sort();
    const onlyOurs = [...ours].filter((day) => !peer.has(day)).sort();
    // date-holidays keeps the standing day where a proclamation moved it...
    expect(onlyPeer).toEqual([
      '1995-05-01', // Early May 1995 was moved to Mon 8 May (VE Day 50)
      '2002-05-27', // Spring 2002 was moved to Tue 4 Jun (Golden Jubilee)
      '2012-05-28', // Spring 2012 was moved to Mon 4 Jun (Diamond Jubilee)
    ]);
    // ...and misses the moved and extra days.
    expect(onlyOurs).toEqual([
      '1995-05-08', // Early May bank holiday (VE Day 50)
      '1999-12-31', // millennium
      '2002-06-03', // Golden Jubilee
      '2002-06-04', // Spring bank holiday, moved
      '2011-04-29', // royal wedding
      '2012-06-04', // Spring bank holiday, moved (date-holidays does have 5 Jun 2012)
    ]);
  });

  it('is wrong on those days and the independent implementation is right', () => {
    const oracle = new Set(years(1995, 2012).flatMap(independentHolidays));
    const held = ['1995-05-08', '1999-12-31', '2002-06-03', '2002-06-04', '2011-04-29', '2012-06-04'];
    const notHeld = ['1995-05-01', '2002-05-27', '2012-05-28'];
    for (const day of held) expect(oracle.has(day), day).toBe(true);
    for (const day of notHeld) expect(oracle.has(day), day).toBe(false);
  });
});
