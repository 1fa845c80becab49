import { fromEpochDay, toEpochDay } from '../../dates/epochDay.js';
import { dueOf } from '../../rules/dueDate.js';
import { isoDate, type IsoDate } from '../../dates/isoDate.js';
import { ageReachedOn } from '../age.js';
import { addLimit, meetDeadlines, openDeadline, withdrawDeadlines } from '../deadlines.js';
import type { EventOf } from '../events.js';
import { checkInCalendar, invalidField, refuse } from '../pathwayError.js';
import { legalEdges, type LegalPhase } from './legalTable.js';
import { withFields, type LegalFinding, type LegalState, type PreProceedingsRecord, type ProceedingsRecord } from '../state.js';
import type { TransitionContext } from '../transitionContext.js';
import { nextPhase } from '../transitionTable.js';

/** Deadlines of care proceedings, settled when they are disposed of. */
const proceedingsTimescales = [
  'careProceedings',
  'proceedingsExtension',
  'caseManagementHearingLatest',
  'furtherCaseManagementHearingLatest',
] as const;

/** The local-procedure steps of pre-proceedings, which stop applying when it ends. */
const preProceedingsSteps = ['letterBeforeProceedings', 'preProceedingsMeeting', 'preProceedingsReview'] as const;

/**
 * Applies a legal-track event (PLO pre-proceedings, care proceedings and their orders). The
 * phase comes from the legal transition table; this adds deadlines, the CIN census
 * pre-proceedings fields and the statutory limits.
 */
