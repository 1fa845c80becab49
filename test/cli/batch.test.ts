/*
 * `child-protection-pathway batch` as a user runs it (dist/cli.js, worker threads from
 * dist/batchWorker.js): rows on standard output, refusals and the summary on standard error,
 * exit codes 0 (every case ran), 1 (some case refused), 2 (usage).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, ensureBuilt, hasStackTrace, lines } from './run.js';

beforeAll(ensureBuilt, 180_000);

const work = mkdtempSync(join(tmpdir(), 'cpp-cli-batch-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const events = [
  { type: 'referralReceived', date: '2026-11-02' },
  { type: 'strategyDiscussionHeld', date: '2026-11-04', decision: 'section47' },
];
const good = (caseId: string): string => JSON.stringify({ caseId, events });

function file(name: string, text: string): string {
  const path = join(work, name);
  writeFileSync(path, text);
  return path;
}

describe('batch', () => {
  it('writes each case\'s due items, in input order, over two worker threads; exit 0', () => {
    const input = Array.from({ length: 30 }, (_, n) => good(`case-${n}`)).join('\n');
    const result = cli(['batch', file('cases.ndjson', input), '--as-of', '2026-11-23', '--jobs', '2']);
    expect(result.status).toBe(0);
    const rows = lines(result.stdout).map((line) => JSON.parse(line));
    expect(rows).toHaveLength(90);
    expect(rows.map((row) => row.caseId)).toEqual(Array.from({ length: 30 }, (_, n) => Array(3).fill(`case-${n}`)).flat());
    expect(rows[1]).toEqual({
      caseId: 'case-0',
      timescale: 'initialConference',
      from: '2026-11-04',
      due: '2026-11-25',
      status: 'upcoming',
      kind: 'step',
      source: 'Working Together to Safeguard Children 2023 (DfE), chapter 3, initial child protection conferences',
    });
    expect(JSON.parse(result.stderr)).toMatchObject({ summary: { cases: 30, events: 60, refused: 0 } });
  });

  it('reports a refused case on its own line with no free text, carries on, and exits 1', () => {
    const input = [good('a'), 'not json', JSON.stringify({ caseId: 'b', events: [{ ...events[0], note: 'Jane Smith' }, { type: 'coreGroupHeld', date: '2026-11-03' }] }), good('c')].join('\n');
    const result = cli(['batch', '-', '--as-of', '2026-11-23', '--format', 'csv', '--jobs', '1'], input);
    expect(result.status).toBe(1);
    expect(lines(result.stdout)[0]).toBe('caseId,timescale,from,due,dueAt,status,metOn,kind,source');
    expect(lines(result.stdout).filter((line) => line.startsWith('a,') || line.startsWith('c,'))).toHaveLength(6);
    const [first, second, summary] = lines(result.stderr).map((line) => JSON.parse(line));
    expect(first).toEqual({ refused: { line: 2, code: 'INVALID_JSON' } });
    expect(second).toEqual({ refused: { line: 3, caseId: 'b', index: 1, code: 'INVALID_TRANSITION' } });
    expect(summary).toMatchObject({ summary: { cases: 4, refused: 2 } });
    expect(result.stderr).not.toContain('Jane');
  });

  it('guesses CSV input from the file name and writes the census as NDJSON', () => {
    const csv = ['caseId,type,date,decision,categories', 'C1,referralReceived,2025-06-02,,', 'C1,strategyDiscussionHeld,2025-06-03,section47,', 'C1,initialConferenceHeld,2025-06-20,plan,"[""neglect""]"'].join('\n');
    const result = cli(['batch', file('events.csv', csv), '--as-of', '2026-11-23', '--reference-date', '2026-03-31', '--output', 'census', '--jobs', '1']);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ LAchildID: 'C1', ReferenceDate: '2026-03-31', CINdetails: [{ ChildProtectionPlans: [{ CPPstartDate: '2025-06-20', InitialCategoryOfAbuse: 'NEG' }] }] });
  });

  it.each([
    [['batch', '--output', 'census', '--format', 'csv', '--as-of', '2026-11-23'], /--output census has no CSV form/],
    [['batch', '--as-of', '2026-11-23', '--output', 'everything'], /--output must be one of due, census, annex-a-list-5, annex-a-list-7, measures/],
    [['batch', '--as-of', '2026-11-23', '--jobs', '0'], /--jobs must be a whole number/],
    [['batch', 'cases.ndjson'], /missing --as-of/],
    [['batch', '--as-of', '2026-11-23', '--colour'], /unknown option/],
  ])('%j is a usage error: exit 2', (args, message) => {
    const result = cli(args);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(hasStackTrace(result.stderr)).toBe(false);
  });

  it('refuses a reference date that is not a date, and a file that cannot be read, with exit 1', () => {
    const badDate = cli(['batch', '-', '--as-of', '2026-11-23', '--reference-date', '31/03/2026'], good('a'));
    expect(badDate.status).toBe(1);
    expect(badDate.stderr).toMatch(/^--reference-date: /m);
    const missing = cli(['batch', join(work, 'nowhere.ndjson'), '--as-of', '2026-11-23']);
    expect(missing.status).toBe(1);
    expect(hasStackTrace(missing.stderr)).toBe(false);
  });

  it('shows its help', () => {
    const result = cli(['batch', '--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Usage: child-protection-pathway batch \[FILE\]/);
  });
});
