import { CalendarError } from '../dates/calendarError.js';
import { londonDateOf } from '../dates/dateTime.js';
import { toEpochDay } from '../dates/epochDay.js';
import type { IsoDate } from '../dates/isoDate.js';
import { allowedEvents } from './allowedEvents.js';
import { rulesFor, type PathwayOptions } from './caseState.js';
import { withdrawDeadlines } from './deadlines.js';
import { applyEmergency } from './emergency.js';
import { caseEventSchema, type CaseEvent, type CaseEventType, type EventOf } from './events.js';
import { eventTracks } from './eventTracks.js';
import { applyLegal } from './legal.js';
import { emergencyEventTypes, type legalEdges } from './legalTable.js';
import { Refusal, refuse, type PathwayResult } from './pathwayError.js';
import { applySocialCare } from './socialCare.js';
import type { SocialEventIn, SocialPhase } from './socialCareTable.js';
import { caseWith, type CaseState } from './state.js';
import type { TransitionContext } from './transitionContext.js';
import { isValidated, issuesOf } from './validatedEvents.js';

/** The events the compiler accepts for a case in social-care phase `P`. */
export type EventAllowedIn<P extends SocialPhase> =
  | EventOf<SocialEventIn<P>>
  | EventOf<(typeof legalEdges)[number]['event']>
  | EventOf<(typeof emergencyEventTypes)[number]>
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
  return step(state, event, 0, options);
}

/** Applies an event at a position of a log; `replay` folds this over the log. */
export function step(state: CaseState, event: unknown, index: number, options: PathwayOptions | undefined): PathwayResult<CaseState> {
  try {
    return { ok: true, state: transition(state, checkedEvent(event), options) };
  } catch (error) {
    if (error instanceof Refusal) return refused(state, event, index, error);
    // A deadline beyond the calendar's supported years (e.g. a plan's review in 2076).
    if (error instanceof CalendarError && error.code === 'OUT_OF_CALENDAR_RANGE') {
      return refused(state, event, index, new Refusal('OUT_OF_CALENDAR_RANGE', 'a deadline of this event falls outside the calendar\'s supported years'));
    }
    throw error;
  }
}

function refused(state: CaseState, event: unknown, index: number, refusal: Refusal): PathwayResult<CaseState> {
  const type = typeof event === 'object' && event !== null ? (event as { type?: unknown }).type : undefined;
  return {
    ok: false,
    error: {
      code: refusal.code,
      index,
      ...(typeof type === 'string' && isKnownType(type) ? { eventType: type } : {}),
      message: refusal.message,
      allowed: allowedEvents(state),
      ...(refusal.issues === undefined ? {} : { issues: refusal.issues }),
    },
  };
}

function checkedEvent(event: unknown): CaseEvent {
  if (isValidated(event)) return event;
  const parsed = caseEventSchema.safeParse(event);
  if (parsed.success) return parsed.data;
  const issues = issuesOf(parsed.error.issues, '');
  throw new Refusal('INVALID_EVENT', issues.map((issue) => `${issue.path}: ${issue.message}`).join('; '), issues);
}

function transition(state: CaseState, event: CaseEvent, options: PathwayOptions | undefined): CaseState {
  const rules = rulesFor(options, state);
  const date = event.date as IsoDate;
  if (state.lastEventDate !== null && date < state.lastEventDate) {
    throw new Refusal('OUT_OF_ORDER', `the event is dated before the previous event (${state.lastEventDate}): the log must be in date order`);
  }
  const day = toEpochDay(date);
  const { supported } = rules.calendar.coverage;
  const year = Number(date.slice(0, 4));
  if (year < supported.from || year > supported.to) {
    throw new Refusal('OUT_OF_CALENDAR_RANGE', `date: the calendar covers ${supported.from}-${supported.to}`);
  }
  if ('at' in event && londonDateOf(event.at) !== date) {
    throw new Refusal('INVALID_EVENT', 'date: must be the London date of at', [{ path: 'date', message: 'must be the London date of at' }]);
  }
  const sameRules = rules.ruleSet === state.rules.ruleSet && rules.calendar === state.rules.calendar;
  const context: TransitionContext = {
    state: sameRules ? state : caseWith(state, { rules }),
    event,
    date,
    day,
    ruleSet: rules.ruleSet,
    calendar: rules.calendar,
  };
  const next = applyTrack(context);
  return {
    child: next.child,
    rules: next.rules,
    lastEventDate: date,
    eventCount: state.eventCount + 1,
    social: next.social,
    legal: next.legal,
    emergency: next.emergency,
    deadlines: next.deadlines,
  };
}

function applyTrack(context: TransitionContext): CaseState {
  switch (eventTracks[context.event.type]) {
    case 'case':
      return applyChildBorn(context);
    case 'legal':
      return applyLegal(context);
    case 'emergency':
      return applyEmergency(context);
    case 'socialCare':
      return applySocialCare(context);
  }
}

/** The child is born: the date of birth is known and a pre-birth conference is no longer due. */
function applyChildBorn({ state, date }: TransitionContext): CaseState {
  if (state.child.dateOfBirth !== undefined) refuse('the date of birth is already known');
  return caseWith(state, {
    child: { ...state.child, dateOfBirth: date },
    deadlines: withdrawDeadlines(state.deadlines, ['preBirthConference'], date),
  });
}

function isKnownType(type: string): type is CaseEventType {
  return Object.hasOwn(eventTracks, type);
}
