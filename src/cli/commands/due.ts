import { timescaleIds, timescales } from '../../rules/catalogue.js';
import { describePeriod } from '../../rules/describeRule.js';
import { dueDate } from '../../rules/dueDate.js';
import { englandWorkingTogether2023 } from '../../rules/nationalRuleSet.js';
import type { TimescaleId } from '../../rules/timescale.js';
import { calendarChoice, checked, json, optionHelp, parse, program, sharedOptions, type Command } from '../command.js';
import { InputError } from '../errors.js';
import { dayList, fields } from '../format.js';
import { didYouMean } from '../suggest.js';

const spec = {
  name: 'due',
  positionals: ['timescale', 'date'],
  options: sharedOptions,
  // Written when asked for: describing every timescale is work a plain `due` need not do.
  get help() {
    return `Usage: ${program} due <timescale> <date> [options]

The deadline a timescale sets from a start date, with the rule, its source and the bank
holidays skipped. Hours rules (policeProtection) take a date-time with an offset, e.g.
2026-03-28T22:15:00Z, and answer in Europe/London time.

Options:
${optionHelp.calendar}
${optionHelp['rule-set']}
${optionHelp.json}
${optionHelp.help}

Timescales:
${timescaleIds.map((id) => `  ${id.padEnd(36)} ${describePeriod(timescales[id])}`).join('\n')}

Example:
  ${program} due initialConference 2026-11-23
`;
  },
};

/** `due <timescale> <date>`: dueDate, explained. */
export const due: Command = async (argv) => {
  const parsed = parse(spec, argv);
  if (parsed === undefined) return spec.help;
  const { values, args } = parsed;
  const chosen = await calendarChoice(values, spec.name);
  const ruleSet = chosen.ruleSet ?? englandWorkingTogether2023;
  const id = args.timescale as string;
  if (!Object.hasOwn(ruleSet.timescales, id)) {
    const hint = didYouMean(id, Object.keys(ruleSet.timescales)) || `; '${program} due --help' lists them`;
    throw new InputError([{ path: 'timescale', message: `is not a timescale id (UNKNOWN_TIMESCALE)${hint}` }]);
  }
  const deadline = checked(
    () => dueDate(id as TimescaleId, args.date as string, { ruleSet, ...(chosen.calendar === undefined ? {} : { calendar: chosen.calendar }) }),
    { from: 'date', id: 'timescale' },
  );
  if (values.json === true) return json(deadline);
  const { rule } = deadline;
  return fields([
    ['timescale', `${rule.id}: ${rule.title}`],
    ['rule', `${describePeriod(rule)} ${rule.start.description}`],
    ['from', deadline.from],
    ['due', deadline.dueAt === undefined ? deadline.due : `${deadline.dueAt} (Europe/London)`],
    ['calendar', rule.unit === 'workingDays' ? deadline.calendar : undefined],
    ['skipped', rule.unit === 'workingDays' ? dayList(deadline.skipped) : undefined],
    ['provisional', deadline.provisional ? 'yes: relies on bank holidays projected beyond the official feed' : undefined],
    ['status', rule.status],
    ['source', rule.source],
    ['note', rule.note],
  ]);
};
