import { CalendarError, describeType } from './calendarError.js';
import type { IsoDate } from './isoDate.js';

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The calendar date of an instant in a time zone: the one bridge from a JS `Date` into this
 * library. The default zone is Europe/London, so 23:30 UTC on 28 Oct 2026 (British Summer
 * Time has ended) is still 28 Oct, while 23:30 UTC on 1 Jul 2026 is already 2 Jul in London.
 *
 * @example
 * toIsoDate(new Date('2026-07-01T23:30:00Z')); // '2026-07-02'
 * toIsoDate(new Date('2026-07-01T23:30:00Z'), 'UTC'); // '2026-07-01'
 */
export function toIsoDate(instant: Date, timeZone = 'Europe/London'): IsoDate {
  if (!(instant instanceof Date)) {
    throw new CalendarError('INVALID_ARGUMENT', 'instant', `instant must be a Date, received ${describeType(instant)}`);
  }
  if (Number.isNaN(instant.getTime())) {
    throw new CalendarError('INVALID_DATE', 'instant', 'instant is an invalid Date');
  }
  const parts = formatterFor(timeZone).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  // Intl writes a year before 1 CE as a positive year of the BC era and a year after 9999 with
  // five digits; neither is a YYYY-MM-DD date, so say so rather than return a wrong one.
  const year = part('year');
  if (part('era') !== 'AD' || year.length > 4) {
    throw new CalendarError('INVALID_DATE', 'instant', 'instant falls outside the years 0001-9999');
  }
  return `${year.padStart(4, '0')}-${part('month')}-${part('day')}` as IsoDate;
}

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat('en-GB', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        era: 'short',
        calendar: 'gregory',
        numberingSystem: 'latn',
      });
    } catch {
      throw new CalendarError('INVALID_ARGUMENT', 'timeZone', 'timeZone is not a known IANA time zone');
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}
