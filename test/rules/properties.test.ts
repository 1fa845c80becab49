/*
 * Properties of dueDate over many starts, checked against arithmetic that shares no code with
 * the library (Date.UTC in test/support/days.ts, never local time). Runs are bounded so the
 * suite stays fast; fast-check prints a seed to replay any failure.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createCalendar,
  createRuleSet,
  differenceInWorkingDays,
  dueDate,
  isWorkingDay,
  timescaleIds,
  timescales,
} from '../../src/index.js';
import { dayNumber, isoOf, isWeekend, plusDays } from '../support/days.js';

const runs = { numRuns: 200 };
const MS_PER_HOUR = 3_600_000;

/** Any date from 1995 (the calendar's first year) to mid-2074, leaving room before 2075 ends. */
const dates = fc.integer({ min: dayNumber('1995-01-01'), max: dayNumber('2074-06-30') }).map(isoOf);

const idsWith = (predicate: (id: (typeof timescaleIds)[number]) => boolean) => timescaleIds.filter(predicate);
const workingDayIds = idsWith((id) => timescales[id].unit === 'workingDays' && timescales[id].counting !== 'before');
/** Working-day rules counted back from their start (a conference's preparation before the booked day). */
const workingDaysBeforeIds = idsWith((id) => timescales[id].unit === 'workingDays' && timescales[id].counting === 'before');
const weekIds = idsWith((id) => timescales[id].unit === 'weeks');
const dayIds = idsWith((id) => timescales[id].unit === 'calendarDays');
const yearIds = idsWith((id) => timescales[id].unit === 'years');
const monthIds = idsWith((id) => timescales[id].unit === 'months');

/** The number of Monday-to-Friday days d with from < d <= to. */
function weekdaysBetween(from: string, to: string): number {
  let count = 0;
  for (let day = dayNumber(from) + 1; day <= dayNumber(to); day++) if (!isWeekend(isoOf(day))) count++;
  return count;
}

/** Calendar months by Date.UTC: the same day-of-month, or the last day of a shorter month. */
function plusMonthsUtc(iso: string, months: number): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month - 1 + months, Math.min(day, lastDay))).toISOString().slice(0, 10);
}

