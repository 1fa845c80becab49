import { dueItems, parseEvents, replay, type CaseEvent } from '../src/index.js';
import { longCaseLog, type LongLogShape } from './caseLogs.js';

/** How the cost of replaying one log (and computing its due items) grows with its length. */
export interface ReplayScaling {
  readonly shape: Exclude<LongLogShape, 'refusedAtEnd'>;
  readonly small: number;
  readonly large: number;
  /** CPU milliseconds for one replay of the small log: the best round's time for `large / small` of them, divided. */
  readonly smallMs: number;
  /** CPU milliseconds for one replay of the large log, in the best round. */
  readonly largeMs: number;
  /** `largeMs / smallMs`: `large / small` when replay is linear, its square when quadratic. */
  readonly ratio: number;
}

/**
 * Measures `large / small` replays of a `small`-event log against one replay of a `large`-event
 * log: the same number of events, and the same number of deadlines and due items kept alive
 * until the round ends, so the garbage collector has the same heap to work through for both and
 * only the fold's own growth shows. (Timing one small replay instead flatters it: its few
 * thousand records die young, while a long log's are copied out of the young generation and
 * marked again and again as the heap grows.) The cost is the process's CPU time,
 * not the time on the clock, which on a shared machine counts the waits for a core; several
 * interleaved rounds, each side's best kept, as the least disturbed.
 */
export function replayScaling(shape: Exclude<LongLogShape, 'refusedAtEnd'>, small = 10_000, large = 100_000, rounds = 3): ReplayScaling {
  const smallLog = parsed(longCaseLog(small, shape));
  const largeLog = parsed(longCaseLog(large, shape));
  const repeats = Math.round(large / small);
  const cost = (log: readonly CaseEvent[], times: number): number => {
    const kept: unknown[] = [];
    const started = process.cpuUsage();
    for (let n = 0; n < times; n++) {
      const result = replay(log);
      if (!result.ok) throw new Error(`long log refused: ${result.error.message}`);
      kept.push(result.state, dueItems(result.state, { asOf: '2026-11-23' }));
    }
    const used = process.cpuUsage(started);
    return (used.user + used.system) / 1000;
  };
  cost(smallLog, 3); // warm up
  let smallRound = Infinity;
  let largeMs = Infinity;
  for (let round = 0; round < rounds; round++) {
    smallRound = Math.min(smallRound, cost(smallLog, repeats));
    largeMs = Math.min(largeMs, cost(largeLog, 1));
  }
  const smallMs = smallRound / repeats;
  return { shape, small, large, smallMs, largeMs, ratio: largeMs / smallMs };
}

function parsed(log: readonly CaseEvent[]): CaseEvent[] {
  const result = parseEvents(log);
  if (!result.ok) throw new Error(`long log invalid: ${result.error.message}`);
  return result.events;
}

/**
 * What refusing a log at its last event costs, as a multiple of replaying the log without that
 * event: about 2, since the state before the refused event is the log up to it replayed again.
 * CPU time, the best of interleaved rounds, as in {@link replayScaling}.
 */
export function refusalCost(length = 100_000, rounds = 3): { refusedMs: number; acceptedMs: number; ratio: number } {
  const refusedLog = parsed(longCaseLog(length, 'refusedAtEnd'));
  const acceptedLog = refusedLog.slice(0, -1);
  const cost = (log: readonly CaseEvent[]): number => {
    const started = process.cpuUsage();
    replay(log);
    const used = process.cpuUsage(started);
    return (used.user + used.system) / 1000;
  };
  let refusedMs = Infinity;
  let acceptedMs = Infinity;
  for (let round = 0; round < rounds; round++) {
    refusedMs = Math.min(refusedMs, cost(refusedLog));
    acceptedMs = Math.min(acceptedMs, cost(acceptedLog));
  }
  return { refusedMs, acceptedMs, ratio: refusedMs / acceptedMs };
}
