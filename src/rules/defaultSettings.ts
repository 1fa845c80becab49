/*
 * The settings' defaults, apart from their zod schema (./ruleSetSettings.ts) so that the national
 * rule set, and code that only counts with it (dueDate, the CLI's `due`), load no zod.
 */

/** Each setting's default (sources beside the schema in ./ruleSetSettings.ts). */
export const defaultRuleSetSettings = { quorumOtherAgencies: 2, preProceedingsStart: 'decision' } as const;
