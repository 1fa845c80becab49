import * as z from 'zod/mini';
import { toEpochDay } from '../dates/epochDay.js';
import { capIssues, type IssueList, type ValidationIssue } from '../validation/validationIssue.js';
import { fromZodIssues } from '../validation/zodIssues.js';
import type { Division } from './division.js';
import type { OfficialYears } from './workingDayCalendar.js';

/*
 * The format of the UK government's bank-holiday feed (https://www.gov.uk/bank-holidays.json):
 * one entry per division, each `{ division, events: [{ title, date, notes, bunting }] }`. Fields
 * the library does not read (`notes`, `bunting`, anything gov.uk adds later) are allowed.
 * The schemas are built inside one pure function, so that a bundler drops them (and zod) from
 * an app that imports only the working-day functions.
 */

const DATE_MESSAGE = 'must be a real date written YYYY-MM-DD';

function isRealDate(text: string): boolean {
  try {
    toEpochDay(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * A gov.uk-format bank-holiday feed, as parsed JSON: the schema {@link calendarFromGovUkFeed}
 * and `npm run update-holidays` validate with. A division may be left out; one that is present
 * is checked whole.
 *
 * @example
 * govUkFeedSchema.safeParse({ scotland: { division: 'scotland', events: [{ title: 'St Andrew’s Day', date: '2027-11-30' }] } }).success; // true
 * govUkFeedSchema.safeParse({ scotland: { division: 'scotland', events: [] } }).success; // false
 */
export const govUkFeedSchema = /* @__PURE__ */ (() => {
  const feedEventSchema = z.looseObject(
    {
      title: z.string({ error: 'must be a string' }).check(z.minLength(1, 'must not be empty')),
      date: z.string({ error: DATE_MESSAGE }).check(z.refine(isRealDate, DATE_MESSAGE)),
      notes: z.optional(z.string({ error: 'must be a string' })),
      bunting: z.optional(z.boolean({ error: 'must be true or false' })),
    },
    { error: 'must be an object { title, date }' },
  );

  /** Each date once, and every year from the first to the last with at least one holiday. */
  function checkEvents(events: readonly { readonly date: string }[], context: z.core.$RefinementCtx<unknown>): void {
    if (events.length === 0) return; // reported as too short
    const seen = new Set<string>();
    events.forEach((event, position) => {
      if (seen.has(event.date)) {
        context.addIssue({ code: 'custom', path: [position, 'date'], message: 'repeats the date of an earlier holiday' });
      }
      seen.add(event.date);
    });
    const years = new Set(events.map((event) => Number(event.date.slice(0, 4))));
    const first = Math.min(...years);
    const last = Math.max(...years);
    if (years.size !== last - first + 1) {
      context.addIssue({ code: 'custom', path: [], message: 'must list holidays for every year from its first to its last' });
    }
  }

  const divisionSchema = (division: Division) =>
    z.looseObject(
      {
        division: z.literal(division, { error: `must be '${division}', the division's key` }),
        events: z
          .array(feedEventSchema, { error: 'must be an array of holidays' })
          .check(z.minLength(1, 'must list at least one holiday'), z.superRefine(checkEvents)),
      },
      { error: 'must be an object { division, events }' },
    );

  return z.looseObject(
    {
      'england-and-wales': z.optional(divisionSchema('england-and-wales')),
      scotland: z.optional(divisionSchema('scotland')),
      'northern-ireland': z.optional(divisionSchema('northern-ireland')),
    },
    { error: 'must be an object keyed by division, as the gov.uk feed is' },
  );
})();

/**
 * A gov.uk-format bank-holiday feed: `{ 'england-and-wales': { division, events: [{ title,
 * date, notes, bunting }] }, scotland: ..., 'northern-ireland': ... }`.
 *
 * @example
 * const feed: GovUkFeed = { scotland: { division: 'scotland', events: [{ title: 'St Andrew’s Day', date: '2027-11-30' }] } };
 */
export type GovUkFeed = z.infer<typeof govUkFeedSchema>;

/**
 * The problems of a feed as a whole (every one, with its JSON path; never its content), capped
 * as errors carry them; none when it is valid. `required` divisions must be present.
 */
export function govUkFeedIssues(feed: unknown, required: readonly Division[] = []): IssueList {
  const parsed = govUkFeedSchema.safeParse(feed);
  const found = parsed.success ? capIssues([]) : fromZodIssues(parsed.error.issues);
  const isObject = typeof feed === 'object' && feed !== null && !Array.isArray(feed);
  const missing: ValidationIssue[] = isObject
    ? required
        .filter((division) => (feed as Record<string, unknown>)[division] === undefined)
        .map((division) => ({ path: [division], code: 'invalid_type', message: 'must be present: the division asked for' }))
    : [];
  return capIssues([...found.issues, ...missing], found.issues.length + found.issuesOmitted + missing.length);
}

/** A division's holidays in a valid feed, in date order, with the years they cover. */
export function feedDivision(feed: GovUkFeed, division: Division): OfficialYears | undefined {
  const events = feed[division]?.events;
  if (events === undefined) return undefined;
  const holidays = events
    .map((event) => ({ date: event.date, name: event.title }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { from: yearOfDate(holidays[0]?.date), to: yearOfDate(holidays[holidays.length - 1]?.date), holidays };
}

function yearOfDate(date: string | undefined): number {
  return Number(date?.slice(0, 4));
}
