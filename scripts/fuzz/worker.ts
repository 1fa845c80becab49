import { createHash } from 'node:crypto';
import { longCaseLog, type LongLogShape } from '../../bench/caseLogs.js';
import { checkLog } from './check.js';
import { loadEventDefinitions } from './eventShapes.js';
import { mutateLog, type MutationKind } from './mutate.js';
import { randomFor, type Random } from './random.js';
import { secrets, walkLog, type WalkedLog } from './walk.js';

/** The totals of a run over logs `from` to `to` of a seed, in this process's time zone. */
export interface FuzzTotals {
  readonly seed: number;
  readonly from: number;
  readonly to: number;
  logs: number;
  /** Logs parseEvents and replay accepted whole. */
  accepted: number;
  /** Logs given one or more mutations. */
  mutatedLogs: number;
  /** Logs of 100,000 events. */
  longLogs: number;
  throws: number;
  leaks: number;
  /** Inputs an API changed. */
  mutations: number;
  /** How often each mutation was made. */
  kinds: Partial<Record<MutationKind, number>>;
  /** The first few failures, by log index (no message text: it could hold a secret). */
  failures: string[];
  /** sha256 of every output, in order; and per block of 1,000 logs, to find where time zones differ. */
  hash: string;
  /** By block number (log index / 1,000). */
  blockHashes: Record<number, string>;
  /** CPU seconds. */
  cpuSeconds: number;
}

/** Every this many logs, one is a 100,000-event log (the first at index LONG_OFFSET). */
const LONG_EVERY = 200_000;
const LONG_OFFSET = 4_999;
const BLOCK = 1_000;

/** Log `index` of the run seeded `seed`: a walk, or every LONG_EVERY logs a 100,000-event case; about half mutated. */
export function fuzzInput(seed: number, index: number, definitions = loadEventDefinitions()): { input: unknown; kinds: MutationKind[]; long: boolean } {
  const random = randomFor(seed, index);
  const long = index % LONG_EVERY === LONG_OFFSET;
  const log = long ? longLog(random) : walkLog(random, definitions);
  if (random.chance(0.5)) return { input: random.chance(0.5) ? log.events : { child: log.child, events: log.events }, kinds: [], long };
  return { ...mutateLog(random, log), long };
}

function longLog(random: Random): WalkedLog {
  const events = longCaseLog(100_000, random.pick<LongLogShape>(['plan', 'visits', 'refusedAtEnd']));
  const noted = events.map((event, index) => (index % 997 === 0 ? { ...event, note: random.pick(secrets) } : event));
  return { child: { dateOfBirth: '1990-06-01' }, events: noted };
}

/**
 * Runs logs `from` (included) to `to` (excluded) of `seed`, reporting progress every 10,000 logs;
 * with `every` above 1, only the blocks of 1,000 logs whose number is a multiple of it (a
 * sample, for the second and third time zones of a long run).
 */
export function runLogs(seed: number, from: number, to: number, every = 1, progress?: (line: string) => void): FuzzTotals {
  const definitions = loadEventDefinitions();
  const totals: FuzzTotals = {
    seed, from, to, logs: 0, accepted: 0, mutatedLogs: 0, longLogs: 0, throws: 0, leaks: 0, mutations: 0,
    kinds: {}, failures: [], hash: '', blockHashes: {}, cpuSeconds: 0,
  };
  const started = process.cpuUsage();
  const all = createHash('sha256');
  let block = createHash('sha256');
  for (let index = from; index < to; index++) {
    if (Math.floor(index / BLOCK) % every !== 0) {
      index = (Math.floor(index / BLOCK) + 1) * BLOCK - 1;
      continue;
    }
    const { input, kinds, long } = fuzzInput(seed, index, definitions);
    const check = checkLog(input);
    totals.logs++;
    if (check.accepted) totals.accepted++;
    if (kinds.length > 0) totals.mutatedLogs++;
    if (long) totals.longLogs++;
    for (const kind of kinds) totals.kinds[kind] = (totals.kinds[kind] ?? 0) + 1;
    totals.throws += check.throws.length;
    totals.leaks += check.leaks.length;
    totals.mutations += check.mutated.length;
    const failed = [...check.throws.map((t) => `throw ${t}`), ...check.leaks.map((l) => `leak ${l}`), ...check.mutated.map((m) => `mutated ${m}`)];
    if (failed.length > 0 && totals.failures.length < 20) totals.failures.push(`log ${index} [${kinds.join(',')}]: ${failed.join('; ')}`);
    all.update(check.output).update('\n');
    block.update(check.output).update('\n');
    if ((index + 1) % BLOCK === 0 || index + 1 === to) {
      totals.blockHashes[Math.floor(index / BLOCK)] = block.digest('hex').slice(0, 16);
      block = createHash('sha256');
    }
    if (progress !== undefined && totals.logs % 10_000 === 0) progress(`${totals.logs} logs, ${totals.throws} throws, ${totals.leaks} leaks, ${totals.mutations} mutations`);
  }
  totals.hash = all.digest('hex');
  const used = process.cpuUsage(started);
  totals.cpuSeconds = (used.user + used.system) / 1e6;
  return totals;
}

// Run as a child process by scripts/fuzz/main.ts: `worker.ts <seed> <from> <to> <every>`, totals as JSON on stdout.
if (process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'))) {
  const [seed, from, to, every] = process.argv.slice(2).map(Number) as [number, number, number, number];
  const totals = runLogs(seed, from, to, every, (done) => process.stderr.write(`${done}\n`));
  process.stdout.write(`${JSON.stringify(totals)}\n`);
}
