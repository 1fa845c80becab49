import type { PathwayOptions } from '../index.js';
import { processCase, type CaseResult } from './processCase.js';

/**
 * Replays many cases one by one, for scripts: each item is a line of NDJSON
 * (`{ "caseId", "child"?, "events" }`) or such a case already parsed; each result is the case's
 * state or its refusal (line, case id, event index and a stable code, never its content). Blank
 * lines are skipped; line numbers count from 1. Feed it `readline` lines to stream a file.
 *
 * @example
 * for await (const result of replayMany(createInterface({ input: createReadStream('cases.ndjson') }))) {
 *   if (result.ok) dueItems(result.state, { asOf: '2026-11-23' });
 *   else console.error(result.refusal.line, result.refusal.code);
 * }
 */
export async function* replayMany(
  cases: AsyncIterable<string | unknown> | Iterable<string | unknown>,
  options: Omit<PathwayOptions, 'child'> = {},
): AsyncGenerator<CaseResult> {
  let line = 0;
  for await (const item of cases) {
    line++;
    if (typeof item === 'string' && item.trim() === '') continue;
    yield processCase(item, line, options);
  }
}
