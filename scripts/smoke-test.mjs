// Smoke test of the packed library, as a user gets it from the registry: `npm pack`, install
// the tarball into a throwaway ES-module project and a throwaway CommonJS project, run both
// with node and check real answers, then type-check a consumer file in each with
// moduleResolution node16 and nodenext. Catches what unit tests cannot see: a file left out of
// `files`, an `exports` map pointing at the wrong build, declarations that do not resolve.
//
// `npm pack` runs the `prepack` build, as a publish from a clean clone does, and the tarball
// must then hold every file the package points at (a clone has no dist/ until that build).
// The two projects are set up and checked side by side, to keep the run short.
// SMOKE_KEEP=1 keeps the temporary directory for a look after a failure.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

class SmokeFailure extends Error {}
const execFileAsync = promisify(execFile);

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const started = performance.now();

/** Files a published tarball must hold: both builds, their declarations, the CLI, the licence, the schema. */
const required = ['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/cli.js', 'LICENSE', 'schema/events.json'];

const work = mkdtempSync(join(tmpdir(), 'cpp-smoke-'));
let passed = false;
try {
  const tarball = await pack(work);
  const projects = [
    { name: 'esm', type: 'module', entry: 'index.mjs', source: esmSource() },
    { name: 'cjs', type: 'commonjs', entry: 'index.cjs', source: cjsSource() },
  ];
  // allSettled: let both finish before the directory is removed, even when one fails.
  const settled = await Promise.allSettled(projects.map((project) => check(project, tarball)));
  const failed = settled.find((outcome) => outcome.status === 'rejected');
  if (failed !== undefined) throw failed.reason;
  for (const outcome of settled) for (const line of outcome.value) console.log(`  ${line}`);
  passed = true;
} catch (error) {
  console.error(`smoke test FAILED: ${error instanceof SmokeFailure ? error.message : error?.stack ?? error}`);
  process.exitCode = 1;
} finally {
  if (process.env.SMOKE_KEEP === '1' && !passed) console.error(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (passed) console.log(`smoke test passed: ${manifest.name}@${manifest.version} packed, installed and checked from ESM and CommonJS (${seconds}s)`);

/** Sets up one throwaway project, installs the tarball, runs it and type-checks it. */
async function check(project, tarball) {
  const dir = join(work, project.name);
  mkdirSync(dir);
  writeJson(join(dir, 'package.json'), { name: `smoke-${project.name}`, private: true, type: project.type });
  writeFileSync(join(dir, project.entry), project.source);
  writeFileSync(join(dir, 'consumer.ts'), typeSource(project.type));
  await install(dir, tarball);
  const output = (await run('node', [project.entry], dir)).trim();
  if (!output.startsWith('ok ')) fail(`${project.name}: unexpected output\n${output}`);
  // The event-log JSON Schema is exported as a subpath for apps in any language.
  const schema = `const schema = require('${manifest.name}/schema/events.json'); console.log(typeof schema.$defs.caseEvent);`;
  if ((await run('node', ['-e', schema], dir)).trim() !== 'object') fail(`${project.name}: ${manifest.name}/schema/events.json does not resolve`);
  // The Node-only batch subpath, with its worker thread file shipped beside it (two jobs).
  const batch = `import { runBatch } from '${manifest.name}/batch'; import { Readable, Writable } from 'node:stream'; let out = ''; const summary = await runBatch({ input: Readable.from(['{"caseId":"a","events":[{"type":"referralReceived","date":"2026-01-05"}]}\\n{"caseId":"b","events":[]}\\n']), inputFormat: 'ndjson', output: 'due', format: 'ndjson', asOf: '2026-01-06', jobs: 2, write: new Writable({ write(chunk, encoding, done) { out += chunk; done(); } }) }); console.log(summary.cases, out.split('\\n').filter(Boolean).length);`;
  if ((await run('node', ['--input-type=module', '-e', batch], dir)).trim() !== '2 2') fail(`${project.name}: ${manifest.name}/batch does not run`);
  return [`${project.name}: ${output}`, `${project.name}: ${manifest.name}/batch ran two cases over two worker threads`, `${project.name}: ${await cliCheck(dir)}`, `${project.name}: ${await typeCheck(dir)}`];
}

/**
 * Runs the installed bin: its chunks (dist/cli/) must ship, `due` answers, and a --rule-set
 * (which loads zod from the project's own install) is read.
 */
async function cliCheck(dir) {
  const bin = join(dir, 'node_modules', '.bin', manifest.name);
  const due = JSON.parse(await run(bin, ['due', 'initialConference', '2024-12-19', '--json'], dir));
  if (due.due !== '2025-01-14') fail(`the CLI's due gave ${due.due}`);
  writeJson(join(dir, 'rules.json'), { name: 'Smoke council', overrides: { statutoryVisit: { amount: 20 } } });
  const local = JSON.parse(await run(bin, ['due', 'statutoryVisit', '2026-11-23', '--rule-set', 'rules.json', '--json'], dir));
  if (local.due !== '2026-12-21') fail(`the CLI's due with a rule set gave ${local.due}`);
  return 'the bin answers due, with and without --rule-set';
}

/** Packs the library into `dir` and returns the tarball's path, checking what it ships. */
async function pack(dir) {
  const [result] = JSON.parse(await run('npm', ['pack', '--json', '--pack-destination', dir], root));
  const shipped = result.files.map((file) => file.path);
  const unexpected = shipped.filter((path) => !/^(dist\/|schema\/events\.json$|package\.json$|README\.md$|LICENSE$)/.test(path));
  if (unexpected.length > 0) fail(`the tarball ships unexpected files: ${unexpected.join(', ')}`);
  const missing = required.filter((path) => !shipped.includes(path));
  if (missing.length > 0) fail(`the tarball lacks ${missing.join(', ')}`);
  console.log(`  packed ${result.filename}: ${shipped.length} files, ${(result.size / 1024).toFixed(1)} kB`);
  return join(dir, result.filename);
}

/** Installs the tarball and the zod peer dependency into a throwaway project. */
async function install(dir, tarball) {
  const zod = `zod@${manifest.peerDependencies?.zod ?? '^4'}`;
  await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--no-package-lock', tarball, zod], dir);
  if (!existsSync(join(dir, 'node_modules', manifest.name, 'package.json'))) {
    fail(`npm install did not install ${manifest.name} into ${dir}`);
  }
}

/**
 * Type-checks consumer.ts with the repository's TypeScript as node16 and as nodenext. The
 * nodenext run also checks every declaration file it reaches (ours, and zod's that ours import);
 * the node16 run skips them, as checking zod's declarations takes seconds.
 */
async function typeCheck(dir) {
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  if (!existsSync(tsc)) return 'type check skipped (no typescript in node_modules)';
  for (const mode of ['node16', 'nodenext']) {
    const config = `tsconfig.${mode}.json`;
    writeJson(join(dir, config), {
      compilerOptions: {
        module: mode,
        moduleResolution: mode,
        target: 'es2022',
        // DOM as in tsc's default libraries: zod's declarations name URL, which needs DOM or @types/node.
        lib: ['es2022', 'dom'],
        types: [],
        strict: true,
        noEmit: true,
        skipLibCheck: mode === 'node16',
      },
      files: ['consumer.ts'],
    });
    await run(process.execPath, [tsc, '-p', config], dir);
  }
  return 'consumer.ts type-checks with moduleResolution node16 and nodenext';
}

/** Checks shared by both module systems; `lib` is the imported namespace. */
function checks() {
  return `
const checks = [
  [lib.addWorkingDays('2024-12-19', 15), '2025-01-14'],
  [lib.addWorkingDays('2026-04-02', 1), '2026-04-07'],
  [lib.addWorkingDays('2025-01-14', -15), '2024-12-19'],
  [lib.addWorkingDays('2024-12-19', 15, { calendar: lib.englandAndWales }), '2025-01-14'],
  [lib.differenceInWorkingDays('2025-01-14', '2024-12-19'), 15],
  [lib.isWorkingDay('2025-12-25'), false],
  [lib.isWorkingDay('2026-03-30'), true],
  [lib.isWorkingDay('2026-08-03', { calendar: lib.scotland }), false],
  [lib.isWorkingDay('2026-03-17', { calendar: lib.northernIreland }), false],
  [lib.nextWorkingDay('2026-12-24'), '2026-12-29'],
  [lib.previousWorkingDay('2026-04-07'), '2026-04-02'],
  [lib.bankHolidays('2026-12-01', '2026-12-31').map((day) => day.date).join(','), '2026-12-25,2026-12-28'],
  [lib.englandAndWales.coverage.supported.from + '-' + lib.englandAndWales.coverage.supported.to, '1995-2075'],
  [lib.addWorkingDays('2026-12-24', 1, {
    calendar: lib.createCalendar({ closures: [{ from: '2026-12-29', to: '2026-12-31', name: 'Closure' }] }),
  }), '2027-01-04'],
  [lib.toIsoDate(new Date('2026-07-01T23:30:00Z')), '2026-07-02'],
  [lib.isProvisional('2040-01-02'), true],
  [lib.isWorkingDay('2026-08-31', {
    calendar: lib.calendarFromGovUkFeed({ 'england-and-wales': { division: 'england-and-wales', events: [{ title: 'New Year’s Day', date: '2026-01-01' }] } }, { division: 'england-and-wales' }),
  }), true],
  [errorCode(() => lib.calendarFromGovUkFeed({}, { division: 'scotland' })), 'INVALID_FEED'],
  [errorCode(() => lib.addWorkingDays('2026-02-30', 1)), 'INVALID_DATE'],
  [errorCode(() => lib.addWorkingDays('1990-01-01', 1)), 'OUT_OF_CALENDAR_RANGE'],
];
function errorCode(call) {
  try {
    call();
  } catch (error) {
    return error instanceof lib.CalendarError ? error.code : 'not a CalendarError: ' + error;
  }
  return 'no error';
}
const failures = checks.filter(([actual, expected]) => actual !== expected);
for (const [actual, expected] of failures) console.error('expected', expected, 'received', actual);
if (failures.length > 0) process.exit(1);
console.log('ok ' + checks.length + ' checks, version ' + version);
`;
}

function esmSource() {
  return `import * as lib from '${manifest.name}';
import { addWorkingDays, englandAndWales } from '${manifest.name}';
import { createRequire } from 'node:module';
const version = createRequire(import.meta.url)('${manifest.name}/package.json').version;
if (typeof addWorkingDays !== 'function' || typeof englandAndWales !== 'object') process.exit(2);
${checks()}`;
}

function cjsSource() {
  return `'use strict';
const lib = require('${manifest.name}');
const { addWorkingDays, englandAndWales } = require('${manifest.name}');
const version = require('${manifest.name}/package.json').version;
if (typeof addWorkingDays !== 'function' || typeof englandAndWales !== 'object') process.exit(2);
${checks()}`;
}

/** A consumer file; `moduleType` decides whether TypeScript reads it as ESM or CommonJS. */
function typeSource(moduleType) {
  return `// type-checked as ${moduleType === 'module' ? 'an ES module' : 'CommonJS'}
import {
  addWorkingDays,
  differenceInWorkingDays,
  englandAndWales,
  createCalendar,
  isoDate,
  CalendarError,
  type IsoDate,
  type WorkingDayCalendar,
  type CalendarErrorCode,
} from '${manifest.name}';

const calendar: WorkingDayCalendar = createCalendar({ closures: ['2026-12-29'] });
const due: IsoDate = addWorkingDays(isoDate('2024-12-19'), 15, { calendar: englandAndWales });
const days: number = differenceInWorkingDays(due, '2024-12-19', { calendar });
const codeOf = (error: unknown): CalendarErrorCode | undefined => (error instanceof CalendarError ? error.code : undefined);
const code = codeOf(new Error('not a calendar error'));
// @ts-expect-error an amount must be a number
addWorkingDays('2024-12-19', '15');
// @ts-expect-error a plain string is not an IsoDate
const notBranded: IsoDate = '2024-12-19' as string;
export { due, days, code, notBranded };
`;
}

async function run(command, args, cwd) {
  try {
    const { stdout } = await execFileAsync(command, args, { cwd, encoding: 'utf8', env: childEnv(), maxBuffer: 16 << 20 });
    return stdout;
  } catch (error) {
    fail(`\`${command} ${args.join(' ')}\` failed in ${cwd}\n${error.stdout ?? ''}${error.stderr ?? error.message}`);
  }
}

/** The environment without the settings `npm run` exports about this repository's project. */
function childEnv() {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^npm_(package_|lifecycle_|config_local_prefix$)/i.test(key)) delete env[key];
  }
  return env;
}

function writeJson(path, value) {
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}

function fail(message) {
  throw new SmokeFailure(message);
}
