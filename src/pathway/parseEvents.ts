import { caseLogSchema, caseEventSchema, type CaseEvent, type ChildDetails } from './events.js';
import type { PathwayError } from './pathwayError.js';
import { issuesOf, markValidated } from './validatedEvents.js';

/** A bare list of events: built once here, since building a schema costs more than checking a short log with it. */
const eventListSchema = /* @__PURE__ */ caseEventSchema.array();

/** What {@link parseEvents} returns: the checked log, or every problem by path. */
export type ParseEventsResult =
  | { readonly ok: true; readonly events: CaseEvent[]; readonly child: ChildDetails; readonly error?: never }
  | { readonly ok: false; readonly error: PathwayError; readonly events?: never };

/**
 * Checks untrusted JSON (text, or an already parsed value) against the event-log format before
 * replay: either a list of events, or a case `{ child?, events }`. Every problem is listed by
 * path (`[3].decision: must be one of section47, noSection47`); no value from the input is
 * echoed, so free text in `note` fields never reaches a log or a screen.
 *
 * @example
 * const parsed = parseEvents('[{"type":"referralReceived","date":"2026-01-05"}]');
 * if (parsed.ok) replay(parsed.events, { child: parsed.child });
 */
export function parseEvents(json: unknown): ParseEventsResult {
  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json);
    } catch {
      // JSON.parse's own message quotes the text, which may hold personal data.
      return failure([{ path: 'json', message: 'is not valid JSON' }], 0);
    }
  }
  const isLog = Array.isArray(value);
  const parsed = isLog ? eventListSchema.safeParse(value) : caseLogSchema.safeParse(value);
  if (!parsed.success) {
    const issues = issuesOf(parsed.error.issues, '');
    const first = parsed.error.issues[0]?.path ?? [];
    const index = isLog ? first[0] : first[0] === 'events' ? first[1] : undefined;
    return failure(issues, typeof index === 'number' ? index : 0);
  }
  const events = Array.isArray(parsed.data) ? parsed.data : parsed.data.events;
  const child = Array.isArray(parsed.data) ? {} : (parsed.data.child ?? {});
  markValidated(events);
  return { ok: true, events, child };
}

function failure(issues: PathwayError['issues'] & object, index: number): ParseEventsResult {
  return {
    ok: false,
    error: {
      code: 'INVALID_EVENT',
      index,
      message: issues.map((issue) => `${issue.path}: ${issue.message}`).join('; '),
      allowed: [],
      issues,
    },
  };
}
