/*
 * Day arithmetic for the tests, written with Date.UTC so that it shares no code with the
 * library's own calendar arithmetic (src/dates/gregorian.ts). UTC has no clock changes, so
 * these helpers give the same answers whatever the host's TZ.
 */
import { expect } from 'vitest';
import { CalendarError, type CalendarErrorCode } from '../../src/index.js';
import { thrownBy } from './values.js';

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of a YYYY-MM-DD date. */
export function dayNumber(iso: string): number {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

/** The YYYY-MM-DD date of a day number. */
export function isoOf(dayNumberValue: number): string {
  return new Date(dayNumberValue * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The date `days` calendar days after `iso`. */
export function plusDays(iso: string, days: number): string {
  return isoOf(dayNumber(iso) + days);
}

/** 0 Sunday ... 6 Saturday. */
export function weekdayOf(iso: string): number {
  return new Date(dayNumber(iso) * MS_PER_DAY).getUTCDay();
}

export function isWeekend(iso: string): boolean {
  const weekday = weekdayOf(iso);
  return weekday === 0 || weekday === 6;
}

/** Every date from `from` to `to`, both included. */
export function* eachDay(from: string, to: string): Generator<string> {
  for (let day = dayNumber(from); day <= dayNumber(to); day++) yield isoOf(day);
}

/** Runs `action` and returns the CalendarError it throws; fails the test otherwise. */
export function calendarErrorOf(action: () => unknown): CalendarError {
  return thrownBy(CalendarError, action);
}

/** Asserts that `action` throws a CalendarError with `code` (and `argument`, when given). */
export function expectCalendarError(action: () => unknown, code: CalendarErrorCode, argument?: string): CalendarError {
  const error = calendarErrorOf(action);
  expect(error.code).toBe(code);
  expect(error.name).toBe('CalendarError');
  if (argument !== undefined) expect(error.argument).toBe(argument);
  return error;
}
