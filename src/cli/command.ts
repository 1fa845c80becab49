/**
 * What every command shares: argument parsing with node:util's parseArgs, the options every
 * command spells the same way (--calendar, --rule-set, --json), and the library's errors as
 * input problems. Only parsing and printing live under src/cli: every answer comes from the
 * library's exported functions.
 *
 * Nothing here loads validation code: `due` and `working-days` start without zod unless they
 * are given a --rule-set (./ruleSetFile.js, imported only then).
 */
import { parseArgs } from 'node:util';
// The library's own modules rather than its index: a bundler that splits the CLI into chunks
// assigns whole modules, and the index would make every module (and zod) reachable from here.
import { englandAndWales, northernIreland, scotland } from '../calendar/calendars.js';
import type { WorkingDayCalendar } from '../calendar/workingDayCalendar.js';
import { CalendarError } from '../dates/calendarError.js';
import type { RuleSet } from '../rules/ruleSet.js';
import { TimescaleError } from '../rules/timescaleError.js';
import { formatIssuePath } from '../validation/validationIssue.js';
import { InputError, UsageError, type Problem } from './errors.js';
import { didYouMean } from './suggest.js';

/** The program's name, as typed by a user. */
export const program = 'child-protection-pathway';

/** A command: parses its own arguments and returns what to print on standard output. */
export type Command = (argv: readonly string[]) => Promise<string>;

type OptionSpec = { readonly type: 'string' | 'boolean'; readonly short?: string };

/** A command's shape: its name for messages, its help text, positional names and options. */
export interface CommandSpec<O extends Record<string, OptionSpec>> {
  readonly name: string;
  readonly help: string;
  readonly positionals: readonly string[];
  readonly options: O;
}

type Values<O extends Record<string, OptionSpec>> = {
  [K in keyof O]?: O[K]['type'] extends 'boolean' ? boolean : string;
};

/** The calendars --calendar names. */
export const calendarNames = ['england-and-wales', 'scotland', 'northern-ireland'] as const;

/** A division's name as --calendar takes it. */
export type CalendarName = (typeof calendarNames)[number];

/**
 * The options shared by commands, spelt and explained once: a command spreads the ones it
 * takes into its options and lists {@link optionHelp} lines in its help.
 */
export const sharedOptions = {
  calendar: { type: 'string' },
  'rule-set': { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies Record<string, OptionSpec>;

/** The help line of each shared option. */
export const optionHelp: Readonly<Record<keyof typeof sharedOptions, string>> = {
  calendar: `  --calendar <name>   ${calendarNames.join(' | ')}
                      (default: the rule set's, else england-and-wales)`,
  'rule-set': `  --rule-set <file>   a JSON rule set (name, base, calendar with closures, overrides),
                      or - for standard input`,
  json: '  --json              print the answer as JSON',
  help: '  -h, --help          show this help',
};

/** Negative numbers (`working-days add 2026-01-05 -3`) are arguments, not options. */
const NEGATIVE = '\u0000';

/**
 * Parses a command's arguments. Returns `undefined` when --help was asked for; throws a
 * {@link UsageError} for an unknown option, an option without its value, or the wrong number
 * of arguments. Messages never quote what was typed (it may be a name typed in the wrong
 * place): they say which kind of thing was wrong, and suggest one of the command's own words.
 */
export function parse<O extends Record<string, OptionSpec>>(
  spec: CommandSpec<O>,
  argv: readonly string[],
): { values: Values<O>; args: Record<string, string> } | undefined {
  const end = argv.indexOf('--');
  if ((end === -1 ? argv : argv.slice(0, end)).some((arg) => arg === '--help' || arg === '-h')) return undefined;
  let parsed;
  try {
    parsed = parseArgs({
      args: argv.map((arg, index) => ((end === -1 || index < end) && /^-\d+$/.test(arg) ? NEGATIVE + arg : arg)),
      options: spec.options,
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError(usageMessage(error, Object.keys(spec.options)), spec.name);
  }
  const positionals = parsed.positionals.map((arg) => (arg.startsWith(NEGATIVE) ? arg.slice(1) : arg));
  const values = Object.fromEntries(
    Object.entries(parsed.values).map(([key, value]) => [
      key,
      typeof value === 'string' && value.startsWith(NEGATIVE) ? value.slice(1) : value,
    ]),
  ) as Values<O>;
  const expected = spec.positionals.map((name) => `<${name}>`);
  const missing = expected.slice(positionals.length);
  if (missing.length > 0) throw new UsageError(`missing ${missing.join(' ')}`, spec.name);
  if (positionals.length > expected.length) {
    const count = positionals.length - expected.length;
    throw new UsageError(`${count} unexpected ${count === 1 ? 'argument' : 'arguments'} after ${expected.join(' ')}`, spec.name);
  }
  const args = Object.fromEntries(spec.positionals.map((name, index) => [name, positionals[index] as string]));
  return { values, args };
}

/**
 * parseArgs' own messages quote the option and advise `--`: say what was wrong in a few words.
 * A known option is named (it is one of ours); an unknown one is not, but its nearest known
 * option is.
 */
function usageMessage(error: unknown, known: readonly string[]): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const typed = /'(-[^' ]+)/.exec(message)?.[1];
  const name = typed?.replace(/^--?/, '').replace(/=.*$/, '');
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && name !== undefined && known.includes(name)) {
    return message.includes('argument missing') ? `option --${name} needs a value` : `option --${name} takes no value`;
  }
  return unknownOption(name ?? '', known);
}

