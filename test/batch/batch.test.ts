/*
 * child-protection-pathway/batch from the sources: replayMany, and runBatch in this thread and
 * over worker threads (loaded through tsx), with NDJSON and CSV input. Every output is checked
 * against the library's own functions on the same cases.
 */
import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { replayMany, runBatch, type BatchRefusal, type RunBatchOptions } from '../../src/batch/index.js';
import { censusRecord, dueItems, replay, type CaseEvent } from '../../src/index.js';
import { generateCaseLogs } from '../../bench/caseLogs.js';

const secret = 'Jane Smith, 4 Acacia Avenue';

/** A writable that keeps what it is given. */
function collector(): { stream: Writable; text: () => string } {
  const parts: string[] = [];
  return {
    stream: new Writable({
      write(chunk: Buffer, _encoding, done) {
        parts.push(chunk.toString('utf8'));
        done();
      },
    }),
    text: () => parts.join(''),
  };
}

async function run(input: string, options: Partial<RunBatchOptions> = {}): Promise<{ out: string; refusals: BatchRefusal[]; cases: number; events: number }> {
  const out = collector();
  const refusals: BatchRefusal[] = [];
  const summary = await runBatch({
    input: Readable.from([input]),
    inputFormat: 'ndjson',
    output: 'due',
    format: 'ndjson',
    asOf: '2026-11-23',
    jobs: 1,
    write: out.stream,
    onRefused: (refusal) => refusals.push(refusal),
    ...options,
  });
  return { out: out.text(), refusals, cases: summary.cases, events: summary.events };
}

const logs = generateCaseLogs(600, 20, 7);
const ndjson = logs.map((events, n) => JSON.stringify({ caseId: `case-${n}`, events })).join('\n');

describe('replayMany', () => {
  it('replays each line, skips blank lines, and refuses by line and code', async () => {
    const lines = [
      JSON.stringify({ caseId: 'a', events: [{ type: 'referralReceived', date: '2026-01-05' }] }),
      '',
      '{not json',
      JSON.stringify({ caseId: 'b', events: [{ type: 'referralReceived', date: '2026-01-05' }, { type: 'coreGroupHeld', date: '2026-01-06', note: secret }] }),
    ];
    const results = [];
    for await (const result of replayMany(lines)) results.push(result);
    expect(results.map((result) => (result.ok ? ['ok', result.line, result.item.caseId] : ['refused', result.refusal]))).toEqual([
      ['ok', 1, 'a'],
      ['refused', { line: 3, code: 'INVALID_JSON' }],
      ['refused', { line: 4, caseId: 'b', index: 1, code: 'INVALID_TRANSITION' }],
    ]);
  });
});

