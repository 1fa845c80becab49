import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Writable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import { processChunk, type ChunkInput, type ChunkResult } from './chunk.js';
import { csvChunks } from './csvCases.js';
import { ndjsonChunks } from './ndjsonChunks.js';
import { csvHeader, csvLine } from './outputs.js';
import type { BatchRefusal } from './processCase.js';
import { batchDates, pathwayOptionsOf, type BatchSettings } from './settings.js';

/** Options of {@link runBatch}: the settings of every case, plus where to read and write. */
export interface RunBatchOptions extends Omit<BatchSettings, 'asOf' | 'referenceDate'> {
  /** The date due items, measures and Annex A (the inspection date) are computed on. */
  readonly asOf: string;
  /** The census reference date; `asOf` when omitted. */
  readonly referenceDate?: string;
  /** The input: NDJSON cases or CSV event rows, as text or bytes. */
  readonly input: AsyncIterable<string | Buffer>;
  readonly inputFormat: 'ndjson' | 'csv';
  /** Where the rows go. */
  readonly output: BatchSettings['output'];
  readonly write: Writable;
  /** Called with each refused case, in input order. */
  readonly onRefused?: (refusal: BatchRefusal) => void;
  /** Called after each chunk with the running totals (for a progress line). */
  readonly onProgress?: (totals: BatchSummary) => void;
  /** Worker threads; 1 runs in this thread. Default: the machine's cores. */
  readonly jobs?: number;
}

/** What a run did. */
export interface BatchSummary {
  readonly cases: number;
  readonly events: number;
  readonly refused: number;
  readonly seconds: number;
}

/**
 * Runs the pathway over many cases: reads them as they stream in, replays each, writes its rows
 * (due items, census records, Annex A rows or measures) in input order, and reports refused
 * cases one by one without stopping. With `jobs` above 1 the cases are spread over worker
 * threads; memory stays flat whatever the input size, since only a few chunks are in flight.
 *
 * @example
 * const summary = await runBatch({ input: createReadStream('cases.ndjson'), inputFormat: 'ndjson', output: 'due', format: 'ndjson', asOf: '2026-11-23', referenceDate: '2026-03-31', write: process.stdout });
 */
export async function runBatch(options: RunBatchOptions): Promise<BatchSummary> {
  const started = performance.now();
  const settings: BatchSettings = {
    output: options.output,
    format: options.format,
    ...batchDates(options.asOf, options.referenceDate),
    ...(options.ruleSet === undefined ? {} : { ruleSet: options.ruleSet }),
    ...(options.calendar === undefined ? {} : { calendar: options.calendar }),
  };
  // Checked here, in this thread, so a bad rule set is the caller's error, not a worker's.
  const pathwayOptions = pathwayOptionsOf(settings);
  const header = settings.format === 'csv' ? csvHeader(settings.output) : undefined;
  if (header !== undefined) await write(options.write, `${csvLine(header)}\n`);
  const chunks: AsyncIterable<ChunkInput> = options.inputFormat === 'csv' ? csvChunks(options.input) : ndjsonChunks(options.input);
  let totals = { cases: 0, events: 0, refused: 0 };
  const emit = async (result: ChunkResult): Promise<void> => {
    for (const refusal of result.refusals) options.onRefused?.(refusal);
    totals = { cases: totals.cases + result.cases, events: totals.events + result.events, refused: totals.refused + result.refusals.length };
    if (result.text.length > 0) await write(options.write, result.text);
    options.onProgress?.({ ...totals, seconds: (performance.now() - started) / 1000 });
  };
  const jobs = Math.max(1, Math.floor(options.jobs ?? availableParallelism()));
  if (jobs === 1) {
    for await (const chunk of chunks) await emit(processChunk(chunk, settings, pathwayOptions));
  } else {
    await inWorkers(chunks, settings, jobs, emit);
  }
  return { ...totals, seconds: (performance.now() - started) / 1000 };
}

/**
 * Hands chunks to worker threads, at most two in flight per worker, and emits the results in
 * input order however the workers finish.
 */
async function inWorkers(chunks: AsyncIterable<ChunkInput>, settings: BatchSettings, jobs: number, emit: (result: ChunkResult) => Promise<void>): Promise<void> {
  const workers = Array.from({ length: jobs }, () => startWorker(settings));
  const done = new Map<number, ChunkResult>();
  const waiting = new Map<number, () => void>();
  let failure: unknown;
  for (const worker of workers) {
    worker.on('message', ({ seq, result }: { seq: number; result: Omit<ChunkResult, 'text'> & { bytes: ArrayBuffer } }) => {
      done.set(seq, { ...result, text: Buffer.from(result.bytes) });
      waiting.get(seq)?.();
    });
    worker.on('error', (error) => {
      failure ??= error;
      for (const wake of waiting.values()) wake();
    });
  }
  const resultOf = (seq: number): Promise<ChunkResult> =>
    new Promise((resolve, reject) => {
      const settle = (): void => {
        if (failure !== undefined) return reject(failure);
        const result = done.get(seq);
        if (result === undefined) return;
        done.delete(seq);
        waiting.delete(seq);
        resolve(result);
      };
      waiting.set(seq, settle);
      settle();
    });
  let sent = 0;
  let emitted = 0;
  try {
    for await (const chunk of chunks) {
      (workers[sent % jobs] as Worker).postMessage({ seq: sent, chunk });
      sent++;
      while (sent - emitted >= jobs * 2) await emit(await resultOf(emitted++));
    }
    while (emitted < sent) await emit(await resultOf(emitted++));
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

/**
 * A worker thread running worker.ts. From the built package that is ./batchWorker.js; from the
 * sources (the tests, tsx) the worker first registers tsx's loader, then imports worker.ts.
 */
function startWorker(settings: BatchSettings): Worker {
  // A worker inherits the process's flags, but --input-type (from `node --input-type=module -e`)
  // is refused for a worker loaded from a file.
  const execArgv = process.execArgv.filter((flag) => !flag.startsWith('--input-type'));
  // A smaller young generation per worker keeps peak memory down; the rows it makes are short-lived.
  const resourceLimits = { maxYoungGenerationSizeMb: 8 };
  if (!import.meta.url.endsWith('.ts')) return new Worker(builtWorker(), { workerData: settings, execArgv, resourceLimits });
  const source = new URL('./worker.ts', import.meta.url).href;
  const bootstrap = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(source)}); });`;
  return new Worker(bootstrap, { eval: true, workerData: settings });
}

/**
 * dist/batchWorker.js, from the module running this: dist/batch.js beside it, or a chunk of the
 * command line's build one folder down (dist/cli/).
 */
function builtWorker(): URL {
  const beside = new URL('./batchWorker.js', import.meta.url);
  return existsSync(beside) ? beside : new URL('../batchWorker.js', import.meta.url);
}

/** Writes text, waiting when the stream asks to (so memory stays flat on a slow reader). */
function write(stream: Writable, text: string | Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    if (stream.write(text)) return resolve();
    const onDrain = (): void => {
      stream.off('error', onError);
      resolve();
    };
    const onError = (error: Error): void => {
      stream.off('drain', onDrain);
      reject(error);
    };
    stream.once('drain', onDrain);
    stream.once('error', onError);
  });
}
