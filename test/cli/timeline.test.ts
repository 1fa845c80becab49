import { beforeAll, describe, expect, it } from 'vitest';
import { invalidCase, secret, validCase } from './caseLogs.js';
import { cli, ensureBuilt, exampleCase, hasStackTrace, lines, planExample } from './run.js';

beforeAll(ensureBuilt, 180_000);

describe('timeline', () => {
  it('prints the case summary and the timeline table', () => {
    const result = cli(['timeline', exampleCase, '--as-of', '2026-11-23']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^as of +2026-11-23$/m);
    expect(result.stdout).toMatch(/^date +event or deadline +status +rule source$/m);
    expect(result.stdout).toMatch(/^2024-12-19 +strategyDiscussionHeld \(section47\)$/m);
    expect(result.stdout).toMatch(/^2025-01-14 +due: Initial child protection conference +met 2025-01-14 +Working Together/m);
  });

  it('reads standard input for - and never prints notes', () => {
    const result = cli(['timeline', '-', '--as-of', '2025-01-20'], JSON.stringify(validCase));
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^plan +#1 since 2025-01-14 \(6 days; neglect\)$/m);
    expect(result.stdout).not.toContain(secret);
  });

  it('--format json holds the summary, the rows and the due items', () => {
    const result = cli(['timeline', '-', '--as-of', '2025-01-20', '--format', 'json'], JSON.stringify(validCase));
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.asOf).toBe('2025-01-20');
    expect(report.summary).toMatchObject({ socialPhase: 'plan', plans: 1 });
    expect(report.timeline[0]).toEqual({ date: '2024-12-16', kind: 'event', what: 'referralReceived' });
    expect(report.dueItems.find((item: { timescale: string }) => item.timescale === 'initialConference')).toMatchObject({
      due: '2025-01-14',
      status: 'met',
    });
    expect(result.stdout).not.toContain(secret);
  });

  it('--json is --format json; with another --format it is a usage error', () => {
    const input = JSON.stringify(validCase);
    const json = cli(['timeline', '-', '--as-of', '2025-01-20', '--json'], input);
    expect(json.status).toBe(0);
    expect(json.stdout).toBe(cli(['timeline', '-', '--as-of', '2025-01-20', '--format', 'json'], input).stdout);
    expect(cli(['timeline', '-', '--as-of', '2025-01-20', '--json', '--format', 'json'], input).stdout).toBe(json.stdout);
    const clash = cli(['timeline', '-', '--as-of', '2025-01-20', '--json', '--format', 'ics', '--case-id', 'c'], input);
    expect(clash.status).toBe(2);
    expect(clash.stderr).toContain('--json and --format name different formats');
  });

  it('--format ics prints the open deadlines as an iCalendar', () => {
    const result = cli(['timeline', '-', '--as-of', '2025-01-20', '--format', 'ics', '--case-id', 'case-117'], JSON.stringify(validCase));
    expect(result.status).toBe(0);
    expect(result.stdout.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(result.stdout.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(result.stdout).toContain('SUMMARY:case-117: First core group meeting');
    expect(result.stdout).toContain('DTSTAMP:20250120T000000Z');
    expect(result.stdout).not.toContain(secret);
  });

  it('shows a plan\'s core group and actions in every format, never the notes', () => {
    const table = cli(['timeline', planExample, '--as-of', '2026-05-11']);
    expect(table.status).toBe(0);
    expect(table.stdout).toMatch(/^core group +parent, socialWorker, school, healthVisitor, gp$/m);
    expect(table.stdout).toMatch(/^actions +2 open, 0 overdue$/m);
    expect(table.stdout).toMatch(/^2026-04-24 +action: home-conditions \(parent, revised 1x\) +MET LATE 2026-04-28$/m);
    const report = JSON.parse(cli(['timeline', planExample, '--as-of', '2026-05-11', '--format', 'json']).stdout);
    expect(report.planActions).toHaveLength(4);
    expect(report.summary.lastVisit).toMatchObject({ date: '2026-05-05', seenAlone: true });
    const ics = cli(['timeline', planExample, '--as-of', '2026-05-11', '--format', 'ics', '--case-id', 'case-9']).stdout;
    expect(ics).toContain('SUMMARY:case-9: plan action parenting-course (parent)');
    for (const output of [table.stdout, JSON.stringify(report), ics]) expect(output).not.toContain('No answer at the door');
  });

  it('--format ics needs --case-id (exit 2) that is not blank (exit 1)', () => {
    const missing = cli(['timeline', exampleCase, '--as-of', '2026-11-23', '--format', 'ics']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('--format ics needs --case-id <id>');
    const blank = cli(['timeline', exampleCase, '--as-of', '2026-11-23', '--format', 'ics', '--case-id', ' ']);
    expect(blank.status).toBe(1);
    expect(blank.stderr).toMatch(/^case-id: .*\(INVALID_ARGUMENT\)\n$/);
  });

  it('--format mermaid prints the diagram with the current phases', () => {
    const result = cli(['timeline', '-', '--as-of', '2025-01-20', '--format', 'mermaid'], JSON.stringify(validCase));
    expect(result.status).toBe(0);
    expect(result.stdout.startsWith('stateDiagram-v2')).toBe(true);
    expect(result.stdout).toMatch(/class social_plan,legal_none,.* current/);
    expect(result.stdout).not.toContain(secret);
  });

  it('an invalid log prints every problem, exit 1, never the notes', () => {
    const result = cli(['timeline', '-', '--as-of', '2025-01-20'], JSON.stringify(invalidCase));
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(lines(result.stderr)).toHaveLength(5);
    expect(result.stderr).not.toContain(secret);
    expect(hasStackTrace(result.stderr)).toBe(false);
  });

  it('an invalid --as-of is invalid input, exit 1', () => {
    const result = cli(['timeline', exampleCase, '--as-of', '23/11/2026']);
    expect(result).toEqual({ status: 1, stdout: '', stderr: 'as-of: must be written YYYY-MM-DD (INVALID_DATE)\n' });
  });

  it.each([
    [['timeline', exampleCase], 'missing --as-of <date>'],
    [['timeline', '--as-of', '2026-11-23'], 'missing <events.json>'],
    [['timeline', exampleCase, '--as-of', '2026-11-23', '--format', 'pdf'], '--format must be one of table, json, ics, mermaid'],
  ])('%j is a usage error, exit 2', (args, message) => {
    const result = cli(args);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
  });
});
