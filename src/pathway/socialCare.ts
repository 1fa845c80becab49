import { toEpochDay } from '../dates/epochDay.js';
import { dayOfWeek } from '../dates/gregorian.js';
import type { TimescaleId } from '../rules/timescale.js';
import { ageReachedOn } from './age.js';
import { meetDeadlines, openDeadline, openDeadlineOf, withdrawDeadlines } from './deadlines.js';
import type { EventOf, HarmCategory } from './events.js';
import { invalidField, refuse } from './pathwayError.js';
import { socialCareEdges, type SocialPhase } from './socialCareTable.js';
import { caseWith, socialWith, type CaseState, type ProtectionPlan, type SocialCareState, type TrackedDeadline } from './state.js';
import type { TransitionContext } from './transitionContext.js';
import { nextPhase } from './transitionTable.js';

/** Deadlines of an open episode before any plan: withdrawn when the episode closes. */
const episodeTimescales: readonly TimescaleId[] = [
  'referralDecision',
  'assessment',
  'initialConference',
  'preBirthConference',
  'transferInConference',
];
/** Deadlines that run while a plan is open, and those of its episode: withdrawn when it ends. */
const planTimescales: readonly TimescaleId[] = [
  'firstCoreGroup',
  'subsequentCoreGroup',
  'firstReviewConference',
  'subsequentReviewConference',
  'statutoryVisit',
  ...episodeTimescales,
];

/**
 * Applies a social-care event: the phase comes from the transition table; this adds what the
 * table cannot say (deadlines opened, met and withdrawn; plans started and ended; census
 * rules).
 */
export function applySocialCare(context: TransitionContext): CaseState {
  const { state, event } = context;
  const phase = state.social.phase;
  const to = nextPhase<SocialPhase>(socialCareEdges, phase, event);
  if (to === undefined) refuse(`${event.type} is not allowed while the case is in phase '${phase}'`);
  checkAge(context);
  let social: SocialCareState = to === phase ? state.social : socialWith(state.social, { phase: to });
  let deadlines = state.deadlines;
  const { date } = context;
  switch (event.type) {
    case 'referralReceived':
      deadlines = openDeadline(deadlines, 'referralDecision', date, context);
      deadlines = openDeadline(deadlines, 'assessment', date, context);
      break;
    case 'referralDecisionMade':
      deadlines = meetDeadlines(deadlines, ['referralDecision'], date);
      break;
    case 'assessmentCompleted':
      deadlines = meetDeadlines(deadlines, ['assessment'], date);
      break;
    case 'strategyDiscussionHeld':
      deadlines = meetDeadlines(deadlines, ['referralDecision'], date);
      // Only the discussion that initiates the enquiry starts the ICPC clock (WT2023).
      if (to === 'enquiry' && phase !== 'enquiry') {
        social = socialWith(social, { enquiryStartedOn: date });
        deadlines = openDeadline(deadlines, 'initialConference', date, context);
        if (isUnborn(state, context.day)) {
          deadlines = openDeadline(deadlines, 'preBirthConference', state.child.expectedDeliveryDate as string, context);
        }
      }
      break;
    case 'section47Concluded':
      if (phase === 'enquiry' && to !== 'awaitingConference') {
        deadlines = withdrawDeadlines(deadlines, ['initialConference', 'preBirthConference'], date);
      }
      break;
    case 'initialConferenceHeld':
    case 'transferInConferenceHeld': {
      // CIN census rule 8875: an initial conference is never held on a weekend.
      const weekday = dayOfWeek(context.day);
      if (weekday === 0 || weekday === 6) refuse('a child protection conference cannot be held on a Saturday or Sunday (CIN census rule 8875)');
      deadlines = meetDeadlines(deadlines, ['initialConference', 'preBirthConference', 'transferInConference'], date);
      ({ social, deadlines } = conferenceDecision(context, event, social, deadlines));
      break;
    }
    case 'coreGroupHeld': {
      const first = openDeadlineOf(deadlines, 'firstCoreGroup') !== undefined;
      deadlines = meetDeadlines(deadlines, [first ? 'firstCoreGroup' : 'subsequentCoreGroup'], date);
      deadlines = openDeadline(deadlines, 'subsequentCoreGroup', date, context);
      break;
    }
    case 'visitMade':
      if (phase === 'plan') {
        deadlines = meetDeadlines(deadlines, ['statutoryVisit'], date);
        deadlines = openDeadline(deadlines, 'statutoryVisit', date, context);
      }
      break;
    case 'reviewConferenceHeld': {
      const plan = social.plan as ProtectionPlan;
      // CIN census rule 8841: a review is strictly after the plan's start.
      if (date <= plan.startDate) refuse('a review conference must be after the plan started (CIN census rule 8841)');
      deadlines = meetDeadlines(deadlines, ['firstReviewConference', 'subsequentReviewConference'], date);
      const reviewed: ProtectionPlan = {
        ...plan,
        reviews: plan.reviews + 1,
        categories: checkedCategories(event, true) ?? plan.categories,
      };
      if (event.decision === 'continuePlan') {
        social = withPlan(social, reviewed);
        deadlines = openDeadline(deadlines, 'subsequentReviewConference', date, context);
      } else {
        ({ social, deadlines } = endPlan(social, deadlines, reviewed, context, 'reviewConference'));
      }
      break;
    }
    case 'planEnded': {
      const plan = social.plan as ProtectionPlan;
      if (event.reason === 'reachedAdulthood') checkAdulthood(context);
      ({ social, deadlines } = endPlan(social, deadlines, plan, context, event.reason));
      break;
    }
    case 'transferInNotified':
      deadlines = openDeadline(deadlines, 'transferInConference', date, context);
      break;
    case 'childInNeedPlanStarted':
      // CIN census rules 4001, 4016, 4017: no child in need plan during a protection plan.
      if (state.social.childInNeedPlanOpen) refuse('a child in need plan is already open');
      social = socialWith(social, { childInNeedPlanOpen: true });
      break;
    case 'childInNeedPlanEnded':
      if (!state.social.childInNeedPlanOpen) refuse('there is no open child in need plan to end');
      social = socialWith(social, { childInNeedPlanOpen: false });
      break;
  }
  if (to === 'none' && phase !== 'plan') {
    deadlines = withdrawDeadlines(deadlines, episodeTimescales, date);
    social = socialWith(social, { enquiryStartedOn: undefined });
  }
  // An episode that closes while a child in need plan is still open leaves a child in need,
  // not a closed case (the table's one rule that depends on state: see socialCareTable.ts).
  if (social.phase === 'none' && social.childInNeedPlanOpen) social = socialWith(social, { phase: 'childInNeed' });
  if (to === 'childInNeed' && phase !== 'childInNeed') {
    deadlines = withdrawDeadlines(deadlines, ['initialConference', 'preBirthConference', 'transferInConference'], date);
  }
  return caseWith(state, { social, deadlines });
}

