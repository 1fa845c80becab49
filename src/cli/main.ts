/**
 * `child-protection-pathway`: the library on the command line. Dispatches to one command per
 * file in ./commands, prints what it returns, and turns user mistakes into exit codes without
 * stack traces: 0 success, 1 invalid input (every problem as `path: message`), 2 usage.
 *
 * The commands that count days are part of this module, loaded with it in one file; the ones
 * that read event logs are imported when they run, with the event schemas and zod: `due` and
 * `working-days` start without them (bench/coldStart.ts, test/cli/coldStart.test.ts).
 */
import { version } from '../../package.json';
import { optionHelp, program, unknownOption, type Command } from './command.js';
import { due } from './commands/due.js';
import { holidays } from './commands/holidays.js';
import { workingDays } from './commands/workingDays.js';
import { InputError, UsageError } from './errors.js';
import { didYouMean } from './suggest.js';

/** A command of the program: its lines in the overview, and how to load it (`import()` for a heavy one). */
interface CommandEntry {
  /** `[usage, what it does]` lines for the overview. */
  readonly overview: readonly (readonly [usage: string, summary: string])[];
  readonly load: () => Promise<Command>;
}

/** The commands, by name. A new command is one entry here and one file in ./commands. */
const commands: Readonly<Record<string, CommandEntry>> = {
  due: {
    overview: [['due <timescale> <date>', 'the deadline a timescale sets, explained']],
    load: async () => due,
  },
  'working-days': {
    overview: [
      ['working-days add <date> <n>', 'n working days on from a date'],
      ['working-days between <from> <to>', 'the working days between two dates'],
      ['working-days is <date>', 'whether a date is a working day'],
    ],
    load: async () => workingDays,
  },
  holidays: {
    overview: [['holidays <year>', "a year's bank holidays"]],
    load: async () => holidays,
  },
  timeline: {
    overview: [['timeline <events.json> --as-of <date>', "a case's events and deadlines in date order"]],
    load: async () => (await import('./commands/timeline.js')).timeline,
  },
  validate: {
    overview: [['validate <events.json>', 'check an event log and replay it']],
    load: async () => (await import('./commands/validate.js')).validate,
  },
  batch: {
    overview: [['batch [FILE] --as-of <date>', 'many cases at once (NDJSON or CSV): due items, census, Annex A lists or measures']],
    load: async () => (await import('./commands/batch.js')).batch,
  },
};

const overview = Object.values(commands)
  .flatMap((entry) => entry.overview)
  .map(([usage, summary]) => (usage.length > 32 ? `  ${usage}\n  ${' '.repeat(34)}${summary}` : `  ${usage.padEnd(34)}${summary}`))
  .join('\n');

const help = `Usage: ${program} <command> [arguments] [options]

The statutory child-protection process in England: UK working days, cited timescales and
case event logs.

Commands:
${overview}

Options of every command (where it counts days or reads a rule set):
${optionHelp.calendar}
${optionHelp['rule-set']}
${optionHelp.json}
${optionHelp.help} (also after a command: ${program} due --help)
  --version           show the version

Files may be - for standard input.
Exit codes: 0 success, 1 invalid input, 2 usage error.
`;

/** Runs the program on its arguments and returns the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (name === undefined) {
      process.stderr.write(help);
      return 2;
    }
    if (name === '--help' || name === '-h' || name === 'help') {
      process.stdout.write(help);
      return 0;
    }
    if (name === '--version' || name === '-v') {
      process.stdout.write(`${version}\n`);
      return 0;
    }
    const entry = Object.hasOwn(commands, name) ? commands[name] : undefined;
    if (entry === undefined) {
      // Never quote what was typed: it may be a name or an NHS number in the wrong place.
      throw new UsageError(name.startsWith('-') ? unknownOption(name, ['help', 'version']) : `unknown command${didYouMean(name, Object.keys(commands))}`);
    }
    const command = await entry.load();
    process.stdout.write(await command(rest));
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      const helpCommand = error.command === undefined ? '' : ` ${error.command}`;
      process.stderr.write(`${program}${helpCommand}: ${error.message}\nRun '${program}${helpCommand} --help' for usage.\n`);
      return 2;
    }
    if (error instanceof InputError) {
      if (error.stdout !== undefined) process.stdout.write(error.stdout);
      const lines = error.problems.map((problem) => `${problem.path}: ${problem.message}`);
      process.stderr.write(`${[...(error.heading === undefined ? [] : [error.heading]), ...lines].join('\n')}\n`);
      return 1;
    }
    throw error;
  }
}

// Output piped into `head` closes early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  // Not a user mistake but a bug: say so, with the stack, and a code of its own (EX_SOFTWARE).
  process.stderr.write(`${program}: internal error, please report it\n${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 70;
}
