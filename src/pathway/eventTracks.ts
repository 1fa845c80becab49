import type { CaseEventType } from './events.js';

/**
 * The track an event belongs to. `case` events change what is known of the child; `conference`
 * events book and prepare the conferences of the social-care track.
 */
export type Track = 'socialCare' | 'conference' | 'legal' | 'emergency' | 'case';

/**
 * Every event type's track. Typed as a total record, so adding an event type to the schema
 * without giving it a track is a compile error: the exhaustiveness check of the pathway.
 *
 * @example
 * eventTracks.careProceedingsIssued; // 'legal'
 */
export const eventTracks: { readonly [T in CaseEventType]: Track } = {
  referralReceived: 'socialCare',
  referralDecisionMade: 'socialCare',
  assessmentCompleted: 'socialCare',
  strategyDiscussionHeld: 'socialCare',
  section47Concluded: 'socialCare',
  initialConferenceHeld: 'socialCare',
  coreGroupHeld: 'socialCare',
  visitMade: 'socialCare',
  reviewConferenceHeld: 'socialCare',
  planEnded: 'socialCare',
  transferInNotified: 'socialCare',
  transferInConferenceHeld: 'socialCare',
  childInNeedPlanStarted: 'socialCare',
  childInNeedPlanEnded: 'socialCare',
  conferenceScheduled: 'conference',
  participantExcluded: 'conference',
  conferenceInvitationsSent: 'conference',
  familyReportShared: 'conference',
  agencyReportReceived: 'conference',
  childBorn: 'case',
  coreGroupMembersSet: 'socialCare',
  planActionAgreed: 'socialCare',
  planActionRevised: 'socialCare',
  planActionCompleted: 'socialCare',
  planActionWithdrawn: 'socialCare',
  legalPlanningMeetingHeld: 'legal',
  letterBeforeProceedingsSent: 'legal',
  preProceedingsMeetingHeld: 'legal',
  preProceedingsReviewHeld: 'legal',
  familyGroupDecisionMakingOffered: 'legal',
  familyGroupDecisionMakingHeld: 'legal',
  careProceedingsIssued: 'legal',
  caseManagementHearingHeld: 'legal',
  furtherCaseManagementHearingHeld: 'legal',
  issuesResolutionHearingHeld: 'legal',
  timetableExtended: 'legal',
  interimOrderMade: 'legal',
  finalOrderMade: 'legal',
  proceedingsWithdrawn: 'legal',
  supervisionOrderExtended: 'legal',
  policeProtectionStarted: 'emergency',
  policeProtectionEnded: 'emergency',
  emergencyProtectionOrderMade: 'emergency',
  emergencyProtectionOrderExtended: 'emergency',
  emergencyProtectionOrderEnded: 'emergency',
  childAssessmentOrderMade: 'emergency',
};

/**
 * Every event type, in the order of {@link eventTracks}.
 *
 * @example
 * caseEventTypes.filter((type) => eventTracks[type] === 'emergency').length; // 6
 */
export const caseEventTypes = /* @__PURE__ */ Object.keys(eventTracks) as CaseEventType[];