function conferenceDecision(
  context: TransitionContext,
  event: EventOf<'initialConferenceHeld'> | EventOf<'transferInConferenceHeld'>,
  social: SocialCareState,
  deadlines: readonly TrackedDeadline[],
): { social: SocialCareState; deadlines: readonly TrackedDeadline[] } {
  const categories = checkedCategories(event, event.decision === 'plan');
  if (event.decision !== 'plan') {
    return { social: socialWith(social, { enquiryStartedOn: undefined }), deadlines: withdrawDeadlines(deadlines, ['assessment'], context.date) };
  }
  if (categories === undefined) invalidField('categories', 'must name at least one category when the decision is a plan');
  const { date } = context;
  // CIN census rule 2885: the plan starts on the conference date.
  const plan: ProtectionPlan = { number: social.plans.length + 1, startDate: date, categories, reviews: 0 };
  let next = openDeadline(deadlines, 'firstCoreGroup', date, context);
  next = openDeadline(next, 'firstReviewConference', date, context);
  next = openDeadline(next, 'statutoryVisit', date, context);
  return {
    // A child in need plan gives way to the protection plan (census rules 4001, 4016, 4017).
    social: socialWith(social, { plan, plans: [...social.plans, plan], childInNeedPlanOpen: false, enquiryStartedOn: undefined }),
    deadlines: next,
  };
}

function endPlan(
  social: SocialCareState,
  deadlines: readonly TrackedDeadline[],
  plan: ProtectionPlan,
  context: TransitionContext,
  reason: NonNullable<ProtectionPlan['endReason']>,
): { social: SocialCareState; deadlines: readonly TrackedDeadline[] } {
  // CIN census rules 8925 and 8840: a plan ends after it starts, never on the same day.
  if (context.date <= plan.startDate) refuse('a plan cannot end on or before the day it started (CIN census rules 8925, 8840)');
  const ended: ProtectionPlan = { ...plan, endDate: context.date, endReason: reason };
  return {
    social: socialWith(social, { plan: undefined, plans: [...social.plans.slice(0, -1), ended] }),
    deadlines: withdrawDeadlines(deadlines, planTimescales, context.date),
  };
}

function withPlan(social: SocialCareState, plan: ProtectionPlan): SocialCareState {
  return socialWith(social, { plan, plans: [...social.plans.slice(0, -1), plan] });
}

function checkedCategories(
  event: { readonly categories?: readonly HarmCategory[] | undefined },
  allowed: boolean,
): readonly HarmCategory[] | undefined {
  if (event.categories === undefined) return undefined;
  if (!allowed) invalidField('categories', 'are only recorded when the decision is a plan');
  return event.categories;
}

function isUnborn(state: CaseState, day: number): boolean {
  const { dateOfBirth, expectedDeliveryDate } = state.child;
  return expectedDeliveryDate !== undefined && (dateOfBirth === undefined || toEpochDay(dateOfBirth) > day);
}

/** The child's 18th birthday, when the date of birth is known. */
export function adulthoodDate(state: CaseState): string | undefined {
  const born = state.child.dateOfBirth;
  return born === undefined ? undefined : ageReachedOn(born, 18);
}

function checkAge(context: TransitionContext): void {
  if (context.state.child.dateOfBirth === undefined) return;
  const adult = adulthoodDate(context.state);
  if (adult === undefined || context.date < adult) return;
  const event = context.event;
  if (event.type === 'planEnded' && event.reason === 'reachedAdulthood') return;
  if (event.type === 'childInNeedPlanEnded') return;
  refuse(
    context.state.social.phase === 'plan'
      ? 'the child has reached 18: the plan must end (planEnded with reason reachedAdulthood)'
      : 'the child has reached 18: child protection processes no longer apply',
  );
}

function checkAdulthood(context: TransitionContext): void {
  const adult = adulthoodDate(context.state);
  if (adult !== undefined && context.date < adult) refuse('a plan can end for reaching adulthood only on or after the 18th birthday');
}
