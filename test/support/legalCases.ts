/*
 * Helpers for the legal, emergency and census suites: replay a log and insist it was accepted
 * (or refused), and pick one due item. Failures name the refused event, so a broken fixture
 * says which line of the log to look at.
 */
import { expect } from 'vitest';
import {
  dueItems,
  replay,
  type CaseEvent,
  type CaseState,
  type DueItem,
  type PathwayError,
  type PathwayOptions,
  type TimescaleId,
} from '../../src/index.js';

/** The state a log folds into; fails the test when any event is refused. */
export function stateOf(events: readonly CaseEvent[], options?: PathwayOptions): CaseState {
  const result = replay(events, options);
  if (!result.ok) {
    const { index, code, message } = result.error;
    throw new Error(`expected the log to replay, but event ${index} (${events[index]?.type}) was refused: ${code}: ${message}`);
  }
  return result.state;
}

/**
 * Why the last event of a log is refused, after every earlier event was accepted. Takes
 * `unknown` events so a test can send what the schema must turn away.
 */
export function refusalOf(events: readonly unknown[], options?: PathwayOptions): PathwayError {
  const result = replay(events as readonly CaseEvent[], options);
  if (result.ok) throw new Error('expected the last event to be refused, but the whole log replayed');
  expect(result.error.index, `refused early: ${result.error.message}`).toBe(events.length - 1);
  return result.error;
}

/** The one due item of a timescale (fails when there is none or several). */
export function itemOf(state: CaseState, timescale: TimescaleId, asOf: string): DueItem {
  const items = dueItems(state, { asOf }).filter((item) => item.timescale === timescale);
  expect(items, `due items of ${timescale}`).toHaveLength(1);
  return items[0] as DueItem;
}

/** The timescales of the due items on a date, in due order. */
export function timescalesOf(state: CaseState, asOf: string): TimescaleId[] {
  return dueItems(state, { asOf }).map((item) => item.timescale);
}