describe('properties of dueDate', () => {
  it('has rules of every kind to check', () => {
    expect(workingDayIds.length).toBeGreaterThan(0);
    expect(weekIds.length).toBeGreaterThan(0);
    expect(yearIds.length).toBeGreaterThan(0);
  });

  it.each(workingDayIds)('puts %s exactly its amount of working days after the start, on a working day', (id) => {
    const { amount } = timescales[id];
    fc.assert(
      fc.property(dates, (from) => {
        const deadline = dueDate(id, from);
        expect(differenceInWorkingDays(deadline.due, from)).toBe(amount);
        expect(isWorkingDay(deadline.due)).toBe(true);
        // Every weekday in the count is either counted or listed as skipped.
        expect(weekdaysBetween(from, deadline.due)).toBe(amount + deadline.skipped.length);
        for (const day of deadline.skipped) expect(day.date > from && day.date <= deadline.due).toBe(true);
        expect(deadline.provisional).toBe(Number(deadline.due.slice(0, 4)) >= 2029);
      }),
      runs,
    );
  });

  it.each(workingDaysBeforeIds)('puts %s exactly its amount of working days before the start, on a working day', (id) => {
    const { amount } = timescales[id];
    const laterDates = fc.integer({ min: dayNumber('1995-02-01'), max: dayNumber('2074-06-30') }).map(isoOf);
    fc.assert(
      fc.property(laterDates, (from) => {
        const deadline = dueDate(id, from);
        expect(deadline.due < from).toBe(true);
        expect(isWorkingDay(deadline.due)).toBe(true);
        // The start is day 0: every weekday from the due date up to the day before the start
        // is counted or listed as skipped.
        expect(weekdaysBetween(plusDays(deadline.due, -1), plusDays(from, -1))).toBe(amount + deadline.skipped.length);
        for (const day of deadline.skipped) expect(day.date >= deadline.due && day.date < from).toBe(true);
      }),
      runs,
    );
  });

  it('keeps differenceInWorkingDays(due, from) equal to the amount for any local amount and closures', () => {
    const calendar = createCalendar({ closures: [{ from: '2026-12-29', to: '2026-12-31' }, '2027-05-04'] });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: dayNumber('2026-01-01'), max: dayNumber('2027-12-31') }).map(isoOf),
        (amount, from) => {
          const ruleSet = createRuleSet({ name: 'Example council', calendar, overrides: { statutoryVisit: { amount } } });
          const { due } = dueDate('statutoryVisit', from, { ruleSet });
          expect(differenceInWorkingDays(due, from, { calendar })).toBe(amount);
        },
      ),
      runs,
    );
  });

  it.each(weekIds)('puts %s 7 x amount days on (one fewer when the start is day 1, back when counting before)', (id) => {
    const { amount, counting } = timescales[id];
    const expected = counting === 'beginningWith' ? 7 * amount - 1 : counting === 'before' ? -7 * amount : 7 * amount;
    fc.assert(
      fc.property(dates, (from) => {
        expect(dayNumber(dueDate(id, from).due) - dayNumber(from)).toBe(expected);
      }),
      runs,
    );
  });

  it('ends any period of N weeks beginning with a day on that day + 7N - 1', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 80 }), dates, (amount, from) => {
        const ruleSet = createRuleSet({ name: 'Example council', overrides: { preProceedings: { amount, counting: 'beginningWith' } } });
        expect(dueDate('preProceedings', from, { ruleSet }).due).toBe(plusDays(from, 7 * amount - 1));
      }),
      runs,
    );
  });

  it.each(dayIds)('puts %s its amount of calendar days on, counting the start as day 1 when it begins with it', (id) => {
    const { amount, counting } = timescales[id];
    fc.assert(
      fc.property(dates, (from) => {
        expect(dueDate(id, from).due).toBe(plusDays(from, counting === 'beginningWith' ? amount - 1 : amount));
      }),
      runs,
    );
  });

  it.each(yearIds)('ends %s the day before the anniversary of the start (28 Feb for a leap day)', (id) => {
    const { amount } = timescales[id];
    // Date.UTC rolls 29 Feb of a common year over to 1 Mar, so the day before is 28 Feb.
    fc.assert(
      fc.property(dates, (from) => {
        const [year, month, day] = from.split('-').map(Number) as [number, number, number];
        const anniversary = Date.UTC(year + amount, month - 1, day) / 86_400_000;
        expect(dueDate(id, from).due).toBe(isoOf(anniversary - 1));
      }),
      runs,
    );
  });

  it.each(monthIds)('puts %s on the same day of the month, or the last day of a shorter month', (id) => {
    const { amount, counting } = timescales[id];
    fc.assert(
      fc.property(dates, (from) => {
        expect(dueDate(id, from).due).toBe(plusMonthsUtc(from, counting === 'before' ? -amount : amount));
      }),
      runs,
    );
  });

  it('ends police protection exactly 72 elapsed hours after it starts, written in London time', () => {
    const instants = fc.integer({ min: Date.UTC(1995, 0, 1), max: Date.UTC(2074, 11, 1) }).map((ms) => Math.floor(ms / 1000) * 1000);
    fc.assert(
      fc.property(instants, (ms) => {
        const from = new Date(ms).toISOString();
        const deadline = dueDate('policeProtection', from);
        const dueAt = deadline.dueAt ?? '';
        expect(Date.parse(dueAt) - ms).toBe(72 * MS_PER_HOUR);
        expect(dueAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0[01]:00$/);
        expect(deadline.due).toBe(dueAt.slice(0, 10));
      }),
      runs,
    );
  });
});
