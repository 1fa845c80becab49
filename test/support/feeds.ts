import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Division } from '../../src/index.js';

/** An event of a gov.uk-format feed, as the feed writes it. */
export interface FeedEvent {
  title: string;
  date: string;
  notes: string;
  bunting: boolean;
}

/** A gov.uk-format feed with every division, as mutable JSON for fixtures. */
export type Feed = Record<Division, { division: Division; events: FeedEvent[] }>;

/** The vendored feed's path. */
export const vendoredFeedPath = fileURLToPath(new URL('../../data/govuk-bank-holidays.json', import.meta.url));

/** A fresh copy of the vendored gov.uk feed, to change into a fixture. */
export function vendoredFeed(): Feed {
  return JSON.parse(readFileSync(vendoredFeedPath, 'utf8')) as Feed;
}

/** The feed with a holiday added to a division, as a new proclamation would. */
export function withHoliday(feed: Feed, division: Division, date: string, title: string): Feed {
  feed[division].events.push({ title, date, notes: '', bunting: true });
  return feed;
}

/** The feed without a division's holiday on a date. */
export function withoutHoliday(feed: Feed, division: Division, date: string): Feed {
  feed[division].events = feed[division].events.filter((event) => event.date !== date);
  return feed;
}

/** The feed limited to the years from `from` to `to`, as gov.uk publishes a window of years. */
export function withYears(feed: Feed, from: number, to: number): Feed {
  for (const division of Object.keys(feed) as Division[]) {
    feed[division].events = feed[division].events.filter((event) => {
      const year = Number(event.date.slice(0, 4));
      return year >= from && year <= to;
    });
  }
  return feed;
}
