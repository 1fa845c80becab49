import { toEpochDay } from '../../dates/epochDay.js';
import type { IsoDate } from '../../dates/isoDate.js';
import type { ParticipantRole } from '../conference/participantRole.js';
import { insertInDueOrder } from '../dueOrder.js';
import type { CaseState } from '../state.js';
import type { PlanActionRecord } from './planWork.js';

/**
 * Where a plan action stands on the `asOf` date: open ones by their latest due date
 * (`upcoming`, `dueToday`, `overdue`), done ones by whether they were done by it (`met`,
 * `metLate`), and those that left the plan undone (`withdrawn`, or `closedWithPlan` when the
 * plan ended with the action still open).
 */
export type PlanActionStatus = 'upcoming' | 'dueToday' | 'overdue' | 'met' | 'metLate' | 'withdrawn' | 'closedWithPlan';

/** One action of a plan: who does what (the app's id) by when, and how it stands. */
export interface PlanAction {
  /** The app's own id for the action. */
  readonly action: string;
  /** Who is responsible, by role. */
  readonly owner: ParticipantRole;
  readonly agreedOn: IsoDate;
  /** The latest due date: a revised action is judged against it. */
  readonly due: IsoDate;
  readonly status: PlanActionStatus;
  /** The day it was done, for `met` and `metLate`. */
  readonly completedOn?: IsoDate;
  /** How many times the action was revised. */
  readonly revisions: number;
}

/** Options of {@link planActions}. */
export interface PlanActionsOptions {
  /** The date to judge open actions by; never read from a clock. */
  readonly asOf: string;
}

/**
 * Every action the case's plans have agreed, in due order (ties in the order agreed), each with
 * its status on `asOf`. A plan lists what parents and agencies will do, who is responsible and
 * by when (the parents' leaflets); the core group works it out and reviews it at each meeting.
 *
 * @example
 * planActions(state, { asOf: '2026-04-01' });
 * // [{ action: 'a1', owner: 'parent', agreedOn: '2026-03-04', due: '2026-03-31', status: 'overdue', revisions: 0 }]
 */
export function planActions(state: CaseState, options: PlanActionsOptions): PlanAction[] {
  const asOf = toEpochDay(options?.asOf, 'asOf');
  const list: PlanAction[] = [];
  // The due days of `list`, position for position: dates are ordered as days, never as text.
  const dueDays: number[] = [];
  for (const record of state.actions) {
    const dueDay = toEpochDay(record.due);
    insertInDueOrder(list, dueDays, planActionOf(record, statusOf(record, dueDay, asOf)), dueDay);
  }
  return list;
}

function planActionOf(record: PlanActionRecord, status: PlanActionStatus): PlanAction {
  const { action, owner, agreedOn, due, revisions } = record;
  // Two literals rather than a spread: `completedOn` is absent unless the action was done.
  if (record.closed === 'completed') return { action, owner, agreedOn, due, status, completedOn: record.closedOn as IsoDate, revisions };
  return { action, owner, agreedOn, due, status, revisions };
}

/** The status of an action due on `dueDay`, on the day `asOf` (both epoch days). */
function statusOf(record: PlanActionRecord, dueDay: number, asOf: number): PlanActionStatus {
  switch (record.closed) {
    case 'completed':
      return toEpochDay(record.closedOn as IsoDate) > dueDay ? 'metLate' : 'met';
    case 'withdrawn':
    case 'closedWithPlan':
      return record.closed;
    case undefined:
      if (asOf < dueDay) return 'upcoming';
      return asOf === dueDay ? 'dueToday' : 'overdue';
  }
}
