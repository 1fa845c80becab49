import { toEpochDay } from '../dates/epochDay.js';
import { addCalendarMonths } from '../dates/calendarMonths.js';
import { isoDate, type IsoDate } from '../dates/isoDate.js';
import type { HarmCategory } from './socialCare/socialCareEvents.js';
import type { LegalPhase } from './legal/legalTable.js';
import type { SocialPhase } from './socialCare/socialCareTable.js';
import type { CaseState, PreProceedingsRecord } from './state.js';

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
}

/**
 * Summarises a case on a date: where each track stands, the open plan and how long it has run,
 * the DfE plan measures, and the CIN census pre-proceedings fields.
 *
 * @example
 * caseSummary(state, { asOf: '2026-11-23' }).flags; // { planTwoYearsOrMore: false, secondOrSubsequentPlan: true }
 */
export function caseSummary(state: CaseState, options: { readonly asOf: string }): CaseSummary {
  const asOf = isoDate(options?.asOf, 'asOf');
  const plan = state.social.plan;
  const pre = state.legal.preProceedings;
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
  };
}
