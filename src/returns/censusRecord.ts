import type { IsoDate } from '../dates/isoDate.js';
import { dueOf } from '../rules/dueDate.js';
import type { Counting, TimeUnit } from '../rules/timescale.js';
import type { CaseState, PreProceedingsRecord, ProtectionPlan, Section47Enquiry } from '../pathway/state.js';
import { categoryOfAbuse, type CategoryOfAbuse } from './categoryOfAbuse.js';
import { collectionYear } from './collectionYear.js';
import { enquiryEnd } from './enquiryEnd.js';

/*
 * The child-protection parts of the DfE Children in Need census, built from a case state. Field
 * names are the census's own (CIN census business and technical specification: modules
 * CINdetails, Section47, ChildProtectionPlans with Reviews, and PreProceedings). The state keeps
 * a date for everything, so the record can be cut at the reference date: what happened after it
 * is left out, as if the log ended there (a plan that ended later is still open in the record).
 * See docs/census.md for the sources and for where the community validator reads it otherwise.
 */

/** The Section47 module: one section 47 enquiry. */
export interface CensusSection47 {
  readonly S47ActualStartDate: IsoDate;
  /** 15 working days after the strategy discussion, by the case's rule set and calendar. */
  readonly InitialCPCtarget: IsoDate;
  readonly DateOfInitialCPC?: IsoDate;
  /** True when the enquiry was concluded without a conference (by the reference date). */
  readonly ICPCnotRequired: boolean;
}

/** The ChildProtectionPlans module: one plan, with its reviews. */
export interface CensusChildProtectionPlan {
  readonly CPPstartDate: IsoDate;
  readonly CPPendDate?: IsoDate;
  readonly InitialCategoryOfAbuse: CategoryOfAbuse;
  readonly LatestCategoryOfAbuse: CategoryOfAbuse;
  readonly NumberOfPreviousCPP: number;
  /** The review conferences held in the collection year. */
  readonly Reviews: readonly { readonly CPPreviewDate: IsoDate }[];
}

/** The CINdetails module: one episode, with its enquiries and plans. */
export interface CensusCinDetails {
  readonly CINreferralDate: IsoDate;
  readonly CINclosureDate?: IsoDate;
  /**
   * An initial conference not preceded by a section 47 enquiry of the episode: here, a
   * transfer-in conference (census rule 2884: never recorded at both levels).
   */
  readonly DateOfInitialCPC?: IsoDate;
  readonly Section47: readonly CensusSection47[];
  readonly ChildProtectionPlans: readonly CensusChildProtectionPlan[];
}

/** The PreProceedings module: one pre-proceedings that started in the year. */
export interface CensusPreProceedings {
  readonly PPStartDate: IsoDate;
  readonly LBPSentDate?: IsoDate;
  /** Whether a family group decision-making meeting was offered (known once the letter is sent). */
  readonly FGDMMeetingOffer?: boolean;
  /** Whether one was facilitated after that offer (given when one was offered). */
  readonly FGDMMeetingFac?: boolean;
  readonly InitialPPMeetingDate?: IsoDate;
  readonly ReviewMeetingsCount: number;
  readonly StepDecisionDate?: IsoDate;
  /**
   * The outcome in the library's words; `toCensusXml` writes the census code only when given
   * the code set (see its options), since the codes' meanings were not confirmed here.
   */
  readonly PPOutcome?: NonNullable<PreProceedingsRecord['outcome']>;
  readonly CourtAppDate?: IsoDate;
}

/** How InitialCPCtarget was counted: the rule applied and its convention, for the record. */
export interface InitialCPCtargetRule {
  readonly ruleSet: string;
  readonly calendar: string;
  readonly amount: number;
  readonly unit: TimeUnit;
  readonly counting: Counting;
  readonly convention: string;
  readonly source: string;
}

/** A child's census record for a collection year. */
export interface CensusRecord {
  readonly LAchildID?: string;
  readonly ReferenceDate: IsoDate;
  /** The first day of the collection year (the day after the reference date a year earlier). */
  readonly CollectionStartDate: IsoDate;
  readonly CINdetails: readonly CensusCinDetails[];
  readonly PreProceedings: readonly CensusPreProceedings[];
  readonly InitialCPCtargetRule: InitialCPCtargetRule;
}

/** Options of {@link censusRecord}. */
export interface CensusRecordOptions {
  /** The census reference date: the last day of the collection year (usually 31 March). */
  readonly referenceDate: string;
  /** The authority's child identifier, written as LAchildID. */
  readonly childId?: string;
}

/**
 * The child-protection parts of a child's CIN census record for the collection year ending on
 * `referenceDate`: the episodes that touch the year, with their section 47 enquiries and child
 * protection plans, and the pre-proceedings that started in the year. Built from the events
 * dated on or before the reference date only.
 *
 * @example
 * const record = censusRecord(state, { referenceDate: '2026-03-31' });
 * record.CINdetails[0]?.ChildProtectionPlans[0]?.InitialCategoryOfAbuse; // 'NEG'
 */
