import { bankHolidays } from '../../calendar/bankHolidays.js';
import { englandAndWales } from '../../calendar/calendars.js';
import { calendarChoice, checked, json, optionHelp, parse, program, sharedOptions, type Command } from '../command.js';
import { InputError } from '../errors.js';
import { table, weekday } from '../format.js';

const spec = {
  name: 'holidays',
  positionals: ['year'],
  options: sharedOptions,
  help: `Usage: ${program} holidays <year> [options]

A year's bank holidays, with a rule set's extra holidays (its closures are not holidays:
working-days shows them). Years after the official gov.uk feed are projected by rule and
marked provisional.

Options:
${optionHelp.calendar}
${optionHelp['rule-set']}
${optionHelp.json}
${optionHelp.help}

Example:
  ${program} holidays 2027 --calendar scotland --json
`,
} as const;

/** `holidays <year>`: bankHolidays for one year. */
export const holidays: Command = async (argv) => {
  const parsed = parse(spec, argv);
  if (parsed === undefined) return spec.help;
  const { values, args } = parsed;
  const calendar = (await calendarChoice(values, spec.name)).calendar ?? englandAndWales;
  const year = args.year as string;
  if (!/^\d{4}$/.test(year)) throw new InputError([{ path: 'year', message: 'must be a year written YYYY' }]);
  const days = checked(() => bankHolidays(`${year}-01-01`, `${year}-12-31`, { calendar }), { from: 'year', to: 'year' });
  if (values.json === true) return json(days);
  const provisional = days.some((day) => day.provisional);
  const rows = days.map((day) => [day.date, weekday(day.date), day.name, ...(day.provisional ? ['provisional'] : [])]);
  return `${calendar.name}, ${year}\n\n${table(['date', 'day', 'holiday', ...(provisional ? ['note'] : [])], rows)}`;
};
