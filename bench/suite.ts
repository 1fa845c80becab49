/** What the runner hands every suite. */
export interface BenchContext {
  /** Shorter timings (`npm run bench -- --quick`): for checking the benches run, not for numbers. */
  readonly quick: boolean;
  /** Prints a line of the markdown report. */
  readonly print: (line?: string) => void;
}

/**
 * One benchmark suite: a `*.bench.ts` file exporting a value of this type, registered in
 * `bench/index.ts`. It prints its own markdown section and returns the targets it checked.
 */
export interface BenchSuite {
  /** Short name, used to select suites: `npm run bench -- workingDays`. */
  readonly name: string;
  readonly title: string;
  run(context: BenchContext): Promise<TargetResult[]>;
}

/** A performance or size target and whether this run met it. */
export interface TargetResult {
  readonly target: string;
  readonly measured: string;
  readonly met: boolean;
}
