/** The two kinds of user mistake, and how main prints them. No stack traces for either. */

/** One problem with the input, printed as `path: message`. */
export interface Problem {
  readonly path: string;
  readonly message: string;
}

/** A usage mistake: an unknown command or option, a missing or extra argument. Exit code 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    /** The command whose --help to point at, e.g. `working-days add`. */
    readonly command?: string,
  ) {
    super(message);
  }
}

/** Input that is well-formed on the command line but invalid. Exit code 1. */
export class InputError extends Error {
  constructor(
    readonly problems: readonly Problem[],
    /** A line printed before the problems, e.g. `case.json: 2 problems`. */
    readonly heading?: string,
    /** What to print on standard output all the same (a --json report). */
    readonly stdout?: string,
  ) {
    super(problems.map((problem) => `${problem.path}: ${problem.message}`).join('\n'));
  }
}
