/**
 * The event-log file of `timeline` and `validate`: read, checked with parseEvents and replayed.
 * Kept apart from ./command.js because it brings the event schemas (zod) with it.
 */
import { parseEvents, replay, type CaseEvent, type CaseState, type PathwayOptions } from '../index.js';
import { checked, heading, parseJson, problemsFrom } from './command.js';
import { InputError, type Problem } from './errors.js';
import { readInput } from './io.js';

/** What messages call the file. */
export const caseRole = '<events.json>';

/** A case read from an event-log file, checked and replayed. */
export interface LoadedCase {
  readonly events: CaseEvent[];
  readonly state: CaseState;
}

/**
 * Reads, checks (parseEvents) and replays (replay) an event log, a list of events or a case
 * `{ child, events }`. Every problem is an input problem by path; the library's messages never
 * echo a value, so free text such as `note` stays out of the output.
 */
export async function loadCase(file: string, options: PathwayOptions): Promise<LoadedCase> {
  const value = parseJson(await readInput(file, caseRole), caseRole);
  // parseEvents reads a string as JSON text: a file holding one JSON string is simply wrong.
  if (typeof value !== 'object' || value === null) {
    throw new InputError([{ path: caseRole, message: 'must hold a list of events or a case { child, events }' }]);
  }
  const prefix = Array.isArray(value) ? '' : 'events';
  const parsed = parseEvents(value);
  if (!parsed.ok) {
    // Paths from the root of the file: `[1].date` in a list, `events[1].date` in a case.
    const { issues, issuesOmitted } = parsed.error;
    const problems = problemsFrom(issues, undefined, '', { '': caseRole });
    if (issuesOmitted > 0) problems.push({ path: caseRole, message: `${issuesOmitted} more problems not listed` });
    throw new InputError(problems, heading(caseRole, issues.length + issuesOmitted));
  }
  const replayed = checked(() => replay(parsed.events, { ...options, child: parsed.child }));
  if (!replayed.ok) {
    const { error } = replayed;
    const at = `${prefix}[${error.index}]`;
    // A refused transition names what may happen instead; a bad field needs no such hint.
    const allowed = error.allowed.length === 0 ? 'none' : error.allowed.join(', ');
    const problems: Problem[] =
      error.issues === undefined || error.issues.length === 0
        ? [{ path: at, message: `${error.message} (${error.code}); allowed at that point: ${allowed}` }]
        : problemsFrom(error.issues, error.code, at);
    throw new InputError(problems, heading(caseRole, problems.length));
  }
  return { events: parsed.events, state: replayed.state };
}
