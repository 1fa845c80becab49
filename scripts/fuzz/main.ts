/**
 * `npm run fuzz -- --logs N --seed S [--tz-every K]`: N logs from seed S (walks of the state
 * machine, half of them mutated), each run through every API that reads a log, in three child
 * processes, one per time zone (Europe/London, America/Los_Angeles, Pacific/Kiritimati), whose
 * output hashes must agree. With `--tz-every K` the second and third time zones run one block
 * of 1,000 logs in K (for runs of a million logs). Then replay's growth: a 100,000-event log
 * against ten of 10,000. Exit code 1 when anything threw, leaked, changed an input or differed.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { replayScaling } from '../../bench/replayScaling.js';
import type { FuzzTotals } from './worker.js';

const zones = ['Europe/London', 'America/Los_Angeles', 'Pacific/Kiritimati'] as const;

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  if (at === -1) return fallback;
  const value = Number(process.argv[at + 1]);
  if (!Number.isSafeInteger(value) || value < 0) {
    process.stderr.write(`--${name} must be a whole number\n`);
    process.exit(2);
  }
  return value;
}

/** The worker in a child process with TZ set, its progress echoed with the zone's name. */
function inZone(zone: string, seed: number, logs: number, every: number): Promise<FuzzTotals> {
  const worker = fileURLToPath(new URL('./worker.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', worker, String(seed), '0', String(logs), String(every)], {
    env: { ...process.env, TZ: zone },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => {
    for (const line of chunk.toString().trim().split('\n')) process.stderr.write(`${zone}: ${line}\n`);
  });
  return new Promise((resolve, reject) =>
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(stdout) as FuzzTotals) : reject(new Error(`${zone} worker exited ${code}`)))),
  );
}

const logs = option('logs', 10_000);
const seed = option('seed', 17);
const every = Math.max(1, option('tz-every', 1));
const started = performance.now();
const runs = await Promise.all(zones.map((zone, n) => inZone(zone, seed, logs, n === 0 ? 1 : every)));
const seconds = (performance.now() - started) / 1000;
const [london] = runs as [FuzzTotals, ...FuzzTotals[]];
let tzDifferences = 0;
for (const run of runs.slice(1)) {
  for (const [block, hash] of Object.entries(run.blockHashes)) {
    if (london.blockHashes[Number(block)] !== hash) {
      tzDifferences++;
      process.stderr.write(`time zones differ in logs ${Number(block) * 1000}-${Number(block) * 1000 + 999}\n`);
    }
  }
}
const sum = (field: 'throws' | 'leaks' | 'mutations'): number => runs.reduce((total, run) => total + run[field], 0);
const scaling = replayScaling('plan');
const totals = {
  seed,
  logs: london.logs,
  logsPerOtherZone: runs[1]?.logs,
  seconds: Number(seconds.toFixed(1)),
  cpuSeconds: Number(runs.reduce((total, run) => total + run.cpuSeconds, 0).toFixed(1)),
  accepted: london.accepted,
  mutatedLogs: london.mutatedLogs,
  longLogs: london.longLogs,
  throws: sum('throws'),
  leaks: sum('leaks'),
  mutations: sum('mutations'),
  tzDifferences,
  replay10k: `${scaling.smallMs.toFixed(0)} ms`,
  replay100k: `${scaling.largeMs.toFixed(0)} ms`,
  replayRatio: Number(scaling.ratio.toFixed(1)),
  mutationKinds: london.kinds,
};
process.stdout.write(`${JSON.stringify(totals, null, 2)}\n`);
for (const run of runs) for (const failure of run.failures) process.stdout.write(`${failure}\n`);
const clean = totals.throws + totals.leaks + totals.mutations + tzDifferences === 0 && scaling.ratio <= 12;
process.exitCode = clean ? 0 : 1;
