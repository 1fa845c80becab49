/*
 * The national rule set, apart from createRuleSet and its zod schema: code that only counts with
 * the national defaults (dueDate, the CLI's `due`) then loads no validation code.
 */
import { englandAndWales } from '../calendar/calendars.js';
import { timescales } from './catalogue.js';
import { defaultRuleSetSettings } from './defaultSettings.js';
import type { RuleSet } from './ruleSet.js';

/**
 * The national defaults for England: Working Together to Safeguard Children 2023, the Children
 * Act 1989, PD12A and PLO guidance, counted in the England & Wales calendar.
 *
 * @example
 * dueDate('initialConference', '2024-12-19', { ruleSet: englandWorkingTogether2023 }).due; // '2025-01-14'
 */
export const englandWorkingTogether2023: RuleSet = {
  name: 'englandWorkingTogether2023',
  base: null,
  calendar: englandAndWales,
  overrides: {},
  settings: defaultRuleSetSettings,
  timescales,
};
