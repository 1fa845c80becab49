import { CalendarError } from './calendarError.js';
import { toEpochDay } from './epochDay.js';
import type { IsoDate } from './isoDate.js';

/*
 * The dates a case log may hold: every date and date-time field of the stored format falls in
 * the years 1900-2099. The calendars answer for 1995-2075 (England & Wales; the others from
 * their first official year) and the fold refuses an event its case's calendar cannot count
 * with (`OUT_OF_CALENDAR_RANGE`); but the format is one for every calendar, and a child's date
 * of birth may be years before the first case date, so the format takes a fixed range holding
 * them all. Fixed and far inside 0001-9999, so that every deadline counted from such a date is
 * still a four-digit year (the longest period, a supervision order's three years, ends in
 * 2102 at the latest), and written as a pattern, so the JSON Schema of the format says it too.
 */

/** The years a date in a case log may fall in, both ends included. */
export const logYears = { from: 1900, to: 2099 } as const;

/** A `YYYY-MM-DD` date of {@link logYears}, as a pattern (the date must also exist). */
export const LOG_DATE_PATTERN = /^(?:19|20)\d{2}-\d{2}-\d{2}$/;

/** An ISO date-time with offset whose date is in {@link logYears}, as a pattern. */
export const LOG_DATE_TIME_PATTERN = /^(?:19|20)\d{2}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

const outsideLogYears = (argument: string): CalendarError =>
  new CalendarError('INVALID_DATE', argument, `${argument} must be in the years ${logYears.from}-${logYears.to}`);

/**
 * Checks a date for a case log: a real `YYYY-MM-DD` date in {@link logYears}. Throws a
 * `CalendarError` (`INVALID_DATE`) naming `argument` otherwise.
 */
export function logDate(text: string, argument: string): IsoDate {
  if (typeof text === 'string' && DATE_SHAPE.test(text) && !LOG_DATE_PATTERN.test(text)) throw outsideLogYears(argument);
  toEpochDay(text, argument);
  return text as IsoDate;
}