export function censusRecord(state: CaseState, options: CensusRecordOptions): CensusRecord {
  const year = collectionYear(options?.referenceDate);
  const { start, end } = year;
  const { ruleSet, calendar } = state.rules;
  const rule = ruleSet.timescales.initialConference;
  const on = (date: IsoDate | undefined): IsoDate | undefined => (date !== undefined && date <= end ? date : undefined);
  const { enquiries, plans, episodes } = state.social;

  const details: CensusCinDetails[] = [];
  episodes.forEach((episode, index) => {
    const closed = on(episode.closureDate);
    if (episode.referralDate > end || (closed !== undefined && closed < start)) return;
    const section47 = enquiries.filter((enquiry) => enquiry.episode === index && inYear(enquiry.startDate, on(enquiryEnd(enquiry)))).map((enquiry) => section47Of(enquiry));
    const episodePlans = plans.filter((plan) => plan.episode === index && inYear(plan.startDate, on(plan.endDate)));
    const transferIn = episodePlans.find((plan) => plan.transferIn && plan.startDate >= start);
    details.push({
      CINreferralDate: episode.referralDate,
      ...(closed === undefined ? {} : { CINclosureDate: closed }),
      ...(transferIn === undefined ? {} : { DateOfInitialCPC: transferIn.startDate }),
      Section47: section47,
      ChildProtectionPlans: episodePlans.map((plan) => planOf(plan)),
    });
  });

  return {
    ...(options.childId === undefined ? {} : { LAchildID: options.childId }),
    ReferenceDate: end,
    CollectionStartDate: start,
    CINdetails: details,
    PreProceedings: state.legal.preProceedingsHistory.filter((record) => record.startDate >= start && record.startDate <= end).map((record) => preProceedingsOf(record)),
    InitialCPCtargetRule: {
      ruleSet: ruleSet.name,
      calendar: calendar.name,
      amount: rule.amount,
      unit: rule.unit,
      counting: rule.counting,
      convention:
        'the strategy discussion that initiated the enquiry is day 0 and the target is the last working day of the period (the community validator counts the start day as day 1)',
      source: rule.source,
    },
  };

  /** Started by the reference date and not ended before the year began. */
  function inYear(startDate: IsoDate, endDate: IsoDate | undefined): boolean {
    return startDate <= end && (endDate === undefined || endDate >= start);
  }

  function section47Of(enquiry: Section47Enquiry): CensusSection47 {
    const conference = on(enquiry.conferenceDate);
    return {
      S47ActualStartDate: enquiry.startDate,
      InitialCPCtarget: dueOf(rule, enquiry.startDate, calendar).due,
      ...(conference === undefined ? {} : { DateOfInitialCPC: conference }),
      ICPCnotRequired: enquiry.conferenceNotRequired && on(enquiry.endDate) !== undefined,
    };
  }

  function planOf(plan: ProtectionPlan): CensusChildProtectionPlan {
    const ended = on(plan.endDate);
    const latest = plan.categoryHistory.filter((entry) => entry.from <= end).pop() ?? plan.categoryHistory[0];
    return {
      CPPstartDate: plan.startDate,
      ...(ended === undefined ? {} : { CPPendDate: ended }),
      InitialCategoryOfAbuse: categoryOfAbuse(plan.categoryHistory[0]?.categories ?? plan.categories),
      LatestCategoryOfAbuse: categoryOfAbuse(latest?.categories ?? plan.categories),
      NumberOfPreviousCPP: plan.number - 1,
      Reviews: plan.reviewDates.filter((date) => date >= start && date <= end).map((date) => ({ CPPreviewDate: date })),
    };
  }

  function preProceedingsOf(record: PreProceedingsRecord): CensusPreProceedings {
    const letter = on(record.letterDate);
    const offered = on(record.familyGroupMeetingOfferedOn) !== undefined;
    const decided = on(record.decisionDate);
    const meeting = on(record.initialMeetingDate);
    const court = on(record.courtApplicationDate);
    return {
      PPStartDate: record.startDate,
      ...(letter === undefined ? {} : { LBPSentDate: letter, FGDMMeetingOffer: offered }),
      ...(letter !== undefined && offered ? { FGDMMeetingFac: on(record.familyGroupMeetingHeldOn) !== undefined } : {}),
      ...(meeting === undefined ? {} : { InitialPPMeetingDate: meeting }),
      ReviewMeetingsCount: record.reviewDates.filter((date) => date <= end).length,
      ...(decided === undefined || record.outcome === undefined ? {} : { StepDecisionDate: decided, PPOutcome: record.outcome }),
      ...(court === undefined ? {} : { CourtAppDate: court }),
    };
  }
}