export function applyLegal(context: TransitionContext): void {
  const { draft, event, date } = context;
  const { deadlines } = draft;
  // The legal state before the event: the draft's is replaced only at the end.
  const before = draft.legal;
  const phase = before.phase;
  const to = nextPhase<LegalPhase>(legalEdges, phase, event);
  if (to === undefined) refuse(`${event.type} is not allowed while the legal track is in phase '${phase}'`);
  let legal: LegalState = to === phase ? before : withFields(before, { phase: to });
  const pre = before.preProceedings;
  const proceedings = before.proceedings;
  switch (event.type) {
    case 'legalPlanningMeetingHeld':
      if (event.decision === 'preProceedings') {
        legal = withFields(legal, { preProceedings: { startDate: date, reviews: 0, reviewDates: [] } });
        if (preProceedingsStartOf(context) === 'decision') openDeadline(deadlines, 'preProceedings', date, context);
        openDeadline(deadlines, 'letterBeforeProceedings', date, context);
      } else if (phase === 'preProceedings') {
        legal = withFields(legal, { preProceedings: decided(pre, date, event.decision === 'issueProceedings' ? 'issueProceedings' : 'stepDown') });
        meetDeadlines(deadlines, ['preProceedings'], date);
        withdrawDeadlines(deadlines, preProceedingsSteps, date);
      }
      break;
    case 'letterBeforeProceedingsSent': {
      const record = pre as PreProceedingsRecord;
      legal = withFields(legal, { preProceedings: withFields(record, { letterDate: date }) });
      if (record.letterDate === undefined) {
        meetDeadlines(deadlines, ['letterBeforeProceedings'], date);
        openDeadline(deadlines, 'preProceedingsMeeting', date, context);
        if (preProceedingsStartOf(context) === 'letter') openDeadline(deadlines, 'preProceedings', date, context);
      }
      break;
    }
    case 'preProceedingsMeetingHeld': {
      const record = pre as PreProceedingsRecord;
      legal = withFields(legal, { preProceedings: withFields(record, { initialMeetingDate: record.initialMeetingDate ?? date }) });
      if (record.initialMeetingDate === undefined) {
        meetDeadlines(deadlines, ['preProceedingsMeeting'], date);
        if (preProceedingsStartOf(context) === 'meeting') openDeadline(deadlines, 'preProceedings', date, context);
      }
      withdrawDeadlines(deadlines, ['preProceedingsReview'], date);
      openDeadline(deadlines, 'preProceedingsReview', date, context);
      break;
    }
    case 'familyGroupDecisionMakingOffered': {
      const record = pre as PreProceedingsRecord;
      if (record.familyGroupMeetingOfferedOn !== undefined) refuse('a family group decision-making meeting was already offered in these pre-proceedings');
      legal = withFields(legal, { preProceedings: withFields(record, { familyGroupMeetingOfferedOn: date }) });
      break;
    }
    case 'familyGroupDecisionMakingHeld': {
      const record = pre as PreProceedingsRecord;
      if (record.familyGroupMeetingHeldOn === undefined) {
        legal = withFields(legal, { preProceedings: withFields(record, { familyGroupMeetingHeldOn: date }) });
      }
      break;
    }
    case 'preProceedingsReviewHeld': {
      const record = pre as PreProceedingsRecord;
      if (record.initialMeetingDate === undefined) refuse('a pre-proceedings review comes after the pre-proceedings meeting');
      meetDeadlines(deadlines, ['preProceedingsReview'], date);
      const reviewed = withFields(record, { reviews: record.reviews + 1, reviewDates: [...record.reviewDates, date] });
      if (event.decision === 'continue') {
        legal = withFields(legal, { preProceedings: reviewed });
        openDeadline(deadlines, 'preProceedingsReview', date, context);
      } else {
        legal = withFields(legal, { preProceedings: decided(reviewed, date, event.decision) });
        meetDeadlines(deadlines, ['preProceedings'], date);
        withdrawDeadlines(deadlines, preProceedingsSteps, date);
      }
      break;
    }
    case 'careProceedingsIssued': {
      checkUnder17(context, 'an application for a care or supervision order');
      if (phase === 'preProceedings') {
        const record = pre as PreProceedingsRecord;
        legal = withFields(legal, {
          preProceedings: withFields(decided(record, date, 'issueProceedings'), { courtApplicationDate: date }),
        });
        meetDeadlines(deadlines, ['preProceedings'], date);
        withdrawDeadlines(deadlines, preProceedingsSteps, date);
      }
      const { due: end } = dueOf(context.ruleSet.timescales.careProceedings, date, context.calendar, context.day);
      addLimit(deadlines, { timescale: 'careProceedings', from: date, due: end }, 'step');
      openDeadline(deadlines, 'caseManagementHearingLatest', date, context);
      legal = withFields(legal, { proceedings: { issuedOn: date, timetableEndsOn: end, extensions: 0 } });
      break;
    }
    case 'caseManagementHearingHeld':
      if (proceedings?.caseManagementHearingOn !== undefined) refuse('the case management hearing has been held: record a further case management hearing');
      meetDeadlines(deadlines, ['caseManagementHearingLatest'], date);
      legal = withFields(legal, { proceedings: withFields(proceedings as ProceedingsRecord, { caseManagementHearingOn: date }) });
      break;
    case 'furtherCaseManagementHearingHeld':
      if (proceedings?.caseManagementHearingOn === undefined) refuse('a further case management hearing comes after the case management hearing');
      // Held only if necessary (PD12A), so it is no deadline until it happens; then the item
      // records whether it fell within the window.
      openDeadline(deadlines, 'furtherCaseManagementHearingLatest', (proceedings as ProceedingsRecord).issuedOn, context);
      meetDeadlines(deadlines, ['furtherCaseManagementHearingLatest'], date);
      break;
    case 'issuesResolutionHearingHeld':
      break;
    case 'timetableExtended': {
      // CA 1989 s32(8): each extension ends no more than 8 weeks after the later of the end of
      // the 26 weeks and the end of the most recent extension; several are allowed.
      const record = proceedings as ProceedingsRecord;
      const newEnd = fromEpochDay(toEpochDay(record.timetableEndsOn) + 7 * event.weeks);
      withdrawDeadlines(deadlines, ['careProceedings', 'proceedingsExtension'], date);
      addLimit(deadlines, { timescale: 'proceedingsExtension', from: record.timetableEndsOn, due: newEnd }, 'step');
      legal = withFields(legal, { proceedings: withFields(record, { timetableEndsOn: newEnd, extensions: record.extensions + 1 }) });
      // s32(5) extends a timetable the court is still running to; one that has already ended
      // is recorded as given (the court's order stands) and reported, not silently accepted.
      if (date > record.timetableEndsOn) legal = withFields(legal, { findings: [...(legal.findings ?? []), lateExtension(date, record.timetableEndsOn)] });
      break;
    }
    case 'interimOrderMade':
      checkUnder17(context, 'an interim care or supervision order');
      legal = withFields(legal, { proceedings: withFields(proceedings as ProceedingsRecord, { interimOrder: event.order }) });
      break;
    case 'finalOrderMade': {
      if (event.order === 'care' || event.order === 'supervision') checkUnder17(context, `a ${event.order} order`);
      meetDeadlines(deadlines, proceedingsTimescales, date);
      legal = withFields(legal, { proceedings: withFields(proceedings as ProceedingsRecord, { finalOrder: { order: event.order, madeOn: date } }) });
      if (event.order === 'supervision') {
        const { due } = dueOf(context.ruleSet.timescales.supervisionOrder, date, context.calendar);
        withdrawDeadlines(deadlines, ['supervisionOrder', 'supervisionOrderMaximum'], date);
        addLimit(deadlines, { timescale: 'supervisionOrder', from: date, due });
        legal = withFields(legal, { supervisionOrder: { madeOn: date, endsOn: due } });
      }
      break;
    }
    case 'proceedingsWithdrawn':
      withdrawDeadlines(deadlines, proceedingsTimescales, date);
      legal = withFields(legal, { proceedings: withFields(proceedings as ProceedingsRecord, { withdrawnOn: date }) });
      break;
    case 'supervisionOrderExtended':
      legal = extendSupervision(context, event, legal);
      break;
  }
  if (legal.preProceedings !== pre) legal = withFields(legal, { preProceedingsHistory: historyWith(legal, event) });
  draft.legal = legal;
}

