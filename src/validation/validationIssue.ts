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
