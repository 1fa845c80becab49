import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDate } from '../../src/index.js';
import { expectCalendarError, isoOf } from '../support/days.js';

describe('isoDate', () => {
  it.each(['2024-02-29', '2026-01-01', '2026-12-31', '2000-02-29', '1995-01-01', '2075-12-31', '0001-01-01', '9999-12-31'])(
    'accepts the real date %s and returns it unchanged',
    (text) => {
      expect(isoDate(text)).toBe(text);
    },
  );

  it.each([
    ['2026-02-30', 'a day that February does not have'],
    ['2023-02-29', '29 February in a common year'],
    ['1900-02-29', '29 February in a century year that is not a leap year'],
    ['2026-2-3', 'a date without zero padding'],
    ['', 'an empty string'],
    ['2026-13-01', 'a thirteenth month'],
    ['2026-00-10', 'month zero'],
    ['2026-04-31', '31 April'],
    ['2026-01-00', 'day zero'],
    ['2026/01/01', 'slashes instead of hyphens'],
    ['2026-01-01T00:00', 'a date with a time'],
    [' 2026-01-01', 'a leading space'],
    ['2026-01-1a', 'a letter among the digits'],
    ['+2026-01-01', 'a signed year'],
    ['20260101', 'the basic format without hyphens'],
  ])('rejects %j (%s) with INVALID_DATE', (text) => {
    expectCalendarError(() => isoDate(text), 'INVALID_DATE', 'date');
  });

  it.each([
    ['a number', 20_260_101],
    ['null', null],
    ['undefined', undefined],
    ['a Date', new Date('2026-01-01T00:00:00Z')],
    ['a String object', new String('2026-01-01')],
    ['an array', ['2026-01-01']],
  ])('rejects %s with INVALID_ARGUMENT', (_, value) => {
    expectCalendarError(() => isoDate(value as unknown as string), 'INVALID_ARGUMENT', 'date');
  });

  it('names the argument it was given in the error', () => {
    const error = expectCalendarError(() => isoDate('2026-02-30', 'referralDate'), 'INVALID_DATE', 'referralDate');
    expect(error.message).toContain('referralDate');
  });

  it('never echoes the rejected value in the error message', () => {
    // Dates in this domain can identify a child (a date of birth), so messages name the
    // argument and the problem, never the content.
    const values: unknown[] = ['2026-02-30', '2023-02-29', '2026-13-01', '2026-2-3', 'Jane Doe 2010-05-04', 20_260_101, new Date(0)];
    for (const value of values) {
      const error = expectCalendarError(() => isoDate(value as string), (typeof value === 'string' ? 'INVALID_DATE' : 'INVALID_ARGUMENT'));
      expect(error.message).not.toContain(String(value));
      expect(error.message).not.toMatch(/2026|2023|2010|Jane|20260101/);
    }
  });

  it('accepts exactly the dates that Date.UTC renders back unchanged, for any date in years 1-9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: -719_162, max: 2_932_896 }), (day) => {
        const text = isoOf(day);
        expect(isoDate(text)).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it('accepts a well-formed YYYY-MM-DD string exactly when its day exists in its month', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (year, month, day) => {
          const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          // Date rolls an impossible day over into the next month; a real day renders back unchanged.
          const probe = new Date(0);
          probe.setUTCFullYear(year, month - 1, day);
          const isReal = probe.toISOString().slice(0, 10) === text;
          if (isReal) expect(isoDate(text)).toBe(text);
          else expectCalendarError(() => isoDate(text), 'INVALID_DATE');
        },
      ),
      { numRuns: 1000 },
    );
  });
});
