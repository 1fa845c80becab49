import { z } from 'zod';
import { toEpochDay } from '../dates/epochDay.js';
import { parseDateTime } from '../dates/dateTime.js';

/*
 * The date and date-time fields of the stored event format, in their own module so that every
 * track's event schemas can use them without importing the whole vocabulary (events.ts imports
 * the tracks' schemas to build the union).
 */

/** A check from a parser that throws: true when it accepts the text. */
const accepts =
  (parse: (text: string) => unknown) =>
  (text: string): boolean => {
    try {
      parse(text);
      return true;
    } catch {
      return false;
    }
  };
const isDate = /* @__PURE__ */ accepts(toEpochDay);
const isDateTime = /* @__PURE__ */ accepts(parseDateTime);

/*
 * Every schema below is built at module level, so each call is marked pure: a bundler can then
 * drop zod and these schemas from an app that imports only, say, `addWorkingDays` (the package
 * is one file, so `sideEffects: false` alone cannot). Keep the marks on new schemas; the size
 * test fails when zod creeps back into the calendar-only bundle.
 *
 * The date shapes are also checked as patterns (abort: true keeps one message per bad value):
 * a refine cannot be expressed in the JSON Schema generated from these schemas
 * (schema/events.json), a pattern can.
 */
const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME_SHAPE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;
const DATE_MESSAGE = 'must be a real date written YYYY-MM-DD';
const DATE_TIME_MESSAGE = 'must be an ISO date-time with an offset, e.g. 2026-03-28T22:15:00Z';

/**
 * A `YYYY-MM-DD` calendar date that exists.
 *
 * @example
 * isoDateSchema.safeParse('2026-02-29').success; // false: 2026 is not a leap year
 */
export const isoDateSchema = /* @__PURE__ */ z
  .string({ error: 'must be a YYYY-MM-DD date' })
  .regex(DATE_SHAPE, { error: DATE_MESSAGE, abort: true })
  .refine(isDate, DATE_MESSAGE);

/**
 * An ISO date-time with an offset, e.g. `2026-03-28T22:15:00Z`.
 *
 * @example
 * isoDateTimeSchema.safeParse('2026-03-28T22:15:00').success; // false: no offset
 */
export const isoDateTimeSchema = /* @__PURE__ */ z
  .string({ error: 'must be an ISO date-time with offset' })
  .regex(DATE_TIME_SHAPE, { error: DATE_TIME_MESSAGE, abort: true })
  .refine(isDateTime, DATE_TIME_MESSAGE);
