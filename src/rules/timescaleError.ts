import { capIssues, issuesMessage, type ValidationIssue } from '../validation/validationIssue.js';

/** Stable codes carried by {@link TimescaleError}. */
export type TimescaleErrorCode = 'UNKNOWN_TIMESCALE' | 'INVALID_RULE_SET' | 'INVALID_ARGUMENT';

/** What each code means: docs/errors.md is generated from this, and a new code needs its line. */
export const timescaleErrorMeanings = {
  UNKNOWN_TIMESCALE: 'A timescale id that the rule set does not have (`issues` at `id`).',
  INVALID_RULE_SET: 'A rule set input with problems: every one is listed in `issues` by path (unknown ids, bad amounts or units, a change to a statutory or court-rule timescale, bad settings).',
  INVALID_ARGUMENT: 'An option of the wrong kind, e.g. `options.ruleSet` that is not a rule set.',
} as const satisfies Record<TimescaleErrorCode, string>;

/**
 * The error thrown by the timescale functions when they are called wrongly: an unknown
 * timescale id, an invalid rule set (every problem listed by path, as zod lists them) or a bad
 * option.
 *
 * @example
 * try {
 *   createRuleSet({ name: 'Example', overrides: { statutoryVisit: { amount: -1 } } });
 * } catch (error) {
 *   if (error instanceof TimescaleError) error.issues;
 *   // [{ path: ['overrides', 'statutoryVisit', 'amount'], code: 'too_small', message: 'must be a positive whole number' }]
 * }
 */
export class TimescaleError extends Error {
  override readonly name = 'TimescaleError';
  readonly code: TimescaleErrorCode;
  /** The argument that was wrong, e.g. `id`, `from` or `options.ruleSet`. */
  readonly argument: string;
  /** Every problem (at most 100), by path. */
  readonly issues: readonly ValidationIssue[];
  /** How many problems were found beyond those listed in `issues`. */
  readonly issuesOmitted: number;

  constructor(code: TimescaleErrorCode, argument: string, issues: readonly ValidationIssue[], issuesOmitted = 0) {
    const capped = capIssues(issues, issues.length + issuesOmitted);
    super(issuesMessage(capped));
    this.code = code;
    this.argument = argument;
    this.issues = capped.issues;
    this.issuesOmitted = capped.issuesOmitted;
  }
}
