import { parseEvents, replay, type CaseState, type PathwayErrorCode, type PathwayOptions } from '../index.js';
import { batchCaseSchema, pathwayChild, type BatchCase } from './caseInput.js';

/** Stable codes of a refused case: the batch's own (the line, the case's shape, CSV) and the pathway's. */
export type BatchErrorCode = 'INVALID_JSON' | 'MISSING_CASE_ID' | 'INVALID_CASE' | 'INVALID_CSV' | 'UNKNOWN_COLUMN' | 'DUPLICATE_CASE_ID' | PathwayErrorCode;

/**
 * A refused case, reported on its own line: where it was, which case, which event, and a
 * stable code. Never a message: the input's content (names in notes, even a field name) must
 * not reach a log.
 */
export interface BatchRefusal {
  /** The input line the case started on (1 for the first). */
  readonly line: number;
  /** The case id, when the case had one. */
  readonly caseId?: string;
  /** The index of the refused event in the case's events, when an event was refused. */
  readonly index?: number;
  readonly code: BatchErrorCode;
}

/** A case read and replayed, or why not. */
export type CaseResult =
  | { readonly ok: true; readonly line: number; readonly item: BatchCase; readonly state: CaseState; readonly events: number }
  | { readonly ok: false; readonly line: number; readonly refusal: BatchRefusal; readonly events: number };

/**
 * Reads one case (a line of NDJSON, or a value already parsed), checks it and replays it.
 * Refusals are values; nothing here throws for bad input.
 */
export function processCase(input: string | unknown, line: number, options: Omit<PathwayOptions, 'child'>): CaseResult {
  let value: unknown = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch {
      return refusedCase(line, 'INVALID_JSON');
    }
  }
  const shape = batchCaseSchema.safeParse(value);
  if (!shape.success) {
    const caseId = (value as { caseId?: unknown } | null)?.caseId;
    return refusedCase(line, typeof caseId === 'string' && caseId !== '' ? 'INVALID_CASE' : 'MISSING_CASE_ID', value);
  }
  const item = shape.data;
  const events = item.events.length;
  const parsed = parseEvents(item.events);
  if (!parsed.ok) return { ok: false, line, events, refusal: { line, caseId: item.caseId, index: parsed.error.index, code: parsed.error.code } };
  const replayed = replay(parsed.events, { ...options, child: pathwayChild(item.child) });
  if (!replayed.ok) return { ok: false, line, events, refusal: { line, caseId: item.caseId, index: replayed.error.index, code: replayed.error.code } };
  return { ok: true, line, item, state: replayed.state, events };
}

function refusedCase(line: number, code: BatchErrorCode, value?: unknown): CaseResult {
  const caseId = (value as { caseId?: unknown } | null | undefined)?.caseId;
  const events = (value as { events?: unknown } | null | undefined)?.events;
  return {
    ok: false,
    line,
    events: Array.isArray(events) ? events.length : 0,
    refusal: { line, ...(typeof caseId === 'string' && caseId !== '' ? { caseId } : {}), code },
  };
}
