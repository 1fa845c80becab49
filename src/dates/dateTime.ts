import { CalendarError, describeType } from './calendarError.js';
import { toEpochDay } from './epochDay.js';
import { toIsoDate } from './toIsoDate.js';
import type { IsoDate } from './isoDate.js';

/**
 * An instant as an ISO 8601 date-time with an explicit offset, e.g. `2026-03-28T22:15:00Z` or
 * `2026-03-29T09:00:00+01:00`. Police protection and emergency orders run in elapsed hours, so
 * a time without an offset would be ambiguous and is refused.
 */
export type IsoDateTime = string;

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})$/;

/** Milliseconds since the epoch of an ISO date-time with offset; `INVALID_DATE` otherwise. */
export function parseDateTime(text: string, argument = 'at'): number {
  if (typeof text !== 'string') {
    throw new CalendarError('INVALID_ARGUMENT', argument, `${argument} must be an ISO date-time string, received ${describeType(text)}`);
  }
  const match = DATE_TIME.exec(text);
  if (match === null) {
    throw new CalendarError(
      'INVALID_DATE',
      argument,
      `${argument} must be an ISO date-time with an offset, e.g. 2026-03-28T22:15:00Z or 2026-03-29T09:00:00+01:00`,
    );
  }
  toEpochDay(match[1] as string, argument);
  const hours = Number(match[2]);
  const minutes = Number(match[3]);
  const seconds = Number(match[4] ?? 0);
  const offset = match[6] as string;
  if (hours > 23 || minutes > 59 || seconds > 59 || (offset !== 'Z' && (Number(offset.slice(1, 3)) > 23 || Number(offset.slice(4)) > 59))) {
    throw new CalendarError('INVALID_DATE', argument, `${argument} has a time or offset out of range`);
  }
  return Date.parse(text);
}

/*
 * Made on first use, not when the module loads: a formatter with a time zone loads the time-zone
 * data, which costs more than the CLI's whole `due` (bench/coldStart.ts) when no hour is formatted.
 */
let londonFormatter: Intl.DateTimeFormat | undefined;

function londonParts(instant: Date): Intl.DateTimeFormatPart[] {
  londonFormatter ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    hourCycle: 'h23',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    timeZoneName: 'longOffset',
  });
  return londonFormatter.formatToParts(instant);
}

/**
 * An instant written as a Europe/London date-time with its offset that day:
 * `+00:00` in winter (GMT) and `+01:00` in summer (BST).
 *
 * @example
 * formatLondonDateTime(Date.parse('2026-03-31T09:00:00Z')); // '2026-03-31T10:00:00+01:00'
 */
export function formatLondonDateTime(epochMs: number): IsoDateTime {
  const instant = new Date(epochMs);
  const parts = londonParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  const zone = part('timeZoneName'); // 'GMT' or 'GMT+01:00'
  const offset = zone === 'GMT' ? '+00:00' : zone.slice(3);
  return `${toIsoDate(instant)}T${part('hour')}:${part('minute')}:${part('second')}${offset}`;
}

/** The Europe/London calendar date of an ISO date-time with offset. */
export function londonDateOf(text: IsoDateTime, argument = 'at'): IsoDate {
  return toIsoDate(new Date(parseDateTime(text, argument)));
}

/**
 * The instant at a wall-clock time on a date in Europe/London, as an ISO date-time with the
 * offset in force then, e.g. noon on a summer day is `...T12:00:00+01:00`.
 *
 * @example
 * londonWallClock('2026-12-28', 12); // '2026-12-28T12:00:00+00:00'
 */
export function londonWallClock(date: IsoDate, hour: number, minute = 0): IsoDateTime {
  const wall = Date.parse(`${date}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00Z`);
  // London is UTC+1 or UTC: take the first reading whose London wall clock is the one asked for.
  for (const offsetHours of [1, 0]) {
    const text = formatLondonDateTime(wall - offsetHours * 3_600_000);
    if (text.slice(0, 16) === `${date}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`) return text;
  }
  // The hour skipped when the clocks go forward: the first moment after it.
  return formatLondonDateTime(wall);
}
