import { toEpochDay } from '../dates/epochDay.js';
import type { CaseEvent } from './events.js';

/**
 * Marks events that `parseEvents` produced, so `applyEvent` need not check them again: zod costs
 * more than the transition itself. The mark is a module-private symbol, set before the event is
 * frozen: it cannot be forged, is not copied by a spread and is never serialised. (A WeakSet
 * did the same job, but looking up frozen objects in one is slow in V8.) Its value is the
 * event's date as an epoch day, worked out once here rather than each time the log is replayed.
 */
const checked = Symbol('checked by caseEventSchema');

/** Marks events as checked by the schema, and freezes them so the check stays true. */
export function markValidated(events: readonly CaseEvent[]): void {
  for (const event of events) Object.freeze(Object.defineProperty(event, checked, { value: toEpochDay(event.date) }));
}

/** True for an event that came out of `parseEvents`. */
export function isValidated(event: unknown): event is CaseEvent {
  return typeof event === 'object' && event !== null && typeof (event as { [checked]?: number })[checked] === 'number';
}

/** The epoch day of the date of an event that came out of `parseEvents`. */
export function validatedDay(event: CaseEvent): number | undefined {
  return (event as { [checked]?: number })[checked];
}
