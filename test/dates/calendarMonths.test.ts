import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarMonths } from '../../src/index.js';
import { expectCalendarError, isoOf } from '../support/days.js';

/** The last day of a month (1-12), by Date.UTC: day 0 of the next month. */
function lastDayOfMonth(year: number, month: number): number {
  const probe = new Date(0);
  probe.setUTCFullYear(year, month, 0);
  return probe.getUTCDate();
}

const parts = (iso: string): [number, number, number] => iso.split('-').map(Number) as [number, number, number];

describe('addCalendarMonths', () => {
  it.each([
    ['2025-08-31', 3, '2025-11-30', '30 Nov is the last day of November (docs/domain.md: 31 Aug + 3 months = 30 Nov)'],
    ['2025-11-30', 3, '2026-02-28', '2026 is a common year, so February ends on the 28th'],
    ['2023-11-30', 3, '2024-02-29', '2024 is a leap year, so February ends on the 29th'],
    ['2026-01-14', 3, '2026-04-14', 'the same day-of-month when the later month has it (ICPC to first review)'],
    ['2025-01-31', 1, '2025-02-28', '31 Jan + 1 month is the end of February'],
    ['2024-01-31', 1, '2024-02-29', 'the end of a leap February'],
    ['2024-02-29', 12, '2025-02-28', 'a leap day a year later, in a common year'],
    ['2024-02-29', 48, '2028-02-29', 'a leap day four years later'],
    ['2025-10-31', 6, '2026-04-30', 'six months on, clipped to 30 April (review conference interval)'],
    ['2025-12-15', 1, '2026-01-15', 'across a year end'],
    ['2026-03-28', 1, '2026-04-28', 'across the spring clock change (no Date or time zone involved)'],
    ['2026-10-24', 1, '2026-11-24', 'across the autumn clock change'],
    ['2026-05-17', 0, '2026-05-17', 'zero months returns the date itself'],
  ])('returns %s + %i months = %s (%s)', (date, months, expected) => {
    expect(addCalendarMonths(date, months)).toBe(expected);
  });

  it.each([
    ['2026-05-31', -3, '2026-02-28', 'three months before 31 May is the end of a common February'],
    ['2024-03-31', -1, '2024-02-29', 'one month before 31 Mar 2024 is the leap day'],
    ['2026-01-15', -1, '2025-12-15', 'back across a year end'],
    ['2025-11-30', -9, '2025-02-28', 'nine months back, clipped'],
    ['2026-03-31', -13, '2025-02-28', 'more than a year back'],
  ])('returns %s %i months = %s for a negative amount (%s)', (date, months, expected) => {
    expect(addCalendarMonths(date, months)).toBe(expected);
  });

  it.each([
    ['1.5', 1.5],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['-Infinity', Number.NEGATIVE_INFINITY],
    ['the string "3"', '3'],
    ['2^53', 2 ** 53],
  ])('throws INVALID_ARGUMENT for a months value of %s', (_, months) => {
    expectCalendarError(() => addCalendarMonths('2026-01-31', months as number), 'INVALID_ARGUMENT', 'months');
  });

  it('throws INVALID_DATE for an impossible date and INVALID_ARGUMENT for a non-string', () => {
    expectCalendarError(() => addCalendarMonths('2026-02-30', 1), 'INVALID_DATE', 'date');
    expectCalendarError(() => addCalendarMonths(null as unknown as string, 1), 'INVALID_ARGUMENT', 'date');
  });

  it('throws INVALID_ARGUMENT when the result leaves years 0001-9999', () => {
    expectCalendarError(() => addCalendarMonths('9999-12-01', 1), 'INVALID_ARGUMENT', 'months');
    expectCalendarError(() => addCalendarMonths('0001-01-31', -1), 'INVALID_ARGUMENT', 'months');
    expect(addCalendarMonths('9999-11-30', 1)).toBe('9999-12-30');
  });

  describe('day-of-month invariants (property tests)', () => {
    const date = fc.integer({ min: 9131, max: 38_715 }).map(isoOf); // 1995-01-01 .. 2075-12-31
    const months = fc.integer({ min: -240, max: 240 });

    it('lands exactly `months` calendar months away', () => {
      fc.assert(
        fc.property(date, months, (start, n) => {
          const [year, month] = parts(start);
          const [resultYear, resultMonth] = parts(addCalendarMonths(start, n));
          expect(resultYear * 12 + resultMonth - (year * 12 + month)).toBe(n);
        }),
        { numRuns: 1000 },
      );
    });

    it('keeps the day of the month, or clips it to the last day of a shorter month', () => {
      fc.assert(
        fc.property(date, months, (start, n) => {
          const [, , day] = parts(start);
          const [resultYear, resultMonth, resultDay] = parts(addCalendarMonths(start, n));
          expect(resultDay).toBe(Math.min(day, lastDayOfMonth(resultYear, resultMonth)));
        }),
        { numRuns: 1000 },
      );
    });

    it('comes back to the start when the day is 28 or less and the months are undone', () => {
      fc.assert(
        fc.property(date, months, (start, n) => {
          const back = addCalendarMonths(addCalendarMonths(start, n), -n);
          if (parts(start)[2] <= 28) expect(back).toBe(start);
          else expect(back <= start).toBe(true);
        }),
        { numRuns: 1000 },
      );
    });
  });
});
