import {
  annexA,
  caseMeasures,
  censusRecord,
  dueItems,
  type CaseState,
  type DueItem,
  type IsoDate,
} from '../index.js';
import type { BatchCase } from './caseInput.js';

/** What a batch run writes for each case. */
export type BatchOutput = 'due' | 'census' | 'annex-a-list-5' | 'annex-a-list-7' | 'measures';
/** The format of the rows. */
export type BatchFormat = 'ndjson' | 'csv';

/** The outputs, in the order the CLI lists them. */
export const batchOutputs: readonly BatchOutput[] = ['due', 'census', 'annex-a-list-5', 'annex-a-list-7', 'measures'];

/** The dates a run's outputs are computed on. */
export interface OutputDates {
  /** For due items, measures and Annex A (the inspection date). */
  readonly asOf: IsoDate;
  /** For the census record. */
  readonly referenceDate: IsoDate;
}

/**
 * A due item as a batch row: the rule's id and source, not the whole rule object (a row per
 * deadline, so repeating each rule's text in every row would make the output several times
 * larger and slower to write).
 */
export interface DueRow {
  readonly caseId: string;
  readonly timescale: DueItem['timescale'];
  readonly from: DueItem['from'];
  readonly due: IsoDate;
  readonly dueAt?: DueItem['dueAt'];
  readonly status: DueItem['status'];
  readonly metOn?: IsoDate;
  readonly kind: DueItem['kind'];
  readonly source: string;
}

const dueColumns = ['caseId', 'timescale', 'from', 'due', 'dueAt', 'status', 'metOn', 'kind', 'source'] as const;
const measureColumns = [
  'caseId',
  'conferences',
  'lastConferenceWorkingDays',
  'lastConferenceWithinTimescale',
  'lastConferenceBand',
  'planNumber',
  'planStartDate',
  'planEndDate',
  'transferIn',
  'planLengthDays',
  'planTwoYearsOrMore',
  'repeatPlan',
  'repeatPlanWithinTwoYears',
  'daysSinceLastVisit',
  'daysSinceLastReview',
  'section47InLast12Months',
  'initialConferencesInLast12Months',
] as const;

/** The CSV header of an output, or `undefined` where the output has no flat form (census). */
export function csvHeader(output: BatchOutput): readonly string[] | undefined {
  switch (output) {
    case 'due':
      return dueColumns;
    case 'measures':
      return measureColumns;
    case 'annex-a-list-5':
    case 'annex-a-list-7':
      return annexA([], { inspectionDate: '2000-01-01' })[output === 'annex-a-list-5' ? 'list5' : 'list7'].headers;
    case 'census':
      return undefined;
  }
}

/** The rows of one replayed case, each one line of text (no newline). */
export function caseRows(item: BatchCase, state: CaseState, output: BatchOutput, format: BatchFormat, dates: OutputDates): string[] {
  const { caseId } = item;
  switch (output) {
    case 'due': {
      const rows: string[] = [];
      const id = format === 'ndjson' ? JSON.stringify(caseId) : caseId;
      for (const due of dueItems(state, { asOf: dates.asOf })) {
        if (format === 'ndjson') {
          rows.push(dueJson(id, due));
          continue;
        }
        // One literal of one shape: absent fields are undefined, and CSV leaves them empty.
        const row: DueRow = {
          caseId,
          timescale: due.timescale,
          from: due.from,
          due: due.due,
          dueAt: due.dueAt,
          status: due.status,
          metOn: due.metOn,
          kind: due.kind,
          source: due.rule.source,
        };
        rows.push(csvLine(dueColumns.map((column) => row[column])));
      }
      return rows;
    }
    case 'census': {
      return [JSON.stringify(censusRecord(state, { referenceDate: dates.referenceDate, childId: caseId }))];
    }
    case 'annex-a-list-5':
    case 'annex-a-list-7': {
      const lists = annexA(
        [{ caseId, state, ...(item.child === undefined ? {} : { child: item.child }), ...(item.allocation === undefined ? {} : { allocation: item.allocation }) }],
        { inspectionDate: dates.asOf },
      );
      const list = output === 'annex-a-list-5' ? lists.list5 : lists.list7;
      return list.rows.map((row) =>
        format === 'csv' ? csvLine(row) : JSON.stringify(Object.fromEntries(list.headers.map((header, index) => [header, row[index]]))),
      );
    }
    case 'measures': {
      const measures = caseMeasures(state, { asOf: dates.asOf });
      if (format === 'ndjson') return [JSON.stringify({ caseId, ...measures })];
      const last = measures.conferences[measures.conferences.length - 1];
      const plan = measures.plan;
      return [
        csvLine([
          caseId,
          measures.conferences.length,
          last?.workingDays,
          last?.withinTimescale,
          last?.band,
          plan?.number,
          plan?.startDate,
          plan?.endDate,
          plan?.transferIn,
          plan?.lengthDays,
          plan?.twoYearsOrMore,
          plan?.repeat,
          plan?.repeatWithinTwoYears,
          measures.daysSinceLastVisit,
          measures.daysSinceLastReview,
          measures.section47InLast12Months,
          measures.initialConferencesInLast12Months,
        ]),
      ];
    }
  }
}

/** Each rule's source as a JSON string, quoted once per rule rather than once per row. */
const quotedSources = new WeakMap<DueItem['rule'], string>();

/**
 * A due item's row as JSON text, the same text `JSON.stringify` gives for a {@link DueRow},
 * written directly: the row is most of a batch run's output, and every field but the case id and
 * the source is a checked date, date-time or identifier that needs no escaping.
 */
function dueJson(quotedCaseId: string, due: DueItem): string {
  let source = quotedSources.get(due.rule);
  if (source === undefined) {
    source = JSON.stringify(due.rule.source);
    quotedSources.set(due.rule, source);
  }
  const dueAt = due.dueAt === undefined ? '' : `,"dueAt":"${due.dueAt}"`;
  const metOn = due.metOn === undefined ? '' : `,"metOn":"${due.metOn}"`;
  return `{"caseId":${quotedCaseId},"timescale":"${due.timescale}","from":"${due.from}","due":"${due.due}"${dueAt},"status":"${due.status}"${metOn},"kind":"${due.kind}","source":${source}}`;
}

/** One CSV line (RFC 4180): cells with a comma, quote or line break are quoted. */
export function csvLine(cells: readonly (string | number | boolean | undefined)[]): string {
  return cells
    .map((cell) => {
      if (cell === undefined) return '';
      const text = String(cell);
      return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
    })
    .join(',');
}
