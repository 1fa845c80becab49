import { allowedConferenceEvents } from './conference/conference.js';
import type { CaseEventType } from './events.js';
import { emergencyEventTypes, legalEdges } from './legal/legalTable.js';
import { socialCareEdges } from './socialCare/socialCareTable.js';
import type { CaseState } from './state.js';

/**
 * The event types that may happen next, on every track: read from the transition tables and
 * narrowed by what the state knows (an open child in need plan, open plan actions, a hearing
 * already held, an order in force). Emergency events are open at every point.
 *
 * @example
 * allowedEvents(newCase()); // ['referralReceived', 'transferInNotified', 'childInNeedPlanStarted', ...]
 */
export function allowedEvents(state: CaseState): CaseEventType[] {
  const allowed = new Set<CaseEventType>();
  const { social, legal, emergency } = state;
  for (const edge of socialCareEdges) if (edge.from === social.phase) allowed.add(edge.event);
  if (social.childInNeedPlanOpen) allowed.delete('childInNeedPlanStarted');
  else allowed.delete('childInNeedPlanEnded');
  for (const type of allowedConferenceEvents(state)) allowed.add(type);
  // Plan actions need an open plan; revising, completing or withdrawing one needs an open action.
  if (social.plan === undefined && !social.childInNeedPlanOpen) allowed.delete('planActionAgreed');
  if (!state.actions.some((action) => action.closed === undefined)) {
    allowed.delete('planActionRevised');
    allowed.delete('planActionCompleted');
    allowed.delete('planActionWithdrawn');
  }
  for (const edge of legalEdges) if (edge.from === legal.phase) allowed.add(edge.event);
  if (legal.proceedings?.caseManagementHearingOn === undefined) allowed.delete('furtherCaseManagementHearingHeld');
  else allowed.delete('caseManagementHearingHeld');
  if (legal.preProceedings?.initialMeetingDate === undefined) allowed.delete('preProceedingsReviewHeld');
  if (legal.supervisionOrder === undefined) allowed.delete('supervisionOrderExtended');
  for (const type of emergencyEventTypes) allowed.add(type);
  if (emergency.policeProtection === undefined) allowed.delete('policeProtectionEnded');
  if (emergency.emergencyProtectionOrder === undefined) {
    allowed.delete('emergencyProtectionOrderExtended');
    allowed.delete('emergencyProtectionOrderEnded');
  } else if (emergency.emergencyProtectionOrder.extended) {
    allowed.delete('emergencyProtectionOrderExtended');
  }
  if (state.child.dateOfBirth === undefined) allowed.add('childBorn');
  return [...allowed];
}
