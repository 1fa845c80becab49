import { CalendarError } from '../dates/calendarError.js';
import { createCalendar, officialHolidaysOf } from './calendars.js';
import { divisions, type Division } from './division.js';
import { feedDivision, govUkFeedIssues, type GovUkFeed } from './govUkFeed.js';
import { capIssues, issuesMessage, type ValidationIssue } from '../validation/validationIssue.js';
import { officialYearsIssues } from './officialYears.js';
import { supportedYears, type CalendarSpec, type WorkingDayCalendar } from './workingDayCalendar.js';

/** Options of {@link calendarFromGovUkFeed}: the division to take, and any calendar settings. */
export interface GovUkFeedOptions extends Omit<CalendarSpec, 'division' | 'officialHolidays'> {
  /** The division whose holidays to take from the feed. */
  readonly division: Division;
}

/**
 * A calendar whose official years come from a gov.uk-format bank-holiday feed the app supplies
 * (already parsed JSON, e.g. fetched nightly from https://www.gov.uk/bank-holidays.json): a
 * newly proclaimed bank holiday counts without waiting for a release of this library. For the
 * years the feed covers its dates win (days it adds or drops are honoured); the years it does
 * not cover keep the built-in data, and years after both are projected by rule and marked
 * `provisional`. Closures and extra holidays work as in {@link createCalendar}. The result is
 * plain data holding the feed's dates: `JSON.stringify` stores it and `createCalendar` rebuilds
 * it. The library never fetches anything. A feed that is not in the gov.uk format throws a
 * `CalendarError` with code `INVALID_FEED` whose `issues` list every problem by JSON path,
 * never the feed's content.
 *
 * @example
 * const feed = JSON.parse(textTheAppDownloaded); // the gov.uk feed, with a new holiday in it
 * const calendar = calendarFromGovUkFeed(feed, { division: 'england-and-wales' });
 * isWorkingDay('2027-06-07', { calendar }); // false, if the feed lists that day
 */
export function calendarFromGovUkFeed(feed: unknown, options: GovUkFeedOptions): WorkingDayCalendar {
  if (typeof options !== 'object' || options === null || !divisions.includes(options.division)) {
    throw new CalendarError('INVALID_ARGUMENT', 'division', `division must be one of ${divisions.join(', ')}`);
  }
  const { division } = options;
  const checked = govUkFeedIssues(feed, [division]);
  const issues: ValidationIssue[] = [...checked.issues];
  const years = issues.length === 0 ? feedDivision(feed as GovUkFeed, division) : undefined;
  if (years !== undefined) {
    const official = officialHolidaysOf(division);
    const supported = supportedYears;
    // Each date outside the supported years at its own path; then the years as a whole.
    (feed as GovUkFeed)[division]?.events.forEach((event, position) => {
      const year = Number(event.date.slice(0, 4));
      if (year < supported.from || year > supported.to) {
        issues.push({
          path: [division, 'events', position, 'date'],
          code: 'invalid_value',
          message: `must fall in the supported years ${supported.from}-${supported.to}`,
        });
      }
    });
    if (issues.length === 0) issues.push(...officialYearsIssues(years, official, supported, [division, 'events']));
  }
  if (issues.length > 0 || years === undefined) {
    const list = capIssues(issues, issues.length + checked.issuesOmitted);
    throw new CalendarError('INVALID_FEED', 'feed', `feed is not a gov.uk bank-holiday feed: ${issuesMessage(list)}`, list);
  }
  return createCalendar({ ...options, officialHolidays: years });
}
