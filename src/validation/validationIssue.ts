/**
 * One problem with an input, shaped like a zod issue so an app can map it onto its own form
 * fields: the path as keys and indexes, a stable code, and a message that names the rule broken
 * and never echoes the input's content.
 *
 * @example
 * const issue: ValidationIssue = { path: ['events', 1, 'date'], code: 'invalid_format', message: 'must be a real date written YYYY-MM-DD' };
 */
export interface ValidationIssue {
  readonly path: readonly (string | number)[];
  readonly code: string;
  readonly message: string;
}

/**
 * Issues as one line for an error message: `path: message` each, `;`-separated (`(input)` for
 * the input as a whole). Safe to log: messages never hold input content.
 *
 * @example
 * describeIssues([{ path: ['events', 1, 'date'], code: 'invalid_format', message: 'must be a real date' }]);
 * // 'events.1.date: must be a real date'
 */
export function describeIssues(issues: readonly ValidationIssue[]): string {
  return issues.map((issue) => `${issue.path.length === 0 ? '(input)' : issue.path.join('.')}: ${issue.message}`).join('; ');
}
