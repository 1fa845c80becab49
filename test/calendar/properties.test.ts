/*
 * Property tests: the working-day functions against each other and against a naive day-by-day
 * count written here with Date.UTC and the calendar's own holiday list. Runs are bounded so the
 * whole suite stays fast.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  bankHolidays,
  CalendarError,
  createCalendar,
  differenceInWorkingDays,
  englandAndWales,
  isWorkingDay,
  nextWorkingDay,
  northernIreland,
  previousWorkingDay,
  scotland,
  type Closure,
  type WorkingDayCalendar,
} from '../../src/index.js';
import { dayNumber, isoOf } from '../support/days.js';

const councilClosures: readonly Closure[] = [
  { from: '1999-12-29', to: '1999-12-30', name: 'Millennium closure' },
  '2013-08-12',
  { from: '2026-12-29', to: '2026-12-31', name: 'Christmas closure' },
  { from: '2027-12-29', to: '2028-01-07', name: 'Christmas closure' },
  { from: '2041-07-01', to: '2041-07-31', name: 'A month shut' },
];
const council = createCalendar({ name: 'Council', closures: councilClosures });

/** A calendar with the days a naive count must skip, worked out here, not by the library. */
interface Case {
  readonly label: string;
  readonly calendar: WorkingDayCalendar;
  readonly first: number;
  readonly last: number;
  readonly closed: ReadonlySet<number>;
}

function caseOf(label: string, calendar: WorkingDayCalendar, closures: readonly Closure[] = []): Case {
  const first = dayNumber(`${calendar.coverage.supported.from}-01-01`);
  const last = dayNumber(`${calendar.coverage.supported.to}-12-31`);
  const closed = new Set<number>();
  for (const holiday of bankHolidays(isoOf(first), isoOf(last), { calendar })) closed.add(dayNumber(holiday.date));
  for (const closure of closures) {
    const [from, to] = typeof closure === 'string' ? [closure, closure] : [closure.from, closure.to];
    for (let day = dayNumber(from); day <= dayNumber(to); day++) closed.add(day);
  }
  return { label, calendar, first, last, closed };
}

const cases: readonly Case[] = [
  caseOf('England and Wales', englandAndWales),
  caseOf('Scotland', scotland),
  caseOf('Northern Ireland', northernIreland),
  caseOf('a council with closures', council, councilClosures),
];

function naiveIsWorking(item: Case, day: number): boolean {
  const weekday = new Date(Date.UTC(1970, 0, 1 + day)).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !item.closed.has(day);
}

/** Steps one day at a time; null when the count leaves the supported range. */
function naiveAdd(item: Case, start: number, amount: number): number | null {
  const step = amount < 0 ? -1 : 1;
  let day = start;
  if (amount === 0) {
    while (!naiveIsWorking(item, day)) day++;
    return day <= item.last ? day : null;
  }
  for (let counted = 0; counted < Math.abs(amount); ) {
    day += step;
    if (day < item.first || day > item.last) return null;
    if (naiveIsWorking(item, day)) counted++;
  }
  return day;
}

/** Working days d with earlier < d <= later, counted one by one. */
function naiveDifference(item: Case, later: number, earlier: number): number {
  if (later < earlier) return 0 - naiveDifference(item, earlier, later); // 0 - x, not -x: no -0
  let count = 0;
  for (let day = earlier + 1; day <= later; day++) if (naiveIsWorking(item, day)) count++;
  return count;
}

const THREE_YEARS = 3 * 366;
/** Dates far enough from the ends that 500 working days either way stay inside the range. */
const inner = (item: Case): fc.Arbitrary<string> => {
  const holidays = [...item.closed].filter((day) => day >= item.first + THREE_YEARS && day <= item.last - THREE_YEARS);
  return fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: item.first + THREE_YEARS, max: item.last - THREE_YEARS }).map(isoOf) },
    // Holidays and closures themselves, and the days around them, are where counting goes wrong.
    {
      weight: 1,
      arbitrary: fc.tuple(fc.constantFrom(...holidays), fc.integer({ min: -3, max: 3 })).map(([day, shift]) => isoOf(day + shift)),
    },
  );
};
const anywhere = (item: Case): fc.Arbitrary<string> =>
  fc.oneof(
    fc.integer({ min: item.first, max: item.last }).map(isoOf),
    fc.integer({ min: item.first, max: item.first + 60 }).map(isoOf),
    fc.integer({ min: item.last - 60, max: item.last }).map(isoOf),
  );
const amount = fc.integer({ min: 1, max: 500 });
const RUNS = { numRuns: 300 };

