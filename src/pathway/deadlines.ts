import type { IsoDateTime } from '../dates/dateTime.js';
import type { IsoDate } from '../dates/isoDate.js';
import { dueOf } from '../rules/dueDate.js';
import type { TimescaleId } from '../rules/timescale.js';
import type { TransitionContext } from './transitionContext.js';
import type { TrackedDeadline } from './state.js';

/**
 * A deadline record with every field present (absent ones undefined): one object shape keeps
 * the fold fast, and JSON leaves the undefined fields out.
 */
function deadline(fields: TrackedDeadline, changes: Pick<TrackedDeadline, 'metOn' | 'metAt' | 'withdrawnOn'> = {}): TrackedDeadline {
  return {
    timescale: fields.timescale,
    from: fields.from,
    due: fields.due,
    dueAt: fields.dueAt,
    metOn: changes.metOn ?? fields.metOn,
    metAt: changes.metAt ?? fields.metAt,
    withdrawnOn: changes.withdrawnOn ?? fields.withdrawnOn,
    kind: fields.kind,
  };
}

/** True while a deadline is neither met nor withdrawn. */
export function isOpen(deadline: TrackedDeadline): boolean {
  return deadline.metOn === undefined && deadline.withdrawnOn === undefined;
}

/** Adds a deadline for a timescale from a start, due by the context's rule set and calendar. */
export function openDeadline(
  deadlines: TrackedDeadline[],
  timescale: TimescaleId,
  from: string,
  context: TransitionContext,
  kind: TrackedDeadline['kind'] = 'step',
): void {
  const fromDay = from === context.date ? context.day : undefined;
  const { due, dueAt } = dueOf(context.ruleSet.timescales[timescale], from, context.calendar, fromDay);
  deadlines.push(deadline({ timescale, from, due, dueAt, kind }));
}

/** Adds a deadline whose end is already known (an order's end, a timetable, a computed period). */
export function addLimit(
  deadlines: TrackedDeadline[],
  limit: Pick<TrackedDeadline, 'timescale' | 'from' | 'due' | 'dueAt'>,
  kind: TrackedDeadline['kind'] = 'limit',
): void {
  deadlines.push(deadline({ timescale: limit.timescale, from: limit.from, due: limit.due, dueAt: limit.dueAt, kind }));
}

/**
 * Marks the open deadlines of the given timescales as met on a date (at a moment, for hours
 * rules). The records are replaced, never changed: earlier states may share them.
 */
export function meetDeadlines(deadlines: TrackedDeadline[], timescales: readonly TimescaleId[], date: IsoDate, at?: IsoDateTime): void {
  for (let position = 0; position < deadlines.length; position++) {
    const open = deadlines[position] as TrackedDeadline;
    if (isOpen(open) && timescales.includes(open.timescale)) deadlines[position] = deadline(open, { metOn: date, metAt: at });
  }
}

/** Marks the open deadlines of the given timescales as no longer applying from a date. */
export function withdrawDeadlines(deadlines: TrackedDeadline[], timescales: readonly TimescaleId[], date: IsoDate): void {
  for (let position = 0; position < deadlines.length; position++) {
    const open = deadlines[position] as TrackedDeadline;
    if (isOpen(open) && timescales.includes(open.timescale)) deadlines[position] = deadline(open, { withdrawnOn: date });
  }
}

/** The open deadline of a timescale, if any. */
export function openDeadlineOf(deadlines: readonly TrackedDeadline[], timescale: TimescaleId): TrackedDeadline | undefined {
  return deadlines.find((deadline) => deadline.timescale === timescale && isOpen(deadline));
}
