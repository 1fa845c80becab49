import type { ValidationIssue } from '../validation/validationIssue.js';

/** Stable codes carried by {@link CalendarError}; apps may switch on them. */
export type CalendarErrorCode = 'INVALID_DATE' | 'INVALID_ARGUMENT' | 'OUT_OF_CALENDAR_RANGE' | 'INVALID_FEED';

/**
 * The error thrown by date and calendar functions when they are called wrongly: an invalid
 * date, a non-integer amount, a date outside the calendar's supported years, or a bank-holiday
 * feed that is not in the gov.uk format (`INVALID_FEED`, every problem in `issues`).
 *
 * @example
 * try {
 *   addWorkingDays('2026-02-30', 1);
 * } catch (error) {
 *   if (error instanceof CalendarError && error.code === 'INVALID_DATE') {
 *     // tell the user which argument was wrong: error.argument === 'date'
 *   }
 * }
 */
export class CalendarError extends Error {
  override readonly name = 'CalendarError';
  /** The stable code: `INVALID_DATE`, `INVALID_ARGUMENT`, `OUT_OF_CALENDAR_RANGE` or `INVALID_FEED`. */
  readonly code: CalendarErrorCode;
  /** The name of the argument that was wrong, e.g. `date` or `amount`. */
  readonly argument: string;
  /** Every problem found, by path, for the errors that check a whole input (a feed, stored official years). */
  readonly issues: readonly ValidationIssue[];

  constructor(code: CalendarErrorCode, argument: string, message: string, issues: readonly ValidationIssue[] = []) {
    super(message);
    this.code = code;
    this.argument = argument;
    this.issues = issues;
  }
}

/** A short, content-free description of a value's type for error messages. */
export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (value instanceof Date) return 'a Date (use toIsoDate)';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
