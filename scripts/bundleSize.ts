/**
 * What the library costs an app, measured the way an app's bundler sees it: the library is
 * built as the one ESM file that tsup publishes (dist/index.js: esbuild, zod external), then a
 * consumer entry importing from it is bundled, tree-shaken and minified with esbuild, and
 * gzipped. Used by test/size.test.ts (the budgets) and bench/size.ts (the numbers).
 *
 * Why the library is built as one file here rather than bundled from src: from src, every
 * module is its own file and `sideEffects: false` lets a bundler drop whole modules, which
 * hides module-level code that runs on import (a zod schema, an `Intl` formatter). In the
 * published single file, only `/* @__PURE__ *\/` marks let a bundler drop such code, and that
 * is what these numbers must catch.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

/** One way an app imports the library. */
export interface SizeScenario {
  readonly name: string;
  /** The app's entry; `child-protection-pathway` resolves to the library build. */
  readonly entry: string;
  /** Packages left out of the app's bundle (counted elsewhere), e.g. the zod peer dependency. */
  readonly external: readonly string[];
  /** The most gzipped bytes allowed; see test/size.test.ts for how each was set. */
  readonly budget?: number;
}

/** A scenario measured. */
export interface SizeMeasure {
  readonly name: string;
  readonly minified: number;
  readonly gzipped: number;
  readonly budget?: number;
  /** Whether any of zod ended up in the app's bundle. */
  readonly includesZod: boolean;
  /** The app's minified bundle, to look for code that should have been shaken out. */
  readonly code: string;
}

/**
 * The scenarios and their budgets (gzipped bytes, default zlib level). The calendar-only import
 * must stay at most 5 kB with its holiday data and must not pull zod; an app that validates and
 * replays logs must stay at most 45 kB with the zod it needs; the whole library's ceiling is
 * its measured size plus about 10%, raised only by a commit that grows it on purpose.
 * Measured 2026-11-23: addWorkingDays alone 3,967 B; the whole library (zod external) 19,380 B,
 * and 21,268 B once toICalendar, pathwayDiagram and caseMermaid are exported: ceiling 23,500 B.
 * Measured 2026-12-04, moving the schemas from classic zod to zod/mini: parseEvents + replay +
 * dueItems with zod from 109,135 B to 24,144 B; addWorkingDays alone 4,151 B; the whole library
 * with zod from 115,034 B to 30,141 B (zod external 22,380 B).
 * Measured 2026-12-04 after issue 15 (the Wales rule set with its citations and labels, rule-set
 * choices and settings, the letter and meeting timescales, the EPO and extension findings):
 * the whole library (zod external) 24,528 B, ceiling raised to 27,000 B; addWorkingDays alone
 * 4,619 B (Scotland and Northern Ireland from 1995).
 * Measured 2026-12-04, adding calendarFromGovUkFeed (the gov.uk feed schema and the checks of
 * app-supplied official years), isProvisional and DueItem.provisional: the whole library (zod
 * external) 23,904 B, ceiling 26,000 B; addWorkingDays alone 4,309 B (the feed checks stay out).
 * Both together on main: the ceiling is 28,500 B.
 * The conference track (its events, preparation rules, conferenceRecords and their cited
 * messages) brings the whole library (zod external) to 31,426 B on 2026-12-04: ceiling 34,500 B.
 * The plan track (core group, actions, planActions, visits that count, two plan
 * timescales) on its own branch: the whole library (zod external) 30,044 B, ceiling raised to 33,000 B;
 * parseEvents + replay + dueItems with zod 28,174 B; addWorkingDays alone 4,824 B.
 * Both tracks together on main: ceiling 37,000 B.
 * The returns on their own branch: about 33.6 kB once they are exported too (censusRecord, toCensusXml, annexA,
 * caseMeasures: pure functions of a state, so browser apps may build them too): ceiling 37,000 B.
 * All three together on main: ceiling 41,000 B.
 */
export const sizeScenarios: readonly SizeScenario[] = [
  {
    name: 'addWorkingDays only',
    entry: "export { addWorkingDays } from 'child-protection-pathway';",
    external: [],
    budget: 5_000,
  },
  {
    name: 'parseEvents + replay + dueItems with zod',
    entry: "export { parseEvents, replay, dueItems } from 'child-protection-pathway';",
    external: [],
    budget: 45_000,
  },
  {
    name: 'whole library (zod external)',
    entry: "export * from 'child-protection-pathway';",
    external: ['zod'],
    budget: 41_000,
  },
  {
    name: 'whole library with zod',
    entry: "export * from 'child-protection-pathway';",
    external: [],
  },
];

/** Builds the library as its published single ESM file into `dir`; returns the file. */
async function buildLibrary(dir: string, entry: string): Promise<string> {
  const outfile = join(dir, 'index.js');
  await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    outfile,
    external: ['zod'],
    logLevel: 'error',
  });
  return outfile;
}

/**
 * Measures each scenario against a fresh single-file build of `entry` (src/index.ts by
 * default), or against an existing build such as dist/index.js when `library` is given.
 */
export async function measureSizes(
  options: { readonly entry?: string; readonly library?: string; readonly scenarios?: readonly SizeScenario[] } = {},
): Promise<SizeMeasure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'child-protection-pathway-size-'));
  try {
    const library = options.library ?? (await buildLibrary(dir, options.entry ?? join(root, 'src/index.ts')));
    const measures: SizeMeasure[] = [];
    for (const scenario of options.scenarios ?? sizeScenarios) {
      const result = await build({
        stdin: { contents: scenario.entry, resolveDir: root, loader: 'ts' },
        bundle: true,
        minify: true,
        format: 'esm',
        platform: 'browser',
        target: 'es2022',
        write: false,
        metafile: true,
        alias: { 'child-protection-pathway': library },
        nodePaths: [join(root, 'node_modules')],
        external: [...scenario.external],
        logLevel: 'error',
      });
      const output = result.outputFiles[0];
      if (output === undefined) throw new Error(`no output for ${scenario.name}`);
      const inputs = Object.values(result.metafile.outputs)[0]?.inputs ?? {};
      measures.push({
        name: scenario.name,
        minified: output.contents.length,
        gzipped: gzipSync(output.contents).length,
        ...(scenario.budget === undefined ? {} : { budget: scenario.budget }),
        includesZod: Object.entries(inputs).some(([path, input]) => /(^|\/)node_modules\/zod\//.test(path) && input.bytesInOutput > 0),
        code: output.text,
      });
    }
    return measures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
