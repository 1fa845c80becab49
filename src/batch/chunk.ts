import { caseRows } from './outputs.js';
import { processCase, type BatchRefusal } from './processCase.js';
import { pathwayOptionsOf, type BatchSettings } from './settings.js';

/** A share of the input: NDJSON text whose first line has a known number, or cases already read (CSV). */
export type ChunkInput =
  | { readonly kind: 'ndjson'; readonly text: string; readonly firstLine: number }
  | { readonly kind: 'values'; readonly items: readonly ({ readonly line: number; readonly value: unknown } | { readonly line: number; readonly refusal: BatchRefusal })[] };

/** What a chunk gave: its output text, its refusals in input order, and counts. */
export interface ChunkResult {
  /** The rows, each ending in a newline: text in this thread, bytes from a worker. */
  readonly text: string | Buffer;
  readonly refusals: readonly BatchRefusal[];
  readonly cases: number;
  readonly events: number;
}

/** Processes a chunk of cases: the same work inline (one job) or in a worker thread. */
export function processChunk(chunk: ChunkInput, settings: BatchSettings, options = pathwayOptionsOf(settings)): ChunkResult {
  const rows: string[] = [];
  const refusals: BatchRefusal[] = [];
  let cases = 0;
  let events = 0;
  const one = (input: unknown, line: number): void => {
    cases++;
    const result = processCase(input, line, options);
    events += result.events;
    if (!result.ok) refusals.push(result.refusal);
    else for (const row of caseRows(result.item, result.state, settings.output, settings.format, settings)) rows.push(row);
  };
  if (chunk.kind === 'ndjson') {
    const lines = chunk.text.split('\n');
    for (let index = 0; index < lines.length; index++) {
      const text = lines[index] as string;
      // Blank lines (and a last line without text) hold no case.
      if (text.trim() === '') continue;
      one(text, chunk.firstLine + index);
    }
  } else {
    for (const item of chunk.items) {
      if ('refusal' in item) {
        cases++;
        refusals.push(item.refusal);
      } else one(item.value, item.line);
    }
  }
  return { text: rows.length === 0 ? '' : `${rows.join('\n')}\n`, refusals, cases, events };
}
