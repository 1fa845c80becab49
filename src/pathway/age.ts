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
  const year = String(Number(dateOfBirth.slice(0, 4)) + years).padStart(4, '0');
  const leap = (Number(year) % 4 === 0 && Number(year) % 100 !== 0) || Number(year) % 400 === 0;
  return (dateOfBirth.endsWith('-02-29') && !leap ? `${year}-03-01` : `${year}${dateOfBirth.slice(4)}`) as IsoDate;
}
