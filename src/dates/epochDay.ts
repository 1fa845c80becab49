import { CalendarError, describeType } from './calendarError.js';
import { civilOf, daysInMonth, epochDayOf } from './gregorian.js';
import type { DateInput, IsoDate } from './isoDate.js';

/**
 * The epoch day of a `YYYY-MM-DD` date, checking it on the way: `INVALID_DATE` for a
 * malformed or impossible date (year 0000 included: the calendar's years run 0001-9999),
 * `INVALID_ARGUMENT` for a value that is not a string.
 */
export function toEpochDay(date: DateInput, argument = 'date'): number {
  if (typeof date !== 'string') {
    throw new CalendarError(
      'INVALID_ARGUMENT',
      argument,
      `${argument} must be a YYYY-MM-DD string, received ${describeType(date)}`,
    );
  }
  if (date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) {
    throw new CalendarError('INVALID_DATE', argument, `${argument} must be written YYYY-MM-DD`);
  }
  const year = digits(date, 0, 4);
  const month = digits(date, 5, 7);
  const day = digits(date, 8, 10);
  if (year < 0 || month < 0 || day < 0) {
    throw new CalendarError('INVALID_DATE', argument, `${argument} must be written YYYY-MM-DD`);
  }
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new CalendarError('INVALID_DATE', argument, `${argument} is not a day of the calendar`);
  }
  return epochDayOf(year, month, day);
}

/**
 * '00' to '31': months and days padded by lookup, so formatting a date (once for each deadline
 * a case opens) builds no throwaway strings for the padding.
 */
const twoDigits = /* @__PURE__ */ Array.from({ length: 32 }, (_, n) => (n < 10 ? `0${n}` : String(n)));

/**
 * The `YYYY-MM-DD` date of an epoch day. A day outside the years 0001-9999 has no such text
 * (a negative year would come out as `00-1-11-20`, a fifth digit as `10000-01-06`), so it is a
 * `CalendarError` rather than a malformed date.
 */
export function fromEpochDay(epochDay: number): IsoDate {
  const { year, month, day } = civilOf(epochDay);
  if (year < 1 || year > 9999) throw new CalendarError('INVALID_DATE', 'date', 'the date falls outside the years 0001-9999');
  const yyyy = year >= 1000 ? String(year) : String(year).padStart(4, '0');
  return `${yyyy}-${twoDigits[month] as string}-${twoDigits[day] as string}` as IsoDate;
}

/** The decimal value of text[start, end) when it is all ASCII digits, otherwise -1. */
function digits(text: string, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i) - 48;
    if (code < 0 || code > 9) return -1;
    value = value * 10 + code;
  }
  return value;
}