describe.each(cases)('working days in $label (property tests)', (item) => {
  const options = { calendar: item.calendar };

  it('counts back exactly n working days from the result of adding n', () => {
    fc.assert(
      fc.property(inner(item), amount, (start, n) => {
        expect(differenceInWorkingDays(addWorkingDays(start, n, options), start, options)).toBe(n);
      }),
      RUNS,
    );
  });

  it('lands on a working day strictly after the start when adding n ≥ 1', () => {
    fc.assert(
      fc.property(inner(item), amount, (start, n) => {
        const result = addWorkingDays(start, n, options);
        expect(result > start).toBe(true);
        expect(isWorkingDay(result, options)).toBe(true);
      }),
      RUNS,
    );
  });

  it('lands on a working day strictly before the start when subtracting n ≥ 1, n working days back', () => {
    fc.assert(
      fc.property(inner(item), amount, (start, n) => {
        const result = addWorkingDays(start, -n, options);
        expect(result < start).toBe(true);
        expect(isWorkingDay(result, options)).toBe(true);
        // difference counts the working days d with result < d <= start: the n - 1 working days
        // counted on the way back, plus the start itself when it is a working day.
        const counted = isWorkingDay(start, options) ? n : n - 1;
        expect(differenceInWorkingDays(start, result, options)).toBe(counted);
      }),
      RUNS,
    );
  });

  it('agrees with a naive day-by-day count for positive and negative amounts', () => {
    fc.assert(
      fc.property(inner(item), amount, fc.boolean(), (start, n, backwards) => {
        const signed = backwards ? -n : n;
        expect(addWorkingDays(start, signed, options)).toBe(isoOf(naiveAdd(item, dayNumber(start), signed) as number));
      }),
      RUNS,
    );
  });

  it('agrees with the naive count near the ends of the range, or throws OUT_OF_CALENDAR_RANGE exactly when the count runs off', () => {
    fc.assert(
      fc.property(anywhere(item), fc.integer({ min: -500, max: 500 }), (start, n) => {
        const expected = naiveAdd(item, dayNumber(start), n);
        if (expected === null) {
          expect(() => addWorkingDays(start, n, options)).toThrowError(CalendarError);
          try {
            addWorkingDays(start, n, options);
          } catch (error) {
            expect((error as CalendarError).code).toBe('OUT_OF_CALENDAR_RANGE');
          }
        } else {
          expect(addWorkingDays(start, n, options)).toBe(isoOf(expected));
        }
      }),
      RUNS,
    );
  });

  it('agrees with the naive answer to isWorkingDay anywhere in the range', () => {
    fc.assert(
      fc.property(anywhere(item), (date) => {
        expect(isWorkingDay(date, options)).toBe(naiveIsWorking(item, dayNumber(date)));
      }),
      { numRuns: 1000 },
    );
  });

  it('gives the same next working day as adding 1, and the same previous one as adding -1', () => {
    fc.assert(
      fc.property(inner(item), (date) => {
        expect(nextWorkingDay(date, options)).toBe(addWorkingDays(date, 1, options));
        expect(previousWorkingDay(date, options)).toBe(addWorkingDays(date, -1, options));
      }),
      RUNS,
    );
  });

  it('returns the date itself for 0 on a working day, otherwise the next working day', () => {
    fc.assert(
      fc.property(inner(item), (date) => {
        const expected = isWorkingDay(date, options) ? date : nextWorkingDay(date, options);
        expect(addWorkingDays(date, 0, options)).toBe(expected);
      }),
      RUNS,
    );
  });

  it('comes back to a working day after adding n and subtracting n', () => {
    fc.assert(
      fc.property(inner(item), amount, (start, n) => {
        const there = addWorkingDays(start, n, options);
        const back = addWorkingDays(there, -n, options);
        expect(back).toBe(isWorkingDay(start, options) ? start : previousWorkingDay(nextWorkingDay(start, options), options));
      }),
      RUNS,
    );
  });

  it('is antisymmetric: difference(a, b) === -difference(b, a), and 0 for a date with itself', () => {
    fc.assert(
      fc.property(anywhere(item), anywhere(item), (a, b) => {
        const forwards = differenceInWorkingDays(a, b, options);
        expect(differenceInWorkingDays(b, a, options)).toBe(0 - forwards);
        expect(differenceInWorkingDays(a, a, options)).toBe(0);
        if (a > b) expect(forwards).toBeGreaterThanOrEqual(0);
      }),
      RUNS,
    );
  });

  it('adds up: difference(a, c) === difference(a, b) + difference(b, c)', () => {
    fc.assert(
      fc.property(anywhere(item), anywhere(item), anywhere(item), (a, b, c) => {
        const viaB = differenceInWorkingDays(a, b, options) + differenceInWorkingDays(b, c, options);
        expect(differenceInWorkingDays(a, c, options)).toBe(viaB);
      }),
      RUNS,
    );
  });

  it('agrees with a naive count of the working days between two dates up to two years apart', () => {
    fc.assert(
      fc.property(inner(item), fc.integer({ min: -730, max: 730 }), (a, gap) => {
        const b = isoOf(dayNumber(a) + gap);
        expect(differenceInWorkingDays(a, b, options)).toBe(naiveDifference(item, dayNumber(a), dayNumber(b)));
      }),
      RUNS,
    );
  });
});
