/**
 * The codes an issue carries, and what each means: zod's own issue codes (as the schemas report
 * them) and the library's, for checks beyond a schema. docs/errors.md is generated from this.
 */
export const issueCodeMeanings = {
  invalid_type: 'zod: a value of the wrong type, or a required field that is missing (also a fraction where a whole number is required).',
  invalid_format: 'zod: a string not in its format: a date not written YYYY-MM-DD or that does not exist, a date-time without an offset.',
  invalid_value: 'zod: a value outside its list (a decision, a unit, a division), or a value the rule does not allow here.',
  invalid_union: 'zod: a value that matches none of the allowed shapes, e.g. an event with an unknown `type`.',
  too_small: 'zod: a number below its minimum, or a list or text shorter than allowed.',
  too_big: 'zod: a number above its maximum, or a text longer than allowed.',
  unrecognized_keys: 'zod: fields that are not part of the format. In a case log they are counted, never named (a name can itself be personal data); in a rule set each is listed at its path.',
  custom: 'zod: a rule across fields (a refinement), e.g. categories only with a plan decision, an end after the start.',
  invalid_json: 'The library: text that is not JSON.',
  not_overridable: 'The library: a rule set tried to change a timescale set by statute or court rules.',
} as const;

/** An issue code the library reports. */
export type IssueCode = keyof typeof issueCodeMeanings;
