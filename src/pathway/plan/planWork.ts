import type { IsoDate } from '../../dates/isoDate.js';
import type { ParticipantRole } from '../conference/participantRole.js';

/** How an action left the plan, once it has. */
export type ActionClosure = 'completed' | 'withdrawn' | 'closedWithPlan';

/**
 * One action of a plan as the case has recorded it: who owns it, when it is due (its latest
 * due date), how many times it was revised, and how it closed. Records are replaced, never
 * changed: earlier states may share them.
 */
export interface PlanActionRecord {
  /** The app's own id for the action. */
  readonly action: string;
  readonly owner: ParticipantRole;
  readonly agreedOn: IsoDate;
  /** The latest due date. */
  readonly due: IsoDate;
  /** How many times the action was revised. */
  readonly revisions: number;
  /** How the action closed; absent while it is open. */
  readonly closed?: ActionClosure;
  /** The day it closed. */
  readonly closedOn?: IsoDate;
}

/** A visit to the child, as recorded (`seen` and the rest absent when not recorded). */
export interface VisitRecord {
  readonly date: IsoDate;
  readonly seen?: boolean;
  readonly seenAlone?: boolean;
  readonly bedroomSeen?: boolean;
  readonly unannounced: boolean;
}

/**
 * The plan in practice, beyond its actions: the core group of the open protection plan, the
 * last visit and the last review conference.
 */
export interface PlanWorkState {
  /** The core group's members by role, as last set while the open protection plan runs. */
  readonly coreGroup?: readonly ParticipantRole[];
  readonly lastVisit?: VisitRecord;
  /** The date of the last review child protection conference. */
  readonly lastReviewOn?: IsoDate;
  /**
   * The end of a protection plan that a review conference ended, until a child in need plan
   * follows it (or a new protection plan starts): the next child in need plan then runs the
   * `childInNeedAfterPlan` minimum.
   */
  readonly steppedDownOn?: IsoDate;
}

/** An action record with some fields replaced; one literal of one shape, as the fold makes many. */
export function actionWith(record: PlanActionRecord, parts: Partial<PlanActionRecord>): PlanActionRecord {
  return {
    action: record.action,
    owner: parts.owner ?? record.owner,
    agreedOn: record.agreedOn,
    due: parts.due ?? record.due,
    revisions: parts.revisions ?? record.revisions,
    closed: parts.closed ?? record.closed,
    closedOn: parts.closedOn ?? record.closedOn,
  };
}
