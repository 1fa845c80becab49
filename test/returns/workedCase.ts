/*
 * One child's case through a section 47 enquiry, a plan, two category changes' worth of reviews
 * and pre-proceedings with family group decision-making, used by the returns suites. The dates
 * and the counting are written out where they are checked.
 */
import type { CaseEvent, ChildDetails } from '../../src/index.js';

export const child: ChildDetails = { dateOfBirth: '2019-04-02' };

export const workedCase: CaseEvent[] = [
  { type: 'referralReceived', date: '2025-04-07' },
  { type: 'strategyDiscussionHeld', date: '2025-04-09', decision: 'section47' },
  { type: 'section47Concluded', date: '2025-04-25', outcome: 'conference' },
  { type: 'initialConferenceHeld', date: '2025-04-30', decision: 'plan', categories: ['neglect'] },
  { type: 'visitMade', date: '2025-05-06' },
  { type: 'legalPlanningMeetingHeld', date: '2025-05-12', decision: 'preProceedings' },
  { type: 'letterBeforeProceedingsSent', date: '2025-05-14' },
  { type: 'familyGroupDecisionMakingOffered', date: '2025-05-14' },
  { type: 'preProceedingsMeetingHeld', date: '2025-05-21' },
  { type: 'familyGroupDecisionMakingHeld', date: '2025-06-02' },
  { type: 'preProceedingsReviewHeld', date: '2025-07-16', decision: 'stepDown' },
  { type: 'reviewConferenceHeld', date: '2025-07-28', decision: 'continuePlan', categories: ['neglect', 'emotional'] },
  { type: 'visitMade', date: '2025-09-01' },
  { type: 'reviewConferenceHeld', date: '2026-01-26', decision: 'continuePlan' },
  { type: 'visitMade', date: '2026-03-02' },
  { type: 'reviewConferenceHeld', date: '2026-04-20', decision: 'endPlan' },
];
