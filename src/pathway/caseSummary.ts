import { toEpochDay } from '../dates/epochDay.js';
import { addCalendarMonths } from '../dates/calendarMonths.js';
import { isoDate, type IsoDate } from '../dates/isoDate.js';
import { conferenceRecords, type ConferenceFindingCode, type ConferenceRecord } from './conference/conferenceRecords.js';
import type { ConferenceKind } from './conference/conferenceEvents.js';
import type { HarmCategory } from './socialCare/socialCareEvents.js';
import type { LegalPhase } from './legal/legalTable.js';
import type { SocialPhase } from './socialCare/socialCareTable.js';
import type { CaseState, PreProceedingsRecord } from './state.js';
import type { ParticipantRole } from './conference/participantRole.js';
import { planActions } from './plan/planActions.js';

/** A case at a glance on a date: phases, the plan and its flags, and the census fields. */
export interface CaseSummary {
  readonly socialPhase: SocialPhase;
  readonly legalPhase: LegalPhase;
  /** How many child protection plans the child has had, including an open one. */
  readonly plans: number;
  readonly currentPlan?: {
    readonly number: number;
    readonly startDate: IsoDate;
    readonly categories: readonly HarmCategory[];
    /** Calendar days from the plan's start to `asOf`. */
    readonly days: number;
  };
  /** DfE measures: a plan open 2 years or more, and a second or later plan (ever). */
  readonly flags: { readonly planTwoYearsOrMore: boolean; readonly secondOrSubsequentPlan: boolean };
  /** CIN census pre-proceedings fields of the latest pre-proceedings, if any. */
  readonly preProceedings?: {
    readonly startDate: IsoDate;
    readonly letterDate?: IsoDate;
    readonly initialMeetingDate?: IsoDate;
    readonly numberOfReviews: number;
    readonly decisionDate?: IsoDate;
    readonly outcome?: PreProceedingsRecord['outcome'];
    readonly courtApplicationDate?: IsoDate;
  };
  /** Conferences, once the case has booked or held one (see `conferenceRecords` for each). */
  readonly conferences?: {
    /** The conference booked and not yet held, if any. */
    readonly booked?: { readonly conference: ConferenceKind; readonly scheduledFor: IsoDate };
    /** The latest conference held. */
    readonly lastHeld?: { readonly conference: ConferenceKind; readonly heldOn: IsoDate; readonly quorate?: boolean };
    /** The finding codes of the booked conference, else of the latest held one. */
    readonly findings: readonly ConferenceFindingCode[];
  };
  /**
   * The plan's open actions on `asOf` (upcoming, due today or overdue) and how many of them are
   * overdue, in all and by owner (owners with an open action only).
   */
  readonly actions: ActionCounts & { readonly byOwner: Readonly<Partial<Record<ParticipantRole, ActionCounts>>> };
  /** The core group's members by role, while a protection plan is open and they have been set. */
  readonly coreGroup?: readonly ParticipantRole[];
  /** The last visit to the child: whether the child was seen, and seen alone, and how long ago. */
  readonly lastVisit?: {
    readonly date: IsoDate;
    readonly seen?: boolean;
    readonly seenAlone?: boolean;
    readonly bedroomSeen?: boolean;
    readonly unannounced: boolean;
    /** Calendar days from the visit to `asOf`. */
    readonly daysSince: number;
  };
  /** The last review child protection conference and the calendar days since it. */
  readonly lastReview?: { readonly date: IsoDate; readonly daysSince: number };
}

/** How many actions are open, and how many of those are overdue. */
export interface ActionCounts {
  readonly open: number;
  readonly overdue: number;
}

/**
 * Summarises a case on a date: where each track stands, the open plan and how long it has run,
 * the DfE plan measures, the CIN census pre-proceedings fields, the plan in practice (open
 * and overdue actions by owner, the core group, the last visit and the last review), and the
 * booked or last conference with its findings.
 *
 * @example
 * caseSummary(state, { asOf: '2026-11-23' }).flags; // { planTwoYearsOrMore: false, secondOrSubsequentPlan: true }
 */
