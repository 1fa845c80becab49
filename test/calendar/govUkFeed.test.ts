/*
 * calendarFromGovUkFeed: a calendar whose official years come from a feed the app supplies.
 * The fixtures are the vendored gov.uk feed changed as a new proclamation (or a stale cache)
 * would change it.
 */
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  bankHolidays,
  CalendarError,
  calendarFromGovUkFeed,
  createCalendar,
  createRuleSet,
  differenceInWorkingDays,
  dueDate,
  englandAndWales,
  govUkFeedSchema,
  isProvisional,
  isWorkingDay,
  type WorkingDayCalendar,
} from '../../src/index.js';
import { eachDay } from '../support/days.js';
import { vendoredFeed, withHoliday, withoutHoliday, withYears, type Feed } from '../support/feeds.js';
import { thrownBy } from '../support/values.js';

const EXTRA = '2027-06-04'; // a Friday: a hypothetical newly proclaimed bank holiday
const SUMMER_2026 = '2026-08-31'; // Summer bank holiday, Monday

/** The 2029 England and Wales holidays by the standing rules, as gov.uk would publish them. */
const ew2029 = [
  ['2029-01-01', 'New Year’s Day'],
  ['2029-03-30', 'Good Friday'],
  ['2029-04-02', 'Easter Monday'],
  ['2029-05-07', 'Early May bank holiday'],
  ['2029-05-28', 'Spring bank holiday'],
  ['2029-08-27', 'Summer bank holiday'],
  ['2029-12-25', 'Christmas Day'],
  ['2029-12-26', 'Boxing Day'],
] as const;

function feedThrough2029(): Feed {
  const feed = vendoredFeed();
  for (const [date, title] of ew2029) withHoliday(feed, 'england-and-wales', date, title);
  return feed;
}

/** Every working-day answer of two calendars over a range of days agrees. */
function sameWorkingDays(a: WorkingDayCalendar, b: WorkingDayCalendar, from: string, to: string): void {
  const differing = [...eachDay(from, to)].filter((day) => isWorkingDay(day, { calendar: a }) !== isWorkingDay(day, { calendar: b }));
  expect(differing).toEqual([]);
}

