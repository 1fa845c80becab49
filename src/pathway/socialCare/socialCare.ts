import { toEpochDay } from '../../dates/epochDay.js';
import { dayOfWeek } from '../../dates/gregorian.js';
import type { TimescaleId } from '../../rules/timescale.js';
import { ageReachedOn, isUnborn } from '../age.js';
import { cancelUnholdableBookings, holdConference } from '../conference/conference.js';
import { meetDeadlines, openDeadline, openDeadlineOf, withdrawDeadlines } from '../deadlines.js';
import type { EventOf } from '../events.js';
import type { HarmCategory } from './socialCareEvents.js';
import { checkInCalendar, invalidField, refuse } from '../pathwayError.js';
import { socialCareEdges, type SocialPhase } from './socialCareTable.js';
import { socialWith, type CaseState, type ProtectionPlan, type Section47Enquiry, type SocialCareState } from '../state.js';
import type { IsoDate } from '../../dates/isoDate.js';
import type { TransitionContext } from '../transitionContext.js';
import { nextPhase } from '../transitionTable.js';
import { applyPlanWork } from '../plan/plan.js';

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
export function applySocialCare(context: TransitionContext): void {
  const { draft, event } = context;
  const { deadlines } = draft;
  // The social-care state before the event: the draft's is replaced only at the end.
  const before = draft.social;
  const phase = before.phase;
  const to = nextPhase<SocialPhase>(socialCareEdges, phase, event);
  if (to === undefined) refuse(`${event.type} is not allowed while the case is in phase '${phase}'`);
  checkAge(context);
  let social: SocialCareState = to === phase ? before : socialWith(before, { phase: to });
  const { date } = context;
  switch (event.type) {
    case 'referralReceived':
      social = withOpenEpisode(social, date);
      openDeadline(deadlines, 'referralDecision', date, context);
      openDeadline(deadlines, 'assessment', date, context);
      break;
    case 'referralDecisionMade':
      meetDeadlines(deadlines, ['referralDecision'], date);
      break;
    case 'assessmentCompleted':
      meetDeadlines(deadlines, ['assessment'], date);
      break;
    case 'strategyDiscussionHeld':
      meetDeadlines(deadlines, ['referralDecision'], date);
      // Only the discussion that initiates the enquiry starts the ICPC clock (WT2023).
      if (to === 'enquiry' && phase !== 'enquiry') {
        social = withOpenEpisode(social, date);
        const enquiry: Section47Enquiry = { startDate: date, episode: social.episodes.length - 1, conferenceNotRequired: false };
        social = socialWith(social, { enquiryStartedOn: date, enquiries: [...social.enquiries, enquiry] });
        openDeadline(deadlines, 'initialConference', date, context);
        if (isUnborn(draft.child, context.day)) openPreBirthConference(context, draft.child.expectedDeliveryDate as string);
      }
      break;
    case 'section47Concluded':
      if (phase === 'enquiry' && to !== 'awaitingConference') {
        withdrawDeadlines(deadlines, ['initialConference', 'preBirthConference'], date);
      }
      if (phase === 'enquiry') {
        social = withLatestEnquiry(social, { endDate: date, conferenceNotRequired: to !== 'awaitingConference' });
      }
      break;
    case 'initialConferenceHeld':
    case 'transferInConferenceHeld': {
      // CIN census rule 8875: an initial conference is never held on a weekend.
      const weekday = dayOfWeek(context.day);
      if (weekday === 0 || weekday === 6) refuse('a child protection conference cannot be held on a Saturday or Sunday (CIN census rule 8875)');
      meetDeadlines(deadlines, ['initialConference', 'preBirthConference', 'transferInConference'], date);
      if (event.type === 'initialConferenceHeld') {
        const enquiry = social.enquiries[social.enquiries.length - 1] as Section47Enquiry;
        social = withLatestEnquiry(social, { endDate: enquiry.endDate ?? date, conferenceDate: date, conferenceMadePlan: event.decision === 'plan' });
      }
      holdConference(context as TransitionContext<typeof event>);
      social = conferenceDecision(context, event, social);
      break;
    }
    case 'coreGroupHeld': {
      const first = openDeadlineOf(deadlines, 'firstCoreGroup') !== undefined;
      meetDeadlines(deadlines, [first ? 'firstCoreGroup' : 'subsequentCoreGroup'], date);
      openDeadline(deadlines, 'subsequentCoreGroup', date, context);
      break;
    }
    case 'visitMade':
      // A visit that did not see the child is recorded but does not count (ssd_cp_visits).
      if (event.seen !== false) draft.visitDates.push(date);
      if (phase === 'plan' && event.seen !== false) {
        meetDeadlines(deadlines, ['statutoryVisit'], date);
        openDeadline(deadlines, 'statutoryVisit', date, context);
      }
      break;
    case 'reviewConferenceHeld': {
      const plan = social.plan as ProtectionPlan;
      // CIN census rule 8841: a review is strictly after the plan's start.
      if (context.day <= toEpochDay(plan.startDate)) refuse('a review conference must be after the plan started (CIN census rule 8841)');
      meetDeadlines(deadlines, ['firstReviewConference', 'subsequentReviewConference'], date);
      const categories = checkedCategories(event, true);
      holdConference(context as TransitionContext<typeof event>);
      const reviewed: ProtectionPlan = {
        ...plan,
        reviews: plan.reviews + 1,
        categories: categories ?? plan.categories,
        reviewDates: [...plan.reviewDates, date],
        categoryHistory: categories === undefined ? plan.categoryHistory : [...plan.categoryHistory, { from: date, categories }],
      };
      if (event.decision === 'continuePlan') {
        social = withPlan(social, reviewed);
        openDeadline(deadlines, 'subsequentReviewConference', date, context);
      } else {
        social = endPlan(social, reviewed, context, 'reviewConference');
      }
      break;
    }
    case 'planEnded': {
      const plan = social.plan as ProtectionPlan;
      if (event.reason === 'reachedAdulthood') checkAdulthood(context);
      social = endPlan(social, plan, context, event.reason);
      break;
    }
    case 'transferInNotified':
      social = withOpenEpisode(social, date);
      openDeadline(deadlines, 'transferInConference', date, context);
      break;
    case 'childInNeedPlanStarted':
      // CIN census rules 4001, 4016, 4017: no child in need plan during a protection plan.
      if (before.childInNeedPlanOpen) refuse('a child in need plan is already open');
      social = socialWith(withOpenEpisode(social, date), { childInNeedPlanOpen: true });
      break;
    case 'childInNeedPlanEnded':
      if (!before.childInNeedPlanOpen) refuse('there is no open child in need plan to end');
      social = socialWith(social, { childInNeedPlanOpen: false });
      break;
  }
  if (to === 'none' && phase !== 'plan') {
    withdrawDeadlines(deadlines, episodeTimescales, date);
    social = socialWith(social, { enquiryStartedOn: undefined });
  }
  // An episode that closes while a child in need plan is still open leaves a child in need,
  // not a closed case (the table's one rule that depends on state: see socialCareTable.ts).
  if (social.phase === 'none' && social.childInNeedPlanOpen) social = socialWith(social, { phase: 'childInNeed' });
  if (to === 'childInNeed' && phase !== 'childInNeed') {
    withdrawDeadlines(deadlines, ['initialConference', 'preBirthConference', 'transferInConference'], date);
  }
  if (social.phase === 'none' && phase !== 'none') social = withEpisodeClosed(social, date);
  draft.social = social;
  // A booking the new phase cannot hold (the enquiry or plan ended first) is cancelled.
  if (social.phase !== phase && draft.conferences.length > 0) cancelUnholdableBookings(draft, date, context.day);
  applyPlanWork(context, before);
}