export function caseSummary(state: CaseState, options: { readonly asOf: string }): CaseSummary {
  const asOf = isoDate(options?.asOf, 'asOf');
  const plan = state.social.plan;
  const pre = state.legal.preProceedings;
  const { coreGroup, lastVisit, lastReviewOn } = state.planWork;
  const daysSince = (date: IsoDate): number => toEpochDay(asOf) - toEpochDay(date);
  return {
    socialPhase: state.social.phase,
    legalPhase: state.legal.phase,
    plans: state.social.plans.length,
    ...(plan === undefined
      ? {}
      : {
          currentPlan: {
            number: plan.number,
            startDate: plan.startDate,
            categories: plan.categories,
            days: toEpochDay(asOf) - toEpochDay(plan.startDate),
          },
        }),
    flags: {
      planTwoYearsOrMore: plan !== undefined && toEpochDay(asOf) >= toEpochDay(addCalendarMonths(plan.startDate, 24)),
      secondOrSubsequentPlan: plan !== undefined && plan.number > 1,
    },
    ...(pre === undefined
      ? {}
      : {
          preProceedings: {
            startDate: pre.startDate,
            ...(pre.letterDate === undefined ? {} : { letterDate: pre.letterDate }),
            ...(pre.initialMeetingDate === undefined ? {} : { initialMeetingDate: pre.initialMeetingDate }),
            numberOfReviews: pre.reviews,
            ...(pre.decisionDate === undefined ? {} : { decisionDate: pre.decisionDate, outcome: pre.outcome }),
            ...(pre.courtApplicationDate === undefined ? {} : { courtApplicationDate: pre.courtApplicationDate }),
          },
        }),
    actions: actionCounts(state, asOf),
    ...(coreGroup === undefined ? {} : { coreGroup }),
    ...(lastVisit === undefined
      ? {}
      : {
          lastVisit: {
            date: lastVisit.date,
            ...(lastVisit.seen === undefined ? {} : { seen: lastVisit.seen }),
            ...(lastVisit.seenAlone === undefined ? {} : { seenAlone: lastVisit.seenAlone }),
            ...(lastVisit.bedroomSeen === undefined ? {} : { bedroomSeen: lastVisit.bedroomSeen }),
            unannounced: lastVisit.unannounced,
            daysSince: daysSince(lastVisit.date),
          },
        }),
    ...(lastReviewOn === undefined ? {} : { lastReview: { date: lastReviewOn, daysSince: daysSince(lastReviewOn) } }),
    ...(state.conferences.length === 0 ? {} : { conferences: conferencesAtAGlance(conferenceRecords(state)) }),
  };
}

function conferencesAtAGlance(records: readonly ConferenceRecord[]): NonNullable<CaseSummary['conferences']> {
  // Newest first: the target library (ES2022) has no findLast.
  const newestFirst = [...records].reverse();
  const booked = newestFirst.find((record) => record.scheduledFor !== undefined && record.heldOn === undefined && record.cancelledOn === undefined);
  const held = newestFirst.find((record) => record.heldOn !== undefined);
  return {
    ...(booked === undefined ? {} : { booked: { conference: booked.conference, scheduledFor: booked.scheduledFor as IsoDate } }),
    ...(held === undefined
      ? {}
      : { lastHeld: { conference: held.conference, heldOn: held.heldOn as IsoDate, ...(held.quorate === undefined ? {} : { quorate: held.quorate }) } }),
    findings: (booked ?? held)?.findings.map((finding) => finding.code) ?? [],
  };
}

function actionCounts(state: CaseState, asOf: IsoDate): CaseSummary['actions'] {
  let open = 0;
  let overdue = 0;
  const byOwner: Partial<Record<ParticipantRole, { open: number; overdue: number }>> = {};
  for (const action of planActions(state, { asOf })) {
    const late = action.status === 'overdue';
    if (!late && action.status !== 'upcoming' && action.status !== 'dueToday') continue;
    const owner = (byOwner[action.owner] ??= { open: 0, overdue: 0 });
    open++;
    owner.open++;
    if (late) {
      overdue++;
      owner.overdue++;
    }
  }
  return { open, overdue, byOwner };
}
