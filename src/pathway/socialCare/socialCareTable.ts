import type { Edge } from '../transitionTable.js';

/**
 * The social-care track as a transition table: from a phase, an event (with the decision that
 * matters, if any) leads to a phase. The transition function, `allowedEvents` and the docs
 * diagram are all read from this one table; a test checks the function follows it. One rule
 * depends on state rather than the event: an edge to `none` taken while a child in need plan
 * is open leads to `childInNeed` instead, since the plan is still running.
 *
 * The plan track's events ride on this table (src/pathway/plan/): the core group's members
 * from the conference that makes a plan onward, and the plan's actions in every phase where a
 * protection plan or a child in need plan can be open (a child in need plan stays open through
 * a new referral or enquiry). Whether one is open is state, checked by the plan track's step.
 */

/** Where a case stands on the social-care track. */
export type SocialPhase =
  | 'none'
  | 'referral'
  | 'assessment'
  | 'enquiry'
  | 'awaitingConference'
  | 'plan'
  | 'childInNeed'
  | 'transferIn';

/**
 * Every phase of the social-care track with a short description for the diagram.
 *
 * @example
 * socialPhases.enquiry; // 'Section 47 enquiry'
 */
export const socialPhases: Readonly<Record<SocialPhase, string>> = {
  none: 'No open episode',
  referral: 'Referral received',
  assessment: 'Child and family assessment',
  enquiry: 'Section 47 enquiry',
  awaitingConference: 'Awaiting initial conference',
  plan: 'Child protection plan',
  childInNeed: 'Child in need',
  transferIn: 'Awaiting transfer-in conference',
};

/**
 * The social-care transition table.
 *
 * @example
 * socialCareEdges.find((edge) => edge.from === 'enquiry' && edge.event === 'section47Concluded');
 * // { from: 'enquiry', event: 'section47Concluded', when: 'conference', to: 'awaitingConference' }
 */
