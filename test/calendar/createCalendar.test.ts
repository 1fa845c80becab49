import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  bankHolidays,
  createCalendar,
  differenceInWorkingDays,
  englandAndWales,
  isWorkingDay,
  nextWorkingDay,
  nonWorkingWeekdays,
  northernIreland,
  scotland,
  type CalendarSpec,
  type Closure,
  type ExtraHoliday,
  type WorkingDayCalendar,
} from '../../src/index.js';
import { eachDay, expectCalendarError } from '../support/days.js';
import { deepFreeze } from '../support/values.js';


/** Every answer a calendar gives over a range, to compare two calendars. */
function answers(calendar: WorkingDayCalendar, from: string, to: string): unknown {
  const options = { calendar };
  const days = [...eachDay(from, to)];
  return {
    working: days.map((day) => isWorkingDay(day, options)),
    plusOne: days.map((day) => addWorkingDays(day, 1, options)),
    plusTwenty: days.map((day) => addWorkingDays(day, 20, options)),
    minusThree: days.map((day) => addWorkingDays(day, -3, options)),
    difference: days.map((day) => differenceInWorkingDays(day, from, options)),
    holidays: bankHolidays(from, to, options),
    nonWorking: nonWorkingWeekdays(from, to, options),
  };
}

const councilSpec: CalendarSpec = {
  name: 'Example council',
  division: 'scotland',
  closures: [{ from: '2026-12-29', to: '2026-12-31', name: 'Christmas closure' }, '2026-06-15'],
  extraHolidays: [{ date: '2026-09-21', name: 'Proclaimed holiday' }],
};