function conferenceDecision(
  context: TransitionContext,
  event: EventOf<'initialConferenceHeld'> | EventOf<'transferInConferenceHeld'>,
  social: SocialCareState,
): SocialCareState {
  const { deadlines } = context.draft;
  const categories = checkedCategories(event, event.decision === 'plan');
  if (event.decision !== 'plan') {
    withdrawDeadlines(deadlines, ['assessment'], context.date);
    return socialWith(social, { enquiryStartedOn: undefined });
  }
  if (categories === undefined) invalidField('categories', 'must name at least one category when the decision is a plan');
  const { date } = context;
  // CIN census rule 2885: the plan starts on the conference date.
  const plan: ProtectionPlan = {
    number: social.plans.length + 1,
    startDate: date,
    categories,
    reviews: 0,
    categoryHistory: [{ from: date, categories }],
    reviewDates: [],
    transferIn: event.type === 'transferInConferenceHeld',
    episode: social.episodes.length - 1,
  };
  openDeadline(deadlines, 'firstCoreGroup', date, context);
  openDeadline(deadlines, 'firstReviewConference', date, context);
  openDeadline(deadlines, 'statutoryVisit', date, context);
  // A child in need plan gives way to the protection plan (census rules 4001, 4016, 4017).
  return socialWith(social, { plan, plans: [...social.plans, plan], childInNeedPlanOpen: false, enquiryStartedOn: undefined });
}

