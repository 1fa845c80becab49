import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invalidCase, refusedLog, secret, validCase } from './caseLogs.js';
import { cli, ensureBuilt, exampleCase, hasStackTrace, lines } from './run.js';

beforeAll(ensureBuilt, 180_000);

const work = mkdtempSync(join(tmpdir(), 'cpp-cli-validate-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('validate', () => {
  it('prints OK with counts for the example case', () => {
    const result = cli(['validate', exampleCase]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^OK: the event log is valid$/m);
    expect(result.stdout).toMatch(/^events +\d+ \(social care \d+, legal \d+\)$/m);
    expect(result.stdout).toMatch(/^deadlines +\d+ \(\d+ met, \d+ open\)$/m);
  });

  it('--json counts add up', () => {
    const result = cli(['validate', exampleCase, '--json']);
    const report = JSON.parse(result.stdout);
    expect(report.ok).toBe(true);
    expect(Object.values(report.eventsByTrack as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(report.events);
    expect(report.deadlinesMet + report.deadlinesOpen).toBe(report.deadlines);
  });

  it('reads standard input for -', () => {
    const result = cli(['validate', '-', '--json'], JSON.stringify(validCase));
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: true, events: 4, socialPhase: 'plan' });
    expect(result.stdout).not.toContain(secret);
  });

  it('prints every problem as path: message, exit 1, and never the notes', () => {
    const result = cli(['validate', '-'], JSON.stringify(invalidCase));
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(lines(result.stderr)).toEqual([
      '<events.json>: 4 problems',
      'child.dateOfBirth: must be a real date written YYYY-MM-DD, in the years 1900-2099',
      'events[0].date: must be a real date written YYYY-MM-DD, in the years 1900-2099',
      'events[1].decision: must be one of section47, noSection47',
      'events[2].type: must have a known event type',
    ]);
    expect(result.stderr).not.toContain(secret);
    expect(hasStackTrace(result.stderr)).toBe(false);
  });

  it('--json reports the problems on stdout too, exit 1', () => {
    const path = join(work, 'invalid.json');
    writeFileSync(path, JSON.stringify(invalidCase));
    const result = cli(['validate', path, '--json']);
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ ok: false });
    expect(result.stdout + result.stderr).not.toContain(path);
    expect(report.problems).toHaveLength(4);
    expect(report.problems[0]).toEqual({ path: 'child.dateOfBirth', message: 'must be a real date written YYYY-MM-DD, in the years 1900-2099' });
    expect(result.stdout + result.stderr).not.toContain(secret);
  });

  it('a refused event is reported by index with what was allowed, for a bare list of events', () => {
    const result = cli(['validate', '-'], JSON.stringify(refusedLog));
    expect(result.status).toBe(1);
    const [heading, problem, ...rest] = lines(result.stderr);
    expect(heading).toBe('<events.json>: 1 problem');
    expect(problem).toMatch(/^\[1\]: .*\(INVALID_TRANSITION\); allowed at that point: .*strategyDiscussionHeld/);
    expect(rest).toEqual([]);
    expect(result.stderr).not.toContain(secret);
  });

  it('an event out of date order is refused with its code', () => {
    const log = { events: [validCase.events[0], validCase.events[1], { type: 'section47Concluded', date: '2024-12-18', outcome: 'conference' }] };
    const result = cli(['validate', '-'], JSON.stringify(log));
    expect(result.status).toBe(1);
    expect(lines(result.stderr)[1]).toMatch(/^events\[2\]: .*\(OUT_OF_ORDER\)/);
    expect(result.stderr).not.toContain(secret);
  });

  it.each([
    ['{"events": [{"note": "Jane Smith"', '<events.json>: is not valid JSON'],
    ['"Jane Smith"', '<events.json>: must hold a list of events or a case { child, events }'],
    ['{"child": {}}', 'events: must be a list of events'],
  ])('%s is invalid input, exit 1, not quoted', (input, message) => {
    const result = cli(['validate', '-'], input);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toContain(secret);
  });

  it('a missing file is invalid input, exit 1', () => {
    expect(cli(['validate', join(work, 'nope.json')])).toEqual({ status: 1, stdout: '', stderr: '<events.json>: no such file\n' });
  });

  it('needs its file argument, exit 2', () => {
    expect(cli(['validate']).status).toBe(2);
  });

  it('reads standard input for one file only, exit 2', () => {
    const result = cli(['validate', '-', '--rule-set', '-'], JSON.stringify(validCase));
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('only one file can be - (standard input)');
  });
});
