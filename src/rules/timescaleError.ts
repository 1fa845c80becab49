/** Stable codes carried by {@link TimescaleError}. */
export type TimescaleErrorCode = 'UNKNOWN_TIMESCALE' | 'INVALID_RULE_SET' | 'INVALID_ARGUMENT';

/** One problem with an input, at a path such as `overrides.statutoryVisit.amount`. */
export interface InputIssue {
  readonly path: string;
  readonly message: string;
}

/**
 * The error thrown by the timescale functions when they are called wrongly: an unknown
 * timescale id, an invalid rule set (every problem listed by path) or a bad option.
 *
 * @example
 * try {
 *   createRuleSet({ name: 'Example', overrides: { statutoryVisit: { amount: -1 } } });
 * } catch (error) {
 *   if (error instanceof TimescaleError) error.issues;
 *   // [{ path: 'overrides.statutoryVisit.amount', message: 'must be a positive whole number' }]
 * }
 */
export class TimescaleError extends Error {
  override readonly name = 'TimescaleError';
  readonly code: TimescaleErrorCode;
  /** The argument that was wrong, e.g. `id`, `from` or `options.ruleSet`. */
  readonly argument: string;
  readonly issues: readonly InputIssue[];

  constructor(code: TimescaleErrorCode, argument: string, issues: readonly InputIssue[]) {
    super(issues.map((issue) => `${issue.path}: ${issue.message}`).join('; '));
    this.code = code;
    this.argument = argument;
    this.issues = issues;
  }
}
