import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validCase } from './caseLogs.js';
import { cli, ensureBuilt, hasStackTrace } from './run.js';

/*
 * Issue 17, defect 4: arguments can be names or NHS numbers typed in the wrong place, so the
 * CLI says which kind of thing was wrong and never quotes it. Each case plants personal-looking
 * text where a user might type it and checks that no output carries it.
 */

beforeAll(ensureBuilt, 180_000);

const work = mkdtempSync(join(tmpdir(), 'cpp-cli-echo-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const name = 'Jane Smith';
const nhsNumber = '9434765919';
const planted = `${name} ${nhsNumber}`;
const missing = join(work, `${name.replace(' ', '-')}-${nhsNumber}.json`);

function expectNoEcho(args: readonly string[], status: number, input = ''): string {
  const result = cli(args, input);
  expect(result.status).toBe(status);
  const output = result.stdout + result.stderr;
  for (const text of [planted, name, nhsNumber, 'Smith', '__proto__']) expect(output).not.toContain(text);
  expect(hasStackTrace(output)).toBe(false);
  return result.stderr;
}

describe('the CLI never echoes what was typed', () => {
  it('an unknown command', () => {
    expect(expectNoEcho([planted], 2)).toContain('unknown command');
    expect(expectNoEcho(['working-days', planted], 2)).toContain('unknown command: add, between or is');
  });

  it('an unknown option, and an option value outside its choices', () => {
    expect(expectNoEcho([`--${nhsNumber}`], 2)).toContain('unknown option');
    expect(expectNoEcho(['due', 'initialConference', '2026-01-05', `--${name.replace(' ', '-')}`], 2)).toContain('unknown option');
    expect(expectNoEcho(['due', 'initialConference', '2026-01-05', `--json=${nhsNumber}`], 2)).toContain('option --json takes no value');
    expect(expectNoEcho(['holidays', '2026', '--calendar', planted], 2)).toContain('--calendar must be one of');
    expect(expectNoEcho(['timeline', '-', '--as-of', '2026-01-05', '--format', planted], 2)).toContain('--format must be one of');
  });

  it('an unexpected argument', () => {
    expect(expectNoEcho(['due', 'initialConference', '2026-01-05', planted], 2)).toContain('1 unexpected argument after <timescale> <date>');
    expect(expectNoEcho(['working-days', 'is', '2026-01-05', name, nhsNumber], 2)).toContain('2 unexpected arguments after <date>');
  });

  it('an argument of the wrong kind: a timescale id, a date, a number', () => {
    expect(expectNoEcho(['due', planted, '2026-01-05'], 1)).toContain('timescale: is not a timescale id');
    expect(expectNoEcho(['due', 'initialConference', nhsNumber], 1)).toContain('date: ');
    expect(expectNoEcho(['working-days', 'add', '2026-01-05', name], 1)).toContain('n: must be a whole number');
  });

  it("a missing file's path", () => {
    expect(expectNoEcho(['validate', missing], 1)).toBe('<events.json>: no such file\n');
    expect(expectNoEcho(['timeline', missing, '--as-of', '2026-01-05'], 1)).toBe('<events.json>: no such file\n');
    expect(expectNoEcho(['due', 'initialConference', '2026-01-05', '--rule-set', missing], 1)).toBe('--rule-set: no such file\n');
    expect(expectNoEcho(['working-days', 'is', '2026-01-05', '--rule-set', work], 1)).toBe('--rule-set: is a directory\n');
  });

  it("a valid file's path is not printed either", () => {
    const path = join(work, `${nhsNumber}.json`);
    writeFileSync(path, JSON.stringify(validCase));
    expectNoEcho(['validate', path], 0);
    expectNoEcho(['validate', path, '--json'], 0);
  });

  it('--rule-set key names, __proto__ included, are counted and never named', () => {
    const rules = `{"name":"Example council","overrides":{"__proto__":{"amount":3},"${planted}":{},"statutoryVisit":{"${name}":1}}}`;
    const stderr = expectNoEcho(['due', 'statutoryVisit', '2026-01-05', '--rule-set', '-'], 1, rules);
    expect(stderr.split('\n')).toEqual([
      '--rule-set: invalid rule set',
      'overrides.statutoryVisit: has 1 field that is not part of the format (INVALID_RULE_SET)',
      'overrides: has 2 fields that are not part of the format (INVALID_RULE_SET)',
      '',
    ]);
  });
});

describe('did you mean', () => {
  it.each([
    [['due', 'initialConfrence', '2026-11-23'], 1, 'did you mean initialConference?'],
    [['tmeline'], 2, 'did you mean timeline?'],
    [['working-days', 'betwen', '2026-01-05', '2026-02-05'], 2, 'did you mean between?'],
    [['due', 'initialConference', '2026-11-23', '--calnedar', 'scotland'], 2, 'did you mean --calendar?'],
    [['holidays', '2026', '--divison', 'scotland'], 2, 'unknown option'],
    [['holidays', '2026', '--calendar', 'scotlnd'], 2, 'did you mean scotland?'],
    [['--verison'], 2, 'did you mean --version?'],
  ])('%j suggests one of our words', (args, status, suggestion) => {
    const result = cli(args);
    expect(result.status).toBe(status);
    expect(result.stderr).toContain(suggestion);
  });

  it('suggests nothing for text unlike any known word', () => {
    const result = cli(['due', 'zzzzzzzz', '2026-11-23']);
    expect(result.stderr).not.toContain('did you mean');
    expect(result.stderr).toContain("'child-protection-pathway due --help' lists them");
  });
});
