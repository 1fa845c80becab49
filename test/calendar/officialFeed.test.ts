/*
 * The calendars against the raw gov.uk feed (read here with node:fs, not through the generated
 * module), the rule engine against the feed, and the generated module against its generator.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { feedPath, modulePath, renderOfficialHolidays } from '../../scripts/generate-holidays.js';
import { ruleBasedHolidays } from '../../src/calendar/holidayRules.js';
import { fromEpochDay } from '../../src/dates/epochDay.js';
import { bankHolidays, englandAndWales, isWorkingDay, northernIreland, scotland, type Division } from '../../src/index.js';
import { eachDay, isWeekend } from '../support/days.js';

interface FeedEvent {
  readonly title: string;
  readonly date: string;
  readonly notes: string;
}
type Feed = Record<Division, { readonly division: Division; readonly events: readonly FeedEvent[] }>;

const feed = JSON.parse(readFileSync(feedPath, 'utf8')) as Feed;
const calendars = { 'england-and-wales': englandAndWales, scotland, 'northern-ireland': northernIreland } as const;
const divisionNames = Object.keys(calendars) as Division[];

describe('the gov.uk feed', () => {
  it('holds the three divisions from 2012 to 2028', () => {
    expect(Object.keys(feed).sort()).toEqual([...divisionNames].sort());
    for (const division of divisionNames) {
      const dates = feed[division].events.map((event) => event.date).sort();
      expect(dates[0]?.slice(0, 4)).toBe('2012');
      expect(dates.at(-1)?.slice(0, 4)).toBe('2028');
    }
  });

  it.each(divisionNames)('agrees with isWorkingDay on every day from 2012-01-01 to 2028-12-31 in %s', (division) => {
    const holidays = new Set(feed[division].events.map((event) => event.date));
    const options = { calendar: calendars[division] };
    const disagreements: string[] = [];
    let days = 0;
    for (const day of eachDay('2012-01-01', '2028-12-31')) {
      days++;
      const expected = !isWeekend(day) && !holidays.has(day);
      if (isWorkingDay(day, options) !== expected) disagreements.push(day);
    }
    expect(days).toBe(6210); // 17 years, 5 of them leap years: 17 * 365 + 5
    expect(disagreements).toEqual([]);
  });

  it.each(divisionNames)('is what bankHolidays lists for 2012-2028 in %s, with the feed’s titles', (division) => {
    const expected = [...feed[division].events]
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((event) => ({ date: event.date, name: event.title, provisional: false }));
    expect(bankHolidays('2012-01-01', '2028-12-31', { calendar: calendars[division] })).toEqual(expected);
  });

  it('has every bank holiday on a weekday, so none is lost to a weekend', () => {
    for (const division of divisionNames) {
      expect(feed[division].events.filter((event) => isWeekend(event.date))).toEqual([]);
    }
  });
});

describe('the rule engine (ruleBasedHolidays)', () => {
  const ruleDays = (division: Division, year: number): { date: string; name: string }[] =>
    ruleBasedHolidays(division, year).map((holiday) => ({ date: fromEpochDay(holiday.epochDay), name: holiday.name }));
  const feedDays = (division: Division, year: number): { date: string; name: string }[] =>
    feed[division].events
      .filter((event) => event.date.startsWith(`${year}-`))
      .map((event) => ({ date: event.date, name: event.title }))
      .sort((a, b) => a.date.localeCompare(b.date));
  const years = Array.from({ length: 17 }, (_, i) => 2012 + i);

  it.each(divisionNames)('reproduces the feed’s dates for every year 2012-2028 in %s', (division) => {
    for (const year of years) {
      const expected = feedDays(division, year).map((day) => day.date);
      expect(ruleDays(division, year).map((day) => day.date), `${division} ${year}`).toEqual(expected);
    }
  });

  it('reproduces the feed’s names too, except Scotland’s 2 and 3 January 2023', () => {
    // When 1 January is a Sunday the feed names Scotland's Monday and Tuesday holidays one way
    // in 2012 and 2017 and the other way in 2023; the rule engine follows 2012 and 2017
    // (see the comment in src/calendar/holidayRules.ts). Only the names differ.
    const differences: { division: Division; year: number; rule: unknown; feed: unknown }[] = [];
    for (const division of divisionNames) {
      for (const year of years) {
        const rule = ruleDays(division, year);
        const official = feedDays(division, year);
        if (JSON.stringify(rule) !== JSON.stringify(official)) differences.push({ division, year, rule, feed: official });
      }
    }
    expect(differences.map(({ division, year }) => `${division} ${year}`)).toEqual(['scotland 2023']);
    const [scotland2023] = differences;
    expect((scotland2023?.rule as { date: string; name: string }[]).slice(0, 2)).toEqual([
      { date: '2023-01-02', name: '2nd January' },
      { date: '2023-01-03', name: 'New Year’s Day' },
    ]);
    expect((scotland2023?.feed as { date: string; name: string }[]).slice(0, 2)).toEqual([
      { date: '2023-01-02', name: 'New Year’s Day' },
      { date: '2023-01-03', name: '2nd January' },
    ]);
  });
});

describe('the generated module src/calendar/data/officialHolidays.generated.ts', () => {
  it('is up to date with the feed (run `npm run generate` if this fails)', () => {
    expect(renderOfficialHolidays(readFileSync(feedPath, 'utf8'))).toBe(readFileSync(modulePath, 'utf8'));
  });
});
