/*
 * Scotland and Northern Ireland before the gov.uk feed (1995-2011). Checked against the npm
 * package date-holidays day by day, with every disagreement listed and explained, and against
 * dates read by hand from primary texts:
 * - Banking and Financial Dealings Act 1971 Sch 1 para 2 (Scotland) and para 3 (Northern
 *   Ireland); the St Andrew's Day Bank Holiday (Scotland) Act 2007 s1 (in force 16 Jan 2007);
 * - the proclamation of 24 June 1998 (London Gazette): Mon 28 Dec 1998 in every division,
 *   Fri 1 Jan and Mon 3 May 1999 in England, Wales and Northern Ireland, Mon 4 Jan and
 *   Mon 31 May 1999 in Scotland;
 * - the Scottish Government's confirmation (January 2014) that no proclamation appointed
 *   Mon 4 Jan 2010 or Tue 4 Jan 2011 in Scotland.
 */
import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { bankHolidays, isWorkingDay, nonWorkingWeekdays, northernIreland, scotland } from '../../src/index.js';
import { isWeekend, weekdayOf } from '../support/days.js';

const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const on = (date: string): string => `${weekdays[weekdayOf(date)]} ${date}`;

/** Weekdays date-holidays calls a public or bank holiday, 1995-2011. */
function peerHolidays(region: 'SCT' | 'NIR'): Set<string> {
  const holidays = new Holidays('GB', region);
  const days = new Set<string>();
  for (let year = 1995; year <= 2011; year++) {
    for (const holiday of holidays.getHolidays(year)) {
      // "YYYY-MM-DD hh:mm:ss" in the country's own calendar: no host time zone is involved.
      const date = holiday.date.slice(0, 10);
      if ((holiday.type === 'public' || holiday.type === 'bank') && !isWeekend(date)) days.add(date);
    }
  }
  return days;
}

function disagreements(region: 'SCT' | 'NIR', calendar: typeof scotland): { onlyPeer: string[]; onlyOurs: string[] } {
  const peer = peerHolidays(region);
  const ours = new Set<string>(nonWorkingWeekdays('1995-01-01', '2011-12-31', { calendar }).map((day) => day.date));
  return {
    onlyPeer: [...peer].filter((day) => !ours.has(day)).sort(),
    onlyOurs: [...ours].filter((day) => !peer.has(day)).sort(),
  };
}

/** The one-off proclamations of 1995-2011, held in every division. */
const ONE_OFF_DAYS = ['1995-05-08', '1999-12-31', '2002-06-03', '2002-06-04', '2011-04-29'];
/** The standing days those proclamations moved. */
const MOVED_FROM = ['1995-05-01', '2002-05-27'];