describe('createCalendar', () => {
  describe('defaults', () => {
    it('gives England and Wales with no closures when called with nothing', () => {
      const calendar = createCalendar();
      expect(calendar).toEqual({
        name: 'England and Wales',
        division: 'england-and-wales',
        closures: [],
        extraHolidays: [],
        coverage: englandAndWales.coverage,
      });
      expect(answers(calendar, '2026-12-01', '2027-01-31')).toEqual(answers(englandAndWales, '2026-12-01', '2027-01-31'));
    });

    it('names a division’s calendar after the division', () => {
      expect(createCalendar({ division: 'scotland' }).name).toBe('Scotland');
      expect(createCalendar({ division: 'northern-ireland' }).name).toBe('Northern Ireland');
      expect(createCalendar({ name: 'Example council' }).name).toBe('Example council');
    });
  });

  describe('coverage', () => {
    it('covers England and Wales from 1995 to 2075: historical to 2011, official 2012-2028, provisional after', () => {
      expect(englandAndWales.coverage).toEqual({
        supported: { from: 1995, to: 2075 },
        official: { from: 2012, to: 2028 },
        historical: { from: 1995, to: 2011 },
        provisional: { from: 2029, to: 2075 },
      });
    });

    it.each([
      ['Scotland', scotland],
      ['Northern Ireland', northernIreland],
    ])('covers %s from 1995 to 2075 like England and Wales: historical to 2011', (_, calendar) => {
      expect(calendar.coverage).toEqual({
        supported: { from: 1995, to: 2075 },
        official: { from: 2012, to: 2028 },
        historical: { from: 1995, to: 2011 },
        provisional: { from: 2029, to: 2075 },
      });
    });

    it('gives a created calendar its division’s coverage', () => {
      expect(createCalendar({ division: 'scotland' }).coverage).toEqual(scotland.coverage);
      expect(createCalendar(councilSpec).coverage).toEqual(scotland.coverage);
    });
  });

  describe('closures', () => {
    it('closes every day of a range, both ends included', () => {
      const council = createCalendar({ closures: [{ from: '2026-12-29', to: '2026-12-31', name: 'Christmas closure' }] });
      for (const day of ['2026-12-29', '2026-12-30', '2026-12-31']) expect(isWorkingDay(day, { calendar: council })).toBe(false);
      expect(isWorkingDay('2026-12-24', { calendar: council })).toBe(true);
      expect(isWorkingDay('2027-01-04', { calendar: council })).toBe(true);
      // The doc-comment example: Thu 24 Dec 2026 + 1 jumps the closure and New Year to Mon 4 Jan.
      expect(addWorkingDays('2026-12-24', 1, { calendar: council })).toBe('2027-01-04');
      expect(differenceInWorkingDays('2027-01-04', '2026-12-24', { calendar: council })).toBe(1);
      expect(differenceInWorkingDays('2027-01-04', '2026-12-24')).toBe(4);
    });

    it('closes a single date given as a string', () => {
      const council = createCalendar({ closures: ['2026-06-15'] }); // a Monday
      expect(isWorkingDay('2026-06-15', { calendar: council })).toBe(false);
      expect(addWorkingDays('2026-06-12', 1, { calendar: council })).toBe('2026-06-16');
      expect(nonWorkingWeekdays('2026-06-15', '2026-06-15', { calendar: council })).toEqual([
        { date: '2026-06-15', name: 'Local closure', kind: 'closure', provisional: false },
      ]);
    });

    it('accepts a range of one day and a range across a year end', () => {
      const council = createCalendar({ closures: [{ from: '2026-06-16', to: '2026-06-16' }, { from: '2027-12-29', to: '2028-01-05' }] });
      expect(isWorkingDay('2026-06-16', { calendar: council })).toBe(false);
      // Tue 28 Dec 2027 is Boxing Day's substitute (25 Dec 2027 is a Saturday); Wed 29 Dec to
      // Wed 5 Jan 2028 are closed (covering the New Year substitute, Mon 3 Jan); so Thu 6 Jan.
      expect(nextWorkingDay('2027-12-28', { calendar: council })).toBe('2028-01-06');
    });

    it('changes nothing when a closure falls on a weekend', () => {
      const council = createCalendar({ closures: [{ from: '2026-06-13', to: '2026-06-14' }] });
      expect(answers(council, '2026-06-01', '2026-06-30')).toEqual(answers(englandAndWales, '2026-06-01', '2026-06-30'));
    });

    it('applies closures in the provisional years too', () => {
      const council = createCalendar({ closures: ['2030-03-05'] });
      expect(isWorkingDay('2030-03-05', { calendar: council })).toBe(false);
    });
  });

  describe('extra holidays', () => {
    it('adds a newly proclaimed holiday to the division’s own', () => {
      const calendar = createCalendar({ extraHolidays: [{ date: '2029-05-08', name: 'Proclaimed holiday' }] });
      expect(isWorkingDay('2029-05-08', { calendar })).toBe(false);
      expect(isWorkingDay('2029-05-08')).toBe(true);
      // Fri 4 May 2029, [Mon 7 Early May, Tue 8 extra], Wed 9 (1), Thu 10 (2).
      expect(addWorkingDays('2029-05-04', 2, { calendar })).toBe('2029-05-10');
      expect(bankHolidays('2029-05-01', '2029-05-31', { calendar })).toEqual([
        { date: '2029-05-07', name: 'Early May bank holiday', provisional: true },
        { date: '2029-05-08', name: 'Proclaimed holiday', provisional: false },
        { date: '2029-05-28', name: 'Spring bank holiday', provisional: true },
      ]);
    });

    it('adds an extra holiday to Scotland without its missing Easter Monday', () => {
      const calendar = createCalendar({ division: 'scotland', extraHolidays: [{ date: '2026-04-06', name: 'Local Easter Monday' }] });
      expect(addWorkingDays('2026-04-02', 1, { calendar })).toBe('2026-04-07');
    });
  });

  describe('stored as JSON', () => {
    it('rebuilds a council calendar from JSON.parse(JSON.stringify(calendar)) with the same answers', () => {
      const council = createCalendar(councilSpec);
      const rebuilt = createCalendar(JSON.parse(JSON.stringify(council)) as CalendarSpec);
      expect(rebuilt).toEqual(council);
      expect(rebuilt).not.toBe(council);
      expect(answers(rebuilt, '2026-01-01', '2027-01-31')).toEqual(answers(council, '2026-01-01', '2027-01-31'));
    });

    it.each([
      ['England and Wales', englandAndWales, '2024-11-01', '2025-02-28'],
      ['Scotland', scotland, '2025-11-01', '2026-02-28'],
      ['Northern Ireland', northernIreland, '2026-03-01', '2026-07-31'],
    ])('rebuilds the %s calendar from JSON with the same answers', (_, calendar, from, to) => {
      const rebuilt = createCalendar(JSON.parse(JSON.stringify(calendar)) as CalendarSpec);
      expect(rebuilt).toEqual(calendar);
      expect(answers(rebuilt, from, to)).toEqual(answers(calendar, from, to));
    });

    it('stores only plain data', () => {
      const council = createCalendar(councilSpec);
      expect(JSON.parse(JSON.stringify(council))).toEqual({
        name: 'Example council',
        division: 'scotland',
        closures: [{ from: '2026-12-29', to: '2026-12-31', name: 'Christmas closure' }, '2026-06-15'],
        extraHolidays: [{ date: '2026-09-21', name: 'Proclaimed holiday' }],
        coverage: scotland.coverage,
      });
    });
  });

  describe('immutability', () => {
    it('accepts a deeply frozen spec, so it never writes to its input', () => {
      const spec = deepFreeze(structuredClone(councilSpec));
      expect(() => createCalendar(spec)).not.toThrow();
      expect(spec).toEqual(councilSpec);
    });

    it('leaves a spec unchanged and keeps no reference to it', () => {
      const spec = structuredClone(councilSpec) as {
        closures: (string | { from: string; to: string; name?: string })[];
        extraHolidays: { date: string; name: string }[];
      } & CalendarSpec;
      const before = structuredClone(spec);
      const council = createCalendar(spec);
      expect(spec).toEqual(before);
      expect(council.closures).not.toBe(spec.closures);
      // Changing the spec afterwards must not change the calendar's answers.
      spec.closures.push('2026-03-04');
      (spec.closures[0] as { to: string }).to = '2027-01-08';
      spec.extraHolidays.length = 0;
      expect(council.closures).toEqual(councilSpec.closures);
      expect(isWorkingDay('2026-03-04', { calendar: council })).toBe(true);
      expect(isWorkingDay('2027-01-08', { calendar: council })).toBe(true);
      expect(isWorkingDay('2026-09-21', { calendar: council })).toBe(false);
    });

    it('returns a deeply frozen calendar', () => {
      for (const calendar of [createCalendar(councilSpec), englandAndWales, scotland, northernIreland]) {
        expect(Object.isFrozen(calendar)).toBe(true);
        expect(Object.isFrozen(calendar.closures)).toBe(true);
        expect(Object.isFrozen(calendar.extraHolidays)).toBe(true);
        expect(Object.isFrozen(calendar.coverage)).toBe(true);
        for (const closure of calendar.closures) if (typeof closure === 'object') expect(Object.isFrozen(closure)).toBe(true);
        for (const extra of calendar.extraHolidays) expect(Object.isFrozen(extra)).toBe(true);
      }
    });

    it('leaves the calendar it is given unchanged by every function', () => {
      const council = createCalendar(councilSpec);
      const before = JSON.stringify(council);
      answers(council, '2026-12-01', '2027-01-31');
      expect(JSON.stringify(council)).toBe(before);
    });
  });

  describe('errors', () => {
    it.each([
      ['null', null],
      ['a string', 'scotland'],
      ['a number', 3],
    ])('throws INVALID_ARGUMENT for a spec that is %s', (_, spec) => {
      expectCalendarError(() => createCalendar(spec as unknown as CalendarSpec), 'INVALID_ARGUMENT', 'spec');
    });

    it('throws INVALID_ARGUMENT for an unknown division without echoing it', () => {
      const error = expectCalendarError(() => createCalendar({ division: 'cornwall' as 'scotland' }), 'INVALID_ARGUMENT', 'division');
      expect(error.message).not.toContain('cornwall');
    });

    it('throws INVALID_ARGUMENT for a name that is not a string', () => {
      expectCalendarError(() => createCalendar({ name: 42 as unknown as string }), 'INVALID_ARGUMENT', 'name');
    });

    it('throws INVALID_ARGUMENT for closures that are not an array of dates or ranges', () => {
      const withClosures = (closures: unknown) => () => createCalendar({ closures: closures as Closure[] });
      expectCalendarError(withClosures('2026-12-29'), 'INVALID_ARGUMENT', 'closures');
      expectCalendarError(withClosures([42]), 'INVALID_ARGUMENT', 'closures[0]');
      expectCalendarError(withClosures(['2026-01-05', null]), 'INVALID_ARGUMENT', 'closures[1]');
      expectCalendarError(withClosures([{ from: '2026-12-31', to: '2026-12-29' }]), 'INVALID_ARGUMENT', 'closures[0]');
      expectCalendarError(withClosures([{ from: '2026-12-29' }]), 'INVALID_ARGUMENT');
    });

    it('throws INVALID_DATE for a closure that is not a real date', () => {
      expectCalendarError(() => createCalendar({ closures: ['2026-02-30'] }), 'INVALID_DATE', 'closures');
      expectCalendarError(() => createCalendar({ closures: [{ from: '2026-12-29', to: '2026-12-32' }] }), 'INVALID_DATE', 'closures.to');
    });

    it('throws OUT_OF_CALENDAR_RANGE for closures outside the supported years', () => {
      expectCalendarError(() => createCalendar({ closures: ['1994-12-30'] }), 'OUT_OF_CALENDAR_RANGE', 'closures[0]');
      const range = { from: '2075-12-30', to: '2076-01-02' };
      expectCalendarError(() => createCalendar({ closures: [range] }), 'OUT_OF_CALENDAR_RANGE', 'closures[0]');
      expectCalendarError(() => createCalendar({ division: 'scotland', closures: ['1994-12-30'] }), 'OUT_OF_CALENDAR_RANGE', 'closures[0]');
      expect(() => createCalendar({ division: 'scotland', closures: ['2011-12-30'] })).not.toThrow();
    });

    it('throws for extra holidays without a name, with a bad date, or outside the supported years', () => {
      const withExtras = (extraHolidays: unknown) => () => createCalendar({ extraHolidays: extraHolidays as ExtraHoliday[] });
      expectCalendarError(withExtras('x'), 'INVALID_ARGUMENT', 'extraHolidays');
      expectCalendarError(withExtras([{ date: '2026-06-01' }]), 'INVALID_ARGUMENT', 'extraHolidays[0]');
      expectCalendarError(withExtras([{ date: '2026-06-01', name: 7 }]), 'INVALID_ARGUMENT', 'extraHolidays[0]');
      expectCalendarError(withExtras([{ date: '2026-06-31', name: 'x' }]), 'INVALID_DATE', 'extraHolidays[0].date');
      expectCalendarError(withExtras([{ date: '2076-06-01', name: 'x' }]), 'OUT_OF_CALENDAR_RANGE', 'extraHolidays[0].date');
      expectCalendarError(
        () => createCalendar({ division: 'northern-ireland', extraHolidays: [{ date: '1994-06-01', name: 'x' }] }),
        'OUT_OF_CALENDAR_RANGE',
        'extraHolidays[0].date',
      );
    });
  });
});
