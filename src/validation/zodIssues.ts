import type * as z from 'zod/mini';
import { capIssues, MAX_ISSUES, type IssueList, type ValidationIssue } from './validationIssue.js';

/** How {@link fromZodIssues} words what zod leaves to the schema's author. */
export interface ZodIssueOptions {
  /** Prepended to every path, e.g. `['overrides']` for a nested input. */
  readonly prefix?: readonly (string | number)[];
  /**
   * When given, each unknown key is its own issue at its own path, with this message (for
   * inputs whose keys are names the library defines, such as a rule set's timescale ids). When
   * not, unknown keys are only counted at the object's path: in an untrusted case log a field
   * name can itself be personal data.
   */
  readonly unknownKey?: (objectPath: readonly (string | number)[]) => string;
}

/**
 * Zod's issues in the library's shape, capped at {@link MAX_ISSUES}. The code is zod's; the
 * message is the schema's own (every schema of the library sets one), and zod's `input`,
 * `keys` and other details are dropped, so no value from the input is echoed.
 */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[], options: ZodIssueOptions = {}): IssueList {
  const { prefix = [], unknownKey } = options;
  const mapped: ValidationIssue[] = [];
  let found = 0;
  for (const issue of issues) {
    const path = [...prefix, ...issue.path.map((part) => (typeof part === 'number' ? part : String(part)))];
    let each: ValidationIssue[];
    if (issue.code !== 'unrecognized_keys') each = [{ path, code: issue.code, message: issue.message }];
    else if (unknownKey === undefined) each = [{ path, code: issue.code, message: unknownFieldsMessage(issue.keys.length) }];
    else each = issue.keys.map((key) => ({ path: [...path, key], code: issue.code, message: unknownKey(path) }));
    found += each.length;
    if (mapped.length < MAX_ISSUES) mapped.push(...each);
  }
  return capIssues(mapped, found);
}

function unknownFieldsMessage(count: number): string {
  return `has ${count} field${count === 1 ? '' : 's'} that ${count === 1 ? 'is' : 'are'} not part of the format`;
}
