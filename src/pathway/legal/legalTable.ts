import type { Edge } from '../transitionTable.js';

/**
 * The legal track as a transition table (PLO pre-proceedings and care proceedings). It runs
 * beside the social-care track: proceedings may be issued from any social-care phase, with or
 * without pre-proceedings, and the plan carries on throughout.
 */

/** Where a case stands on the legal track. */
export type LegalPhase = 'none' | 'preProceedings' | 'proceedings' | 'concluded';

/**
 * Every phase of the legal track with a short description for the diagram.
 *
 * @example
 * legalPhases.preProceedings; // 'PLO pre-proceedings'
 */
export const legalPhases: Readonly<Record<LegalPhase, string>> = {
  none: 'No legal action',
  preProceedings: 'PLO pre-proceedings',
  proceedings: 'Care proceedings',
  concluded: 'Proceedings concluded',
};

/**
 * The legal transition table.
 *
 * @example
 * legalEdges.filter((edge) => edge.from === 'proceedings' && edge.to === 'concluded').map((edge) => edge.event);
 * // ['finalOrderMade', 'proceedingsWithdrawn']
 */
export const legalEdges = [
  { from: 'none', event: 'legalPlanningMeetingHeld', when: 'preProceedings', to: 'preProceedings' },
  { from: 'none', event: 'legalPlanningMeetingHeld', when: 'issueProceedings', to: 'none' },
  { from: 'none', event: 'legalPlanningMeetingHeld', when: 'noLegalAction', to: 'none' },
  { from: 'none', event: 'careProceedingsIssued', to: 'proceedings' },

  { from: 'preProceedings', event: 'letterBeforeProceedingsSent', to: 'preProceedings' },
  { from: 'preProceedings', event: 'preProceedingsMeetingHeld', to: 'preProceedings' },
  { from: 'preProceedings', event: 'familyGroupDecisionMakingOffered', to: 'preProceedings' },
  { from: 'preProceedings', event: 'familyGroupDecisionMakingHeld', to: 'preProceedings' },
  { from: 'preProceedings', event: 'preProceedingsReviewHeld', when: 'continue', to: 'preProceedings' },
  { from: 'preProceedings', event: 'preProceedingsReviewHeld', when: 'issueProceedings', to: 'preProceedings' },
  { from: 'preProceedings', event: 'preProceedingsReviewHeld', when: 'stepDown', to: 'none' },
  { from: 'preProceedings', event: 'legalPlanningMeetingHeld', when: 'issueProceedings', to: 'preProceedings' },
  { from: 'preProceedings', event: 'legalPlanningMeetingHeld', when: 'noLegalAction', to: 'none' },
  { from: 'preProceedings', event: 'careProceedingsIssued', to: 'proceedings' },

  { from: 'proceedings', event: 'caseManagementHearingHeld', to: 'proceedings' },
  { from: 'proceedings', event: 'furtherCaseManagementHearingHeld', to: 'proceedings' },
  { from: 'proceedings', event: 'issuesResolutionHearingHeld', to: 'proceedings' },
  { from: 'proceedings', event: 'timetableExtended', to: 'proceedings' },
  { from: 'proceedings', event: 'interimOrderMade', to: 'proceedings' },
  { from: 'proceedings', event: 'finalOrderMade', to: 'concluded' },
  { from: 'proceedings', event: 'proceedingsWithdrawn', to: 'concluded' },

  { from: 'concluded', event: 'supervisionOrderExtended', to: 'concluded' },
  { from: 'concluded', event: 'legalPlanningMeetingHeld', when: 'preProceedings', to: 'preProceedings' },
  { from: 'concluded', event: 'legalPlanningMeetingHeld', when: 'issueProceedings', to: 'concluded' },
  { from: 'concluded', event: 'legalPlanningMeetingHeld', when: 'noLegalAction', to: 'concluded' },
  { from: 'concluded', event: 'careProceedingsIssued', to: 'proceedings' },
] as const satisfies readonly Edge<LegalPhase>[];

/**
 * The emergency events: allowed in any phase of the other tracks, guarded by what is in force.
 *
 * @example
 * emergencyEventTypes.includes('policeProtectionStarted'); // true
 */
export const emergencyEventTypes = [
  'policeProtectionStarted',
  'policeProtectionEnded',
  'emergencyProtectionOrderMade',
  'emergencyProtectionOrderExtended',
  'emergencyProtectionOrderEnded',
  'childAssessmentOrderMade',
] as const;

/** The legal event types allowed in a phase, derived from the table for the compiler. */
export type LegalEventIn<P extends LegalPhase> = Extract<(typeof legalEdges)[number], { from: P }>['event'];
