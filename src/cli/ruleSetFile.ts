/**
 * The --rule-set file: JSON for createRuleSet. Imported only when --rule-set is given, since
 * createRuleSet brings zod (the commands that only count days start without it).
 */
import { CalendarError } from '../dates/calendarError.js';
import { createRuleSet, type RuleSet, type RuleSetInput } from '../rules/ruleSet.js';
import { parseJson, problemsOf, type CalendarName } from './command.js';
import { InputError } from './errors.js';
import { readInput } from './io.js';

/** What messages call the file. */
const role = '--rule-set';

/**
 * Reads and checks a rule-set file; `division` (from --calendar) replaces its calendar's
 * division, keeping its closures and extra holidays. Every problem is listed by its path in the
 * file (`overrides.statutoryVisit.amount`); unknown keys are counted, never named.
 */
export async function readRuleSet(file: string, division: CalendarName | undefined): Promise<RuleSet> {
  const input = parseJson(await readInput(file, role), role);
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new InputError([{ path: role, message: 'must be a JSON object: { name, base?, calendar?, overrides? }' }]);
  }
  const { calendar } = input as { calendar?: unknown };
  const withDivision =
    division === undefined || (calendar !== undefined && (typeof calendar !== 'object' || calendar === null))
      ? input
      : { ...input, calendar: { ...(calendar as object | undefined), division } };
  try {
    return createRuleSet(withDivision as RuleSetInput);
  } catch (error) {
    // The calendar's own checks (closure dates) name paths inside its specification.
    const within = error instanceof CalendarError ? 'calendar.' : '';
    const problems = problemsOf(error)?.map((problem) => ({ ...problem, path: `${within}${problem.path}` }));
    if (problems === undefined) throw error;
    throw new InputError(problems, `${role}: invalid rule set`);
  }
}
