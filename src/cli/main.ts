/**
 * `child-protection-pathway`: the library on the command line. Dispatches to one command per
 * file in ./commands, prints what it returns, and turns user mistakes into exit codes without
 * stack traces: 0 success, 1 invalid input (every problem as `path: message`), 2 usage.
 */
import { version } from '../../package.json';
import { program, type Command } from './command.js';
import { batch } from './commands/batch.js';
import { due } from './commands/due.js';
import { holidays } from './commands/holidays.js';
import { timeline } from './commands/timeline.js';
import { validate } from './commands/validate.js';
import { workingDays } from './commands/workingDays.js';
import { InputError, UsageError } from './errors.js';

const commands: Record<string, Command> = {
  due,
  'working-days': workingDays,
  holidays,
  timeline,
  validate,
  batch,
};

const help = `Usage: ${program} <command> [arguments] [options]

The statutory child-protection process in England: UK working days, cited timescales and
case event logs.

Commands:
  due <timescale> <date>            the deadline a timescale sets, explained
  working-days add <date> <n>       n working days on from a date
  working-days between <from> <to>  the working days between two dates
  working-days is <date>            whether a date is a working day
  holidays <year>                   a year's bank holidays
  timeline <events.json> --as-of <date>
                                    a case's events and deadlines in date order
  validate <events.json>            check an event log and replay it
  batch [FILE] --as-of <date>       many cases at once (NDJSON or CSV): due items, census,
                                    Annex A lists or measures, one row per case or item

Options:
  -h, --help     show help (also after a command: ${program} due --help)
  --version      show the version

Files may be - for standard input. Most commands take --json for scripts.
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
    const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
    if (command === undefined) {
      throw new UsageError(name.startsWith('-') ? `unknown option ${name}` : `unknown command ${JSON.stringify(name)}`);
    }
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
      const lines = [...(error.heading === undefined ? [] : [error.heading]), ...error.problems.map((problem) => `${problem.path}: ${problem.message}`)];
      if (lines.length > 0) process.stderr.write(`${lines.join('\n')}\n`);
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
