import { toEpochDay } from '../../dates/epochDay.js';
import { dayOfWeek } from '../../dates/gregorian.js';
import type { IsoDate } from '../../dates/isoDate.js';
import { dueOf } from '../../rules/dueDate.js';
import type { TimescaleId } from '../../rules/timescale.js';
import { isUnborn } from '../age.js';
import { meetDeadlines, openDeadline, withdrawDeadlines } from '../deadlines.js';
import type { EventOf } from '../events.js';
import { checkInCalendar, invalidField, refuse } from '../pathwayError.js';
import type { CaseDraft, CaseState } from '../state.js';
import type { TransitionContext } from '../transitionContext.js';
import { isAgencyRole } from './agencies.js';
import type { ConferenceKind } from './conferenceEvents.js';
import type { ConferenceState } from './conferenceState.js';

/** The preparation deadlines of a conference, opened when it is booked (Pan-Sussex 5.11.2-5.11.8). */
interface Preparation {
  readonly invitations: TimescaleId;
  readonly familyReport: TimescaleId;
  readonly agencyReports: TimescaleId;
}

const firstConference: Preparation = { invitations: 'conferenceInvitations', familyReport: 'familyReport', agencyReports: 'agencyReports' };
const reviewConference: Preparation = {
  invitations: 'conferenceInvitations',
  familyReport: 'reviewFamilyReport',
  agencyReports: 'reviewAgencyReports',
};

/** The preparation timescales of a kind of conference: reviews have their own, longer ones. */
function preparationOf(kind: ConferenceKind): Preparation {
  return kind === 'review' ? reviewConference : firstConference;
}

const preparationIds = (kind: ConferenceKind): TimescaleId[] => {
  const { invitations, familyReport, agencyReports } = preparationOf(kind);
  return [invitations, familyReport, agencyReports];
};

/**
 * The conference-track event types: booking and preparation. The compiler allows them in every
 * social-care phase (like legal events); whether a conference can be booked or prepared then
 * depends on the state, which the transition checks.
 */
export type ConferenceEventType = 'conferenceScheduled' | 'participantExcluded' | 'conferenceInvitationsSent' | 'familyReportShared' | 'agencyReportReceived';
type ConferenceEvent = EventOf<ConferenceEventType>;

/**
 * Applies a conference-track event: a booking (or a move of one) and the preparation before the
 * day. Preparation is recorded against the open booking of the kind the event names, so a
 * report for a conference never booked is refused.
 */
export function applyConference(context: TransitionContext<ConferenceEvent>): void {
  const { draft, event, date } = context;
  if (event.type === 'conferenceScheduled') return book(context as TransitionContext<EventOf<'conferenceScheduled'>>);
  const position = openBookingOf(draft.conferences, event.conference);
  if (position < 0) {
    refuse(`no ${event.conference} conference is booked: book it with conferenceScheduled before recording its preparation`);
  }
  const booked = draft.conferences[position] as ConferenceState;
  const preparation = preparationOf(booked.conference);
  let next: ConferenceState = booked;
  switch (event.type) {
    case 'participantExcluded':
      if (event.role === 'chair') invalidField('role', 'cannot be the chair, who makes the decision to exclude');
      next = { ...booked, excluded: withRoles(booked.excluded, [event.role]) };
      break;
    case 'conferenceInvitationsSent':
      next = { ...booked, invited: withRoles(booked.invited, event.roles), invitationsSentOn: booked.invitationsSentOn ?? date };
      meetDeadlines(draft.deadlines, [preparation.invitations], date);
      break;
    case 'familyReportShared':
      if (booked.familyReport === undefined) {
        const due = dueOn(context, preparation.familyReport, booked.scheduledFor as IsoDate);
        next = { ...booked, familyReport: { on: date, due } };
        meetDeadlines(draft.deadlines, [preparation.familyReport], date);
      }
      break;
    case 'agencyReportReceived':
      if (!booked.agencyReports.some((report) => report.role === event.role)) {
        next = { ...booked, agencyReports: [...booked.agencyReports, { role: event.role, on: date }] };
      }
      break;
  }
  // The agencies' deadline is met by the report of the last invited agency still to send one.
  if ((event.type === 'agencyReportReceived' || event.type === 'conferenceInvitationsSent') && allAgenciesReported(next)) {
    meetDeadlines(draft.deadlines, [preparation.agencyReports], date);
  }
  draft.conferences[position] = next;
}

