import { CalendarError } from '../dates/calendarError.js';
import { londonDateOf } from '../dates/dateTime.js';
import { toEpochDay } from '../dates/epochDay.js';
import type { IsoDate } from '../dates/isoDate.js';
import { issuesMessage } from '../validation/validationIssue.js';
import { fromZodIssues } from '../validation/zodIssues.js';
import { allowedEvents } from './allowedEvents.js';
import { rulesFor, type PathwayOptions } from './caseState.js';
import { withdrawDeadlines } from './deadlines.js';
import { applyConference, type ConferenceEventType } from './conference/conference.js';
import { applyEmergency } from './emergency/emergency.js';
import { caseEventSchema, type CaseEvent, type CaseEventType, type EventOf } from './events.js';
import { eventTracks } from './eventTracks.js';
import { applyLegal } from './legal/legal.js';
import { emergencyEventTypes, type legalEdges } from './legal/legalTable.js';
import { checkInCalendar, outOfCalendar, Refusal, refuse, type PathwayResult } from './pathwayError.js';
import { applySocialCare } from './socialCare/socialCare.js';
import type { SocialEventIn, SocialPhase } from './socialCare/socialCareTable.js';
import { draftOf, stateOf, withFields, type CaseDraft, type CaseState } from './state.js';
import type { TransitionContext } from './transitionContext.js';
import { isValidated, validatedDay } from './validatedEvents.js';

/** The events the compiler accepts for a case in social-care phase `P`. */
export type EventAllowedIn<P extends SocialPhase> =
  | EventOf<SocialEventIn<P>>
  | EventOf<(typeof legalEdges)[number]['event']>
  | EventOf<(typeof emergencyEventTypes)[number]>
  | EventOf<ConferenceEventType>
  | EventOf<'childBorn'>;

/**
 * Applies one event to a case: pure, never mutates its inputs, and never throws for bad data.
 * The result is the new state, or an error value with a stable `code` (`INVALID_EVENT`,
 * `INVALID_TRANSITION`, `OUT_OF_ORDER`, `OUT_OF_CALENDAR_RANGE`), a message naming the rule
 * broken and the events allowed instead. Where the compiler knows the case's phase, an event
 * that phase does not allow is a type error.
 *
 * @example
 * const start = newCase();
 * const result = applyEvent(start, { type: 'referralReceived', date: '2026-01-05' });
 * if (result.ok) result.state.social.phase; // 'referral'
 */
export function applyEvent<P extends SocialPhase>(
  state: CaseState<P>,
  event: EventAllowedIn<P>,
  options?: PathwayOptions,
): PathwayResult<CaseState> {
  // The draft has its own deadline list, so `state` is left as it was, refused or not.
  const draft = draftOf(state);
  const refusal = applyTo(draft, event, options);
  return refusal === undefined ? { ok: true, state: stateOf(draft) } : refused(state, event, 0, refusal);
}

/**
 * Applies an event to a draft, or says why the event is refused; a refused event may have
 * changed the draft part way. `replay` folds a log into one draft with this.
 */
export function applyTo(draft: CaseDraft, event: unknown, options: PathwayOptions | undefined): Refusal | undefined {
  try {
    transition(draft, checkedEvent(event), options);
    return undefined;
  } catch (error) {
    if (error instanceof Refusal) return error;
    if (error instanceof CalendarError) return calendarRefusal(error, event, draft);
    throw error;
  }
}

/**
 * A calendar error met while applying an event, as a refusal naming a field of the event: the
 * field the error names when the event has one, otherwise `date`, the day the event's deadlines
 * are counted from (a deadline beyond the calendar's supported years, e.g. a plan's review in
 * 2076). The calendar's own message is not passed on: it names the library's arguments
 * (`instant`, `from`), which the log does not have.
 */
function calendarRefusal(error: CalendarError, event: unknown, draft: CaseDraft): Refusal {
  const fields = typeof event === 'object' && event !== null ? event : {};
  const path = error.argument !== 'type' && error.argument !== 'note' && Object.hasOwn(fields, error.argument) ? error.argument : 'date';
  if (error.code === 'OUT_OF_CALENDAR_RANGE') {
    return outOfCalendar([path], 'a deadline counted from this event falls outside the calendar\'s supported years', draft.rules.calendar);
  }
  const message = 'is a date the calendar cannot count from';
  return new Refusal('INVALID_EVENT', `${path}: ${message}`, [{ path: [path], code: 'invalid_value', message }]);
}

/** The error for a refused event of a log, from the state before it. */
export function refused(state: CaseState, event: unknown, index: number, refusal: Refusal): PathwayResult<CaseState> {
  const type = typeof event === 'object' && event !== null ? (event as { type?: unknown }).type : undefined;
  return {
    ok: false,
    error: {
      code: refusal.code,
      index,
      ...(typeof type === 'string' && isKnownType(type) ? { eventType: type } : {}),
      message: refusal.message,
      allowed: allowedEvents(state),
      ...(refusal.issues === undefined ? {} : { issues: refusal.issues, issuesOmitted: refusal.issuesOmitted }),
    },
  };
}

function checkedEvent(event: unknown): CaseEvent {
  if (isValidated(event)) return event;
  const parsed = caseEventSchema.safeParse(event);
  if (parsed.success) return parsed.data;
  const found = fromZodIssues(parsed.error.issues);
  throw new Refusal('INVALID_EVENT', issuesMessage(found), found.issues, found.issuesOmitted);
}

function transition(draft: CaseDraft, event: CaseEvent, options: PathwayOptions | undefined): void {
  const rules = rulesFor(options, draft);
  const date = event.date as IsoDate;
  const day = validatedDay(event) ?? toEpochDay(date);
  if (draft.lastEventDay !== null && day < draft.lastEventDay) {
    throw new Refusal('OUT_OF_ORDER', `the event is dated before the previous event (${draft.lastEventDate}): the log must be in date order`);
  }
  checkInCalendar(day, ['date'], rules.calendar);
  if ('at' in event && londonDateOf(event.at, 'at') !== date) {
    throw new Refusal('INVALID_EVENT', 'date: must be the London date of at', [{ path: ['date'], code: 'custom', message: 'must be the London date of at' }]);
  }
  if (rules.ruleSet !== draft.rules.ruleSet || rules.calendar !== draft.rules.calendar) draft.rules = rules;
  applyTrack({ draft, event, date, day, ruleSet: rules.ruleSet, calendar: rules.calendar });
  draft.lastEventDate = date;
  draft.lastEventDay = day;
  draft.eventCount += 1;
}

function applyTrack(context: TransitionContext): void {
  switch (eventTracks[context.event.type]) {
    case 'case':
      return applyChildBorn(context);
    case 'legal':
      return applyLegal(context);
    case 'emergency':
      return applyEmergency(context);
    case 'socialCare':
      return applySocialCare(context);
    case 'conference':
      return applyConference(context as TransitionContext<EventOf<ConferenceEventType>>);
  }
}

/** The child is born: the date of birth is known and a pre-birth conference is no longer due. */
function applyChildBorn({ draft, date }: TransitionContext): void {
  if (draft.child.dateOfBirth !== undefined) refuse('the date of birth is already known');
  draft.child = withFields(draft.child, { dateOfBirth: date });
  withdrawDeadlines(draft.deadlines, ['preBirthConference'], date);
}

function isKnownType(type: string): type is CaseEventType {
  return Object.hasOwn(eventTracks, type);
}
