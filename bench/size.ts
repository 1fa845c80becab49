/*
 * Bundle sizes: what importing the library costs an app, minified and gzipped, against the
 * budgets that test/size.test.ts enforces (scripts/bundleSize.ts says how they are measured and
 * set). Measured from a fresh single-file build of src, and from dist/index.js when a build is
 * there (`npm run build`), so the published file is checked too. Runs alone with
 * `tsx bench/size.ts`.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { measureSizes, type SizeMeasure } from '../scripts/bundleSize.js';
import { markdownTable } from './harness.js';
import type { BenchSuite, TargetResult } from './suite.js';

const dist = fileURLToPath(new URL('../dist/index.js', import.meta.url));

const kilobytes = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;

function rows(source: string, measures: readonly SizeMeasure[]): string[][] {
  return measures.map((measure) => [
    measure.name,
    source,
    kilobytes(measure.minified),
    kilobytes(measure.gzipped),
    measure.budget === undefined ? '' : kilobytes(measure.budget),
    measure.includesZod ? 'yes' : 'no',
  ]);
}

/** The size suite, for bench/index.ts. */
export const sizeBench: BenchSuite = {
  name: 'size',
  title: 'Bundle size (esbuild, minified, gzipped)',
  async run({ print }) {
    const fromSource = await measureSizes();
    const fromDist = existsSync(dist) ? await measureSizes({ library: dist }) : [];
    const table = [...rows('src', fromSource), ...rows('dist', fromDist)];
    for (const line of markdownTable(['import', 'library build', 'minified', 'gzipped', 'budget', 'zod in bundle'], table)) print(line);
    print();
    if (fromDist.length === 0) {
      print('dist/index.js not built: run `npm run build` to measure the published file too.');
      print();
    }
    const results: TargetResult[] = [];
    for (const measure of [...fromSource, ...fromDist]) {
      if (measure.budget === undefined) continue;
      const source = fromDist.includes(measure) ? 'dist' : 'src';
      results.push({
        target: `${measure.name} (${source}) at most ${kilobytes(measure.budget)} gzipped`,
        measured: kilobytes(measure.gzipped),
        met: measure.gzipped <= measure.budget,
      });
    }
    return results;
  },
};

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const results = await sizeBench.run({ quick: false, print: (line = '') => console.log(line) });
  for (const line of markdownTable(
    ['target', 'measured', 'result'],
    results.map((result) => [result.target, result.measured, result.met ? 'met' : 'NOT MET']),
  )) {
    console.log(line);
  }
}
