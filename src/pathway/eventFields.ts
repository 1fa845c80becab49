import * as z from 'zod/mini';
import { toEpochDay } from '../dates/epochDay.js';
import { parseDateTime } from '../dates/dateTime.js';
import { LOG_DATE_PATTERN, LOG_DATE_TIME_PATTERN } from '../dates/logDates.js';

/*
 * The pieces every track's event schemas are built from: the date shapes, the fields every
 * event has, and small helpers for decisions and whole numbers. Written in zod/mini (functional
 * checks rather than methods) so that an app bundles only the parts of zod these schemas use.
 *
 * Every schema built at module level is marked pure: a bundler can then drop zod and these
 * schemas from an app that imports only, say, `addWorkingDays` (the package is one file, so
 * `sideEffects: false` alone cannot). A mark covers one call, not the calls in its arguments:
 * with zod/mini's nested calls (`z.optional(z.array(...))`, `.check(z.regex(...))`) mark each
 * inner call too, or build the schema inside a marked arrow function as below. Keep the marks
 * on new schemas; the size test fails when zod creeps back into the calendar-only bundle.
 *
 * The date shapes, with their years (1900-2099: see src/dates/logDates.ts), are checked as
 * patterns first (abort: true keeps one message per bad value): the check that a date exists
 * cannot be expressed in the JSON Schema generated from these schemas (schema/events.json), a
 * pattern can.
 */

const DATE_MESSAGE = 'must be a real date written YYYY-MM-DD, in the years 1900-2099';
const DATE_TIME_MESSAGE = 'must be an ISO date-time with an offset, e.g. 2026-03-28T22:15:00Z, in the years 1900-2099';

/**
 * A check that a parser which throws accepts the text, reported as zod's own `invalid_format`
 * (as the pattern before it is), so that an app sees one code for a date however it is wrong.
 */
const existing = (format: 'date' | 'datetime', parse: (text: string) => unknown, message: string) =>
  z.check<string>((context) => {
    try {
      parse(context.value);
    } catch {
      context.issues.push({ code: 'invalid_format', format, input: context.value, message });
    }
  });

/**
 * A `YYYY-MM-DD` calendar date that exists, in the years 1900-2099.
 *
 * @example
 * isoDateSchema.safeParse('2026-02-29').success; // false: 2026 is not a leap year
 */
export const isoDateSchema = /* @__PURE__ */ (() =>
  z
    .string({ error: 'must be a YYYY-MM-DD date' })
    .check(z.regex(LOG_DATE_PATTERN, { error: DATE_MESSAGE, abort: true }), existing('date', toEpochDay, DATE_MESSAGE)))();

/**
 * An ISO date-time with an offset, e.g. `2026-03-28T22:15:00Z`, its date in the years 1900-2099.
 *
 * @example
 * isoDateTimeSchema.safeParse('2026-03-28T22:15:00').success; // false: no offset
 */
export const isoDateTimeSchema = /* @__PURE__ */ (() =>
  z
    .string({ error: 'must be an ISO date-time with offset' })
    .check(z.regex(LOG_DATE_TIME_PATTERN, { error: DATE_TIME_MESSAGE, abort: true }), existing('datetime', parseDateTime, DATE_TIME_MESSAGE)))();

/** The fields every event has: its date, and free text for the app's own use (never read or echoed). */
const baseFields = /* @__PURE__ */ (() => ({ date: isoDateSchema, note: z.optional(z.string({ error: 'must be a string' })) }))();

/**
 * The schema of one event type: `type`, `date`, an optional `note` and the event's own fields;
 * any other field is refused. Track modules build their events with it.
 *
 * @example
 * const coreGroupHeldSchema = event('coreGroupHeld', {});
 */
export const event = <T extends string, S extends z.core.$ZodLooseShape>(type: T, shape: S) =>
  z.strictObject({ type: z.literal(type), ...baseFields, ...shape });

/**
 * A decision recorded on an event: one of a fixed list, named in the message.
 *
 * @example
 * const outcome = decision(['conference', 'childInNeed', 'noFurtherAction']);
 */
export const decision = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `must be one of ${values.join(', ')}` });

/**
 * A whole number in a range, as checks that JSON Schema can express too (integer, minimum,
 * maximum).
 *
 * @example
 * const weeks = wholeNumber('must be a number of weeks', 1, 8, 'must be a whole number of weeks from 1 to 8');
 */
export const wholeNumber = (error: string, min: number, max: number, rangeError: string) =>
  z
    .number({ error })
    .check(
      z.int({ error: rangeError, abort: true }),
      z.minimum(min, { error: rangeError, abort: true }),
      z.maximum(max, { error: rangeError }),
    );
