/*
 * The fuzzing harness's sample (issue 17): 10,000 logs from a fixed seed (walks of the state
 * machine, half of them mutated, one of 100,000 events) through every API that reads a log, in
 * this process; then the first 1,000 again in three child processes, one per time zone, whose
 * outputs must hash alike. It runs in the first of npm test's three runs only: the later runs
 * differ by TZ alone, which the child processes cover here. `npm run fuzz` is the full harness.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { mutationKinds } from '../../scripts/fuzz/mutate.js';
import { runLogs, type FuzzTotals } from '../../scripts/fuzz/worker.js';

const SEED = 17;
const worker = fileURLToPath(new URL('../../scripts/fuzz/worker.ts', import.meta.url));

describe.runIf(process.env.TZ === undefined || process.env.TZ === '')('fuzzing sample (seed 17)', () => {
  let sample: FuzzTotals;

  it('10,000 logs: nothing throws, nothing personal comes out, no input changes', { timeout: 300_000 }, () => {
    sample = runLogs(SEED, 0, 10_000);
    expect(sample.failures).toEqual([]);
    expect({ throws: sample.throws, leaks: sample.leaks, mutations: sample.mutations }).toEqual({ throws: 0, leaks: 0, mutations: 0 });
    // The sample is what it claims: accepted and refused logs, every mutation, a 100,000-event log.
    expect(sample.logs).toBe(10_000);
    expect(sample.accepted).toBeGreaterThan(3_000);
    expect(sample.mutatedLogs).toBeGreaterThan(3_000);
    expect(Object.keys(sample.kinds).sort()).toEqual([...mutationKinds].sort());
    expect(sample.longLogs).toBe(1);
    console.info(`fuzz sample: ${sample.logs} logs in ${sample.cpuSeconds.toFixed(1)} s of CPU, ${sample.accepted} accepted`);
  });

  it('gives byte-identical outputs in London, Los Angeles and Kiritimati', { timeout: 300_000 }, () => {
    const hashes = ['Europe/London', 'America/Los_Angeles', 'Pacific/Kiritimati'].map((zone) => {
      const stdout = execFileSync(process.execPath, ['--import', 'tsx', worker, String(SEED), '0', '1000', '1'], {
        env: { ...process.env, TZ: zone },
        encoding: 'utf8',
      });
      return (JSON.parse(stdout) as FuzzTotals).blockHashes[0];
    });
    expect(hashes[0]).toMatch(/^[0-9a-f]{16}$/);
    expect(hashes).toEqual([hashes[0], hashes[0], hashes[0]]);
    // And the same as this process's, in the host's zone.
    expect(sample.blockHashes[0]).toBe(hashes[0]);
  });
});
