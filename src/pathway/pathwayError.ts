import type { WorkingDayCalendar } from '../calendar/workingDayCalendar.js';
import { epochDayOf } from '../dates/gregorian.js';
import type { IssueCode } from '../validation/issueCodes.js';
import type { ValidationIssue } from '../validation/validationIssue.js';
import type { CaseEventType } from './events.js';

/** Stable codes of a refused event (see `pathwayErrorMeanings`). */
export type PathwayErrorCode =
  | 'INVALID_EVENT'
  | 'INVALID_TRANSITION'
  | 'OUT_OF_ORDER'
  | 'OUT_OF_CALENDAR_RANGE'
  | 'UNKNOWN_ACTION'
  | 'DUPLICATE_ACTION';

/** What each code means: docs/errors.md is generated from this, and a new code needs its line. */
export const pathwayErrorMeanings = {
  INVALID_EVENT: "An event whose fields are wrong, by the format or for what it says happened: every problem in `issues`, by path within the event.",
  INVALID_TRANSITION: "An event that the case's state does not allow then; `allowed` lists what may happen instead.",
  OUT_OF_ORDER: 'An event dated before the previous event: the log must be in date order.',
  OUT_OF_CALENDAR_RANGE: "An event, or a deadline it sets, outside the calendar's supported years.",
  UNKNOWN_ACTION: 'A plan action revised, completed or withdrawn that was never agreed or has already closed (completed, withdrawn or closed with its plan).',
  DUPLICATE_ACTION: 'A plan action agreed under the id of an action of the plan that is still open.',
} as const satisfies Record<PathwayErrorCode, string>;

/**
 * Why an event was refused: a stable code, the event's position in the log, a message naming
 * the rule broken (never the event's free text), and the event types allowed at that point.
 */
export interface PathwayError {
  readonly code: PathwayErrorCode;
  /** The event's index in the log (0 for a single `applyEvent`). */
  readonly index: number;
  /** The event's type, when it had a known one. */
  readonly eventType?: CaseEventType;
  readonly message: string;
  /** What may happen next instead. */
  readonly allowed: readonly CaseEventType[];
  /** For `INVALID_EVENT`: every problem (at most 100), by path within the event, e.g. `['date']`. */
  readonly issues?: readonly ValidationIssue[];
  /** For `INVALID_EVENT`: how many problems were found beyond those listed in `issues`. */
  readonly issuesOmitted?: number;
}

/**
 * The result of applying events: the new state, or why the event was refused. Narrow on `ok`.
 *
 * @example
 * const result = replay(events);
 * if (result.ok) dueItems(result.state, { asOf: '2026-11-23' });
 * else console.error(result.error.code, result.error.message);
 */
export type PathwayResult<S> =
  | { readonly ok: true; readonly state: S; readonly error?: never }
  | { readonly ok: false; readonly error: PathwayError; readonly state?: never };

/**
 * Thrown inside a transition to refuse an event; `applyEvent` turns it into a
 * {@link PathwayError} value, so no caller ever sees it.
 */
export class Refusal {
  constructor(
    readonly code: PathwayErrorCode,
    readonly message: string,
    readonly issues?: readonly ValidationIssue[],
    readonly issuesOmitted = 0,
  ) {}
}

/** Refuses an event that the case's state does not allow. */
export function refuse(message: string): never {
  throw new Refusal('INVALID_TRANSITION', message);
}

/**
 * The refusal of an event with a date, or a deadline counted from one, outside the years its
 * case's calendar answers for: `what` says which, `path` names the field of the log (e.g.
 * `['startsOn']`, or `['child', 'expectedDeliveryDate']`).
 */
export function outOfCalendar(path: readonly string[], what: string, calendar: WorkingDayCalendar): Refusal {
  const { from, to } = calendar.coverage.supported;
  const message = `${what} (${from}-${to})`;
  return new Refusal('OUT_OF_CALENDAR_RANGE', `${path.join('.')}: ${message}`, [{ path: [...path], code: 'invalid_value', message }]);
}

/**
 * Refuses an event whose date at `path` (`date`, `startsOn`, ...), as an epoch day, is outside
 * its calendar's years: a period counted from or to a day the calendar has no data for cannot
 * be checked against its working days.
 */
export function checkInCalendar(day: number, path: readonly string[], calendar: WorkingDayCalendar): void {
  const { from, to } = calendar.coverage.supported;
  if (day < epochDayOf(from, 1, 1) || day > epochDayOf(to, 12, 31)) throw outOfCalendar(path, 'is outside the calendar\'s supported years', calendar);
}

/**
 * Refuses an event whose fields are wrong for what it says happened, as one issue at the
 * field. The code is zod's `custom` (what a refinement reports) unless a closer one fits.
 */
export function invalidField(field: string, message: string, code: IssueCode = 'custom'): never {
  throw new Refusal('INVALID_EVENT', `${field}: ${message}`, [{ path: [field], code, message }]);
}
