import * as z from 'zod/mini';
import { capIssues, issuesMessage, type IssueList } from '../validation/validationIssue.js';
import { fromZodIssues } from '../validation/zodIssues.js';
import { caseLogSchema, caseEventSchema, type CaseEvent, type ChildDetails } from './events.js';
import { markValidated } from './validatedEvents.js';

/** Stable codes of a log that {@link parseEvents} refuses. */
export type ParseEventsErrorCode = 'INVALID_JSON' | 'INVALID_CASE' | 'INVALID_EVENT';

/** What each code means: docs/errors.md is generated from this, and a new code needs its line. */
export const parseEventsErrorMeanings = {
  INVALID_JSON: 'Text that is not JSON at all; there is no `index`, and the text is never quoted.',
  INVALID_CASE: 'A case whose events are fine but whose shape is not: not a list or `{ child?, events }`, bad `child` details, `events` missing. No `index`.',
  INVALID_EVENT: 'At least one event breaks the format: `index` is the first bad event; `issues` lists every problem, the case\'s own included.',
} as const satisfies Record<ParseEventsErrorCode, string>;

/**
 * Why {@link parseEvents} refused its input: `INVALID_EVENT` when an event is wrong (`index` is
 * the first bad event's position in the log; other problems are listed too), `INVALID_CASE` when
 * only the case around the events is (its shape, `child`, a missing `events`), `INVALID_JSON`
 * when the text is not JSON at all. `issues` holds the problems (at most 100), each at its path
 * from the root of the input; `message` is them as one line, `path: message` each.
 */
export type ParseEventsError = IssueList & { readonly message: string } & (
    | { readonly code: 'INVALID_EVENT'; readonly index: number }
    | { readonly code: 'INVALID_JSON' | 'INVALID_CASE'; readonly index?: never }
  );

/** What {@link parseEvents} returns: the checked log, or every problem by path. */
export type ParseEventsResult =
  | { readonly ok: true; readonly events: CaseEvent[]; readonly child: ChildDetails; readonly error?: never }
  | { readonly ok: false; readonly error: ParseEventsError; readonly events?: never };

const eventListSchema = /* @__PURE__ */ z.array(caseEventSchema, { error: 'must be a list of events or a case { child, events }' });

/**
 * Checks untrusted JSON (text, or an already parsed value) against the event-log format before
 * replay: either a list of events, or a case `{ child?, events }`. Every problem is listed as a
 * zod-shaped issue with its path from the root (`[3, 'decision']` in a list, `['events', 3,
 * 'decision']` in a case), a code and a message; no value from the input is echoed, so free text
 * in `note` fields never reaches a log or a screen.
 *
 * @example
 * const parsed = parseEvents('[{"type":"referralReceived","date":"2026-01-05"}]');
 * if (parsed.ok) replay(parsed.events, { child: parsed.child });
 * else parsed.error.issues; // e.g. [{ path: [0, 'date'], code: 'invalid_format', message: 'must be a real date written YYYY-MM-DD, in the years 1900-2099' }]
 */
export function parseEvents(json: unknown): ParseEventsResult {
  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json);
    } catch {
      // JSON.parse's own message quotes the text, which may hold personal data.
      const found = capIssues([{ path: [], code: 'invalid_json', message: 'the text is not valid JSON' }]);
      return { ok: false, error: { code: 'INVALID_JSON', message: issuesMessage(found), ...found } };
    }
  }
  const isList = Array.isArray(value);
  const parsed = isList ? eventListSchema.safeParse(value) : caseLogSchema.safeParse(value);
  if (!parsed.success) return { ok: false, error: refusal(fromZodIssues(parsed.error.issues), isList) };
  const events = Array.isArray(parsed.data) ? parsed.data : parsed.data.events;
  const child = Array.isArray(parsed.data) ? {} : (parsed.data.child ?? {});
  markValidated(events);
  return { ok: true, events, child };
}

/** The error for the problems found: at the first bad event, or else at the case itself. */
function refusal(found: IssueList, isList: boolean): ParseEventsError {
  const message = issuesMessage(found);
  for (const { path } of found.issues) {
    const index = isList ? path[0] : path[0] === 'events' ? path[1] : undefined;
    if (typeof index === 'number') return { code: 'INVALID_EVENT', index, message, ...found };
  }
  return { code: 'INVALID_CASE', message, ...found };
}
