import { toEpochDay } from '../../dates/epochDay.js';
import type { IsoDate } from '../../dates/isoDate.js';
import { meetDeadlines, openDeadline, withdrawDeadlines } from '../deadlines.js';
import type { EventOf } from '../events.js';
import { invalidField, refuse, Refusal } from '../pathwayError.js';
import type { CaseDraft, SocialCareState } from '../state.js';
import type { TransitionContext } from '../transitionContext.js';
import { actionWith, type ActionClosure, type PlanActionRecord, type PlanWorkState } from './planWork.js';

/**
 * Applies what a social-care event means for the plan in practice, after the social-care step
 * has moved the phase: the core group, the plan's actions, visits and reviews, and the two plan
 * timescales (`detailedPlan`, `childInNeedAfterPlan`). `before` is the social-care state before
 * the event, so that a plan opening or closing is seen whatever event did it.
 */
export function applyPlanWork(context: TransitionContext, before: SocialCareState): void {
  const { draft, event, date } = context;
  switch (event.type) {
    case 'coreGroupMembersSet':
      draft.planWork = planWorkWith(draft.planWork, { coreGroup: event.roles });
      break;
    case 'coreGroupHeld':
      // The core group works the conference's outline plan out in detail (Worcestershire guide).
      if (event.detailedPlanAgreed === true) meetDeadlines(draft.deadlines, ['detailedPlan'], date);
      break;
    case 'visitMade':
      draft.planWork = planWorkWith(draft.planWork, { lastVisit: visitRecord(event) });
      break;
    case 'reviewConferenceHeld':
      draft.planWork = planWorkWith(draft.planWork, { lastReviewOn: date });
      break;
    case 'referralReceived':
    case 'transferInNotified':
      // A new episode: a child in need plan from here on follows it, not the old plan.
      if (draft.planWork.steppedDownOn !== undefined) draft.planWork = planWorkWith(draft.planWork, { steppedDownOn: undefined });
      break;
    case 'childInNeedPlanStarted':
      if (draft.planWork.steppedDownOn !== undefined) {
        // Cambridgeshire leaflet: after a protection plan, work usually continues under a child
        // in need plan for a minimum of 6 months (a local rule, so a rule-set timescale).
        openDeadline(draft.deadlines, 'childInNeedAfterPlan', date, context, 'minimum');
        draft.planWork = planWorkWith(draft.planWork, { steppedDownOn: undefined });
      }
      break;
    case 'planActionAgreed':
    case 'planActionRevised':
    case 'planActionCompleted':
    case 'planActionWithdrawn':
      applyAction(context, event);
      break;
  }
  planChanges(draft, before, date, context);
}

/** Opening and closing plans: the actions, the core group and the plan timescales follow them. */
function planChanges(draft: CaseDraft, before: SocialCareState, date: IsoDate, context: TransitionContext): void {
  const after = draft.social;
  if (openPlanOf(before) === openPlanOf(after)) return;
  // At most one plan is open at a time (CIN census rules 4001, 4016, 4017), so every open
  // action belongs to the plan that has just closed.
  closeOpenActions(draft, 'closedWithPlan', date);
  if (before.childInNeedPlanOpen && !after.childInNeedPlanOpen) meetDeadlines(draft.deadlines, ['childInNeedAfterPlan'], date);
  if (before.plan !== undefined && after.plan === undefined) {
    withdrawDeadlines(draft.deadlines, ['detailedPlan'], date);
    const ended = after.plans[after.plans.length - 1];
    draft.planWork = planWorkWith(draft.planWork, {
      coreGroup: undefined,
      steppedDownOn: ended?.endReason === 'reviewConference' ? date : undefined,
    });
  }
  if (after.plan !== undefined && before.plan === undefined) {
    openDeadline(draft.deadlines, 'detailedPlan', date, context);
    draft.planWork = planWorkWith(draft.planWork, { coreGroup: undefined, steppedDownOn: undefined });
  }
}

/** Which plan is open: a protection plan's number, 0 for a child in need plan, -1 for none. */
function openPlanOf(social: SocialCareState): number {
  return social.plan?.number ?? (social.childInNeedPlanOpen ? 0 : -1);
}

type ActionEvent = EventOf<'planActionAgreed' | 'planActionRevised' | 'planActionCompleted' | 'planActionWithdrawn'>;

/** An action event: O(1) by the draft's index of open actions. */
function applyAction(context: TransitionContext, event: ActionEvent): void {
  const { draft, date } = context;
  if (draft.social.plan === undefined && !draft.social.childInNeedPlanOpen) {
    refuse(`${event.type} needs an open child protection plan or child in need plan`);
  }
  const { actions, openActions } = draft;
  const position = openActions.get(event.action);
  if (event.type === 'planActionAgreed') {
    if (position !== undefined) throw new Refusal('DUPLICATE_ACTION', 'action: an open action of the plan already has this id');
    if (toEpochDay(event.due) < context.day) invalidField('due', 'must be on or after the date the action is agreed');
    openActions.set(event.action, actions.length);
    actions.push({
      action: event.action,
      owner: event.owner,
      agreedOn: date,
      due: event.due as IsoDate,
      revisions: 0,
      closed: undefined,
      closedOn: undefined,
    });
    return;
  }
  if (position === undefined) {
    throw new Refusal('UNKNOWN_ACTION', 'action: no open action of the plan has this id (never agreed, or already closed)');
  }
  const record = actions[position] as PlanActionRecord;
  if (event.type === 'planActionRevised') {
    if (event.due === undefined && event.owner === undefined) invalidField('due', 'a revision must give a new due date, a new owner or both');
    if (event.due !== undefined && toEpochDay(event.due) < context.day) invalidField('due', 'must be on or after the date of the revision');
    actions[position] = actionWith(record, { due: event.due as IsoDate | undefined, owner: event.owner, revisions: record.revisions + 1 });
    return;
  }
  actions[position] = actionWith(record, { closed: event.type === 'planActionCompleted' ? 'completed' : 'withdrawn', closedOn: date });
  openActions.delete(event.action);
}

function closeOpenActions(draft: CaseDraft, closed: ActionClosure, date: IsoDate): void {
  if (draft.openActions.size === 0) return;
  for (const position of draft.openActions.values()) {
    draft.actions[position] = actionWith(draft.actions[position] as PlanActionRecord, { closed, closedOn: date });
  }
  draft.openActions.clear();
}

function visitRecord(event: EventOf<'visitMade'>) {
  // ssd_cp_visits: a child seen alone was seen; refuse a record that says otherwise.
  if (event.seen === false && event.seenAlone === true) invalidField('seenAlone', 'cannot be true when seen is false');
  return {
    date: event.date as IsoDate,
    seen: event.seen,
    seenAlone: event.seenAlone,
    bedroomSeen: event.bedroomSeen,
    unannounced: event.unannounced === true,
  };
}

/**
 * The plan work with some fields replaced, written out field by field: one literal of one
 * shape (see `socialWith` in state.ts), as every visit makes one.
 */
function planWorkWith(work: PlanWorkState, parts: Partial<PlanWorkState>): PlanWorkState {
  return {
    coreGroup: 'coreGroup' in parts ? parts.coreGroup : work.coreGroup,
    lastVisit: parts.lastVisit ?? work.lastVisit,
    lastReviewOn: parts.lastReviewOn ?? work.lastReviewOn,
    steppedDownOn: 'steppedDownOn' in parts ? parts.steppedDownOn : work.steppedDownOn,
  };
}
