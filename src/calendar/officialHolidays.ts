import type { Division } from './division.js';

/** A division's official bank holidays for the years the gov.uk feed covers. */
export interface OfficialHolidays {
  readonly division: Division;
  readonly firstYear: number;
  readonly lastYear: number;
  /** `[date, title]` pairs in date order. */
  readonly holidays: readonly (readonly [date: string, title: string])[];
}
