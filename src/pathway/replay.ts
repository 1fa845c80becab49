import { CalendarError } from '../dates/calendarError.js';
import { issuesMessage } from '../validation/validationIssue.js';
import { applyTo, refused } from './applyEvent.js';
import { newCase, type PathwayOptions } from './caseState.js';
import type { CaseEvent } from './events.js';
import type { PathwayResult, Refusal } from './pathwayError.js';
import { draftOf, stateOf, type CaseState } from './state.js';

/**
 * Folds an event log into a case state, from a new case. Stops at the first refused event and
 * returns its error, with the event's index in the log.
 *
 * @example
 * const result = replay(
 *   [
 *     { type: 'referralReceived', date: '2024-12-18' },
 *     { type: 'strategyDiscussionHeld', date: '2024-12-19', decision: 'section47' },
 *   ],
 *   { child: { dateOfBirth: '2019-04-02' } },
 * );
 * if (result.ok) dueItems(result.state, { asOf: '2025-01-06' });
 */
export function replay(events: readonly CaseEvent[], options?: PathwayOptions): PathwayResult<CaseState> {
  let state: CaseState;
  try {
    state = newCase(options);
  } catch (error) {
    if (!(error instanceof CalendarError)) throw error;
    const path = ['options', ...error.argument.split('.')];
    const code = error.code === 'INVALID_DATE' ? 'invalid_format' : 'invalid_value';
    const issues = [{ path, code, message: error.message }];
    return { ok: false, error: { code: 'INVALID_EVENT', index: 0, message: issuesMessage({ issues, issuesOmitted: 0 }), allowed: [], issues, issuesOmitted: 0 } };
  }
  if (!Array.isArray(events)) {
    return {
      ok: false,
      error: {
        code: 'INVALID_EVENT',
        index: 0,
        message: 'events: must be a list of events',
        allowed: [],
        issues: [{ path: ['events'], code: 'invalid_type', message: 'must be a list of events' }],
        issuesOmitted: 0,
      },
    };
  }
  const folded = fold(state, events);
  if (folded.refusal === undefined) return { ok: true, state: folded.state };
  // The refused event may have changed the draft part way: the state before it is the log up
  // to it, replayed again (deterministic, so it is accepted again). The draft is dropped by
  // then, so a long log's refusal costs two replays' time but one replay's memory.
  const { index, refusal } = folded;
  const before = replay(events.slice(0, index), options) as { ok: true; state: CaseState };
  return refused(before.state, events[index], index, refusal);
}

/**
 * Folds a log into one draft, made a state once at the end (see CaseDraft), or stops at the
 * first refused event. The case keeps the options' rules from newCase, so each event need not
 * resolve them again.
 */
function fold(state: CaseState, events: readonly CaseEvent[]): { state: CaseState; refusal?: never } | { index: number; refusal: Refusal } {
  const draft = draftOf(state);
  for (let index = 0; index < events.length; index++) {
    const refusal = applyTo(draft, events[index], undefined);
    if (refusal !== undefined) return { index, refusal };
  }
  return { state: stateOf(draft) };
}
