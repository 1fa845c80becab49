import { toEpochDay } from '../dates/epochDay.js';
import { dayOfWeek, daysInMonth, epochDayOf } from '../dates/gregorian.js';
import type { Division } from './division.js';
import { easterSunday } from './easter.js';
import { oneOffChanges } from './oneOffHolidays.js';

/** A bank holiday as an epoch day and its gov.uk title. */
export interface RuleHoliday {
  readonly epochDay: number;
  readonly name: string;
}

const SATURDAY = 6;
const SUNDAY = 0;
const MONDAY = 1;

/**
 * A division's bank holidays in a year by the standing rules of the Banking and Financial
 * Dealings Act 1971 Sch 1 and the annual proclamations (docs/domain.md, bank holidays; docs/calendars.md), with the recorded
 * one-off changes applied. Used before the gov.uk feed begins (from 1995, every division) and
 * to project after it ends.
 *
 * Which days rest on the Act and which on the proclamation made each year under s1(3):
 * - England and Wales (Sch 1 para 1): Easter Monday, the last Mondays of May and August,
 *   26 December (27th when the 25th or 26th is a Sunday). New Year's Day (since 1974) and the
 *   first Monday of May (since 1978) by proclamation; Christmas Day and Good Friday are
 *   common-law holidays.
 * - Scotland (Sch 1 para 2): 1 and 2 January (3rd when either is a Sunday), Good Friday, the
 *   first Mondays of May and August, Christmas Day (26th when a Sunday), and 30 November
 *   (the following Monday at a weekend) from the St Andrew's Day Bank Holiday (Scotland) Act
 *   2007 s1, in force 16 January 2007. Boxing Day and the last Monday of May by proclamation.
 * - Northern Ireland (Sch 1 para 3): 17 March (18th when a Sunday), Easter Monday, the last
 *   Mondays of May and August, 26 December as England. 12 July, New Year's Day and the first
 *   Monday of May by proclamation (12 July by the Secretary of State each year).
 * A Saturday holiday has a substitute only by proclamation: the custom, followed here, is the
 * next free weekday; the exceptions found are recorded in `oneOffChanges` as not appointed.
 */
export function ruleBasedHolidays(division: Division, year: number): RuleHoliday[] {
  const easter = easterSunday(year);
  const holidays: RuleHoliday[] = [];
  // When 1 January is a Sunday, the gov.uk feed names Scotland's Monday and Tuesday holidays
  // inconsistently (2012 and 2017 one way, 2023 the other); the dates agree, and these names
  // follow 2012 and 2017.
  const newYear = division === 'scotland' ? ['New Year’s Day', '2nd January'] : ['New Year’s Day'];
  holidays.push(...substituted(epochDayOf(year, 1, 1), newYear));
  if (division === 'northern-ireland') {
    holidays.push(...substituted(epochDayOf(year, 3, 17), ['St Patrick’s Day']));
  }
  holidays.push({ epochDay: easter - 2, name: 'Good Friday' });
  if (division !== 'scotland') holidays.push({ epochDay: easter + 1, name: 'Easter Monday' });
  holidays.push({ epochDay: firstMonday(year, 5), name: 'Early May bank holiday' });
  holidays.push({ epochDay: lastMonday(year, 5), name: 'Spring bank holiday' });
  if (division === 'northern-ireland') {
    holidays.push(...substituted(epochDayOf(year, 7, 12), ['Battle of the Boyne (Orangemen’s Day)']));
  }
  holidays.push({
    epochDay: division === 'scotland' ? firstMonday(year, 8) : lastMonday(year, 8),
    name: 'Summer bank holiday',
  });
  // St Andrew's Day became a Scottish bank holiday under the St Andrew's Day Bank Holiday
  // (Scotland) Act 2007.
  if (division === 'scotland' && year >= 2007) {
    holidays.push(...substituted(epochDayOf(year, 11, 30), ['St Andrew’s Day']));
  }
  holidays.push(...substituted(epochDayOf(year, 12, 25), ['Christmas Day', 'Boxing Day']));
  return applyOneOffs(division, year, holidays).sort((a, b) => a.epochDay - b.epochDay);
}

/**
 * Fixed-date holidays on consecutive days starting at `first`: a day that falls on a weekday
 * stays; one that falls on a weekend moves to the next weekday not already taken, in order.
 * This gives the statutory substitutes, e.g. Christmas on a Sunday moves to Tuesday 27th
 * because Boxing Day holds Monday 26th.
 */
function substituted(first: number, names: readonly string[]): RuleHoliday[] {
  const taken = new Set<number>();
  names.forEach((_, offset) => {
    if (!isWeekend(first + offset)) taken.add(first + offset);
  });
  return names.map((name, offset) => {
    let day = first + offset;
    if (isWeekend(day)) {
      while (isWeekend(day) || taken.has(day)) day++;
      taken.add(day);
    }
    return { epochDay: day, name };
  });
}

function applyOneOffs(division: Division, year: number, holidays: RuleHoliday[]): RuleHoliday[] {
  let result = holidays;
  for (const change of oneOffChanges) {
    if (!change.divisions.includes(division) || Number(change.date.slice(0, 4)) !== year) continue;
    const epochDay = toEpochDay(change.date);
    if (change.notAppointed === true) {
      result = result.filter((holiday) => holiday.epochDay !== epochDay);
      continue;
    }
    if (change.replaces !== undefined) result = result.filter((holiday) => holiday.name !== change.replaces);
    result = [...result, { epochDay, name: change.name }];
  }
  return result;
}

function isWeekend(epochDay: number): boolean {
  const weekday = dayOfWeek(epochDay);
  return weekday === SATURDAY || weekday === SUNDAY;
}

function firstMonday(year: number, month: number): number {
  const first = epochDayOf(year, month, 1);
  return first + ((MONDAY - dayOfWeek(first) + 7) % 7);
}

function lastMonday(year: number, month: number): number {
  const last = epochDayOf(year, month, daysInMonth(year, month));
  return last - ((dayOfWeek(last) - MONDAY + 7) % 7);
}
