import type { IssueList, ValidationIssue } from '../validation/validationIssue.js';

/** Stable codes carried by {@link CalendarError}; apps may switch on them. */
export type CalendarErrorCode = 'INVALID_DATE' | 'INVALID_ARGUMENT' | 'OUT_OF_CALENDAR_RANGE' | 'INVALID_FEED';

/** What each code means: docs/errors.md is generated from this, and a new code needs its line. */
export const calendarErrorMeanings = {
  INVALID_DATE: 'A date that is not written YYYY-MM-DD or does not exist (2026-02-30).',
  INVALID_ARGUMENT: 'An argument of the wrong kind: an amount that is not a whole number, a calendar specification with a bad closure, an unknown division.',
  OUT_OF_CALENDAR_RANGE: "A date outside the calendar's supported years (`calendar.coverage.supported`): never a silent \"no holiday\".",
  INVALID_FEED: 'A bank-holiday feed given to `calendarFromGovUkFeed` that is not in the gov.uk format, or whose years leave a gap after the built-in ones: `issues` lists every problem by its JSON path.',
} as const satisfies Record<CalendarErrorCode, string>;

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
  /** For an input with several parts (a holiday feed): every problem, by path. */
  readonly issues?: readonly ValidationIssue[];
  /** With `issues`: how many problems were found beyond those listed. */
  readonly issuesOmitted?: number;

  constructor(code: CalendarErrorCode, argument: string, message: string, issues?: IssueList) {
    super(message);
    this.code = code;
    this.argument = argument;
    if (issues !== undefined) {
      this.issues = issues.issues;
      this.issuesOmitted = issues.issuesOmitted;
    }
  }
}

/** A short, content-free description of a value's type for error messages. */
export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (value instanceof Date) return 'a Date (use toIsoDate)';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
