import { toEpochDay } from '../dates/epochDay.js';
import type { DateInput } from '../dates/isoDate.js';
import { indexFor, offsetIn, type CalendarOptions } from './workingDays.js';

/**
 * True when the calendar knows the date's bank holidays only by projection: its year lies
 * beyond the official data (`calendar.coverage.provisional`), where a holiday proclaimed later
 * would not be counted. For scripts that call `addWorkingDays` directly: a count is provisional
 * when the later of its two dates is (`dueDate` and `dueItems` say so themselves). A date
 * outside the supported years is an `OUT_OF_CALENDAR_RANGE` error, as everywhere.
 *
 * @example
 * isProvisional('2026-12-25'); // false: the official feed covers 2026
 * isProvisional(addWorkingDays('2040-01-02', 5)); // true: 2040 is projected by rule
 */
export function isProvisional(date: DateInput, options?: CalendarOptions): boolean {
  const index = indexFor(options);
  const epochDay = toEpochDay(date);
  offsetIn(index, epochDay, 'date', options);
  return epochDay >= index.provisionalFrom;
}
