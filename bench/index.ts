/*
 * Benchmark runner: `npm run bench` runs every suite in one process and prints one markdown
 * report; `npm run bench -- workingDays` runs the named suites only, `-- --quick` shortens
 * the timings to check that the benches run. Add a suite by writing `bench/<name>.bench.ts`
 * exporting a BenchSuite and listing it below.
 */
import { arch, cpus, platform } from 'node:os';
import { batchBench } from './batch.bench.js';
import { calendarIndexBench } from './calendarIndex.bench.js';
import { coldStartBench } from './coldStart.js';
import type { BenchSuite, TargetResult } from './suite.js';
import { markdownTable } from './harness.js';
import { pathwayBench } from './pathway.bench.js';
import { sizeBench } from './size.js';
import { workingDaysBench } from './workingDays.bench.js';

/** In run order: the index suite first, so that its first build is a cold one. */
const suites: readonly BenchSuite[] = [calendarIndexBench, workingDaysBench, pathwayBench, batchBench, sizeBench, coldStartBench];

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const names = args.filter((arg) => !arg.startsWith('--'));
const unknown = names.filter((name) => !suites.some((suite) => suite.name === name));
if (unknown.length > 0) {
  console.error(`unknown suite ${unknown.join(', ')}; suites: ${suites.map((suite) => suite.name).join(', ')}`);
  process.exit(2);
}
const selected = names.length === 0 ? suites : suites.filter((suite) => names.includes(suite.name));

const print = (line = ''): void => console.log(line);
const started = performance.now();
print(`# Benchmarks${quick ? ' (quick: timings are indicative only)' : ''}`);
print();
print(`node ${process.version}, ${platform()} ${arch()}, ${cpus().length} x ${cpus()[0]?.model ?? 'unknown CPU'}`);
print();
const results: TargetResult[] = [];
for (const suite of selected) {
  process.stderr.write(`${suite.name}...\n`);
  print(`## ${suite.title}`);
  print();
  results.push(...(await suite.run({ quick, print })));
}
if (results.length > 0) {
  print('## Targets');
  print();
  const rows = results.map((result) => [result.target, result.measured, result.met ? 'met' : 'NOT MET']);
  for (const line of markdownTable(['target', 'measured', 'result'], rows)) print(line);
  print();
}
print(`Total run time: ${((performance.now() - started) / 1000).toFixed(1)} s.`);
