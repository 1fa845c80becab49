/**
 * What every command shares: argument parsing with node:util's parseArgs, the library's errors
 * as input problems, and the --calendar and --rule-set options. Only parsing and printing live
 * under src/cli: every answer comes from the public API (../index.js).
 */
import { parseArgs } from 'node:util';
import {
  CalendarError,
  createRuleSet,
  englandAndWales,
  formatIssuePath,
  northernIreland,
  parseEvents,
  replay,
  scotland,
  TimescaleError,
  type CaseEvent,
  type CaseState,
  type PathwayOptions,
  type RuleSet,
  type RuleSetInput,
  type WorkingDayCalendar,
} from '../index.js';
import { InputError, UsageError, type Problem } from './errors.js';
import { readInput } from './io.js';

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

/** Negative numbers (`working-days add 2026-01-05 -3`) are arguments, not options. */
const NEGATIVE = '\u0000';

/**
 * Parses a command's arguments. Returns `undefined` when --help was asked for; throws a
 * {@link UsageError} for an unknown option, an option without its value, or the wrong number
 * of arguments.
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
    throw new UsageError(usageMessage(error), spec.name);
  }
  const positionals = parsed.positionals.map((arg) => (arg.startsWith(NEGATIVE) ? arg.slice(1) : arg));
  const values = Object.fromEntries(
    Object.entries(parsed.values).map(([key, value]) => [
      key,
      typeof value === 'string' && value.startsWith(NEGATIVE) ? value.slice(1) : value,
    ]),
  ) as Values<O>;
  const missing = spec.positionals.slice(positionals.length);
  if (missing.length > 0) throw new UsageError(`missing ${missing.map((name) => `<${name}>`).join(' ')}`, spec.name);
  const extra = positionals.slice(spec.positionals.length);
  if (extra.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(extra[0])}`, spec.name);
  const args = Object.fromEntries(spec.positionals.map((name, index) => [name, positionals[index] as string]));
  return { values, args };
}

/** parseArgs' own messages are long and advise `--`: say what was wrong in a few words. */
function usageMessage(error: unknown): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(-[^' ]+)/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option !== undefined) return `unknown option ${option}`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option !== undefined) {
    return message.includes('argument missing') ? `option ${option} needs a value` : `option ${option} takes no value`;
  }
  return message;
}

/** Throws the usage error for an option that takes one of a few words. */
export function choice<T extends string>(option: string, value: string | undefined, choices: readonly T[], command: string): T | undefined {
  if (value === undefined) return undefined;
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${option} must be one of ${choices.join(', ')}`, command);
}

/** The --calendar (or --division) option: a division's calendar. */
export const calendarNames = ['england-and-wales', 'scotland', 'northern-ireland'] as const;

const calendars: Record<(typeof calendarNames)[number], WorkingDayCalendar> = {
  'england-and-wales': englandAndWales,
  scotland,
  'northern-ireland': northernIreland,
};

/** The calendar an option names; `undefined` when the option was not given. */
export function calendarOption(option: string, value: string | undefined, command: string): WorkingDayCalendar | undefined {
  const name = choice(option, value, calendarNames, command);
  return name === undefined ? undefined : calendars[name];
}

/** Parses JSON without echoing the text: JSON.parse's own message quotes it. */
export function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new InputError([{ path: displayName(file), message: 'is not valid JSON' }]);
  }
}

/** Standard input can feed one file argument only. */
export function oneStdin(command: string, ...files: readonly (string | undefined)[]): void {
  if (files.filter((file) => file === '-').length > 1) throw new UsageError('only one file can be - (standard input)', command);
}

/** A file argument as shown in messages. */
export function displayName(file: string): string {
  return file === '-' ? '<stdin>' : file;
}

/** The --rule-set option: a JSON file for createRuleSet; `undefined` when not given. */
export async function ruleSetOption(file: string | undefined): Promise<RuleSet | undefined> {
  if (file === undefined) return undefined;
  const input = parseJson(await readInput(file), file);
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new InputError([{ path: displayName(file), message: 'must be a JSON object for createRuleSet' }]);
  }
  try {
    return createRuleSet(input as RuleSetInput);
  } catch (error) {
    // Rule-set paths are relative to the file: `overrides.statutoryVisit.amount: ...`.
    const problems = problemsOf(error);
    if (problems === undefined) throw error;
    throw new InputError(problems, `${displayName(file)}: invalid rule set`);
  }
}

/**
 * The library's errors as problems: a TimescaleError lists every issue by path, a
 * CalendarError names its argument. Anything else is not a user mistake: `undefined`.
 */
export function problemsOf(error: unknown, rename: Readonly<Record<string, string>> = {}): Problem[] | undefined {
  if (error instanceof TimescaleError) {
    return error.issues.map((issue) => {
      const path = formatIssuePath(issue.path);
      return { path: rename[path] ?? path, message: `${issue.message} (${error.code})` };
    });
  }
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

/** A case read from an event-log file, checked and replayed. */
export interface LoadedCase {
  readonly events: CaseEvent[];
  readonly state: CaseState;
}

/**
 * Reads, checks (parseEvents) and replays (replay) an event log, a list of events or a case
 * `{ child, events }`. Every problem is an input problem by path; the library's messages never
 * echo a value, so free text such as `note` stays out of the output.
 */
export async function loadCase(file: string, options: PathwayOptions): Promise<LoadedCase> {
  const value = parseJson(await readInput(file), file);
  // parseEvents reads a string as JSON text: a file holding one JSON string is simply wrong.
  if (typeof value !== 'object' || value === null) {
    throw new InputError([{ path: displayName(file), message: 'must hold a list of events or a case { child, events }' }]);
  }
  const prefix = Array.isArray(value) ? '' : 'events';
  const parsed = parseEvents(value);
  if (!parsed.ok) {
    // Paths from the root of the file: `[1].date` in a list, `events[1].date` in a case.
    const { issues, issuesOmitted } = parsed.error;
    const problems = issues.map((issue) => ({ path: formatIssuePath(issue.path) || displayName(file), message: issue.message }));
    if (issuesOmitted > 0) problems.push({ path: displayName(file), message: `${issuesOmitted} more problems not listed` });
    throw new InputError(problems, heading(file, issues.length + issuesOmitted));
  }
  const replayed = checked(() => replay(parsed.events, { ...options, child: parsed.child }));
  if (!replayed.ok) {
    const { error } = replayed;
    const at = `${prefix}[${error.index}]`;
    // A refused transition names what may happen instead; a bad field needs no such hint.
    const allowed = error.allowed.length === 0 ? 'none' : error.allowed.join(', ');
    const problems: Problem[] =
      error.issues === undefined || error.issues.length === 0
        ? [{ path: at, message: `${error.message} (${error.code}); allowed at that point: ${allowed}` }]
        : error.issues.map((issue) => ({ path: `${at}.${formatIssuePath(issue.path)}`, message: `${issue.message} (${error.code})` }));
    throw new InputError(problems, heading(file, problems.length));
  }
  return { events: parsed.events, state: replayed.state };
}

function heading(file: string, count: number): string {
  return `${displayName(file)}: ${count} ${count === 1 ? 'problem' : 'problems'}`;
}
