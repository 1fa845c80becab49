import { Bench } from 'tinybench';

/** Throughput of one contender on one workload. */
export interface Measurement {
  /** Calls per second. */
  readonly opsPerSecond: number;
  /** Relative margin of error of the mean, in percent. */
  readonly rme: number;
  /** Calls timed together in one tinybench sample. */
  readonly batch: number;
  /** How many tinybench samples were taken. */
  readonly samples: number;
}

export interface MeasureOptions {
  /** Time budget of the timed phase, in milliseconds. */
  readonly timeMs: number;
  /** Time budget of the warm-up, in milliseconds. */
  readonly warmupMs: number;
  /** The wall time one tinybench sample should take, so that timer cost is negligible. */
  readonly sampleMs?: number;
}

type Operation<A, B> = (first: A, second: B) => unknown;

/**
 * Measures calls per second of `operation(first[i], second[i])`, taking the inputs in turn.
 * Calls are batched so that each tinybench sample lasts about `sampleMs` (a single fast call
 * is shorter than the cost of reading the clock). A slow contender gets a batch of 1 and only
 * reaches the first inputs in the time budget; the inputs are random, so its rate stays a
 * fair estimate.
 */
export async function measureOps<A, B>(
  name: string,
  operation: Operation<A, B>,
  first: readonly A[],
  second: readonly B[],
  options: MeasureOptions,
): Promise<Measurement> {
  const batch = calibrateBatch(operation, first, second, options.sampleMs ?? 2);
  const loop = batchLoop(operation, first, second, batch);
  const bench = new Bench({
    name,
    time: options.timeMs,
    warmupTime: options.warmupMs,
    iterations: 5,
    warmupIterations: 1,
    throws: true,
  });
  bench.add(name, loop);
  await bench.run();
  const result = bench.getTask(name)?.result;
  if (result === undefined || !('latency' in result)) throw new Error(`${name}: no result (${result?.state})`);
  process.stderr.write(`    ${name}: batch ${batch}, ${result.latency.samplesCount} samples, mean ${result.latency.mean.toFixed(3)} ms, p50 ${result.latency.p50.toFixed(3)} ms, rme ${result.latency.rme.toFixed(1)}%\n`);
  return {
    opsPerSecond: (batch * 1000) / result.latency.mean,
    rme: result.latency.rme,
    batch,
    samples: result.latency.samplesCount,
  };
}

/** The number of calls that take about `sampleMs`, from a first timing of a few calls. */
function calibrateBatch<A, B>(operation: Operation<A, B>, first: readonly A[], second: readonly B[], sampleMs: number): number {
  let calls = 0;
  const started = performance.now();
  let elapsed = 0;
  while (elapsed < 20 && calls < 50_000) {
    const at = calls % first.length;
    operation(first[at] as A, second[at] as B);
    calls++;
    elapsed = performance.now() - started;
  }
  return Math.max(1, Math.min(100_000, Math.round((sampleMs * calls) / elapsed)));
}

/**
 * The timed function. Built with `new Function` so every contender gets its own copy of the
 * loop, with its own type feedback: a shared loop would see several operations at one call
 * site and stop inlining them, handicapping whichever contender ran later.
 */
function batchLoop<A, B>(operation: Operation<A, B>, first: readonly A[], second: readonly B[], batch: number): () => unknown {
  const make = new Function(
    'operation',
    'first',
    'second',
    'batch',
    `let cursor = 0;
    let last;
    return function loop() {
      for (let i = 0; i < batch; i++) {
        last = operation(first[cursor], second[cursor]);
        cursor = cursor + 1 === first.length ? 0 : cursor + 1;
      }
      return last === undefined ? 0 : 1;
    };`,
  ) as (operation: Operation<A, B>, first: readonly A[], second: readonly B[], batch: number) => () => unknown;
  return make(operation, first, second, batch);
}

/**
 * The answers of `operation` for the inputs in turn, stopping after `budgetMs` (at least one
 * answer), so a very slow peer is checked on as many inputs as the budget allows.
 */
export function answers<A, B, R>(
  operation: (first: A, second: B) => R,
  first: readonly A[],
  second: readonly B[],
  budgetMs: number,
): R[] {
  const results: R[] = [];
  const started = performance.now();
  for (let at = 0; at < first.length; at++) {
    results.push(operation(first[at] as A, second[at] as B));
    if (performance.now() - started > budgetMs) break;
  }
  return results;
}

/** `12,345,678` for rates, 3 significant digits below 100. */
export function formatRate(value: number): string {
  if (value >= 100) return Math.round(value).toLocaleString('en-GB');
  return value.toPrecision(3);
}

/** `45.3x`, `1,234x`. */
export function formatRatio(value: number): string {
  return `${value >= 100 ? Math.round(value).toLocaleString('en-GB') : value.toFixed(1)}x`;
}

/** A markdown table. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)];
}

/** The median of some numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}
