import type { IsoDateTime } from '../dates/dateTime.js';
import type { IsoDate } from '../dates/isoDate.js';
import { dueOf } from '../rules/dueDate.js';
import type { TimescaleId } from '../rules/timescale.js';
import type { TransitionContext } from './transitionContext.js';
import type { TrackedDeadline } from './state.js';

/**
 * A case's deadlines while events are applied to it: every deadline generated, and where the
 * open ones are. Meeting or withdrawing deadlines looks up the open ones of the timescales
 * named instead of scanning every deadline the case has ever opened (which made a replay
 * quadratic in the length of its log), so each event costs the same however long the case.
 */
export interface Deadlines {
  /** Every deadline, in the order opened; a met or withdrawn one is replaced by a new record. */
  readonly list: TrackedDeadline[];
  /** The positions in `list` of the open deadlines of each timescale, in list order. */
  readonly open: Partial<Record<TimescaleId, number[]>>;
}

/** The deadlines of a state, as a list of their own to change, with their open ones indexed. */
export function deadlinesOf(tracked: readonly TrackedDeadline[]): Deadlines {
  const deadlines: Deadlines = { list: [], open: Object.create(null) as Deadlines['open'] };
  for (const record of tracked) append(deadlines, record);
  return deadlines;
}

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

function append(deadlines: Deadlines, record: TrackedDeadline): void {
  const position = deadlines.list.push(record) - 1;
  if (record.metOn !== undefined || record.withdrawnOn !== undefined) return;
  const open = deadlines.open[record.timescale];
  if (open === undefined) deadlines.open[record.timescale] = [position];
  else open.push(position);
}

/** Adds a deadline for a timescale from a start, due by the context's rule set and calendar. */
export function openDeadline(
  deadlines: Deadlines,
  timescale: TimescaleId,
  from: string,
  context: TransitionContext,
  kind: TrackedDeadline['kind'] = 'step',
): void {
  const fromDay = from === context.date ? context.day : undefined;
  const { due, dueAt } = dueOf(context.ruleSet.timescales[timescale], from, context.calendar, fromDay);
  append(deadlines, deadline({ timescale, from, due, dueAt, kind }));
}

/** Adds a deadline whose end is already known (an order's end, a timetable, a computed period). */
export function addLimit(
  deadlines: Deadlines,
  limit: Pick<TrackedDeadline, 'timescale' | 'from' | 'due' | 'dueAt'>,
  kind: TrackedDeadline['kind'] = 'limit',
): void {
  append(deadlines, deadline({ timescale: limit.timescale, from: limit.from, due: limit.due, dueAt: limit.dueAt, kind }));
}

/**
 * Replaces the open deadlines of the given timescales with records changed as given; they are
 * then closed. The records are replaced, never changed: earlier states may share them.
 */
function close(deadlines: Deadlines, timescales: readonly TimescaleId[], changes: Pick<TrackedDeadline, 'metOn' | 'metAt' | 'withdrawnOn'>): void {
  const { list } = deadlines;
  for (const timescale of timescales) {
    const open = deadlines.open[timescale];
    if (open === undefined || open.length === 0) continue;
    for (const position of open) list[position] = deadline(list[position] as TrackedDeadline, changes);
    open.length = 0;
  }
}

/** Marks the open deadlines of the given timescales as met on a date (at a moment, for hours rules). */
export function meetDeadlines(deadlines: Deadlines, timescales: readonly TimescaleId[], date: IsoDate, at?: IsoDateTime): void {
  close(deadlines, timescales, { metOn: date, metAt: at });
}

/** Marks the open deadlines of the given timescales as no longer applying from a date. */
export function withdrawDeadlines(deadlines: Deadlines, timescales: readonly TimescaleId[], date: IsoDate): void {
  close(deadlines, timescales, { withdrawnOn: date });
}

/** The open deadline of a timescale (the first opened, if several), if any. */
export function openDeadlineOf(deadlines: Deadlines, timescale: TimescaleId): TrackedDeadline | undefined {
  const position = deadlines.open[timescale]?.[0];
  return position === undefined ? undefined : deadlines.list[position];
}
