import {
  allowedEvents,
  annexA,
  caseMeasures,
  censusRecord,
  caseMermaid,
  caseSummary,
  caseTimeline,
  conferenceRecords,
  dueItems,
  planActions,
  formatTimeline,
  parseEvents,
  replay,
  toICalendar,
  type CaseEvent,
  type CaseState,
  type PathwayOptions,
} from '../../src/index.js';
import { dayOf, isoOf, secrets } from './walk.js';

/** What one log did: everything the library returned as one text, and what went wrong. */
export interface LogCheck {
  /** Every output and error value, in a fixed order: compared across time zones by hash. */
  readonly output: string;
  /** Exceptions thrown, as `api: ErrorClass CODE` (the message is not kept: it could hold a secret). */
  readonly throws: string[];
  /** The APIs whose output or error held a personal-looking string. */
  readonly leaks: string[];
  /** The inputs an API changed. */
  readonly mutated: string[];
  /** Whether parseEvents and replay accepted the log. */
  readonly accepted: boolean;
}

/** Due items as text: the rule by its id (the rule set's own object, not the case's). */
const text = (value: unknown): string =>
  JSON.stringify(value, (key, field: unknown) => (key === 'rule' && typeof field === 'object' && field !== null ? (field as { id: string }).id : field)) ?? 'undefined';

/** A state as text, without its rule set and calendar (the library's own, and large). */
const stateText = (state: CaseState): string => text({ ...state, rules: undefined });

/**
 * Runs one input through every public API that reads a log or a case, as an app would:
 * parseEvents; replay of what it accepted, and of the raw input too (replay validates each event
 * itself); then for an accepted case, on the day of its last event and 45 days on, dueItems, caseSummary, planActions, caseMeasures, the census record, Annex A, the timeline, the
 * iCalendar feed, the Mermaid diagram and the next allowed events. Nothing may throw, nothing
 * personal may come out, and no input may change.
 */
export function checkLog(input: unknown): LogCheck {
  const outputs: string[] = [];
  const throws: string[] = [];
  const leaks: string[] = [];
  const mutated: string[] = [];
  const inputBefore = snapshot(input);
  // `ownData`: what the API hands back of the app's own log (parseEvents' checked events, notes
  // and all), kept for the hash but not searched for secrets.
  const run = <T>(api: string, action: () => T, ownData?: (result: T) => boolean): T | undefined => {
    let result: T;
    try {
      result = action();
    } catch (error) {
      const name = error instanceof Error ? error.constructor.name : typeof error;
      const code = (error as { code?: unknown } | null)?.code;
      throws.push(`${api}: ${name}${typeof code === 'string' ? ` ${code}` : ''}`);
      const message = error instanceof Error ? error.message : String(error);
      if (holdsSecret(message)) leaks.push(`${api} (thrown message)`);
      return undefined;
    }
    const output = typeof result === 'string' ? result : text(result);
    if (ownData?.(result) !== true && holdsSecret(output)) leaks.push(api);
    outputs.push(`${api}\t${output}`);
    return result;
  };

  const parsed = run('parseEvents', () => parseEvents(input), (result) => result.ok);
  let accepted = false;
  if (parsed?.ok === true) {
    const eventsBefore = snapshot(parsed.events);
    const options: PathwayOptions = { child: parsed.child };
    const replayed = run('replay', () => replay(parsed.events, options));
    if (replayed?.ok === true) {
      accepted = true;
      if (derived(replayed.state, parsed.events, run)) mutated.push('case state');
    }
    if (snapshot(parsed.events) !== eventsBefore) mutated.push('parsed events');
  }
  const raw = rawLog(input);
  if (raw !== undefined) run('replay (raw)', () => replay(raw.events as CaseEvent[], raw.options));
  if (snapshot(input) !== inputBefore) mutated.push('input');
  return { output: outputs.join('\n'), throws, leaks, mutated, accepted };
}

type Runner = <T>(api: string, action: () => T, ownData?: (result: T) => boolean) => T | undefined;

/** The derived outputs of an accepted case; true when one of them changed the state. */
function derived(state: CaseState, events: readonly CaseEvent[], run: Runner): boolean {
  const stateBefore = stateText(state);
  const last = state.lastEventDate ?? '2026-11-23';
  for (const asOf of [last, isoOf(dayOf(last) + 45)]) {
    const items = run('dueItems', () => dueItems(state, { asOf }));
    run('caseSummary', () => caseSummary(state, { asOf }));
    run('planActions', () => planActions(state, { asOf }));
    run('caseMeasures', () => caseMeasures(state, { asOf }));
    run('censusRecord', () => censusRecord(state, { referenceDate: `${asOf.slice(0, 4)}-03-31`, childId: 'child-17' }));
    run('annexA', () => annexA([{ caseId: 'case-17', state }], { inspectionDate: asOf }));
    const rows = run('caseTimeline', () => caseTimeline(events, state, { asOf }));
    if (rows !== undefined) run('formatTimeline', () => formatTimeline(rows));
    if (items !== undefined) run('toICalendar', () => toICalendar(items, { caseId: 'case-17', calendarName: 'Fuzz', generatedAt: asOf }));
  }
  run('conferenceRecords', () => conferenceRecords(state));
  run('caseMermaid', () => caseMermaid(state));
  run('allowedEvents', () => allowedEvents(state));
  return stateText(state) !== stateBefore;
}

/** The input as replay would be handed it without parseEvents: a list, or a case's events and child. */
function rawLog(input: unknown): { events: unknown; options: PathwayOptions } | undefined {
  if (Array.isArray(input)) return { events: input, options: {} };
  if (typeof input !== 'object' || input === null || !Object.hasOwn(input, 'events')) return undefined;
  const { events, child } = input as { events: unknown; child?: unknown };
  return { events, options: typeof child === 'object' && child !== null ? { child: child as PathwayOptions['child'] } : {} };
}

function holdsSecret(output: string): boolean {
  return secrets.some((secret) => output.includes(secret)) || output.includes('nhsNumber');
}

/** The input as JSON text (own `__proto__` keys included), to compare before and after. */
function snapshot(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
}