describe('runBatch', () => {
  it('writes each case\'s due items as compact rows: the rule\'s id and source, not the rule', async () => {
    const { out, refusals, cases, events } = await run(ndjson);
    expect(refusals).toEqual([]);
    expect(cases).toBe(600);
    expect(events).toBe(logs.reduce((sum, log) => sum + log.length, 0));
    const rows = out.trimEnd().split('\n').map((line) => JSON.parse(line));
    const expected = logs.flatMap((log, n) =>
      dueItems(replay(log).state!, { asOf: '2026-11-23' }).map((item) => ({
        caseId: `case-${n}`,
        timescale: item.timescale,
        from: item.from,
        due: item.due,
        ...(item.dueAt === undefined ? {} : { dueAt: item.dueAt }),
        status: item.status,
        ...(item.metOn === undefined ? {} : { metOn: item.metOn }),
        kind: item.kind,
        source: item.rule.source,
      })),
    );
    expect(rows).toEqual(expected);
  });

  it('gives the same output, in input order, over two worker threads', async () => {
    const inThread = await run(ndjson);
    const inWorkers = await run(ndjson, { jobs: 2 });
    expect(inWorkers.out).toBe(inThread.out);
    expect(inWorkers.cases).toBe(600);
  }, 60_000);

  it('reads CSV event rows to the same result as NDJSON', async () => {
    // Every field the generated events use, as a column.
    const columns = ['caseId', ...new Set(logs.slice(0, 50).flatMap((events) => events.flatMap((event) => Object.keys(event))))];
    const csv = [
      columns.join(','),
      ...logs.slice(0, 50).flatMap((events, n) =>
        events.map((event) =>
          columns
            .map((column) => {
              if (column === 'caseId') return `case-${n}`;
              const value = (event as Record<string, unknown>)[column];
              return value === undefined ? '' : typeof value === 'object' ? `"${JSON.stringify(value).replace(/"/g, '""')}"` : String(value);
            })
            .join(','),
        ),
      ),
    ].join('\r\n');
    const fromCsv = await run(csv, { inputFormat: 'csv' });
    const fromNdjson = await run(ndjson.split('\n').slice(0, 50).join('\n'));
    expect(fromCsv.refusals).toEqual([]);
    expect(fromCsv.out).toBe(fromNdjson.out);
  });

  it('refuses bad lines one by one with their line number and code, echoing nothing, and goes on', async () => {
    const good = JSON.stringify({ caseId: 'ok', events: [{ type: 'referralReceived', date: '2026-01-05' }] });
    const input = [
      good,
      `{"caseId": "${secret}`,
      JSON.stringify({ events: [] }),
      JSON.stringify({ caseId: 'bad-event', events: [{ type: 'referralReceived', date: '2026-02-30', note: secret }] }),
      JSON.stringify({ caseId: 'bad-child', child: { dateOfBirth: secret }, events: [] }),
      good,
    ].join('\n');
    const { out, refusals, cases } = await run(input);
    expect(cases).toBe(6);
    expect(refusals).toEqual([
      { line: 2, code: 'INVALID_JSON' },
      { line: 3, code: 'MISSING_CASE_ID' },
      { line: 4, caseId: 'bad-event', index: 0, code: 'INVALID_EVENT' },
      { line: 5, caseId: 'bad-child', code: 'INVALID_CASE' },
    ]);
    expect(JSON.stringify(refusals)).not.toContain('Jane');
    expect(out.trimEnd().split('\n')).toHaveLength(4);
  });

  it('refuses CSV rows with an unknown column, a stray quote or a case id seen before', async () => {
    const csv = [
      'caseId,type,date,decision',
      'a,referralReceived,2026-01-05,',
      'b,referralReceived,2026-01-05,,extra',
      'c,referralReceived,2026-01-0"5,',
      'a,referralReceived,2026-01-06,',
      'd,referralReceived,2026-01-05,',
    ].join('\n');
    const { refusals, cases } = await run(csv, { inputFormat: 'csv' });
    expect(cases).toBe(5);
    expect(refusals).toEqual([
      { line: 3, caseId: 'b', code: 'UNKNOWN_COLUMN' },
      { line: 4, caseId: 'c', code: 'INVALID_CSV' },
      { line: 5, caseId: 'a', code: 'DUPLICATE_CASE_ID' },
    ]);
    const unknownHeader = await run('caseId,type,date,surname\na,referralReceived,2026-01-05,Smith\n', { inputFormat: 'csv' });
    expect(unknownHeader.refusals).toEqual([{ line: 2, caseId: 'a', code: 'UNKNOWN_COLUMN' }]);
  });

  it('writes census records, Annex A rows and measures', async () => {
    const events: CaseEvent[] = [
      { type: 'referralReceived', date: '2025-06-02' },
      { type: 'strategyDiscussionHeld', date: '2025-06-03', decision: 'section47' },
      { type: 'initialConferenceHeld', date: '2025-06-20', decision: 'plan', categories: ['neglect'] },
    ];
    const line = JSON.stringify({ caseId: 'C1', child: { dateOfBirth: '2019-04-02', gender: 'b) Female' }, allocation: { team: 'Team, A' }, events });
    const census = await run(line, { output: 'census', referenceDate: '2026-03-31' });
    expect(JSON.parse(census.out)).toEqual(censusRecord(replay(events).state!, { referenceDate: '2026-03-31', childId: 'C1' }));
    const list7 = await run(line, { output: 'annex-a-list-7', format: 'csv' });
    const [header, row] = list7.out.trimEnd().split('\n');
    expect(header?.startsWith('Child Unique ID,Gender,Ethnicity,Date of Birth,Age of Child (Years),Does the Child have a Disability,Child Protection Plan Start Date')).toBe(true);
    expect(row).toBe('C1,b) Female,,02/04/2019,7,,20/06/2025,a) Neglect,a) Neglect,,,,,,0,"Team, A",');
    const measures = await run(line, { output: 'measures' });
    expect(JSON.parse(measures.out)).toMatchObject({ caseId: 'C1', plan: { number: 1, startDate: '2025-06-20' }, conferences: [{ workingDays: 13, band: '11-13' }] });
  });

  it('refuses an as-of date that is not a date before reading anything', async () => {
    await expect(run(ndjson, { asOf: '2026-13-01' })).rejects.toThrow(/asOf/);
  });
});
