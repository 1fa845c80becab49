import { dayOfWeek, epochDayOf } from '../dates/gregorian.js';
import type { CalendarCoverage } from './workingDayCalendar.js';

/** A weekday on which a calendar does not work, and why. */
export interface NonWorkingDay {
  readonly epochDay: number;
  readonly name: string;
  readonly kind: 'bankHoliday' | 'closure';
  readonly provisional: boolean;
}

/**
 * A calendar's precomputed answers, so that every working-day question costs the same whatever
 * the distance: `workingUpTo[i]` counts the working days among the first `i` days of the range,
 * and `workingDays[k]` is the day offset of the k-th working day.
 */
export interface WorkingDayIndex {
  /** Epoch day of the first supported day (1 January of the first year). */
  readonly start: number;
  /** Number of days in the supported range. */
  readonly length: number;
  /** Epoch day from which answers are provisional (projected holidays). */
  readonly provisionalFrom: number;
  readonly workingUpTo: Int32Array;
  readonly workingDays: Int32Array;
  /** Holidays and closures in date order; several may share a day. */
  readonly nonWorking: readonly NonWorkingDay[];
  /** Epoch days of `nonWorking`, for binary search. */
  readonly nonWorkingDays: Int32Array;
}

/** Builds the index for a coverage and the calendar's holidays and closures. */
export function buildIndex(coverage: CalendarCoverage, nonWorking: NonWorkingDay[]): WorkingDayIndex {
  const start = epochDayOf(coverage.supported.from, 1, 1);
  const length = epochDayOf(coverage.supported.to + 1, 1, 1) - start;
  const closed = new Uint8Array(length);
  for (const day of nonWorking) closed[day.epochDay - start] = 1;
  const workingUpTo = new Int32Array(length + 1);
  const working = new Int32Array(length);
  let count = 0;
  // The weekday steps on by one a day: no date arithmetic per day. The index is built on a
  // calendar's first use, so this loop is part of the command line's cold start.
  let weekday = dayOfWeek(start);
  for (let offset = 0; offset < length; offset++) {
    if (weekday !== 0 && weekday !== 6 && closed[offset] === 0) working[count++] = offset;
    workingUpTo[offset + 1] = count;
    weekday = weekday === 6 ? 0 : weekday + 1;
  }
  const sorted = [...nonWorking].sort((a, b) => a.epochDay - b.epochDay);
  return {
    start,
    length,
    provisionalFrom: epochDayOf(coverage.provisional.from, 1, 1),
    workingUpTo,
    workingDays: working.slice(0, count),
    nonWorking: sorted,
    nonWorkingDays: Int32Array.from(sorted, (day) => day.epochDay),
  };
}

/** The position of the first entry of a sorted array that is >= value. */
export function lowerBound(sorted: Int32Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as number) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
