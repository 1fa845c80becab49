import { CalendarError } from './calendarError.js';
import { fromEpochDay } from './epochDay.js';
import { daysInMonth, epochDayOf } from './gregorian.js';
import { isoDate, type DateInput, type IsoDate } from './isoDate.js';

/**
 * Adds calendar months: the same day of the month `months` later (or earlier), or that month's
 * last day when it has no such day. This is how "within 3 months" is counted in Working Together
 * 2023 (31 Aug + 3 months = 30 Nov; 30 Nov + 3 months = 28 or 29 Feb).
 *
 * @example
 * addCalendarMonths('2025-11-30', 3); // '2026-02-28'
 * addCalendarMonths('2023-11-30', 3); // '2024-02-29'
 */
export function addCalendarMonths(date: DateInput, months: number): IsoDate {
  const text = isoDate(date);
  if (!Number.isSafeInteger(months)) {
    throw new CalendarError('INVALID_ARGUMENT', 'months', 'months must be a whole number');
  }
  const monthIndex = Number(text.slice(0, 4)) * 12 + Number(text.slice(5, 7)) - 1 + months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12 + 1;
  if (year < 1 || year > 9999) {
    throw new CalendarError('INVALID_ARGUMENT', 'months', 'the result falls outside years 0001-9999');
  }
  const day = Math.min(Number(text.slice(8, 10)), daysInMonth(year, month));
  return fromEpochDay(epochDayOf(year, month, day));
}
