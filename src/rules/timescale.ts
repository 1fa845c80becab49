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

/**
 * What a rule set does with a deadline that falls on a day the office is shut (a weekend, a
 * bank holiday or a closure of its calendar):
 * - `none`: keep it (the default; the result says the day is not a working day);
 * - `nextWorkingDay`: move it to the next working day, as court task systems do and as the
 *   Family Procedure Rules 2010 r2.9(5) provide for an act to be done at a court office that
 *   is closed on the last day (in time if done on the next day the office is open; r2.9 is
 *   the FPR's computation-of-time rule, the counterpart of the civil rules' r2.8);
 * - `previousWorkingDay`: bring it forward to the working day before.
 * It concerns the office being shut, not the length of the period, so a rule set may choose it
 * for any rule, statutory ones included.
 */
export type Roll = 'none' | 'nextWorkingDay' | 'previousWorkingDay';

/**
 * Every roll choice, for validation and docs.
 *
 * @example
 * rolls.includes('nextWorkingDay'); // true
 */
export const rolls: readonly Roll[] = ['none', 'nextWorkingDay', 'previousWorkingDay'];

/**
 * A rule set's choices about how a rule is applied, recorded beside the rule: they keep the
 * rule's own status and source (only a changed amount or unit makes a rule local procedure).
 */
export interface RuleChoices {
  /** The rule set that chose them. */
  readonly ruleSet: string;
  readonly roll?: Roll;
  readonly counting?: Counting;
  /** The reference for the choice, e.g. the local procedure manual's section. */
  readonly source?: string;
}

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
  | 'detailedPlan'
  | 'childInNeedAfterPlan'
  | 'transferInConference'
  | 'preBirthConference'
  | 'conferenceInvitations'
  | 'familyReport'
  | 'agencyReports'
  | 'reviewFamilyReport'
  | 'reviewAgencyReports'
  | 'preProceedings'
  | 'letterBeforeProceedings'
  | 'preProceedingsMeeting'
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
  /** What to do when the deadline falls on a day the office is shut; `none` when absent. */
  readonly roll?: Roll;
  /** The rule set's choices applied to this rule (roll, counting), with who made them. */
  readonly choices?: RuleChoices;
}
