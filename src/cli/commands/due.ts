import { describePeriod, dueDate, englandWorkingTogether2023, timescaleIds, timescales, type TimescaleId } from '../../index.js';
import { calendarNames, calendarOption, checked, json, parse, program, ruleSetOption, type Command } from '../command.js';
import { InputError } from '../errors.js';
import { dayList, fields } from '../format.js';

const spec = {
  name: 'due',
  positionals: ['timescale', 'date'],
  options: {
    calendar: { type: 'string' },
    'rule-set': { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
  help: `Usage: ${program} due <timescale> <date> [options]

The deadline a timescale sets from a start date, with the rule, its source and the bank
holidays skipped. Hours rules (policeProtection) take a date-time with an offset, e.g.
2026-03-28T22:15:00Z, and answer in Europe/London time.

Options:
  --calendar <name>   ${calendarNames.join(' | ')} (default: the rule set's)
  --rule-set <file>   a JSON rule set for createRuleSet, or - for standard input
  --json              print the deadline as JSON
  -h, --help          show this help

Timescales:
${timescaleIds.map((id) => `  ${id.padEnd(36)} ${describePeriod(timescales[id])}`).join('\n')}

Example:
  ${program} due initialConference 2026-11-23
`,
} as const;

/** `due <timescale> <date>`: dueDate, explained. */
export const due: Command = async (argv) => {
  const parsed = parse(spec, argv);
  if (parsed === undefined) return spec.help;
  const { values, args } = parsed;
  const calendar = calendarOption('calendar', values.calendar, spec.name);
  const ruleSet = (await ruleSetOption(values['rule-set'])) ?? englandWorkingTogether2023;
  if (!Object.hasOwn(ruleSet.timescales, args.timescale as string)) {
    throw new InputError([
      { path: 'timescale', message: `is not a timescale id (UNKNOWN_TIMESCALE); '${program} due --help' lists them` },
    ]);
  }
  const deadline = checked(
    () => dueDate(args.timescale as TimescaleId, args.date as string, { ruleSet, ...(calendar === undefined ? {} : { calendar }) }),
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