function book(context: TransitionContext<EventOf<'conferenceScheduled'>>): void {
  const { draft, event, date } = context;
  const kind = event.conference;
  const on = event.on as IsoDate;
  const onDay = toEpochDay(on);
  if (onDay < context.day) invalidField('on', 'must be on or after the day the booking was made (date)');
  // The preparation is counted back from the booked day in the case's calendar.
  checkInCalendar(onDay, ['on'], context.calendar);
  const weekday = dayOfWeek(onDay);
  if (weekday === 0 || weekday === 6) {
    invalidField('on', 'must be a weekday: conferences are not held on a Saturday or Sunday (CIN census rule 8875)');
  }
  const bookable = bookableKinds(draft, context.day);
  if (!bookable.includes(kind)) {
    refuse(`a ${kind} conference cannot be booked now: ${whyNot[kind]}; bookable now: ${bookable.length === 0 ? 'none' : bookable.join(', ')}`);
  }
  // An initial and a pre-birth conference are one meeting (the initial conference, before or
  // after the birth): booking either moves the other's booking.
  const position = openBookingOf(draft.conferences, kind, true);
  const ids = preparationIds(kind);
  if (position < 0) {
    draft.conferences.push({ conference: kind, scheduledFor: on, invited: [], excluded: [], agencyReports: [] });
  } else {
    const moved = draft.conferences[position] as ConferenceState;
    draft.conferences[position] = { ...moved, conference: kind, scheduledFor: on };
    withdrawDeadlines(draft.deadlines, ids, date);
    // Steps already done stay done, judged by the booking of their day; the rest move.
    if (moved.invitationsSentOn !== undefined) ids.splice(ids.indexOf('conferenceInvitations'), 1);
    if (moved.familyReport !== undefined) ids.splice(ids.indexOf(preparationOf(kind).familyReport), 1);
    if (allAgenciesReported(moved)) ids.splice(ids.indexOf(preparationOf(kind).agencyReports), 1);
  }
  for (const id of ids) openDeadline(draft.deadlines, id, on, context);
}

const whyNot: Readonly<Record<ConferenceKind, string>> = {
  initial: 'an initial conference follows a section 47 enquiry that has not yet had its conference',
  preBirth: 'a pre-birth conference needs an unborn child (an expected delivery date and no birth yet) and a section 47 enquiry',
  review: 'a review conference needs an open child protection plan',
  transferIn: 'a transfer-in conference follows a transfer-in notification',
};

/**
 * The conference events that may happen next: a booking in a phase that can hold a conference,
 * preparation while a booking is open.
 */
export function allowedConferenceEvents(state: Pick<CaseState, 'social' | 'child' | 'conferences'>): ConferenceEventType[] {
  // Every phase that can book a pre-birth conference can book an initial one: the day is moot.
  const allowed: ConferenceEventType[] = bookableKinds(state, 0).length > 0 ? ['conferenceScheduled'] : [];
  if (state.conferences.some(isOpenBooking)) {
    allowed.push('participantExcluded', 'conferenceInvitationsSent', 'familyReportShared', 'agencyReportReceived');
  }
  return allowed;
}

/** The kinds of conference the case can book on a day, from the social-care phase. */
function bookableKinds(state: Pick<CaseDraft, 'social' | 'child'>, day: number): ConferenceKind[] {
  switch (state.social.phase) {
    case 'enquiry':
    case 'awaitingConference':
      return isUnborn(state.child, day) ? ['initial', 'preBirth'] : ['initial'];
    case 'plan':
      return ['review'];
    case 'transferIn':
      return ['transferIn'];
    default:
      return [];
  }
}