/**
 * Every pre-proceedings with the latest as it now stands: a new one is added when a legal
 * planning meeting starts pre-proceedings, otherwise the latest is replaced. The census is cut
 * at its reference date, so it needs the earlier ones too.
 */
function historyWith(legal: LegalState, event: TransitionContext['event']): readonly PreProceedingsRecord[] {
  const latest = legal.preProceedings as PreProceedingsRecord;
  const history = legal.preProceedingsHistory;
  const started = event.type === 'legalPlanningMeetingHeld' && event.decision === 'preProceedings';
  return started ? [...history, latest] : [...history.slice(0, -1), latest];
}

/**
 * Where the rule set starts the 16-week pre-proceedings target: the decision (the default, the
 * CIN census PPStartDate), the letter before proceedings or the first meeting. The census start
 * date stays the decision whichever is chosen.
 */
function preProceedingsStartOf(context: TransitionContext): 'decision' | 'letter' | 'meeting' {
  return context.ruleSet.settings?.preProceedingsStart ?? 'decision';
}

function lateExtension(date: IsoDate, expiredOn: IsoDate): LegalFinding {
  const daysLate = toEpochDay(date) - toEpochDay(expiredOn);
  return {
    code: 'EXTENDED_AFTER_EXPIRY',
    date,
    expiredOn,
    message:
      `The timetable was extended on ${date}, ${daysLate} ${daysLate === 1 ? 'day' : 'days'} after it ended on ${expiredOn}: ` +
      'an extension is to be decided while the timetable runs (Children Act 1989 s32(5), (8)).',
  };
}

function decided(
  record: PreProceedingsRecord | undefined,
  date: PreProceedingsRecord['startDate'],
  outcome: NonNullable<PreProceedingsRecord['outcome']>,
): PreProceedingsRecord {
  const base = record as PreProceedingsRecord;
  return base.decisionDate === undefined ? withFields(base, { decisionDate: date, outcome }) : base;
}

function extendSupervision(
  context: TransitionContext,
  event: EventOf<'supervisionOrderExtended'>,
  legal: LegalState,
): LegalState {
  const { date } = context;
  const order = legal.supervisionOrder;
  if (order === undefined) refuse('there is no supervision order in force to extend');
  if (context.day > toEpochDay(order.endsOn)) refuse('the supervision order ended before this extension');
  if ((event.years === undefined) === (event.endsOn === undefined)) invalidField('years', 'give either years or endsOn');
  if (event.endsOn !== undefined) checkInCalendar(toEpochDay(event.endsOn), ['endsOn'], context.calendar);
  // CA 1989 Sch 3 para 6(4): never beyond three years beginning with the date first made.
  const { due: latest } = dueOf(context.ruleSet.timescales.supervisionOrderMaximum, order.madeOn, context.calendar);
  // `years` more: that many years beginning with the day after the current end, counted as the
  // order's own year is (adding years to the end itself comes up a day short after a 29 Feb).
  const endsOn = isoDate(event.endsOn ?? extendedEnd(context, order.endsOn, event.years as number), 'endsOn');
  if (toEpochDay(endsOn) <= toEpochDay(order.endsOn)) invalidField('endsOn', 'must be after the current end of the order');
  if (toEpochDay(endsOn) > toEpochDay(latest)) {
    refuse(`a supervision order cannot run beyond ${latest}, three years beginning with the day it was first made (Children Act 1989 Sch 3 para 6(4))`);
  }
  const { deadlines } = context.draft;
  withdrawDeadlines(deadlines, ['supervisionOrder'], date);
  addLimit(deadlines, { timescale: 'supervisionOrder', from: order.madeOn, due: endsOn });
  return withFields(legal, { supervisionOrder: { madeOn: order.madeOn, endsOn } });
}

function extendedEnd(context: TransitionContext, endsOn: string, years: number): string {
  const rule = { ...context.ruleSet.timescales.supervisionOrder, amount: years };
  return dueOf(rule, fromEpochDay(toEpochDay(endsOn) + 1), context.calendar).due;
}

/** CA 1989 s31(3): no care or supervision order for a child who has reached 17. */
function checkUnder17(context: TransitionContext, what: string): void {
  const { dateOfBirth } = context.draft.child;
  if (dateOfBirth !== undefined && context.day >= toEpochDay(ageReachedOn(dateOfBirth, 17))) {
    refuse(`${what} cannot be made for a child aged 17 or over (Children Act 1989 s31(3))`);
  }
}
