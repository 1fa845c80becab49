/*
 * The batch end to end, as data teams run it: NDJSON cases in, due items as NDJSON out, over
 * 50,000 generated cases of 20 events (1,000,000 events), with 1 and 2 worker threads, beside a
 * bare pass over the same file (read, JSON.parse and JSON.stringify each line, one thread).
 * Each run is a process of its own (bench/batchChild.ts) so its peak RSS is its own; the runs
 * are interleaved and the best of each kept, since this machine is shared. Peak RSS is also
 * measured at 10,000,000 events, generated as they are read (never held): `--big` (about a
 * minute; left out of the default run for time).
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { caseLogGenerator } from './caseLogs.js';
import { formatRate, markdownTable } from './harness.js';
import type { BenchSuite, TargetResult } from './suite.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const child = join(root, 'bench', 'batchChild.ts');

interface Run {
  readonly seconds: number;
  readonly cases: number;
  readonly events: number;
  readonly maxRssMB: number;
}

/** One measured run in a process of its own. */
function measure(mode: 'bare' | 'batch', input: string, jobs: number): Run {
  const result = spawnSync(process.execPath, ['--import', 'tsx', child, mode, input, String(jobs)], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 20 });
  if (result.status !== 0) throw new Error(`batch bench child failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as Run;
}

/** Writes `cases` generated cases as NDJSON, one at a time. */
async function writeCases(path: string, cases: number): Promise<void> {
  const out = createWriteStream(path);
  const next = caseLogGenerator(20, 2026);
  for (let n = 0; n < cases; n++) {
    if (!out.write(`${JSON.stringify({ caseId: `case-${n}`, events: next() })}\n`)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve) => out.end(() => resolve()));
}

const RATIO_TARGET = 1.5;
const RSS_TARGET_MB = 300;

/** The batch suite, for bench/index.ts. */
export const batchBench: BenchSuite = {
  name: 'batch',
  title: 'Batch: NDJSON cases in, due items NDJSON out (end to end, separate processes)',
  async run({ quick, print }) {
    const big = process.argv.includes('--big');
    const cases = quick ? 5_000 : 50_000;
    const dir = mkdtempSync(join(tmpdir(), 'cpp-batch-bench-'));
    const file = join(dir, 'cases.ndjson');
    try {
      await writeCases(file, cases);
      const rounds = quick ? 1 : 3;
      const best: Record<'bare' | 'one' | 'two', Run | undefined> = { bare: undefined, one: undefined, two: undefined };
      const keep = (name: keyof typeof best, run: Run): void => {
        if (best[name] === undefined || run.seconds < (best[name] as Run).seconds) best[name] = run;
      };
      for (let round = 0; round < rounds; round++) {
        keep('bare', measure('bare', file, 1));
        keep('one', measure('batch', file, 1));
        keep('two', measure('batch', file, 2));
      }
      const bare = best.bare as Run;
      const one = best.one as Run;
      const two = best.two as Run;
      const rate = (run: Run): string => `${formatRate(run.events / run.seconds)} events/s`;
      const rows = [
        ['bare pass: read, JSON.parse, JSON.stringify (1 thread)', `${bare.seconds.toFixed(2)} s`, rate(bare), '1.00x', `${bare.maxRssMB.toFixed(0)} MB`],
        ['batch --output due, 1 job', `${one.seconds.toFixed(2)} s`, rate(one), `${(one.seconds / bare.seconds).toFixed(2)}x`, `${one.maxRssMB.toFixed(0)} MB`],
        ['batch --output due, 2 jobs', `${two.seconds.toFixed(2)} s`, rate(two), `${(two.seconds / bare.seconds).toFixed(2)}x`, `${two.maxRssMB.toFixed(0)} MB`],
      ];
      let bigRun: Run | undefined;
      if (big && !quick) {
        bigRun = measure('batch', `generate:${cases * 10}`, 2);
        rows.push(['batch --output due, 2 jobs, input generated as read', `${bigRun.seconds.toFixed(2)} s`, rate(bigRun), '', `${bigRun.maxRssMB.toFixed(0)} MB`]);
      }
      print(`${cases.toLocaleString('en-GB')} cases, ${bare.events.toLocaleString('en-GB')} events; best of ${rounds} interleaved runs each.${big ? '' : ' Peak RSS at 10x the events: `npm run bench -- batch --big`.'}`);
      print();
      for (const line of markdownTable(['run', 'time', 'throughput', 'x bare pass', 'peak RSS'], rows)) print(line);
      print();
      const ratio = two.seconds / bare.seconds;
      const results: TargetResult[] = [{ target: `batch with 2 jobs within ${RATIO_TARGET}x the bare pass`, measured: `${ratio.toFixed(2)}x`, met: ratio <= RATIO_TARGET }];
      const rss = bigRun ?? two;
      results.push({
        target: `batch peak RSS under ${RSS_TARGET_MB} MB${bigRun === undefined ? ' (at 1M events; 10M with --big)' : ' at 10M events'}`,
        measured: `${rss.maxRssMB.toFixed(0)} MB`,
        met: rss.maxRssMB < RSS_TARGET_MB,
      });
      return results;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
