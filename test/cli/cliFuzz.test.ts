/*
 * The built CLI under random arguments and random standard input (issue 17): whatever it is
 * given, it answers with an exit code of 0, 1 (invalid input) or 2 (usage), says what was wrong
 * on its first line, never prints a stack trace or an internal error, and never repeats a
 * personal-looking argument (a name, an NHS number, an address). Standard input comes
 * from the fuzzing harness (walked logs, half of them mutated, with personal-looking notes,
 * keys and values), which the CLI must never echo. Each run spawns the CLI: a few dozen in all.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { fuzzInput } from '../../scripts/fuzz/worker.js';
import { secrets } from '../../scripts/fuzz/walk.js';
import { cli, ensureBuilt, hasStackTrace, type CliResult } from './run.js';

beforeAll(ensureBuilt, 180_000);

const wordArb = fc.oneof(
  fc.constantFrom('due', 'working-days', 'add', 'between', 'is', 'holidays', 'timeline', 'validate', '-', '--json', '--as-of', '--rule-set', '--division', '--help'),
  fc.constantFrom('initialConference', '2026-01-05', '2026-02-30', '0000-01-01', '9999-12-31', '15', '-3', '1e9', 'NaN', '{"overrides":{"__proto__":{}}}', '{', ''),
  fc.constantFrom(...secrets),
  fc.string({ maxLength: 12 }),
);

/** Exit code 0, 1 or 2; an error says what was wrong on its first line; never a stack trace. */
function expectAnswered(result: CliResult): void {
  expect([0, 1, 2]).toContain(result.status);
  expect(hasStackTrace(result.stderr)).toBe(false);
  expect(result.stderr).not.toMatch(/internal error/);
  if (result.status !== 0) {
    const [first = ''] = result.stderr.split('\n');
    expect(first.trim()).not.toBe('');
    // Nothing huge comes back: a problem is one short line, whatever was sent.
    for (const line of result.stderr.split('\n')) expect(line.length).toBeLessThan(400);
  }
}

describe('the CLI, fuzzed', () => {
  it('answers any arguments with exit 0, 1 or 2 and no stack trace, never echoing a personal one', { timeout: 300_000 }, () => {
    fc.assert(
      fc.property(fc.array(wordArb, { maxLength: 5 }), (args) => {
        const result = cli(args);
        expectAnswered(result);
        for (const secret of secrets) expect(result.stdout + result.stderr).not.toContain(secret);
      }),
      { numRuns: 25, seed: 17 },
    );
  });

  it('answers any log on standard input, never echoing what the log holds', { timeout: 300_000 }, () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.constantFrom(['validate', '-'], ['timeline', '-', '--as-of', '2026-11-23']), (index, args) => {
        const { input } = fuzzInput(17, index);
        const result = cli(args, typeof input === 'string' ? input : (JSON.stringify(input) ?? ''));
        expectAnswered(result);
        if (result.status !== 0) for (const secret of secrets) expect(result.stdout + result.stderr).not.toContain(secret);
      }),
      { numRuns: 25, seed: 17 },
    );
  });
});
