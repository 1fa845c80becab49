/** The units a timescale is counted in. */
export type TimeUnit = 'workingDays' | 'calendarDays' | 'weeks' | 'months' | 'years' | 'hours';

/**
 * Every unit, for validation and docs.
 *
 * @example
 * timeUnits.includes('workingDays'); // true
 */
export const timeUnits: readonly TimeUnit[] = ['workingDays', 'calendarDays', 'weeks', 'months', 'years', 'hours'];

/**
 * How the period is counted from its start:
 * - `after`: the start day is day 0 and the period ends `amount` units later ("within 15
 *   working days of the strategy discussion").
 * - `beginningWith`: the start day is day 1, so the last day is one day earlier ("26 weeks
 *   beginning with the day on which the application was issued", CA 1989 s32(1)(a)).
 * - `before`: the deadline falls `amount` units before the start (a pre-birth conference
 *   before the expected delivery date).
 */
export type Counting = 'after' | 'beginningWith' | 'before';

/** Where a rule's force comes from. */
export type RuleStatus = 'statute' | 'practiceDirection' | 'nationalGuidance' | 'bestPractice' | 'localProcedure';

/** The ids every rule set defines: a public contract. */
export type TimescaleId =
  | 'referralDecision'
  | 'assessment'
  | 'initialConference'
  | 'firstCoreGroup'
  | 'subsequentCoreGroup'
  | 'firstReviewConference'
  | 'subsequentReviewConference'
  | 'statutoryVisit'
  | 'transferInConference'
  | 'preBirthConference'
  | 'conferenceInvitations'
  | 'familyReport'
  | 'agencyReports'
  | 'reviewFamilyReport'
  | 'reviewAgencyReports'
  | 'preProceedings'
  | 'preProceedingsReview'
  | 'careProceedings'
  | 'proceedingsExtension'
  | 'caseManagementHearingEarliest'
  | 'caseManagementHearingLatest'
  | 'furtherCaseManagementHearingLatest'
  | 'policeProtection'
  | 'emergencyProtectionOrder'
  | 'emergencyProtectionOrderExtension'
  | 'childAssessmentOrder'
  | 'supervisionOrder'
  | 'supervisionOrderMaximum';

/**
 * One deadline rule as data: how long, in what unit, from what, counted how, on whose
 * authority.
 *
 * @example
 * timescales.initialConference.amount; // 15
 * timescales.initialConference.unit; // 'workingDays'
 */
export interface Timescale {
  readonly id: TimescaleId;
  readonly title: string;
  readonly amount: number;
  readonly unit: TimeUnit;
  /** What starts the clock, in words and as the event type that records it. */
  readonly start: { readonly description: string; readonly event: string };
  readonly counting: Counting;
  readonly status: RuleStatus;
  /** Document and section or paragraph. */
  readonly source: string;
  /** Caveats and items still to verify against a primary text. */
  readonly note?: string;
}
