import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseEvents, replay, timelineSvg, type CaseState } from '../../src/index.js';

/*
 * The example pictures in docs/images: the demo case (examples/case-example.json) drawn by
 * timelineSvg, whole and in its first weeks, so the README and the docs show what the function
 * draws, regenerated whenever the drawing or the case changes.
 */

/** The demo case replayed up to and including `until` (the whole log when omitted). */
export function demoCase(until?: string): CaseState {
  const text = readFileSync(fileURLToPath(new URL('../../examples/case-example.json', import.meta.url)), 'utf8');
  const parsed = parseEvents(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  const events = until === undefined ? parsed.events : parsed.events.filter((event) => event.date <= until);
  const result = replay(events, { child: parsed.child });
  if (!result.ok) throw new Error(result.error.message);
  return result.state;
}

/** The demo case as of the demo's date: two years of a plan, pre-proceedings and proceedings. */
export const renderDemoTimeline = (): string => timelineSvg(demoCase(), { asOf: '2026-11-23', title: 'Example case: the demo log as of 23 November 2026' });

/** The demo case in its first three weeks: the enquiry, with the conference still to come. */
export const renderEarlyTimeline = (): string =>
  timelineSvg(demoCase('2025-01-08'), { asOf: '2025-01-09', width: 720, title: 'Example case in its first weeks, as of 9 January 2025' });