describe('Scotland 1995-2011', () => {
  it('is covered from 1995, on the rules before 2012', () => {
    expect(scotland.coverage.supported.from).toBe(1995);
    expect(scotland.coverage.historical).toEqual({ from: 1995, to: 2011 });
    expect(bankHolidays('1995-01-01', '2011-12-31', { calendar: scotland }).some((day) => day.provisional)).toBe(false);
  });

  it('disagrees with date-holidays only where date-holidays is wrong, each for a stated reason', () => {
    const { onlyPeer, onlyOurs } = disagreements('SCT', scotland);
    expect(onlyPeer).toEqual([
      '1995-05-01', // Early May 1995, moved to Mon 8 May
      // St Andrew's Day before the 2007 Act, which date-holidays keeps in every year
      // (Sat 30 Nov 1996 and 2002 -> Mon 2 Dec; Sun 30 Nov 1997 and 2003 -> Mon 1 Dec):
      '1995-11-30', '1996-12-02', '1997-12-01', '1998-11-30', '1999-11-30', '2000-11-30', '2001-11-30',
      '2002-05-27', // Spring 2002, moved to Tue 4 Jun
      '2002-12-02', '2003-12-01', '2004-11-30', '2005-11-30', '2006-11-30',
      // Substitutes for Sat 2 Jan 2010 and Sat 1 Jan 2011 that no proclamation appointed:
      '2010-01-04', '2011-01-04',
    ]);
    expect(onlyOurs).toEqual(ONE_OFF_DAYS);
  });

  it.each([
    ['2006-11-30', true, 'Thursday St Andrew’s Day 2006: before the 2007 Act, a working day'],
    ['2007-11-30', false, 'Friday St Andrew’s Day 2007: the first under the Act'],
    ['2008-12-01', false, 'Sunday 30 Nov 2008: the Act’s substitute is the next Monday'],
    ['2009-11-30', false, 'Monday St Andrew’s Day 2009'],
  ])('%s working: %s (%s)', (date, working) => {
    expect(isWorkingDay(date, { calendar: scotland })).toBe(working);
  });

  it('keeps the 1998 proclamation’s Scottish days: Mon 28 Dec 1998, Mon 4 Jan and Mon 31 May 1999', () => {
    // 26 Dec 1998 a Saturday; 2 Jan 1999 a Saturday (1 Jan a Friday, held on the day);
    // 31 May 1999 the last Monday of May, by proclamation in Scotland.
    expect([on('1998-12-26'), on('1999-01-02'), on('1999-01-01')]).toEqual(['Sat 1998-12-26', 'Sat 1999-01-02', 'Fri 1999-01-01']);
    for (const date of ['1998-12-28', '1999-01-01', '1999-01-04', '1999-05-31']) {
      expect(isWorkingDay(date, { calendar: scotland }), date).toBe(false);
    }
  });

  it('counts 2 January and a Sunday New Year by the Act: 1995 (Sun 1, Mon 2 -> Mon 2, Tue 3)', () => {
    // Sch 1 para 2: New Year's Day, if a Sunday, 3 January; 2 January held on its Monday.
    expect(bankHolidays('1995-01-01', '1995-01-31', { calendar: scotland }).map((day) => day.date)).toEqual(['1995-01-02', '1995-01-03']);
  });

  it('works on Mon 4 Jan 2010 and Tue 4 Jan 2011, which no proclamation appointed', () => {
    // 2010: Fri 1 Jan held; Sat 2 Jan not moved. 2011: Sat 1 Jan not moved; Sun 2 Jan -> Mon 3 Jan by the Act.
    expect(bankHolidays('2010-01-01', '2010-01-31', { calendar: scotland }).map((day) => day.date)).toEqual(['2010-01-01']);
    expect(bankHolidays('2011-01-01', '2011-01-31', { calendar: scotland }).map((day) => day.date)).toEqual(['2011-01-03']);
    expect(isWorkingDay('2010-01-04', { calendar: scotland })).toBe(true);
    expect(isWorkingDay('2011-01-04', { calendar: scotland })).toBe(true);
  });

  it('has no Easter Monday and holds the summer holiday on the first Monday of August', () => {
    expect(isWorkingDay('2005-03-28', { calendar: scotland })).toBe(true); // Easter Monday 2005
    expect(isWorkingDay('2005-08-01', { calendar: scotland })).toBe(false); // first Monday of August 2005
    expect(isWorkingDay('2005-08-29', { calendar: scotland })).toBe(true); // last Monday of August 2005
  });
});

describe('Northern Ireland 1995-2011', () => {
  it('is covered from 1995, on the rules before 2012', () => {
    expect(northernIreland.coverage.supported.from).toBe(1995);
    expect(northernIreland.coverage.historical).toEqual({ from: 1995, to: 2011 });
  });

  it('disagrees with date-holidays only on the one-off proclamations it misses', () => {
    const { onlyPeer, onlyOurs } = disagreements('NIR', northernIreland);
    expect(onlyPeer).toEqual(MOVED_FROM);
    expect(onlyOurs).toEqual(ONE_OFF_DAYS);
  });

  it.each([
    ['1997-07-14', 'Sat 12 Jul 1997: the proclaimed substitute is Monday 14th'],
    ['1998-07-13', 'Sun 12 Jul 1998: Monday 13th'],
    ['2011-07-12', 'Tue 12 Jul 2011: on the day'],
    ['1996-03-18', 'Sun 17 Mar 1996: Monday 18th by Sch 1 para 3'],
    ['2001-03-19', 'Sat 17 Mar 2001: Monday 19th by proclamation'],
  ])('does not work on %s (%s)', (date) => {
    expect(isWorkingDay(date, { calendar: northernIreland })).toBe(false);
  });

  it('keeps the 1998 proclamation’s days for Northern Ireland: Mon 28 Dec 1998, Fri 1 Jan and Mon 3 May 1999', () => {
    for (const date of ['1998-12-28', '1999-01-01', '1999-05-03']) expect(isWorkingDay(date, { calendar: northernIreland }), date).toBe(false);
  });
});

describe('the one-off days of 1995-2011 in both divisions', () => {
  it.each(ONE_OFF_DAYS)('%s is a holiday in Scotland and Northern Ireland', (date) => {
    expect(isWorkingDay(date, { calendar: scotland })).toBe(false);
    expect(isWorkingDay(date, { calendar: northernIreland })).toBe(false);
  });

  it.each(MOVED_FROM)('%s, the day the holiday moved from, is a working day in both', (date) => {
    expect(isWorkingDay(date, { calendar: scotland })).toBe(true);
    expect(isWorkingDay(date, { calendar: northernIreland })).toBe(true);
  });
});
