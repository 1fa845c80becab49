import { toEpochDay } from './epochDay.js';

declare const isoDateBrand: unique symbol;

/**
 * A calendar date as an ISO `YYYY-MM-DD` string that has been checked to exist.
 * Every function also accepts a plain `YYYY-MM-DD` string and checks it.
 *
 * @example
 * const icpc: IsoDate = isoDate('2025-01-14');
 */
export type IsoDate = string & { readonly [isoDateBrand]: true };

/** A date argument: an {@link IsoDate} or a `YYYY-MM-DD` string, checked on the way in. */
export type DateInput = IsoDate | string;

/**
 * Checks that `text` is a real calendar date written `YYYY-MM-DD` and brands it.
 * Throws a {@link CalendarError}: `INVALID_DATE` for a malformed or impossible date
 * (`2026-02-30`, `2026-2-3`, `''`, `2026-13-01`), `INVALID_ARGUMENT` for a value that is not
 * a string.
 *
 * @param argument the argument name used in the error message.
 * @example
 * isoDate('2024-02-29'); // '2024-02-29'
 * isoDate('2026-02-30'); // throws CalendarError INVALID_DATE
 */
export function isoDate(text: string, argument = 'date'): IsoDate {
  toEpochDay(text, argument);
  return text as IsoDate;
}
