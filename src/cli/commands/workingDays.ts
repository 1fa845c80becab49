import { nonWorkingWeekdays } from '../../calendar/bankHolidays.js';
import { englandAndWales } from '../../calendar/calendars.js';
import type { WorkingDayCalendar } from '../../calendar/workingDayCalendar.js';
import { addWorkingDays, differenceInWorkingDays, isWorkingDay } from '../../calendar/workingDays.js';
import { isoDate } from '../../dates/isoDate.js';
import { calendarChoice, checked, json, optionHelp, parse, program, sharedOptions, type Command } from '../command.js';
import { InputError, UsageError } from '../errors.js';
import { dayList, fields, weekday } from '../format.js';
import { didYouMean } from '../suggest.js';

const options = sharedOptions;

const optionsHelp = `Options:
${optionHelp.calendar}
${optionHelp['rule-set']}
                      (its calendar's closures count as non-working days)
${optionHelp.json}
${optionHelp.help}`;

const help = `Usage: ${program} working-days <add|between|is> ... [options]

Working days: Monday to Friday less the calendar's bank holidays.

Commands:
  add <date> <n>          the date n working days after <date> (before it, for a negative n)
  between <from> <to>     the working days d with from < d <= to (negative when to is earlier)
  is <date>               whether <date> is a working day

${optionsHelp}

Examples:
  ${program} working-days add 2024-12-19 15
  ${program} working-days between 2024-12-19 2025-01-14 --json
  ${program} working-days is 2026-08-31 --calendar scotland
`;

const add = {
  name: 'working-days add',
  positionals: ['date', 'n'],
  options,
  help: `Usage: ${program} working-days add <date> <n> [options]

The date n working days after <date>: <date> is day 0, also when it is not a working day.
A negative n counts backwards; 0 gives <date> if it is a working day, else the next one.

${optionsHelp}
`,
} as const;

const between = {
  name: 'working-days between',
  positionals: ['from', 'to'],
  options,
  help: `Usage: ${program} working-days between <from> <to> [options]

The number of working days d with <from> < d <= <to>; negative when <to> is before <from>.

${optionsHelp}
`,
} as const;

const is = {
  name: 'working-days is',
  positionals: ['date'],
  options,
  help: `Usage: ${program} working-days is <date> [options]

Whether <date> is a working day, and if not, why.

${optionsHelp}
`,
} as const;

/** `working-days add|between|is`. */
export const workingDays: Command = async (argv) => {
  const [sub, ...rest] = argv;
  if (sub === undefined) throw new UsageError('missing command: add, between or is', 'working-days');
  if (sub === '--help' || sub === '-h') return help;
  const run = Object.hasOwn(subcommands, sub) ? subcommands[sub] : undefined;
  if (run !== undefined) return run(rest);
  const known = Object.keys(subcommands);
  throw new UsageError(`unknown command: add, between or is${didYouMean(sub, known)}`, 'working-days');
};

const subcommands: Readonly<Record<string, Command>> = { add: runAdd, between: runBetween, is: runIs };

/** The calendar of --calendar or --rule-set; England and Wales when neither is given. */
async function calendarOf(values: { calendar?: string; 'rule-set'?: string }, command: string): Promise<WorkingDayCalendar> {
  return (await calendarChoice(values, command)).calendar ?? englandAndWales;
}

async function runAdd(argv: readonly string[]): Promise<string> {
  const parsed = parse(add, argv);
  if (parsed === undefined) return add.help;
  const { values, args } = parsed;
  const calendar = await calendarOf(values, add.name);
  const date = checked(() => isoDate(args.date as string, 'date'));
  if (!/^[+-]?\d+$/.test(args.n as string)) throw new InputError([{ path: 'n', message: 'must be a whole number' }]);
  const amount = Number(args.n);
  const result = checked(() => addWorkingDays(date, amount, { calendar }), { amount: 'n' });
  // The holidays and closures passed over: strictly after day 0, up to the result.
  const skipped =
    amount >= 0
      ? nonWorkingWeekdays(date, result, { calendar }).filter((day) => day.date > date)
      : nonWorkingWeekdays(result, date, { calendar }).filter((day) => day.date < date);
  if (values.json === true) return json({ date, amount, result, calendar: calendar.name, skipped });
  return fields([
    ['date', `${date} (${weekday(date)})`],
    ['working days', String(amount)],
    ['result', `${result} (${weekday(result)})`],
    ['calendar', calendar.name],
    ['skipped', dayList(skipped)],
  ]);
}

async function runBetween(argv: readonly string[]): Promise<string> {
  const parsed = parse(between, argv);
  if (parsed === undefined) return between.help;
  const { values, args } = parsed;
  const calendar = await calendarOf(values, between.name);
  const from = checked(() => isoDate(args.from as string, 'from'));
  const to = checked(() => isoDate(args.to as string, 'to'));
  const workingDays = checked(() => differenceInWorkingDays(to, from, { calendar }), { later: 'to', earlier: 'from' });
  if (values.json === true) return json({ from, to, workingDays, calendar: calendar.name });
  return fields([
    ['from', `${from} (${weekday(from)})`],
    ['to', `${to} (${weekday(to)})`],
    ['working days', String(workingDays)],
    ['calendar', calendar.name],
  ]);
}

async function runIs(argv: readonly string[]): Promise<string> {
  const parsed = parse(is, argv);
  if (parsed === undefined) return is.help;
  const { values, args } = parsed;
  const calendar = await calendarOf(values, is.name);
  const date = checked(() => isoDate(args.date as string, 'date'));
  const working = checked(() => isWorkingDay(date, { calendar }));
  const day = weekday(date);
  const closed = working ? undefined : nonWorkingWeekdays(date, date, { calendar })[0];
  const reason = working ? undefined : closed === undefined ? day : closed.name;
  if (values.json === true) {
    return json({ date, workingDay: working, calendar: calendar.name, ...(reason === undefined ? {} : { reason }) });
  }
  return fields([
    ['date', `${date} (${day})`],
    ['working day', working ? 'yes' : `no: ${reason}${closed?.provisional === true ? ' (provisional)' : ''}`],
    ['calendar', calendar.name],
  ]);
}