describe('calendarFromGovUkFeed', () => {
  it('answers as the built-in calendar for the feed the library ships', () => {
    const calendar = calendarFromGovUkFeed(vendoredFeed(), { division: 'england-and-wales' });
    expect(calendar.coverage).toEqual(englandAndWales.coverage);
    sameWorkingDays(calendar, englandAndWales, '1995-01-01', '2075-12-31');
  });

  it('honours a holiday the feed adds and one it drops, for the years it covers', () => {
    const feed = withoutHoliday(withHoliday(vendoredFeed(), 'england-and-wales', EXTRA, 'Extra bank holiday'), 'england-and-wales', SUMMER_2026);
    const calendar = calendarFromGovUkFeed(feed, { division: 'england-and-wales' });
    expect(isWorkingDay(EXTRA)).toBe(true);
    expect(isWorkingDay(EXTRA, { calendar })).toBe(false);
    expect(isWorkingDay(SUMMER_2026, { calendar })).toBe(true);
    expect(bankHolidays('2027-06-01', '2027-06-30', { calendar })).toEqual([
      { date: EXTRA, name: 'Extra bank holiday', provisional: false },
    ]);
    // Day 0 Thu 3 Jun 2027; Fri 4 is the new holiday, so day 1 is Mon 7 Jun.
    expect(addWorkingDays('2027-06-03', 1, { calendar })).toBe('2027-06-07');
    expect(addWorkingDays('2027-06-03', 1)).toBe(EXTRA);
  });

  it('leaves the other divisions as built in', () => {
    const feed = withHoliday(vendoredFeed(), 'england-and-wales', EXTRA, 'Extra bank holiday');
    const calendar = calendarFromGovUkFeed(feed, { division: 'scotland' });
    expect(calendar.division).toBe('scotland');
    expect(isWorkingDay(EXTRA, { calendar })).toBe(true);
    expect(isWorkingDay('2026-08-03', { calendar })).toBe(false); // Scotland's Summer bank holiday
  });

  it('makes the years a newer feed adds official, and projects only after them', () => {
    const calendar = calendarFromGovUkFeed(feedThrough2029(), { division: 'england-and-wales' });
    expect(calendar.coverage.official).toEqual({ from: 2012, to: 2029 });
    expect(calendar.coverage.provisional).toEqual({ from: 2030, to: 2075 });
    expect(isProvisional('2029-06-01')).toBe(true);
    expect(isProvisional('2029-06-01', { calendar })).toBe(false);
    expect(isProvisional('2030-01-01', { calendar })).toBe(true);
    expect(bankHolidays('2029-12-25', '2029-12-26', { calendar }).map((day) => day.provisional)).toEqual([false, false]);
    expect(bankHolidays('2030-01-01', '2030-01-01', { calendar })).toEqual([
      { date: '2030-01-01', name: 'New Year’s Day', provisional: true },
    ]);
  });

  it('keeps the built-in years a window of years does not cover, history included', () => {
    // gov.uk publishes a window of years; this one stops before the built-in data does.
    const feed = withHoliday(withYears(vendoredFeed(), 2019, 2027), 'england-and-wales', EXTRA, 'Extra bank holiday');
    const calendar = calendarFromGovUkFeed(feed, { division: 'england-and-wales' });
    expect(calendar.coverage).toEqual(englandAndWales.coverage);
    expect(isWorkingDay(EXTRA, { calendar })).toBe(false);
    expect(isWorkingDay('2028-12-25', { calendar })).toBe(false); // built-in official year
    expect(isWorkingDay('2011-04-29', { calendar })).toBe(false); // royal wedding, by the recorded history
    expect(isProvisional('2028-12-29', { calendar })).toBe(false);
    expect(isProvisional('2029-01-02', { calendar })).toBe(true);
    sameWorkingDays(calendar, englandAndWales, '1995-01-01', '2018-12-31');
    sameWorkingDays(calendar, englandAndWales, '2028-01-01', '2075-12-31');
  });

  it('takes a name, closures and extra holidays like any calendar', () => {
    const calendar = calendarFromGovUkFeed(withHoliday(vendoredFeed(), 'england-and-wales', EXTRA, 'Extra bank holiday'), {
      division: 'england-and-wales',
      name: 'Example council',
      closures: [{ from: '2027-06-07', to: '2027-06-08', name: 'Office move' }],
      extraHolidays: [{ date: '2027-06-09', name: 'Local holiday' }],
    });
    expect(calendar.name).toBe('Example council');
    // Day 0 Thu 3 Jun; Fri 4 (feed), Mon 7 and Tue 8 (closure), Wed 9 (extra) pass; day 1 is Thu 10.
    expect(addWorkingDays('2027-06-03', 1, { calendar })).toBe('2027-06-10');
    expect(dueDate('initialConference', '2027-06-03', { calendar }).skipped.map((day) => day.date)).toEqual([
      '2027-06-04',
      '2027-06-07',
      '2027-06-08',
      '2027-06-09',
    ]);
  });

  describe('stays plain data', () => {
    const calendar = calendarFromGovUkFeed(withHoliday(feedThrough2029(), 'england-and-wales', EXTRA, 'Extra bank holiday'), {
      division: 'england-and-wales',
      closures: ['2027-12-29'],
    });

    it.each([
      ['a JSON round trip', (value: WorkingDayCalendar) => JSON.parse(JSON.stringify(value)) as WorkingDayCalendar],
      ['structuredClone (what postMessage to a worker thread does)', (value: WorkingDayCalendar) => structuredClone(value)],
    ])('survives %s and createCalendar rebuilds it', (_how, copy) => {
      const rebuilt = createCalendar(copy(calendar));
      expect(rebuilt).toEqual(calendar);
      expect(isWorkingDay(EXTRA, { calendar: rebuilt })).toBe(false);
      expect(isProvisional('2029-06-01', { calendar: rebuilt })).toBe(false);
      sameWorkingDays(rebuilt, calendar, '2026-01-01', '2030-12-31');
    });

    it('survives a rule-set file', () => {
      const stored = JSON.stringify(createRuleSet({ name: 'Example council', calendar }));
      const ruleSet = createRuleSet(JSON.parse(stored));
      // Day 0 Thu 3 Jun 2027; Fri 4 is the feed's holiday: 15 working days end on Fri 25 Jun.
      const deadline = dueDate('initialConference', '2027-06-03', { ruleSet });
      expect(deadline.due).toBe('2027-06-25');
      expect(differenceInWorkingDays(deadline.due, '2027-06-03', { calendar: ruleSet.calendar })).toBe(15);
      expect(dueDate('initialConference', '2029-11-01', { ruleSet }).provisional).toBe(false);
      expect(dueDate('initialConference', '2029-12-10', { ruleSet }).provisional).toBe(true); // due in 2030
    });

    it('refuses stored official years that were tampered with, listing every problem', () => {
      const stored = JSON.parse(JSON.stringify(calendar)) as { officialHolidays: { to: number; holidays: { date: string }[] } };
      stored.officialHolidays.to = 2080;
      (stored.officialHolidays.holidays[0] as { date: string }).date = '2029-02-30';
      const error = thrownBy(CalendarError, () => createCalendar(stored as unknown as WorkingDayCalendar));
      expect(error.code).toBe('INVALID_ARGUMENT');
      expect(error.issues?.map((issue) => issue.path)).toEqual([
        ['officialHolidays', 'to'],
        ['officialHolidays', 'holidays', 0, 'date'],
      ]);
    });
  });

  describe('a feed that is not in the gov.uk format', () => {
    it('is refused with INVALID_FEED and every problem by JSON path, never its content', () => {
      const feed = vendoredFeed();
      const events = feed['england-and-wales'].events;
      (events[1] as { date: string }).date = 'Jane Smith 2027';
      (events[2] as { date: string }).date = '2027-02-30';
      (events[3] as unknown as { title: number }).title = 42;
      (events[5] as { date: string }).date = (events[4] as { date: string }).date;
      (feed.scotland as { division: string }).division = 'england-and-wales';
      const error = thrownBy(CalendarError, () => calendarFromGovUkFeed(feed, { division: 'england-and-wales' }));
      expect(error.code).toBe('INVALID_FEED');
      expect(error.issues?.map((issue) => issue.path)).toEqual(
        expect.arrayContaining([
          ['england-and-wales', 'events', 1, 'date'],
          ['england-and-wales', 'events', 2, 'date'],
          ['england-and-wales', 'events', 3, 'title'],
          ['scotland', 'division'],
        ]),
      );
      expect(error.issues).toHaveLength(4);
      for (const issue of error.issues ?? []) expect(typeof issue.code).toBe('string');
      expect(JSON.stringify(error.issues) + error.message).not.toMatch(/Jane|2027-02-30/);
    });

    it('reports a repeated date once the holidays are each well formed', () => {
      const feed = vendoredFeed();
      const events = feed['england-and-wales'].events;
      (events[5] as { date: string }).date = (events[4] as { date: string }).date;
      const error = thrownBy(CalendarError, () => calendarFromGovUkFeed(feed, { division: 'england-and-wales' }));
      expect(error.issues).toEqual([
        { path: ['england-and-wales', 'events', 5, 'date'], code: 'custom', message: 'repeats the date of an earlier holiday' },
      ]);
    });

    /** 2024 and 2026 without 2025: a hole the calendar could only fill by guessing. */
    function feedWithHole(): Feed {
      const feed = withYears(vendoredFeed(), 2024, 2026);
      feed['england-and-wales'].events = feed['england-and-wales'].events.filter((event) => !event.date.startsWith('2025'));
      return feed;
    }

    it.each([
      ['text instead of parsed JSON', () => '{"england-and-wales":{}}', [[]]],
      ['an array', () => [], [[]]],
      ['no entry for the division', () => ({ scotland: vendoredFeed().scotland }), [['england-and-wales']]],
      [
        'an empty list of holidays',
        () => ({ 'england-and-wales': { division: 'england-and-wales', events: [] } }),
        [['england-and-wales', 'events']],
      ],
      ['a year missing inside its range', feedWithHole, [['england-and-wales', 'events']]],
    ])('is refused for %s', (_what, feed, paths) => {
      const error = thrownBy(CalendarError, () => calendarFromGovUkFeed(feed(), { division: 'england-and-wales' }));
      expect(error.code).toBe('INVALID_FEED');
      expect(error.issues?.map((issue) => issue.path)).toEqual(paths);
    });

    it('is refused when its years leave a gap after the built-in official years', () => {
      const feed = {
        'england-and-wales': {
          division: 'england-and-wales',
          events: [{ title: 'New Year’s Day', date: '2031-01-01', notes: '', bunting: true }],
        },
      };
      const error = thrownBy(CalendarError, () => calendarFromGovUkFeed(feed, { division: 'england-and-wales' }));
      expect(error.issues?.map((issue) => issue.path)).toEqual([['england-and-wales', 'events']]);
      expect(error.message).toContain('2012-2028');
    });

    it('names each date outside the supported years by its path', () => {
      const feed = {
        'england-and-wales': { division: 'england-and-wales', events: [{ title: 'New Year’s Day', date: '2080-01-01' }] },
      };
      const error = thrownBy(CalendarError, () => calendarFromGovUkFeed(feed, { division: 'england-and-wales' }));
      expect(error.issues).toEqual([
        {
          path: ['england-and-wales', 'events', 0, 'date'],
          code: 'invalid_value',
          message: 'must fall in the supported years 1995-2075',
        },
      ]);
    });

    it('passes govUkFeedSchema when valid, so an app can check a download before storing it', () => {
      expect(govUkFeedSchema.safeParse(vendoredFeed()).success).toBe(true);
      expect(govUkFeedSchema.safeParse({ scotland: { division: 'scotland', events: 'none' } }).success).toBe(false);
    });

    it('needs a known division', () => {
      const error = thrownBy(CalendarError, () =>
        calendarFromGovUkFeed(vendoredFeed(), { division: 'wales' as unknown as 'scotland' }),
      );
      expect(error.code).toBe('INVALID_ARGUMENT');
    });
  });
});

describe('isProvisional', () => {
  it('is false through the official years and true after them', () => {
    expect(englandAndWales.coverage.provisional.from).toBe(2029);
    expect(isProvisional('2028-12-31')).toBe(false);
    expect(isProvisional('2029-01-01')).toBe(true);
    expect(isProvisional('2011-04-29')).toBe(false);
    // The issue's example: five working days from 2 Jan 2040 rest on projected holidays.
    expect(isProvisional(addWorkingDays('2040-01-02', 5))).toBe(true);
  });

  it('refuses a date outside the supported years, as every calendar function does', () => {
    expect(thrownBy(CalendarError, () => isProvisional('2080-01-01')).code).toBe('OUT_OF_CALENDAR_RANGE');
    expect(thrownBy(CalendarError, () => isProvisional('2026-02-30')).code).toBe('INVALID_DATE');
  });
});
