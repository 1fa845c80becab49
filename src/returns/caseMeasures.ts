import { addCalendarMonths } from '../dates/calendarMonths.js';
import { differenceInWorkingDays } from '../calendar/workingDays.js';
import { toEpochDay } from '../dates/epochDay.js';
import { isoDate, type IsoDate } from '../dates/isoDate.js';
import type { CaseState, ProtectionPlan } from '../pathway/state.js';

/**
 * The DfE's bands for the working days from the strategy discussion to the initial conference
 * (CIN census COLLECT "ICPC working days summary" report).
 */
export type ConferenceBand = 'sameDay' | '1-5' | '6-10' | '11-13' | '14-15' | '16-17' | '18-20' | 'over20';

/** One section 47 enquiry's initial conference, timed. */
export interface ConferenceTiming {
  readonly strategyDiscussionDate: IsoDate;
  readonly conferenceDate: IsoDate;
  /** Working days after the strategy discussion (day 0), in the case's calendar. */
  readonly workingDays: number;
  /** Within the case's rule (15 working days nationally). */
  readonly withinTimescale: boolean;
  readonly band: ConferenceBand;
}

/** The figures analysts compute by hand for a case, on a date. */
export interface CaseMeasures {
  readonly asOf: IsoDate;
  /** Every section 47 enquiry's initial conference held by `asOf`, oldest first. */
  readonly conferences: readonly ConferenceTiming[];
  /** The latest plan started by `asOf`, if any. */
  readonly plan?: {
    readonly number: number;
    readonly startDate: IsoDate;
    readonly endDate?: IsoDate;
    /** Started by a transfer-in conference. */
    readonly transferIn: boolean;
    /** Calendar days from the start to the end, or to `asOf` while open. */
    readonly lengthDays: number;
    /** Open (or lasted) 2 years or more: the DfE measure. */
    readonly twoYearsOrMore: boolean;
    /** A second or later plan, ever (the DfE's repeat plans measure). */
    readonly repeat: boolean;
    /** A repeat plan starting within 2 years of the previous plan's end. */
    readonly repeatWithinTwoYears: boolean;
  };
  /** Calendar days since the latest visit on or before `asOf`. */
  readonly daysSinceLastVisit?: number;
  /** Calendar days since the latest review conference of the plan on or before `asOf`. */
  readonly daysSinceLastReview?: number;
  /** Section 47 enquiries started in the 12 months up to `asOf`. */
  readonly section47InLast12Months: number;
  /** Initial conferences (section 47 and transfer-in) held in the 12 months up to `asOf`. */
  readonly initialConferencesInLast12Months: number;
}

/**
 * The measures a data team works out for each case: how long each enquiry took to reach its
 * initial conference and in which DfE band, the plan's length and the 2-years and repeat-plan
 * flags, days since the last visit and review, and the enquiries and conferences of the last 12
 * months. Events after `asOf` are not counted.
 *
 * @example
 * caseMeasures(state, { asOf: '2026-11-23' }).conferences[0]; // { workingDays: 14, withinTimescale: true, band: '14-15', ... }
 */
export function caseMeasures(state: CaseState, options: { readonly asOf: string }): CaseMeasures {
  const asOf = isoDate(options?.asOf, 'asOf');
  const { ruleSet, calendar } = state.rules;
  const limit = ruleSet.timescales.initialConference.amount;
  const yearAgo = addCalendarMonths(asOf, -12);
  const days = (from: IsoDate): number => toEpochDay(asOf) - toEpochDay(from);
  const { enquiries, plans } = state.social;
  const { visitDates } = state;

  const conferences = enquiries.flatMap((enquiry): ConferenceTiming[] => {
    if (enquiry.conferenceDate === undefined || enquiry.conferenceDate > asOf) return [];
    const workingDays = differenceInWorkingDays(enquiry.conferenceDate, enquiry.startDate, { calendar });
    return [{ strategyDiscussionDate: enquiry.startDate, conferenceDate: enquiry.conferenceDate, workingDays, withinTimescale: workingDays <= limit, band: bandOf(workingDays) }];
  });
  const started = plans.filter((plan) => plan.startDate <= asOf);
  const plan = started[started.length - 1];
  const lastVisit = visitDates.filter((date) => date <= asOf).pop();
  const lastReview = plan?.reviewDates.filter((date) => date <= asOf).pop();
  const transferConferences = plans.filter((candidate) => candidate.transferIn && candidate.startDate > yearAgo && candidate.startDate <= asOf).length;
  return {
    asOf,
    conferences,
    ...(plan === undefined ? {} : { plan: planMeasures(plan, started[started.length - 2], asOf) }),
    ...(lastVisit === undefined ? {} : { daysSinceLastVisit: days(lastVisit) }),
    ...(lastReview === undefined ? {} : { daysSinceLastReview: days(lastReview) }),
    section47InLast12Months: enquiries.filter((enquiry) => enquiry.startDate > yearAgo && enquiry.startDate <= asOf).length,
    initialConferencesInLast12Months: conferences.filter((timing) => timing.conferenceDate > yearAgo).length + transferConferences,
  };
}

function planMeasures(plan: ProtectionPlan, previous: ProtectionPlan | undefined, asOf: IsoDate): NonNullable<CaseMeasures['plan']> {
  const endDate = plan.endDate !== undefined && plan.endDate <= asOf ? plan.endDate : undefined;
  const until = endDate ?? asOf;
  // A plan ended after 2 years or more, or open that long: the same day 24 months on counts.
  const twoYears = addCalendarMonths(plan.startDate, 24);
  const previousEnd = previous?.endDate;
  return {
    number: plan.number,
    startDate: plan.startDate,
    ...(endDate === undefined ? {} : { endDate }),
    transferIn: plan.transferIn,
    lengthDays: toEpochDay(until) - toEpochDay(plan.startDate),
    twoYearsOrMore: until >= twoYears,
    repeat: plan.number > 1,
    repeatWithinTwoYears: previousEnd !== undefined && plan.startDate < addCalendarMonths(previousEnd, 24),
  };
}

/** The DfE band of a number of working days. */
function bandOf(workingDays: number): ConferenceBand {
  if (workingDays <= 0) return 'sameDay';
  if (workingDays <= 5) return '1-5';
  if (workingDays <= 10) return '6-10';
  if (workingDays <= 13) return '11-13';
  if (workingDays <= 15) return '14-15';
  if (workingDays <= 17) return '16-17';
  if (workingDays <= 20) return '18-20';
  return 'over20';
}
