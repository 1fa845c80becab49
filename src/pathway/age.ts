import { toEpochDay } from '../dates/epochDay.js';
import { isLeapYear } from '../dates/gregorian.js';
import type { IsoDate } from '../dates/isoDate.js';

/**
 * The date a child born on `dateOfBirth` reaches an age: the same month and day that many years
 * on (Family Law Reform Act 1969 s9: at the start of the anniversary). For a 29 February birthday
 * in a common year this takes 1 March, as the Age of Legal Capacity (Scotland) Act 1991 s6(2)
 * says expressly; English law has no express rule, so treat that one day with care.
 *
 * @example
 * ageReachedOn('2008-02-29', 18); // '2026-03-01'
 */
export function ageReachedOn(dateOfBirth: IsoDate, years: number): IsoDate {
  const year = Number(dateOfBirth.slice(0, 4)) + years;
  const text = String(year).padStart(4, '0');
  return (dateOfBirth.endsWith('-02-29') && !isLeapYear(year) ? `${text}-03-01` : `${text}${dateOfBirth.slice(4)}`) as IsoDate;
}

/** True when, on an epoch day, the child is known to be expected and not yet born. */
export function isUnborn(child: { readonly dateOfBirth?: IsoDate; readonly expectedDeliveryDate?: IsoDate }, day: number): boolean {
  const { dateOfBirth, expectedDeliveryDate } = child;
  return expectedDeliveryDate !== undefined && (dateOfBirth === undefined || toEpochDay(dateOfBirth) > day);
}
