import type { Timescale, TimescaleId } from './timescale.js';

const WT2023 = 'Working Together to Safeguard Children 2023 (DfE)';
const CA1989 = 'Children Act 1989';
const PD12A = 'Family Procedure Rules 2010, Practice Direction 12A (Public Law Outline)';

// Built in a function marked pure: the entries' template literals count as side effects for
// bundlers, so marking only the freezing call would keep the catalogue (and its rules) in an
// app that imports only the calendar functions. The size test checks it stays out.

/**
 * Every deadline rule of the national defaults (England, Working Together 2023), keyed by id.
 * Each entry cites its source; items not yet confirmed against a primary text say so in their
 * `note`. Rule sets layer local procedures over these.
 *
 * @example
 * timescales.careProceedings;
 * // { id: 'careProceedings', amount: 26, unit: 'weeks', counting: 'beginningWith',
 * //   status: 'statute', source: 'Children Act 1989 s32(1)(a)(ii)', ... }
 */
export const timescales: Readonly<Record<TimescaleId, Timescale>> = /* @__PURE__ */ (() => freezeCatalogue({
  referralDecision: {
    id: 'referralDecision',
    title: 'Decision on a referral',
    amount: 1,
    unit: 'workingDays',
    start: { description: 'the referral is received', event: 'referralReceived' },
    counting: 'after',
    status: 'nationalGuidance',
    source: `${WT2023}, chapter 3, responding to a referral`,
    note: 'WT2023 paragraph not yet confirmed against the published text: cited by chapter.',
  },
  assessment: {
    id: 'assessment',
    title: 'Child and family assessment completed',
    amount: 45,
    unit: 'workingDays',
    start: { description: 'the referral is received', event: 'referralReceived' },
    counting: 'after',
    status: 'nationalGuidance',
    source: `${WT2023}, chapter 3, assessment timescales`,
    note: 'The DfE CIN census validator counts the referral day as day 1 (one day shorter); this rule counts it as day 0. WT2023 paragraph not yet confirmed against the published text: cited by chapter.',
  },
  initialConference: {
    id: 'initialConference',
    title: 'Initial child protection conference',
    amount: 15,
    unit: 'workingDays',
    start: {
      description: 'the strategy discussion at which the section 47 enquiry was initiated (not a later one)',
      event: 'strategyDiscussionHeld',
    },
    counting: 'after',
    status: 'nationalGuidance',
    source: `${WT2023}, chapter 3, initial child protection conferences`,
    note: 'WT2023 paragraph not yet confirmed against the published text: cited by chapter.',
  },
  firstCoreGroup: {
    id: 'firstCoreGroup',
    title: 'First core group meeting',
    amount: 10,
    unit: 'workingDays',
    start: { description: 'the initial child protection conference', event: 'initialConferenceHeld' },
    counting: 'after',
    status: 'nationalGuidance',
    source: `${WT2023}, chapter 3, the child protection plan`,
    note: 'Some local leaflets say "within 2 weeks"; the national standard is 10 working days. WT2023 paragraph not yet confirmed against the published text: cited by chapter.',
  },
  subsequentCoreGroup: {
    id: 'subsequentCoreGroup',
    title: 'Next core group meeting',
    amount: 6,
    unit: 'weeks',
    start: { description: 'the previous core group meeting', event: 'coreGroupHeld' },
    counting: 'after',
    status: 'localProcedure',
    source: 'Local safeguarding partnership procedures (common default: within 6 weeks of the previous core group)',
    note: 'Cadence varies by local authority (often 4 to 6 weekly): set it in a rule set.',
  },
  firstReviewConference: {
    id: 'firstReviewConference',
    title: 'First review child protection conference',
    amount: 3,
    unit: 'months',
    start: { description: 'the initial child protection conference', event: 'initialConferenceHeld' },
    counting: 'after',
    status: 'nationalGuidance',
    source: `${WT2023}, chapter 3, child protection review conferences`,
    note: 'WT2023 paragraph not yet confirmed against the published text: cited by chapter.',
  },
  subsequentReviewConference: {
    id: 'subsequentReviewConference',
    title: 'Next review child protection conference',
    amount: 6,
    unit: 'months',
    start: { description: 'the previous review conference', event: 'reviewConferenceHeld' },
    counting: 'after',
    status: 'nationalGuidance',
    source: `${WT2023}, chapter 3, child protection review conferences`,
    note: 'WT2023 paragraph not yet confirmed against the published text: cited by chapter.',
  },
  statutoryVisit: {
    id: 'statutoryVisit',
    title: 'Visit to the child (seen, including alone where appropriate)',
    amount: 10,
    unit: 'workingDays',
    start: {
      description: 'the last visit, or the initial conference for the first visit',
      event: 'visitMade',
    },
    counting: 'after',
    status: 'localProcedure',
    source: 'Local safeguarding partnership procedures (common default: every 10 working days)',
    note: 'Some authorities visit every 2 or 4 weeks; Northern Ireland at least every 4 weeks. Set it in a rule set.',
  },
  detailedPlan: {
    id: 'detailedPlan',
    title: 'Detailed child protection plan agreed by the core group',
    amount: 10,
    unit: 'workingDays',
    start: { description: 'the conference that made the plan', event: 'initialConferenceHeld' },
    counting: 'after',
    status: 'localProcedure',
    source:
      'Worcestershire Safeguarding Children Partnership, guide for professionals working with children subject to a child protection plan (the core group develops the outline plan in detail; its first meeting is within 10 working days of the initial conference)',
    note: 'Met by a core group meeting that records detailedPlanAgreed. Wales: the outline plan is circulated within 5 working days (Wales Safeguarding Procedures); set it in a rule set.',
  },
  childInNeedAfterPlan: {
    id: 'childInNeedAfterPlan',
    title: 'Child in need plan after a protection plan (minimum period)',
    amount: 6,
    unit: 'months',
    start: { description: 'the start of a child in need plan that follows a protection plan', event: 'childInNeedPlanStarted' },
    counting: 'after',
    status: 'localProcedure',
    source:
      "Cambridgeshire County Council, The Child Protection Plan: a guide for parents (work usually continues for a minimum of 6 months under a child in need plan)",
    note: 'A minimum, not a deadline: met once the period has run, reported as ended early (not refused) when the plan closes before it. One authority\'s practice; others set no minimum.',
  },
  transferInConference: {
    id: 'transferInConference',
    title: 'Transfer-in child protection conference',
    amount: 15,
    unit: 'workingDays',
    start: {
      description: 'notification that a child on a plan has moved into the authority',
      event: 'transferInNotified',
    },
    counting: 'after',
    status: 'localProcedure',
    source: 'Local safeguarding partnership procedures (transfer-in conferences)',
    note: 'The start point varies: some authorities count from acceptance of the transfer, not notification.',
  },
  preBirthConference: {
    id: 'preBirthConference',
    title: 'Pre-birth child protection conference',
    amount: 6,
    unit: 'weeks',
    start: { description: "the expected delivery date (6 weeks before it is 34 weeks' gestation)", event: 'expectedDeliveryDate' },
    counting: 'before',
    status: 'localProcedure',
    source: "Local safeguarding partnership procedures (common default: by 34 weeks' gestation)",
    note: 'Some authorities hold it about 3 months before the expected delivery date.',
  },
  preProceedings: {
    id: 'preProceedings',
    title: 'Pre-proceedings (PLO) completed',
    amount: 16,
    unit: 'weeks',
    start: {
      description: 'the legal planning meeting decision to start pre-proceedings',
      event: 'legalPlanningMeetingHeld',
    },
    counting: 'after',
    status: 'bestPractice',
    source: 'Public Law Working Group, best practice guidance on pre-proceedings (2021, refreshed 2023)',
    note: 'Best practice, not law: verify the start point (the decision or the letter before proceedings).',
  },
  letterBeforeProceedings: {
    id: 'letterBeforeProceedings',
    title: 'Letter before proceedings sent',
    amount: 5,
    unit: 'calendarDays',
    start: {
      description: 'the legal planning meeting decision to start pre-proceedings',
      event: 'legalPlanningMeetingHeld',
    },
    counting: 'after',
    status: 'localProcedure',
    source: 'Local pre-proceedings procedures (common default: the letter within 5 days of the decision)',
    note: 'No national timescale: the Public Law Outline sets none for the letter. Set your procedure’s amount and unit in a rule set; no published local manual with this default was confirmed.',
  },
  preProceedingsMeeting: {
    id: 'preProceedingsMeeting',
    title: 'Pre-proceedings meeting held',
    amount: 7,
    unit: 'calendarDays',
    start: { description: 'the letter before proceedings', event: 'letterBeforeProceedingsSent' },
    counting: 'after',
    status: 'localProcedure',
    source: 'Local pre-proceedings procedures (common default: the meeting within 7 days of the letter)',
    note: 'No national timescale. Set your procedure’s amount and unit in a rule set; no published local manual with this default was confirmed.',
  },
  preProceedingsReview: {
    id: 'preProceedingsReview',
    title: 'Pre-proceedings review meeting',
    amount: 8,
    unit: 'weeks',
    start: { description: 'the pre-proceedings meeting (or the last review)', event: 'preProceedingsMeetingHeld' },
    counting: 'after',
    status: 'localProcedure',
    source: 'Local pre-proceedings procedures (one seed authority: review 6 to 8 weeks after the first meeting)',
  },
  careProceedings: {
    id: 'careProceedings',
    title: 'Care proceedings disposed of (26 weeks)',
    amount: 26,
    unit: 'weeks',
    start: { description: 'the day the application was issued', event: 'careProceedingsIssued' },
    counting: 'beginningWith',
    status: 'statute',
    source: `${CA1989} s32(1)(a)(ii)`,
    note: 'HMCTS case systems show issue + 182 days (the first day after the period) as the "26-week date".',
  },
  proceedingsExtension: {
    id: 'proceedingsExtension',
    title: 'Care proceedings disposed of (timetable as extended)',
    amount: 8,
    unit: 'weeks',
    start: {
      description: 'the end of the 26 weeks or of the most recent extension, whichever is later',
      event: 'timetableExtended',
    },
    counting: 'after',
    status: 'statute',
    source: `${CA1989} s32(5) and (8)`,
  },
  caseManagementHearingEarliest: {
    id: 'caseManagementHearingEarliest',
    title: 'Case management hearing, earliest (day 12)',
    amount: 12,
    unit: 'calendarDays',
    start: { description: 'the day of issue (day 1)', event: 'careProceedingsIssued' },
    counting: 'beginningWith',
    status: 'practiceDirection',
    source: `${PD12A}, stage 2`,
    note: 'Counts calendar days with the issue day as day 1; verify whether PD12A "day" means business day.',
  },
  caseManagementHearingLatest: {
    id: 'caseManagementHearingLatest',
    title: 'Case management hearing, latest (day 18)',
    amount: 18,
    unit: 'calendarDays',
    start: { description: 'the day of issue (day 1)', event: 'careProceedingsIssued' },
    counting: 'beginningWith',
    status: 'practiceDirection',
    source: `${PD12A}, stage 2`,
    note: 'Counts calendar days with the issue day as day 1; verify whether PD12A "day" means business day.',
  },
  furtherCaseManagementHearingLatest: {
    id: 'furtherCaseManagementHearingLatest',
    title: 'Further case management hearing, latest (day 25)',
    amount: 25,
    unit: 'calendarDays',
    start: { description: 'the day of issue (day 1)', event: 'careProceedingsIssued' },
    counting: 'beginningWith',
    status: 'practiceDirection',
    source: `${PD12A}, stage 2`,
    note: 'Only if necessary. Verify day 25 against the current PD12A.',
  },
  policeProtection: {
    id: 'policeProtection',
    title: 'Police protection ends (72 hours)',
    amount: 72,
    unit: 'hours',
    start: { description: 'the child is taken into police protection', event: 'policeProtectionStarted' },
    counting: 'after',
    status: 'statute',
    source: `${CA1989} s46(6)`,
  },
  emergencyProtectionOrder: {
    id: 'emergencyProtectionOrder',
    title: 'Emergency protection order ends (8 days)',
    amount: 8,
    unit: 'calendarDays',
    start: {
      description: 'the day the order is made (or, on an application under s46(7), the first day of police protection)',
      event: 'emergencyProtectionOrderMade',
    },
    counting: 'after',
    status: 'statute',
    source: `${CA1989} s45(1)-(3)`,
    note: 'The day of making is excluded: the order may run to the end (midnight) of the 8th day after it. If that day is Christmas Day, Good Friday, a bank holiday or a Sunday, the order may run to noon on the next day that is not (s45(2)). On an application under s46(7) the 8 days begin with the first day of police protection (s45(3)); the event records it as appliedDuringPoliceProtection. dueDate gives the 8th day; the pathway also gives the moment (dueAt) and applies s45(2) and s45(3).',
  },
  emergencyProtectionOrderExtension: {
    id: 'emergencyProtectionOrderExtension',
    title: 'Emergency protection order ends (as extended)',
    amount: 7,
    unit: 'calendarDays',
    start: { description: 'the end of the order as first made', event: 'emergencyProtectionOrderExtended' },
    counting: 'after',
    status: 'statute',
    source: `${CA1989} s45(4)-(6)`,
    note: 'One extension only.',
  },
  childAssessmentOrder: {
    id: 'childAssessmentOrder',
    title: 'Child assessment order ends (7 days)',
    amount: 7,
    unit: 'calendarDays',
    start: { description: 'the date the order specifies', event: 'childAssessmentOrderMade' },
    counting: 'beginningWith',
    status: 'statute',
    source: `${CA1989} s43(5)`,
  },
  supervisionOrder: {
    id: 'supervisionOrder',
    title: 'Supervision order ends (1 year)',
    amount: 1,
    unit: 'years',
    start: { description: 'the date the order was made', event: 'finalOrderMade' },
    counting: 'beginningWith',
    status: 'statute',
    source: `${CA1989} Sch 3 para 6(1)`,
  },
  supervisionOrderMaximum: {
    id: 'supervisionOrderMaximum',
    title: 'Supervision order, latest end with extensions (3 years)',
    amount: 3,
    unit: 'years',
    start: { description: 'the date the order was first made', event: 'finalOrderMade' },
    counting: 'beginningWith',
    status: 'statute',
    source: `${CA1989} Sch 3 para 6(3)-(4)`,
  },
}))();

/**
 * Every timescale id, in catalogue order.
 *
 * @example
 * timescaleIds[0]; // 'referralDecision'
 */
export const timescaleIds = /* @__PURE__ */ Object.keys(timescales) as TimescaleId[];

/** Freezes the catalogue and its entries, so no caller can change the national defaults. */
function freezeCatalogue(catalogue: Record<TimescaleId, Timescale>): Readonly<Record<TimescaleId, Timescale>> {
  for (const rule of Object.values(catalogue)) Object.freeze(Object.freeze(rule).start);
  return Object.freeze(catalogue);
}
