import { caseEventSchema } from '../index.js';
import type { ChunkInput } from './chunk.js';
import type { BatchRefusal } from './processCase.js';

/*
 * CSV event rows: a header naming the columns (caseId, type, date, then any event field, and
 * child and allocation as JSON objects), then one row per event; a case's rows are contiguous,
 * so only one case is held at a time. Lists and objects are JSON in their cell; an empty cell is
 * an absent field.
 */

/** Every field an event may have, and the kind of value each takes, read from the event schemas themselves. */
const fieldKinds = /* @__PURE__ */ (() => {
  const kinds = new Map<string, 'number' | 'boolean' | 'other'>();
  for (const schema of caseEventSchema._zod.def.options) {
    for (const [name, field] of Object.entries(schema._zod.def.shape)) {
      let def = (field as { _zod: { def: { type: string; innerType?: unknown; values?: unknown[] } } })._zod.def;
      while (def.type === 'optional') def = (def.innerType as { _zod: { def: typeof def } })._zod.def;
      // CSV has only text: numbers and true/false are read back as what the schema expects.
      const kind = def.type === 'number' ? 'number' : def.type === 'boolean' || (def.type === 'literal' && typeof def.values?.[0] === 'boolean') ? 'boolean' : 'other';
      kinds.set(name, kind);
    }
  }
  return kinds;
})();

type Item = (ChunkInput & { kind: 'values' })['items'][number];

/** Cases per chunk handed to the pool. */
const CASES_PER_CHUNK = 500;

/** Reads CSV text as it streams in and yields chunks of cases, each case as the NDJSON form's value. */
export async function* csvChunks(input: AsyncIterable<string | Buffer>): AsyncGenerator<ChunkInput & { kind: 'values' }> {
  let header: string[] | undefined;
  let unknownColumn = false;
  let current: { caseId: string; line: number; events: Record<string, unknown>[]; case: Record<string, unknown>; refusal?: BatchRefusal } | undefined;
  const seen = new Set<string>();
  let items: Item[] = [];

  const finish = (): void => {
    if (current === undefined) return;
    const { line, caseId } = current;
    if (current.refusal !== undefined) items.push({ line, refusal: current.refusal });
    else if (unknownColumn) items.push({ line, refusal: { line, caseId, code: 'UNKNOWN_COLUMN' } });
    else items.push({ line, value: { ...current.case, caseId, events: current.events } });
    current = undefined;
  };

  for await (const { cells, line, error } of csvRows(input)) {
    if (header === undefined) {
      header = cells;
      unknownColumn = cells.some((name) => name !== 'caseId' && name !== 'child' && name !== 'allocation' && !fieldKinds.has(name));
      continue;
    }
    if (cells.length === 1 && cells[0] === '') continue;
    const caseId = cells[header.indexOf('caseId')] ?? '';
    if (current === undefined || caseId !== current.caseId) {
      finish();
      current = { caseId, line, events: [], case: {} };
      if (caseId === '') current.refusal = { line, code: 'MISSING_CASE_ID' };
      else if (seen.has(caseId)) current.refusal = { line, caseId, code: 'DUPLICATE_CASE_ID' };
      seen.add(caseId);
    }
    if (current.refusal !== undefined) continue;
    if (error || cells.length > header.length) {
      current.refusal = { line: current.line, ...(caseId === '' ? {} : { caseId }), code: error ? 'INVALID_CSV' : 'UNKNOWN_COLUMN' };
      continue;
    }
    const event: Record<string, unknown> = {};
    for (let column = 0; column < header.length; column++) {
      const name = header[column] as string;
      const cell = cells[column] ?? '';
      if (cell === '' || name === 'caseId') continue;
      const value = cellValue(name, cell);
      if (value === invalid) {
        current.refusal = { line: current.line, caseId, code: 'INVALID_CSV' };
        break;
      }
      if (name === 'child' || name === 'allocation') current.case[name] ??= value;
      else event[name] = value;
    }
    current.events.push(event);
    if (items.length >= CASES_PER_CHUNK) {
      yield { kind: 'values', items };
      items = [];
    }
  }
  finish();
  if (items.length > 0) yield { kind: 'values', items };
}

const invalid = Symbol('invalid cell');

function cellValue(name: string, cell: string): unknown {
  if (cell.startsWith('[') || cell.startsWith('{')) {
    try {
      return JSON.parse(cell);
    } catch {
      return invalid;
    }
  }
  const kind = fieldKinds.get(name);
  if (kind === 'number') return cell.trim() === '' || Number.isNaN(Number(cell)) ? cell : Number(cell);
  if (kind === 'boolean') return cell === 'true' ? true : cell === 'false' ? false : cell;
  return cell;
}

/**
 * RFC 4180 rows as they stream in: quoted cells may hold commas, quotes (doubled) and line
 * breaks; `line` is the number of the line the row starts on; a row with a stray quote is
 * flagged rather than guessed at.
 */
async function* csvRows(input: AsyncIterable<string | Buffer>): AsyncGenerator<{ cells: string[]; line: number; error: boolean }> {
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let afterQuote = false;
  let error = false;
  let line = 1;
  let rowLine = 1;
  let first = true;
  for await (const part of input) {
    let text = typeof part === 'string' ? part : part.toString('utf8');
    if (first) {
      text = text.replace(/^\uFEFF/, '');
      first = false;
    }
    for (let at = 0; at < text.length; at++) {
      const character = text[at] as string;
      if (quoted) {
        if (character === '"') {
          if (text[at + 1] === '"') {
            cell += '"';
            at++;
          } else {
            quoted = false;
            afterQuote = true;
          }
        } else {
          if (character === '\n') line++;
          cell += character;
        }
        continue;
      }
      if (character === ',') {
        cells.push(cell);
        cell = '';
        afterQuote = false;
      } else if (character === '\n') {
        cells.push(cell.endsWith('\r') && !afterQuote ? cell.slice(0, -1) : cell);
        yield { cells, line: rowLine, error };
        cells = [];
        cell = '';
        afterQuote = false;
        error = false;
        line++;
        rowLine = line;
      } else if (character === '"' && cell === '' && !afterQuote) {
        quoted = true;
      } else if (character === '\r' && afterQuote) {
        // The CR of a CRLF after a quoted cell.
      } else {
        if (afterQuote || character === '"') error = true;
        cell += character;
      }
    }
  }
  if (quoted) error = true;
  if (cell !== '' || cells.length > 0) {
    cells.push(cell);
    yield { cells, line: rowLine, error };
  }
}
