import { fromEpochDay, toEpochDay } from '../dates/epochDay.js';
import { dayOfWeek } from '../dates/gregorian.js';
import type { DateInput, IsoDate } from '../dates/isoDate.js';
import { indexFor, offsetIn, type CalendarOptions } from './workingDays.js';
import { lowerBound, type NonWorkingDay } from './workingDayIndex.js';

/** A bank holiday of a calendar. `provisional` when projected by rule after the official feed. */
export interface BankHoliday {
  readonly date: IsoDate;
  readonly name: string;
  readonly provisional: boolean;
}

/** A weekday on which a calendar does not work: a bank holiday or a local closure. */
export interface NonWorkingWeekday extends BankHoliday {
  readonly kind: 'bankHoliday' | 'closure';
}

/**
 * The calendar's bank holidays from `from` to `to` (both included), in date order, including
 * any extra holidays the calendar adds.
 *
 * @example
 * bankHolidays('2026-12-01', '2026-12-31');
 * // [{ date: '2026-12-25', name: 'Christmas Day', provisional: false },
 * //  { date: '2026-12-28', name: 'Boxing Day', provisional: false }]
 */
export function bankHolidays(from: DateInput, to: DateInput, options?: CalendarOptions): BankHoliday[] {
  // An extra holiday may fall on one of the division's own days (e.g. once the feed catches up
  // with a proclamation): list each day once, under the division's own entry, which sorts first.
  const seen = new Set<number>();
  return entriesBetween(from, to, options)
    .filter((day) => {
      if (day.kind !== 'bankHoliday' || seen.has(day.epochDay)) return false;
      seen.add(day.epochDay);
      return true;
    })
    .map((day) => ({ date: fromEpochDay(day.epochDay), name: day.name, provisional: day.provisional }));
}

/**
 * The weekdays from `from` to `to` (both included) on which the calendar does not work, with
 * the reason: the days a working-day count passes over.
 *
 * @example
 * const council = createCalendar({ closures: [{ from: '2026-12-29', to: '2026-12-31' }] });
 * nonWorkingWeekdays('2026-12-24', '2027-01-04', { calendar: council }).map((day) => day.date);
 * // ['2026-12-25', '2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01']
 */
export function nonWorkingWeekdays(from: DateInput, to: DateInput, options?: CalendarOptions): NonWorkingWeekday[] {
  const seen = new Set<number>();
  const days: NonWorkingWeekday[] = [];
  for (const day of entriesBetween(from, to, options)) {
    const weekday = dayOfWeek(day.epochDay);
    if (weekday === 0 || weekday === 6 || seen.has(day.epochDay)) continue;
    seen.add(day.epochDay);
    days.push({ date: fromEpochDay(day.epochDay), name: day.name, kind: day.kind, provisional: day.provisional });
  }
  return days;
}

function entriesBetween(from: DateInput, to: DateInput, options: CalendarOptions | undefined): NonWorkingDay[] {
  const index = indexFor(options);
  const first = toEpochDay(from, 'from');
  const last = toEpochDay(to, 'to');
  offsetIn(index, first, 'from', options);
  offsetIn(index, last, 'to', options);
  return index.nonWorking.slice(lowerBound(index.nonWorkingDays, first), lowerBound(index.nonWorkingDays, last + 1));
}
