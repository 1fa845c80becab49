import { dueItems, parseEvents, planActions, replay, type CaseEvent } from '../src/index.js';
import { generateCaseLogs } from './caseLogs.js';
import { refusalCost, replayScaling } from './replayScaling.js';
import { formatRate, markdownTable } from './harness.js';
import type { BenchSuite, TargetResult } from './suite.js';

const TARGET_EVENTS_PER_SECOND = 1_000_000;

/**
 * Replays generated case logs (plans with core groups, visits, reviews and 10-30 actions each)
 * and computes their due items and plan actions: events per second.
 */
export const pathwayBench: BenchSuite = {
  name: 'pathway',
  title: 'Pathway: replaying case logs and computing their due items and plan actions',
  async run({ quick, print }) {
    const count = quick ? 2_000 : 40_000;
    const logs = generateCaseLogs(count, 20, 2026);
    const events = logs.reduce((sum, log) => sum + log.length, 0);

    // Untrusted JSON is checked once, on the way in (zod); replay then trusts what it parsed.
    let started = performance.now();
    const parsed = logs.map((log) => {
      const result = parseEvents(log);
      if (!result.ok) throw new Error(`generated log invalid: ${result.error.message}`);
      return result.events;
    });
    const parseSeconds = (performance.now() - started) / 1000;

    let actions = 0;
    const replayAll = (all: readonly (readonly CaseEvent[])[]): number => {
      let items = 0;
      actions = 0;
      for (const log of all) {
        const result = replay(log);
        if (!result.ok) throw new Error(`generated log refused: ${result.error.message}`);
        items += dueItems(result.state, { asOf: '2026-11-23' }).length;
        actions += planActions(result.state, { asOf: '2026-11-23' }).length;
      }
      return items;
    };
    replayAll(parsed.slice(0, 2_000)); // warm up
    // The best of three passes over every log: this machine is shared, so the fastest pass is
    // the one least disturbed by other work.
    let items = 0;
    let replaySeconds = Infinity;
    for (let pass = 0; pass < 3; pass++) {
      started = performance.now();
      items = replayAll(parsed);
      replaySeconds = Math.min(replaySeconds, (performance.now() - started) / 1000);
    }

    const planned = actions;

    started = performance.now();
    replayAll(logs.slice(0, Math.min(count, 8_000)));
    const unparsedSeconds = (performance.now() - started) / 1000;
    const unparsedEvents = logs.slice(0, Math.min(count, 8_000)).reduce((sum, log) => sum + log.length, 0);

    const rate = events / replaySeconds;
    const rows = [
      [
        'replay + dueItems + planActions, logs from parseEvents (best of 3 passes)',
        `${count.toLocaleString('en-GB')} logs, ${events.toLocaleString('en-GB')} events, ${items.toLocaleString('en-GB')} due items, ${planned.toLocaleString('en-GB')} actions`,
        `${formatRate(rate)} events/s`,
      ],
      ['replay + dueItems + planActions, plain objects (each event checked by zod)', `${unparsedEvents.toLocaleString('en-GB')} events`, `${formatRate(unparsedEvents / unparsedSeconds)} events/s`],
      ['parseEvents (zod) alone', `${events.toLocaleString('en-GB')} events`, `${formatRate(events / parseSeconds)} events/s`],
    ];
    for (const line of markdownTable(['what', 'work', 'throughput'], rows)) print(line);
    print();

    // One long log against ten times shorter ones (issue 17: the fold was quadratic).
    const [small, large] = quick ? [1_000, 10_000] : [10_000, 100_000];
    const scaling = (['plan', 'visits'] as const).map((shape) => replayScaling(shape, small, large));
    const refusal = refusalCost(large);
    const ms = (value: number): string => `${value.toFixed(1)} ms`;
    const scalingRows = [
      ...scaling.map((row) => [`replay + dueItems, one log (${row.shape})`, ms(row.smallMs), ms(row.largeMs), `${row.ratio.toFixed(1)}x`]),
      [`replay, one log refused at its last event, vs the log before it`, '', `${ms(refusal.refusedMs)} vs ${ms(refusal.acceptedMs)}`, `${refusal.ratio.toFixed(1)}x`],
    ];
    const eventsHeader = (count: number): string => `${count.toLocaleString('en-GB')} events (CPU)`;
    for (const line of markdownTable(['what', eventsHeader(small), eventsHeader(large), 'ratio'], scalingRows)) print(line);
    print();
    const worst = Math.max(...scaling.map((row) => row.ratio));
    // Linear is large / small (10); 20% above it allows for the collector's larger heap.
    const ratioTarget = 1.2 * (large / small);
    return [
      {
        target: `replay + dueItems + planActions >= ${formatRate(TARGET_EVENTS_PER_SECOND)} events/s`,
        measured: `${formatRate(rate)} events/s`,
        met: rate >= TARGET_EVENTS_PER_SECOND,
      },
      {
        target: `one log of ${large.toLocaleString('en-GB')} events <= ${ratioTarget}x one of ${small.toLocaleString('en-GB')}`,
        measured: `${worst.toFixed(1)}x`,
        met: worst <= ratioTarget,
      },
    ] satisfies TargetResult[];
  },
};
