/**
 * One problem with an input, shaped like a zod issue so an app can map it onto its own form
 * fields: the path as keys and indexes, a stable code, and a message that names the rule broken
 * and never echoes the input's content. Codes are zod's issue codes (`invalid_type`,
 * `invalid_format`, `invalid_value`, `too_small`, `too_big`, `unrecognized_keys`, `custom`, ...)
 * or the library's own, listed in docs/errors.md.
 *
 * @example
 * const issue: ValidationIssue = { path: ['events', 1, 'date'], code: 'invalid_format', message: 'must be a real date written YYYY-MM-DD, in the years 1900-2099' };
 */
export interface ValidationIssue {
  readonly path: readonly (string | number)[];
  readonly code: string;
  readonly message: string;
}

/**
 * The most issues an error lists; the rest are only counted (`issuesOmitted`), so that a log of
 * a million bad events cannot make an error of a million lines.
 */
export const MAX_ISSUES = 100;

/**
 * Issues as an error carries them: at most 100, and how many more there were.
 *
 * @example
 * const found: IssueList = { issues: [{ path: ['date'], code: 'invalid_format', message: 'must be a real date written YYYY-MM-DD, in the years 1900-2099' }], issuesOmitted: 0 };
 */
export interface IssueList {
  readonly issues: readonly ValidationIssue[];
  /** How many issues were found beyond the ones listed; 0 when all are listed. */
  readonly issuesOmitted: number;
}

/** The first {@link MAX_ISSUES} issues, and a count of the rest. */
export function capIssues(issues: readonly ValidationIssue[], found = issues.length): IssueList {
  return { issues: issues.slice(0, MAX_ISSUES), issuesOmitted: Math.max(0, found - MAX_ISSUES) };
}

/**
 * An issue's path as people read it: keys joined by dots, indexes in brackets.
 *
 * @example
 * formatIssuePath(['events', 1, 'date']); // 'events[1].date'
 */
export function formatIssuePath(path: readonly (string | number)[]): string {
  return path.map((part, position) => (typeof part === 'number' ? `[${part}]` : position === 0 ? part : `.${part}`)).join('');
}

/** An error message from its issues: `path: message` each, `; `-separated, the omitted counted. */
export function issuesMessage({ issues, issuesOmitted }: IssueList): string {
  const listed = issues.map((issue) => (issue.path.length === 0 ? issue.message : `${formatIssuePath(issue.path)}: ${issue.message}`));
  return [...listed, ...(issuesOmitted > 0 ? [`and ${issuesOmitted} more`] : [])].join('; ');
}