/**
 * Records a held conference: the open booking of its kind is held (an initial-conference event
 * holds a pre-birth booking too), or, with no booking, a record of the meeting alone is added.
 * Preparation still open can no longer be done in time and is withdrawn; the records keep what
 * was missed as findings.
 */
export function holdConference(
  context: TransitionContext<EventOf<'initialConferenceHeld' | 'reviewConferenceHeld' | 'transferInConferenceHeld'>>,
): void {
  const { draft, event, date } = context;
  const kind: ConferenceKind =
    event.type === 'reviewConferenceHeld' ? 'review' : event.type === 'transferInConferenceHeld' ? 'transferIn' : 'initial';
  const position = openBookingOf(draft.conferences, kind, true);
  if (position < 0) {
    // Written out rather than spread: most held conferences have no booking, and a literal of
    // one fixed shape keeps the fold fast (see socialWith in state.ts).
    draft.conferences.push({
      conference: kind === 'initial' && isUnborn(draft.child, context.day) ? 'preBirth' : kind,
      invited: [],
      excluded: [],
      agencyReports: [],
      heldOn: date,
      participants: event.participants,
      thresholdJudgements: event.thresholdJudgements,
      scaling: event.scaling,
      childParticipation: event.childParticipation,
    });
    return;
  }
  const meeting = {
    heldOn: date,
    participants: event.participants,
    thresholdJudgements: event.thresholdJudgements,
    scaling: event.scaling,
    childParticipation: event.childParticipation,
  };
  const booked = draft.conferences[position] as ConferenceState;
  draft.conferences[position] = { ...booked, ...meeting };
  withdrawDeadlines(draft.deadlines, preparationIds(booked.conference), date);
}

/**
 * Cancels the bookings the case can no longer hold after a change of social-care phase (an
 * enquiry closed, a plan ended, a transfer that led nowhere), withdrawing their preparation.
 */
export function cancelUnholdableBookings(draft: CaseDraft, date: IsoDate, day: number): void {
  const conferences = draft.conferences;
  for (let position = conferences.length - 1; position >= 0; position--) {
    const booked = conferences[position] as ConferenceState;
    if (!isOpenBooking(booked)) continue;
    const bookable = bookableKinds(draft, day);
    if (bookable.includes(booked.conference) || (booked.conference === 'preBirth' && bookable.includes('initial'))) continue;
    conferences[position] = { ...booked, cancelledOn: date };
    withdrawDeadlines(draft.deadlines, preparationIds(booked.conference), date);
  }
}

/** True once agencies were invited and every one of them has sent its report. */
function allAgenciesReported(conference: ConferenceState): boolean {
  const agencies = conference.invited.filter(isAgencyRole);
  return agencies.length > 0 && agencies.every((role) => conference.agencyReports.some((report) => report.role === role));
}

/** True for a booking neither held nor cancelled. */
export function isOpenBooking(conference: ConferenceState): boolean {
  return conference.scheduledFor !== undefined && conference.heldOn === undefined && conference.cancelledOn === undefined;
}

/**
 * The position of the open booking of a kind, or -1. With `sameMeeting`, an initial and a
 * pre-birth booking stand for each other.
 */
function openBookingOf(conferences: readonly ConferenceState[], kind: ConferenceKind, sameMeeting = false): number {
  for (let position = conferences.length - 1; position >= 0; position--) {
    const conference = conferences[position] as ConferenceState;
    if (!isOpenBooking(conference)) continue;
    if (conference.conference === kind || (sameMeeting && isInitial(conference.conference) && isInitial(kind))) return position;
  }
  return -1;
}

const isInitial = (kind: ConferenceKind): boolean => kind === 'initial' || kind === 'preBirth';

/** The due date of a preparation step under the booking. */
function dueOn(context: TransitionContext, id: TimescaleId, on: IsoDate): IsoDate {
  return dueOf(context.ruleSet.timescales[id], on, context.calendar).due;
}

function withRoles<R extends string>(roles: readonly R[], added: readonly R[]): readonly R[] {
  const fresh = added.filter((role, index) => !roles.includes(role) && added.indexOf(role) === index);
  return fresh.length === 0 ? roles : [...roles, ...fresh];
}

