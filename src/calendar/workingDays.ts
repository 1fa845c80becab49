import { CalendarError, describeType } from '../dates/calendarError.js';
import { fromEpochDay, toEpochDay } from '../dates/epochDay.js';
import type { DateInput, IsoDate } from '../dates/isoDate.js';
import { englandAndWales } from './calendars.js';
import { indexOf, outOfRange, type WorkingDayCalendar } from './workingDayCalendar.js';
import type { WorkingDayIndex } from './workingDayIndex.js';

/** Options of the working-day functions. */
export interface CalendarOptions {
  /** The calendar to count in; England & Wales when omitted. */
  readonly calendar?: WorkingDayCalendar;
}

/**
 * True when the date is a working day: Monday to Friday and not a bank holiday or closure of
 * the calendar.
 *
 * @example
 * isWorkingDay('2025-12-25'); // false: Christmas Day
 * isWorkingDay('2026-03-30'); // true: the Monday after the clocks go forward
 */
export function isWorkingDay(date: DateInput, options?: CalendarOptions): boolean {
  const index = indexFor(options);
  const offset = offsetIn(index, toEpochDay(date), 'date', options);
  return (index.workingUpTo[offset + 1] as number) - (index.workingUpTo[offset] as number) === 1;
}

/**
 * Counts working days from a date. The date is day 0 and day 1 is the first working day after
 * it (before it, for a negative amount), also when the date is not itself a working day, as in
 * "within 15 working days of the strategy discussion". An amount of 0 returns the date if it is
 * a working day, otherwise the next working day. Costs the same whatever the amount.
 *
 * @example
 * addWorkingDays('2024-12-19', 15); // '2025-01-14': skips 25, 26 Dec and 1 Jan
 * addWorkingDays('2026-04-02', 1); // '2026-04-07': skips Good Friday and Easter Monday
 */
export function addWorkingDays(date: DateInput, amount: number, options?: CalendarOptions): IsoDate {
  checkAmount(amount);
  return fromEpochDay(addWorkingDaysToEpochDay(toEpochDay(date), amount, options));
}

/** {@link addWorkingDays} on epoch days, for callers that already hold a checked day and amount. */
export function addWorkingDaysToEpochDay(epochDay: number, amount: number, options?: CalendarOptions): number {
  const index = indexFor(options);
  const offset = offsetIn(index, epochDay, 'date', options);
  const upTo = index.workingUpTo[offset + 1] as number;
  let position: number;
  if (amount > 0) position = upTo + amount - 1;
  else if (amount < 0) position = (index.workingUpTo[offset] as number) + amount;
  else position = index.workingUpTo[offset] as number; // the date itself, or the next working day
  if (position < 0 || position >= index.workingDays.length) {
    throw outOfRange('amount', (options?.calendar ?? englandAndWales).coverage.supported);
  }
  return index.start + (index.workingDays[position] as number);
}

/**
 * The number of working days d with `earlier` < d <= `later`; negative when `later` is before
 * `earlier`. So `differenceInWorkingDays(addWorkingDays(x, n), x) === n` for every n >= 1.
 *
 * @example
 * differenceInWorkingDays('2025-01-14', '2024-12-19'); // 15
 */
export function differenceInWorkingDays(later: DateInput, earlier: DateInput, options?: CalendarOptions): number {
  const index = indexFor(options);
  const laterOffset = offsetIn(index, toEpochDay(later, 'later'), 'later', options);
  const earlierOffset = offsetIn(index, toEpochDay(earlier, 'earlier'), 'earlier', options);
  return (index.workingUpTo[laterOffset + 1] as number) - (index.workingUpTo[earlierOffset + 1] as number);
}

/**
 * The first working day strictly after the date.
 *
 * @example
 * nextWorkingDay('2026-12-24'); // '2026-12-29': 25 Dec is a Friday, Boxing Day moves to Mon 28
 */
export function nextWorkingDay(date: DateInput, options?: CalendarOptions): IsoDate {
  return addWorkingDays(date, 1, options);
}

/**
 * The last working day strictly before the date.
 *
 * @example
 * previousWorkingDay('2026-04-07'); // '2026-04-02': before Easter
 */
export function previousWorkingDay(date: DateInput, options?: CalendarOptions): IsoDate {
  return addWorkingDays(date, -1, options);
}

/** The index of the options' calendar (England & Wales by default). */
export function indexFor(options: CalendarOptions | undefined): WorkingDayIndex {
  if (options !== undefined && (typeof options !== 'object' || options === null)) {
    throw new CalendarError('INVALID_ARGUMENT', 'options', `options must be an object, received ${describeType(options)}`);
  }
  // Only an absent calendar means England and Wales: a null one (e.g. a failed lookup of a
  // Scottish council's calendar) must not silently count in the wrong division.
  const calendar = options?.calendar === undefined ? englandAndWales : options.calendar;
  if (typeof calendar !== 'object' || calendar === null) {
    throw new CalendarError('INVALID_ARGUMENT', 'calendar', 'calendar must come from createCalendar or the library');
  }
  return indexOf(calendar);
}

/** The offset of an epoch day in the index, or an `OUT_OF_CALENDAR_RANGE` error. */
export function offsetIn(
  index: WorkingDayIndex,
  epochDay: number,
  argument: string,
  options: CalendarOptions | undefined,
): number {
  const offset = epochDay - index.start;
  if (offset < 0 || offset >= index.length) {
    throw outOfRange(argument, (options?.calendar ?? englandAndWales).coverage.supported);
  }
  return offset;
}

function checkAmount(amount: number): void {
  if (typeof amount !== 'number' || !Number.isSafeInteger(amount)) {
    throw new CalendarError(
      'INVALID_ARGUMENT',
      'amount',
      typeof amount === 'number' ? 'amount must be a whole number' : `amount must be a number, received ${describeType(amount)}`,
    );
  }
}
