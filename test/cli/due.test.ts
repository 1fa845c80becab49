import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, ensureBuilt, hasStackTrace, lines } from './run.js';

beforeAll(ensureBuilt, 180_000);

const work = mkdtempSync(join(tmpdir(), 'cpp-cli-due-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const localRules = {
  name: 'Example council',
  calendar: { closures: [{ from: '2026-12-29', to: '2026-12-31', name: 'Christmas closure' }] },
  overrides: { statutoryVisit: { amount: 20 } },
};

function file(name: string, text: string): string {
  const path = join(work, name);
  writeFileSync(path, text);
  return path;
}

describe('due', () => {
  it('prints the deadline as a readable table', () => {
    const result = cli(['due', 'initialConference', '2026-11-23']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^timescale +initialConference: Initial child protection conference$/m);
    expect(result.stdout).toMatch(/^due +2026-12-14$/m);
    expect(result.stdout).toMatch(/^calendar +England and Wales$/m);
    expect(result.stdout).toMatch(/^source +Working Together to Safeguard Children 2023/m);
  });

  it('lists the bank holidays skipped', () => {
    const result = cli(['due', 'initialConference', '2024-12-19']);
    expect(result.stdout).toMatch(/^due +2025-01-14$/m);
    expect(result.stdout).toContain('2024-12-25  Christmas Day');
    expect(result.stdout).toContain('2024-12-26  Boxing Day');
    expect(result.stdout).toContain('2025-01-01  New Year’s Day');
  });

  it('--json prints the library deadline', () => {
    const result = cli(['due', 'initialConference', '2024-12-19', '--json']);
    expect(result.status).toBe(0);
    const deadline = JSON.parse(result.stdout);
    expect(deadline).toMatchObject({ timescale: 'initialConference', from: '2024-12-19', due: '2025-01-14', calendar: 'England and Wales' });
    expect(deadline.skipped.map((day: { date: string }) => day.date)).toEqual(['2024-12-25', '2024-12-26', '2025-01-01']);
    expect(deadline.explanation).toContain('so by 2025-01-14');
  });

  it('--calendar counts in another division', () => {
    // 2 January is a bank holiday in Scotland only.
    const england = JSON.parse(cli(['due', 'initialConference', '2025-12-19', '--json']).stdout);
    const scotland = JSON.parse(cli(['due', 'initialConference', '2025-12-19', '--json', '--calendar', 'scotland']).stdout);
    expect(scotland.calendar).toBe('Scotland');
    expect(scotland.due > england.due).toBe(true);
  });

  it('takes a date-time with offset for an hours rule and answers in London time', () => {
    const result = cli(['due', 'policeProtection', '2026-03-28T22:15:00Z', '--json']);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ due: '2026-03-31', dueAt: '2026-03-31T23:15:00+01:00' });
    expect(cli(['due', 'policeProtection', '2026-03-28T22:15:00Z']).stdout).toMatch(/^due +2026-03-31T23:15:00\+01:00 \(Europe\/London\)$/m);
  });

  it('--rule-set reads a rule set for createRuleSet from a file', () => {
    const rules = file('rules.json', JSON.stringify(localRules));
    const result = cli(['due', 'statutoryVisit', '2026-12-21', '--rule-set', rules, '--json']);
    expect(result.status).toBe(0);
    const deadline = JSON.parse(result.stdout);
    expect(deadline.rule).toMatchObject({ amount: 20, status: 'localProcedure' });
    expect(deadline.calendar).toBe('Example council');
    expect(deadline.skipped.filter((day: { kind: string }) => day.kind === 'closure')).toHaveLength(3);
  });

  it('--rule-set - reads the rule set from standard input', () => {
    const result = cli(['due', 'statutoryVisit', '2026-12-21', '--rule-set', '-', '--json'], JSON.stringify(localRules));
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).rule.amount).toBe(20);
  });

  it('an invalid rule set prints every problem as path: message, exit 1', () => {
    const rules = file(
      'bad-rules.json',
      JSON.stringify({
        name: 'Example council',
        overrides: { statutoryVisit: { amount: -1, note: 7 }, careProceedings: { amount: 30 }, bogus: {} },
      }),
    );
    const result = cli(['due', 'initialConference', '2026-01-05', '--rule-set', rules]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    const reported = lines(result.stderr);
    expect(reported[0]).toBe('--rule-set: invalid rule set');
    expect(reported.slice(1).sort()).toEqual(
      [
        'overrides.statutoryVisit.amount: must be a positive whole number (INVALID_RULE_SET)',
        'overrides.statutoryVisit.note: must be a string (INVALID_RULE_SET)',
        'overrides: has 1 field that is not part of the format (INVALID_RULE_SET)',
        'overrides.careProceedings.amount: is set by Children Act 1989 s32(1)(a)(ii) and cannot be changed by local procedure (INVALID_RULE_SET)',
      ].sort(),
    );
  });

  it('a rule-set file that is not JSON is reported without quoting it', () => {
    const rules = file('broken.json', '{"name": "Jane Smith", ');
    const result = cli(['due', 'initialConference', '2026-01-05', '--rule-set', rules]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('--rule-set: is not valid JSON\n');
  });

  it.each([
    [['due', 'nonsense', '2026-01-05'], "timescale: is not a timescale id (UNKNOWN_TIMESCALE); 'child-protection-pathway due --help' lists them"],
    [['due', 'initialConference', '2026-02-30'], 'date: is not a day of the calendar (INVALID_DATE)'],
    [['due', 'initialConference', '05/01/2026'], 'date: must be written YYYY-MM-DD (INVALID_DATE)'],
    [['due', 'initialConference', '1980-01-07'], 'date: is outside the calendar'],
    [['due', 'policeProtection', '2026-03-28'], 'date: must be an ISO date-time with an offset'],
    [['due', 'initialConference', '2026-01-05', '--rule-set', '/no/such/rules.json'], '--rule-set: no such file'],
  ])('%j is invalid input, exit 1, no stack trace', (args, message) => {
    const result = cli(args);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.startsWith(message)).toBe(true);
    expect(hasStackTrace(result.stderr)).toBe(false);
  });

  it('--help lists the timescales', () => {
    const result = cli(['due', '--help']);
    expect(result.stdout).toMatch(/^ {2}initialConference +15 working days after$/m);
    expect(result.stdout).toMatch(/^ {2}policeProtection +72 hours after$/m);
  });
});
