/*
 * Invariants of every log the machine accepts (issue 17), on realistic logs: walks of the state
 * machine through allowedEvents on every track (scripts/fuzz/walk.ts, the fuzzer's own walks),
 * each from a seed fast-check draws. The checks read only the public outputs: a due item's
 * status against asOf and its own dates; met items against their due dates (a minimum period,
 * met when it ran to its date); "after" rules never
 * due before their start; and replay of a log in two halves equal to replay of it whole.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEvent, dueItems, replay, type CaseEvent, type CaseState, type PathwayResult } from '../../src/index.js';
import { loadEventDefinitions } from '../../scripts/fuzz/eventShapes.js';
import { randomFor } from '../../scripts/fuzz/random.js';
import { dayOf, isoOf, walkLog, type WalkedLog } from '../../scripts/fuzz/walk.js';

const definitions = loadEventDefinitions();
const walked = (seed: number): WalkedLog => walkLog(randomFor(seed, 0), definitions);
const seedArb = fc.integer({ min: 0, max: 2 ** 31 - 1 });
const london = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });
/** A date, or the London date of a date-time (`2028-05-06T01:47:00+14:00` is 5 May in London): the library's days are London's. */
const dateOf = (value: string): string => (value.length === 10 ? value : london.format(new Date(value)));

/** An accepted log's state, or undefined when the walk ended on a refused event. */
function accepted(log: WalkedLog): CaseState | undefined {
  const result = replay(log.events, { child: log.child });
  return result.ok ? result.state : undefined;
}

describe('every due item of an accepted log', () => {
  it("has the status its dates and asOf give, met items by their due date or moment", () => {
    fc.assert(
      fc.property(seedArb, fc.integer({ min: -400, max: 400 }), (seed, offset) => {
        const state = accepted(walked(seed));
        if (state === undefined || state.lastEventDate === null) return;
        const asOf = isoOf(dayOf(state.lastEventDate) + offset);
        for (const item of dueItems(state, { asOf })) {
          const due = dayOf(item.due);
          if (item.kind === 'minimum') {
            // A minimum period is met when it ran to its date: open until then, or closed on or after it.
            const expected = item.metOn === undefined ? (dayOf(asOf) < due ? 'upcoming' : 'met') : dayOf(item.metOn) < due ? 'endedEarly' : 'met';
            expect(item.status, item.explanation).toBe(expected);
          } else if (item.metOn === undefined) {
            const expected = dayOf(asOf) < due ? 'upcoming' : dayOf(asOf) === due ? 'dueToday' : 'overdue';
            expect(item.status, item.explanation).toBe(expected);
          } else if (item.dueAt === undefined) {
            // Met on a day: on time when the day is the due day or earlier.
            expect(item.status, item.explanation).toBe(dayOf(item.metOn) <= due ? 'met' : 'metLate');
          } else {
            expect(['met', 'metLate']).toContain(item.status);
            // A deadline at a moment is met by the moment: its day is never after the due day.
            if (item.status === 'met') expect(dayOf(item.metOn)).toBeLessThanOrEqual(due);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is never due before its start under an "after" rule', () => {
    fc.assert(
      fc.property(seedArb, (seed) => {
        const state = accepted(walked(seed));
        if (state === undefined) return;
        for (const item of dueItems(state, { asOf: state.lastEventDate ?? '2026-11-23' })) {
          if (item.rule.counting === 'after') expect(dayOf(item.due), item.explanation).toBeGreaterThanOrEqual(dayOf(dateOf(item.from)));
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('replay', () => {
  /** The log folded event by event through applyEvent from a state, as an app recording events one at a time would. */
  function stepByStep(start: PathwayResult<CaseState>, events: readonly CaseEvent[], offset: number): PathwayResult<CaseState> {
    let result = start;
    for (const [index, event] of events.entries()) {
      if (!result.ok) return result;
      const next = applyEvent(result.state, event as never);
      result = next.ok ? next : { ok: false, error: { ...next.error, index: offset + index } };
    }
    return result;
  }

  it('of a log in two halves, the second through applyEvent, equals replay of it whole', () => {
    fc.assert(
      fc.property(seedArb, fc.double({ min: 0, max: 1, noNaN: true }), (seed, cut) => {
        const log = walked(seed);
        const half = Math.floor(log.events.length * cut);
        const whole = replay(log.events, { child: log.child });
        const halves = stepByStep(replay(log.events.slice(0, half), { child: log.child }), log.events.slice(half), half);
        if (whole.ok) expect(halves).toEqual(whole);
        else expect(halves.ok ? undefined : { code: halves.error.code, index: halves.error.index }).toEqual({ code: whole.error.code, index: whole.error.index });
      }),
      { numRuns: 300 },
    );
  });
});