/** Options that were renamed, by their old name: `holidays --division` became `--calendar`. */
const renamedOptions: Readonly<Record<string, string>> = { division: 'calendar' };

/** An unknown option, with the nearest of the known ones (or the new name of a renamed one). */
export function unknownOption(typed: string, known: readonly string[]): string {
  const name = typed.replace(/^--?/, '');
  const renamed = Object.hasOwn(renamedOptions, name) ? renamedOptions[name] : undefined;
  if (renamed !== undefined && known.includes(renamed)) return `unknown option; --${name} is now --${renamed}`;
  return `unknown option${didYouMean(name, known).replace(/did you mean (\S+)\?$/, 'did you mean --$1?')}`;
}

/** Throws the usage error for an option that takes one of a few words (never quoting the value). */
export function choice<T extends string>(option: string, value: string | undefined, choices: readonly T[], command: string): T | undefined {
  if (value === undefined) return undefined;
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${option} must be one of ${choices.join(', ')}${didYouMean(value, choices)}`, command);
}

const calendars: Record<CalendarName, WorkingDayCalendar> = {
  'england-and-wales': englandAndWales,
  scotland,
  'northern-ireland': northernIreland,
};

/** The calendar and rule set chosen by --calendar and --rule-set. */
export interface CalendarChoice {
  /** The rule set read from --rule-set, its calendar's division set by --calendar if given. */
  readonly ruleSet?: RuleSet;
  /** The calendar to count in: the rule set's, else the one --calendar names; `undefined` if neither. */
  readonly calendar?: WorkingDayCalendar;
}

/**
 * Reads --calendar and --rule-set. With both, --calendar sets the division of the rule set's
 * calendar, keeping its closures. The rule-set reader (and zod with it) is loaded only when a
 * rule set is given, so that the commands that count days start fast.
 */
export async function calendarChoice(values: { calendar?: string; 'rule-set'?: string }, command: string): Promise<CalendarChoice> {
  const name = choice('calendar', values.calendar, calendarNames, command);
  const file = values['rule-set'];
  if (file === undefined) return name === undefined ? {} : { calendar: calendars[name] };
  const { readRuleSet } = await import('./ruleSetFile.js');
  const ruleSet = await readRuleSet(file, name);
  return { ruleSet, calendar: ruleSet.calendar };
}

/** --json, or --format json where a command has formats; both at once must agree. */
export function formatOption<T extends string>(
  values: { format?: string; json?: boolean },
  formats: readonly T[],
  fallback: T,
  command: string,
): T {
  const format = choice('format', values.format, formats, command);
  if (values.json === true) {
    if (format !== undefined && format !== 'json') throw new UsageError('--json and --format name different formats', command);
    return 'json' as T;
  }
  return format ?? fallback;
}

/** Parses JSON without echoing the text: JSON.parse's own message quotes it. */
export function parseJson(text: string, role: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new InputError([{ path: role, message: 'is not valid JSON' }]);
  }
}

/** Standard input can feed one file argument only. */
export function oneStdin(command: string, ...files: readonly (string | undefined)[]): void {
  if (files.filter((file) => file === '-').length > 1) throw new UsageError('only one file can be - (standard input)', command);
}

/** An issue's path under a prefix: `events` and `[1, 'date']` give `events[1].date`. */
export function pathText(path: readonly (string | number)[], prefix = ''): string {
  const text = formatIssuePath(path);
  return prefix === '' || text === '' || text.startsWith('[') ? `${prefix}${text}` : `${prefix}.${text}`;
}

interface IssueLike {
  readonly path: readonly (string | number)[];
  readonly message: string;
  readonly code?: string;
}

/** Library issues as problems, each path under `prefix`, the error's code (if given) after the message. */
export function problemsFrom(
  issues: readonly IssueLike[],
  code: string | undefined,
  prefix = '',
  rename: Readonly<Record<string, string>> = {},
): Problem[] {
  return issues.map((issue) => {
    const path = pathText(issue.path, prefix);
    return { path: rename[path] ?? (path === '' ? 'input' : path), message: code === undefined ? issue.message : `${issue.message} (${code})` };
  });
}

/**
 * The library's errors as problems: a TimescaleError lists every issue by path, a
 * CalendarError names its argument. Anything else is not a user mistake: `undefined`.
 */
export function problemsOf(error: unknown, rename: Readonly<Record<string, string>> = {}): Problem[] | undefined {
  if (error instanceof TimescaleError) return problemsFrom(error.issues, error.code, '', rename);
  if (error instanceof CalendarError) {
    const { argument, code } = error;
    // The message starts with the argument's name: `date must be written YYYY-MM-DD`.
    const message = error.message.startsWith(`${argument} `) ? error.message.slice(argument.length + 1) : error.message;
    return [{ path: rename[argument] ?? argument, message: `${message} (${code})` }];
  }
  return undefined;
}

/** Runs a library call, turning its errors about arguments into input problems. */
export function checked<T>(call: () => T, rename: Readonly<Record<string, string>> = {}): T {
  try {
    return call();
  } catch (error) {
    const problems = problemsOf(error, rename);
    if (problems === undefined) throw error;
    throw new InputError(problems);
  }
}

/** Pretty JSON with a final newline, for --json. */
export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** `<role>: N problems`, the line before a file's problems. */
export function heading(role: string, count: number): string {
  return `${role}: ${count} ${count === 1 ? 'problem' : 'problems'}`;
}
