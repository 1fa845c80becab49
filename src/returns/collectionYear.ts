import { addCalendarMonths } from '../dates/calendarMonths.js';
import { fromEpochDay, toEpochDay } from '../dates/epochDay.js';
import { isoDate, type IsoDate } from '../dates/isoDate.js';

/** A collection year: from its first day to the reference date, both included. */
export interface CollectionYear {
  readonly start: IsoDate;
  readonly end: IsoDate;
}

/**
 * The census year that ends on a reference date: it starts the day after the same date one year
 * earlier (reference date 2026-03-31: 2025-04-01 to 2026-03-31, the CIN census period).
 *
 * @example
 * collectionYear('2026-03-31'); // { start: '2025-04-01', end: '2026-03-31' }
 */
export function collectionYear(referenceDate: string): CollectionYear {
  const end = isoDate(referenceDate, 'referenceDate');
  return { start: fromEpochDay(toEpochDay(addCalendarMonths(end, -12)) + 1), end };
}
