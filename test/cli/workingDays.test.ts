import { beforeAll, describe, expect, it } from 'vitest';
import { cli, ensureBuilt, hasStackTrace } from './run.js';

beforeAll(ensureBuilt, 180_000);

describe('working-days add', () => {
  it('counts working days on, listing the holidays skipped', () => {
    const result = cli(['working-days', 'add', '2024-12-19', '15']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^result +2025-01-14 \(Tuesday\)$/m);
    expect(result.stdout).toContain('Wed 2024-12-25  Christmas Day');
  });

  it('takes a negative amount as an argument, not an option', () => {
    const result = cli(['working-days', 'add', '2025-01-14', '-15', '--json']);
    expect(result.status).toBe(0);
    const answer = JSON.parse(result.stdout);
    expect(answer).toMatchObject({ date: '2025-01-14', amount: -15, result: '2024-12-19', calendar: 'England and Wales' });
    expect(answer.skipped.map((day: { date: string }) => day.date)).toEqual(['2024-12-25', '2024-12-26', '2025-01-01']);
  });

  it('--calendar counts in the division named', () => {
    const result = cli(['working-days', 'add', '2026-07-31', '1', '--calendar', 'scotland', '--json']);
    expect(JSON.parse(result.stdout)).toMatchObject({ result: '2026-08-04', calendar: 'Scotland' });
  });

  it.each([
    [['1.5'], 'n: must be a whole number'],
    [['ten'], 'n: must be a whole number'],
  ])('a non-integer amount %j is invalid input, exit 1', (amount, message) => {
    const result = cli(['working-days', 'add', '2024-12-19', ...amount]);
    expect(result).toEqual({ status: 1, stdout: '', stderr: `${message}\n` });
  });

  it('a date or result outside the calendar is invalid input with its code, exit 1', () => {
    const early = cli(['working-days', 'add', '1990-01-01', '1']);
    expect(early.status).toBe(1);
    expect(early.stderr).toMatch(/^date: is outside the calendar's supported years \d{4}-\d{4} \(OUT_OF_CALENDAR_RANGE\)\n$/);
    const late = cli(['working-days', 'add', '2075-12-30', '10']);
    expect(late.status).toBe(1);
    expect(late.stderr).toContain('(OUT_OF_CALENDAR_RANGE)');
    expect(hasStackTrace(late.stderr)).toBe(false);
  });
});

describe('working-days between', () => {
  it('counts the working days d with from < d <= to', () => {
    const result = cli(['working-days', 'between', '2024-12-19', '2025-01-14']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^working days +15$/m);
  });

  it('is negative when to is earlier, and --json is parseable', () => {
    const result = cli(['working-days', 'between', '2025-01-14', '2024-12-19', '--json']);
    expect(JSON.parse(result.stdout)).toEqual({ from: '2025-01-14', to: '2024-12-19', workingDays: -15, calendar: 'England and Wales' });
  });

  it('names the argument that is wrong', () => {
    expect(cli(['working-days', 'between', '2024-12-19', '2025-02-30']).stderr).toBe(
      'to: is not a day of the calendar (INVALID_DATE)\n',
    );
    expect(cli(['working-days', 'between', 'yesterday', '2025-01-14']).stderr).toBe('from: must be written YYYY-MM-DD (INVALID_DATE)\n');
  });
});

describe('working-days is', () => {
  it('says why a day is not a working day', () => {
    expect(cli(['working-days', 'is', '2025-12-25']).stdout).toMatch(/^working day +no: Christmas Day$/m);
    expect(cli(['working-days', 'is', '2026-08-08']).stdout).toMatch(/^working day +no: Saturday$/m);
    expect(cli(['working-days', 'is', '2026-03-30']).stdout).toMatch(/^working day +yes$/m);
  });

  it('--json with --calendar', () => {
    const result = cli(['working-days', 'is', '2026-08-03', '--calendar', 'scotland', '--json']);
    expect(JSON.parse(result.stdout)).toEqual({ date: '2026-08-03', workingDay: false, calendar: 'Scotland', reason: 'Summer bank holiday' });
    expect(JSON.parse(cli(['working-days', 'is', '2026-08-03', '--json']).stdout)).toEqual({
      date: '2026-08-03',
      workingDay: true,
      calendar: 'England and Wales',
    });
  });
});

describe('working-days usage', () => {
  it.each([
    [[], 'missing command: add, between or is'],
    [['count'], 'unknown command: add, between or is'],
    [['add', '2024-12-19'], 'missing <n>'],
    [['between', '2024-12-19'], 'missing <to>'],
    [['is'], 'missing <date>'],
    [['is', '2024-12-19', '--calendar', 'mars'], '--calendar must be one of'],
  ])('%j is a usage error, exit 2', (args, message) => {
    const result = cli(['working-days', ...args]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
  });
});