function endPlan(
  social: SocialCareState,
  plan: ProtectionPlan,
  context: TransitionContext,
  reason: NonNullable<ProtectionPlan['endReason']>,
): SocialCareState {
  // CIN census rules 8925 and 8840: a plan ends after it starts, never on the same day.
  if (context.day <= toEpochDay(plan.startDate)) refuse('a plan cannot end on or before the day it started (CIN census rules 8925, 8840)');
  // Written out, not spread: in V8 a spread that adds keys its source lacks takes the slow
  // path, and cost more than the rest of the plan's end. An open plan has exactly these fields.
  const ended: ProtectionPlan = {
    number: plan.number,
    startDate: plan.startDate,
    categories: plan.categories,
    reviews: plan.reviews,
    endDate: context.date,
    endReason: reason,
    categoryHistory: plan.categoryHistory,
    reviewDates: plan.reviewDates,
    transferIn: plan.transferIn,
    episode: plan.episode,
  };
  withdrawDeadlines(context.draft.deadlines, planTimescales, context.date);
  return socialWith(social, { plan: undefined, plans: [...social.plans.slice(0, -1), ended] });
}

/**
 * The social-care state with an episode open: the open one, or a new one from this date (a
 * referral, a transfer-in notification, or the first event of a log that starts mid-episode).
 */
function withOpenEpisode(social: SocialCareState, date: IsoDate): SocialCareState {
  const last = social.episodes[social.episodes.length - 1];
  if (last !== undefined && last.closureDate === undefined) return social;
  return socialWith(social, { episodes: [...social.episodes, { referralDate: date }] });
}

/** The social-care state with its open episode closed on a date. */
function withEpisodeClosed(social: SocialCareState, date: IsoDate): SocialCareState {
  const last = social.episodes[social.episodes.length - 1];
  if (last === undefined || last.closureDate !== undefined) return social;
  return socialWith(social, { episodes: [...social.episodes.slice(0, -1), { referralDate: last.referralDate, closureDate: date }] });
}

/** The social-care state with fields of its latest section 47 enquiry replaced. */
function withLatestEnquiry(social: SocialCareState, fields: Partial<Section47Enquiry>): SocialCareState {
  const latest = social.enquiries[social.enquiries.length - 1] as Section47Enquiry;
  return socialWith(social, { enquiries: [...social.enquiries.slice(0, -1), { ...latest, ...fields }] });
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

/** The pre-birth conference, counted back from the expected delivery date: a day of the case's calendar. */
function openPreBirthConference(context: TransitionContext, expectedDeliveryDate: string): void {
  checkInCalendar(toEpochDay(expectedDeliveryDate), ['child', 'expectedDeliveryDate'], context.calendar);
  openDeadline(context.draft.deadlines, 'preBirthConference', expectedDeliveryDate, context);
}

/** The child's 18th birthday, when the date of birth is known. */
function adulthoodDate(state: Pick<CaseState, 'child'>): string | undefined {
  const born = state.child.dateOfBirth;
  return born === undefined ? undefined : ageReachedOn(born, 18);
}

function checkAge(context: TransitionContext): void {
  if (context.draft.child.dateOfBirth === undefined) return;
  const adult = adulthoodDate(context.draft);
  if (adult === undefined || context.day < toEpochDay(adult)) return;
  const event = context.event;
  if (event.type === 'planEnded' && event.reason === 'reachedAdulthood') return;
  if (event.type === 'childInNeedPlanEnded') return;
  refuse(
    context.draft.social.phase === 'plan'
      ? 'the child has reached 18: the plan must end (planEnded with reason reachedAdulthood)'
      : 'the child has reached 18: child protection processes no longer apply',
  );
}

function checkAdulthood(context: TransitionContext): void {
  const adult = adulthoodDate(context.draft);
  if (adult !== undefined && context.day < toEpochDay(adult)) refuse('a plan can end for reaching adulthood only on or after the 18th birthday');
}
