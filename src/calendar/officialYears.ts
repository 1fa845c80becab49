import { CalendarError } from '../dates/calendarError.js';
import { toEpochDay } from '../dates/epochDay.js';
import { yearOf } from '../dates/gregorian.js';
import { capIssues, issuesMessage, type ValidationIssue } from '../validation/validationIssue.js';
import type { OfficialHolidays } from './officialHolidays.js';
import type { ExtraHoliday, OfficialYears, YearRange } from './workingDayCalendar.js';

/*
 * Official years an app gave a calendar (from its own copy of the gov.uk feed) are checked
 * here, apart from the calendar itself: the built-in calendars hold none, so an app that only
 * counts working days does not bundle these checks.
 */

/**
 * The problems of official years given to a calendar (every one, by path): whole years inside
 * the supported ones, each holiday `{ date, name }` inside them, and no gap between them and the
 * built-in official years (a gap could be answered only by projection, yet be called official).
 */
export function officialYearsIssues(
  years: OfficialYears,
  official: OfficialHolidays,
  supported: YearRange,
  path: readonly (string | number)[],
): ValidationIssue[] {
  if (typeof years !== 'object' || years === null) {
    return [{ path, code: 'invalid_type', message: 'must be an object { from, to, holidays }' }];
  }
  const issues: ValidationIssue[] = [];
  const { from, to, holidays } = years;
  for (const [key, year] of [['from', from], ['to', to]] as const) {
    if (!Number.isSafeInteger(year) || year < supported.from || year > supported.to) {
      issues.push({ path: [...path, key], code: 'invalid_value', message: `must be a year from ${supported.from} to ${supported.to}` });
    }
  }
  if (issues.length === 0 && to < from) issues.push({ path: [...path, 'to'], code: 'too_small', message: 'must not be before from' });
  if (issues.length === 0 && (from > official.lastYear + 1 || to < official.firstYear - 1)) {
    issues.push({
      path,
      code: 'custom',
      message: `must cover years that meet or overlap the built-in official years ${official.firstYear}-${official.lastYear}`,
    });
  }
  if (!Array.isArray(holidays)) {
    issues.push({ path: [...path, 'holidays'], code: 'invalid_type', message: 'must be an array of { date, name }' });
    return issues;
  }
  holidays.forEach((holiday: unknown, position) => {
    const at = [...path, 'holidays', position];
    const { date, name } = (typeof holiday === 'object' && holiday !== null ? holiday : {}) as Partial<ExtraHoliday>;
    if (typeof name !== 'string') issues.push({ path: [...at, 'name'], code: 'invalid_type', message: 'must be a string' });
    let year: number | undefined;
    try {
      year = yearOf(toEpochDay(date as string));
    } catch {
      issues.push({ path: [...at, 'date'], code: 'invalid_format', message: 'must be a real date written YYYY-MM-DD' });
    }
    if (year !== undefined && (year < from || year > to)) {
      issues.push({ path: [...at, 'date'], code: 'custom', message: 'must fall in the years from to to' });
    }
  });
  return issues;
}

/**
 * Official years as a calendar holds them: checked (a `CalendarError` listing every problem by
 * path), copied, frozen and in date order.
 */
export function checkOfficialYears(years: OfficialYears, official: OfficialHolidays, supported: YearRange): OfficialYears {
  const issues = officialYearsIssues(years, official, supported, ['officialHolidays']);
  if (issues.length > 0) {
    const list = capIssues(issues);
    throw new CalendarError('INVALID_ARGUMENT', 'officialHolidays', issuesMessage(list), list);
  }
  const holidays = years.holidays.map((holiday) => Object.freeze({ date: holiday.date, name: holiday.name }));
  holidays.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return Object.freeze({ from: years.from, to: years.to, holidays: Object.freeze(holidays) });
}