export const socialCareEdges = [
  { from: 'none', event: 'referralReceived', to: 'referral' },
  { from: 'none', event: 'transferInNotified', to: 'transferIn' },
  { from: 'childInNeed', event: 'referralReceived', to: 'referral' },
  { from: 'childInNeed', event: 'transferInNotified', to: 'transferIn' },

  { from: 'referral', event: 'referralDecisionMade', when: 'assessment', to: 'assessment' },
  { from: 'referral', event: 'referralDecisionMade', when: 'earlyHelp', to: 'none' },
  { from: 'referral', event: 'referralDecisionMade', when: 'noFurtherAction', to: 'none' },
  { from: 'referral', event: 'strategyDiscussionHeld', when: 'section47', to: 'enquiry' },
  { from: 'referral', event: 'strategyDiscussionHeld', when: 'noSection47', to: 'assessment' },

  { from: 'assessment', event: 'assessmentCompleted', to: 'none' },
  { from: 'assessment', event: 'strategyDiscussionHeld', when: 'section47', to: 'enquiry' },
  { from: 'assessment', event: 'strategyDiscussionHeld', when: 'noSection47', to: 'assessment' },
  { from: 'assessment', event: 'childInNeedPlanStarted', to: 'childInNeed' },

  { from: 'enquiry', event: 'strategyDiscussionHeld', to: 'enquiry' },
  { from: 'enquiry', event: 'assessmentCompleted', to: 'enquiry' },
  { from: 'enquiry', event: 'section47Concluded', when: 'conference', to: 'awaitingConference' },
  { from: 'enquiry', event: 'section47Concluded', when: 'childInNeed', to: 'childInNeed' },
  { from: 'enquiry', event: 'section47Concluded', when: 'noFurtherAction', to: 'none' },
  { from: 'enquiry', event: 'initialConferenceHeld', when: 'plan', to: 'plan' },
  { from: 'enquiry', event: 'initialConferenceHeld', when: 'childInNeed', to: 'childInNeed' },
  { from: 'enquiry', event: 'initialConferenceHeld', when: 'noFurtherAction', to: 'none' },

  { from: 'awaitingConference', event: 'assessmentCompleted', to: 'awaitingConference' },
  { from: 'awaitingConference', event: 'initialConferenceHeld', when: 'plan', to: 'plan' },
  { from: 'awaitingConference', event: 'initialConferenceHeld', when: 'childInNeed', to: 'childInNeed' },
  { from: 'awaitingConference', event: 'initialConferenceHeld', when: 'noFurtherAction', to: 'none' },

  { from: 'plan', event: 'coreGroupHeld', to: 'plan' },
  { from: 'plan', event: 'visitMade', to: 'plan' },
  { from: 'plan', event: 'assessmentCompleted', to: 'plan' },
  { from: 'plan', event: 'strategyDiscussionHeld', to: 'plan' },
  { from: 'plan', event: 'section47Concluded', to: 'plan' },
  { from: 'plan', event: 'reviewConferenceHeld', when: 'continuePlan', to: 'plan' },
  { from: 'plan', event: 'reviewConferenceHeld', when: 'endPlan', to: 'none' },
  { from: 'plan', event: 'planEnded', to: 'none' },

  { from: 'transferIn', event: 'transferInConferenceHeld', when: 'plan', to: 'plan' },
  { from: 'transferIn', event: 'transferInConferenceHeld', when: 'childInNeed', to: 'childInNeed' },
  { from: 'transferIn', event: 'transferInConferenceHeld', when: 'noFurtherAction', to: 'none' },

  { from: 'none', event: 'childInNeedPlanStarted', to: 'childInNeed' },
  { from: 'childInNeed', event: 'childInNeedPlanStarted', to: 'childInNeed' },
  { from: 'childInNeed', event: 'visitMade', to: 'childInNeed' },
  { from: 'childInNeed', event: 'strategyDiscussionHeld', when: 'section47', to: 'enquiry' },
  { from: 'childInNeed', event: 'strategyDiscussionHeld', when: 'noSection47', to: 'childInNeed' },
  { from: 'childInNeed', event: 'childInNeedPlanEnded', to: 'none' },

  { from: 'plan', event: 'coreGroupMembersSet', to: 'plan' },

  { from: 'plan', event: 'planActionAgreed', to: 'plan' },
  { from: 'plan', event: 'planActionRevised', to: 'plan' },
  { from: 'plan', event: 'planActionCompleted', to: 'plan' },
  { from: 'plan', event: 'planActionWithdrawn', to: 'plan' },

  { from: 'childInNeed', event: 'planActionAgreed', to: 'childInNeed' },
  { from: 'childInNeed', event: 'planActionRevised', to: 'childInNeed' },
  { from: 'childInNeed', event: 'planActionCompleted', to: 'childInNeed' },
  { from: 'childInNeed', event: 'planActionWithdrawn', to: 'childInNeed' },

  { from: 'referral', event: 'planActionAgreed', to: 'referral' },
  { from: 'referral', event: 'planActionRevised', to: 'referral' },
  { from: 'referral', event: 'planActionCompleted', to: 'referral' },
  { from: 'referral', event: 'planActionWithdrawn', to: 'referral' },

  { from: 'assessment', event: 'planActionAgreed', to: 'assessment' },
  { from: 'assessment', event: 'planActionRevised', to: 'assessment' },
  { from: 'assessment', event: 'planActionCompleted', to: 'assessment' },
  { from: 'assessment', event: 'planActionWithdrawn', to: 'assessment' },

  { from: 'enquiry', event: 'planActionAgreed', to: 'enquiry' },
  { from: 'enquiry', event: 'planActionRevised', to: 'enquiry' },
  { from: 'enquiry', event: 'planActionCompleted', to: 'enquiry' },
  { from: 'enquiry', event: 'planActionWithdrawn', to: 'enquiry' },

  { from: 'awaitingConference', event: 'planActionAgreed', to: 'awaitingConference' },
  { from: 'awaitingConference', event: 'planActionRevised', to: 'awaitingConference' },
  { from: 'awaitingConference', event: 'planActionCompleted', to: 'awaitingConference' },
  { from: 'awaitingConference', event: 'planActionWithdrawn', to: 'awaitingConference' },

  { from: 'transferIn', event: 'planActionAgreed', to: 'transferIn' },
  { from: 'transferIn', event: 'planActionRevised', to: 'transferIn' },
  { from: 'transferIn', event: 'planActionCompleted', to: 'transferIn' },
  { from: 'transferIn', event: 'planActionWithdrawn', to: 'transferIn' },
] as const satisfies readonly Edge<SocialPhase>[];

/** The social-care event types allowed in a phase, derived from the table for the compiler. */
export type SocialEventIn<P extends SocialPhase> = Extract<(typeof socialCareEdges)[number], { from: P }>['event'];
