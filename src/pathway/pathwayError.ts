import type { InputIssue } from '../rules/timescaleError.js';
import type { CaseEventType } from './events.js';

/**
 * Stable codes of a refused event. `UNKNOWN_ACTION`: a plan action revised, completed or
 * withdrawn that was never agreed or is already closed; `DUPLICATE_ACTION`: an action agreed
 * under the id of one still open.
 */
export type PathwayErrorCode =
  | 'INVALID_EVENT'
  | 'INVALID_TRANSITION'
  | 'OUT_OF_ORDER'
  | 'OUT_OF_CALENDAR_RANGE'
  | 'UNKNOWN_ACTION'
  | 'DUPLICATE_ACTION';

/**
 * Why an event was refused: a stable code, the event's position in the log, a message naming
 * the rule broken (never the event's free text), and the event types allowed at that point.
 */
export interface PathwayError {
  readonly code: PathwayErrorCode;
  /** The event's index in the log (0 for a single `applyEvent`). */
  readonly index: number;
  /** The event's type, when it had a known one. */
  readonly eventType?: CaseEventType;
  readonly message: string;
  /** What may happen next instead. */
  readonly allowed: readonly CaseEventType[];
  /** For `INVALID_EVENT`: every problem, by field path. */
  readonly issues?: readonly InputIssue[];
}

/**
 * The result of applying events: the new state, or why the event was refused. Narrow on `ok`.
 *
 * @example
 * const result = replay(events);
 * if (result.ok) dueItems(result.state, { asOf: '2026-11-23' });
 * else console.error(result.error.code, result.error.message);
 */
export type PathwayResult<S> =
  | { readonly ok: true; readonly state: S; readonly error?: never }
  | { readonly ok: false; readonly error: PathwayError; readonly state?: never };

/**
 * Thrown inside a transition to refuse an event; `applyEvent` turns it into a
 * {@link PathwayError} value, so no caller ever sees it.
 */
export class Refusal {
  constructor(
    readonly code: PathwayErrorCode,
    readonly message: string,
    readonly issues?: readonly InputIssue[],
  ) {}
}

/** Refuses an event that the case's state does not allow. */
export function refuse(message: string): never {
  throw new Refusal('INVALID_TRANSITION', message);
}

/** Refuses an event whose fields are wrong for what it says happened. */
export function invalidField(path: string, message: string): never {
  throw new Refusal('INVALID_EVENT', `${path}: ${message}`, [{ path, message }]);
}
