import * as z from 'zod/mini';
import { decision, event, isoDateSchema, wholeNumber } from '../eventFields.js';

/*
 * The legal track's events: the Public Law Outline's pre-proceedings, care proceedings under
 * the Children Act 1989 Part IV and PD12A, and the orders made. Names and fields are a public
 * contract.
 */

export const legalPlanningMeetingHeldSchema = /* @__PURE__ */ event('legalPlanningMeetingHeld', {
  decision: /* @__PURE__ */ decision(['preProceedings', 'issueProceedings', 'noLegalAction']),
});
export const letterBeforeProceedingsSentSchema = /* @__PURE__ */ event('letterBeforeProceedingsSent', {});
export const preProceedingsMeetingHeldSchema = /* @__PURE__ */ event('preProceedingsMeetingHeld', {});
export const preProceedingsReviewHeldSchema = /* @__PURE__ */ event('preProceedingsReviewHeld', {
  decision: /* @__PURE__ */ decision(['continue', 'stepDown', 'issueProceedings']),
});
/*
 * Family group decision-making in pre-proceedings, the two facts the CIN census asks of it:
 * FGDMMeetingOffer (a meeting was offered, usually in the letter before proceedings) and
 * FGDMMeetingFac (a meeting was facilitated after that offer).
 */
export const familyGroupDecisionMakingOfferedSchema = /* @__PURE__ */ event('familyGroupDecisionMakingOffered', {});
export const familyGroupDecisionMakingHeldSchema = /* @__PURE__ */ event('familyGroupDecisionMakingHeld', {});
export const careProceedingsIssuedSchema = /* @__PURE__ */ event('careProceedingsIssued', {});
export const caseManagementHearingHeldSchema = /* @__PURE__ */ event('caseManagementHearingHeld', {});
export const furtherCaseManagementHearingHeldSchema = /* @__PURE__ */ event('furtherCaseManagementHearingHeld', {});
export const issuesResolutionHearingHeldSchema = /* @__PURE__ */ event('issuesResolutionHearingHeld', {});
export const timetableExtendedSchema = /* @__PURE__ */ event('timetableExtended', {
  weeks: /* @__PURE__ */ wholeNumber('must be a number of weeks', 1, 8, 'must be a whole number of weeks from 1 to 8 (Children Act 1989 s32(8))'),
});
export const interimOrderMadeSchema = /* @__PURE__ */ event('interimOrderMade', {
  order: /* @__PURE__ */ decision(['interimCare', 'interimSupervision']),
});
export const finalOrderMadeSchema = /* @__PURE__ */ event('finalOrderMade', {
  order: /* @__PURE__ */ decision(['care', 'supervision', 'noOrder', 'specialGuardianship', 'childArrangements', 'placement']),
});
export const proceedingsWithdrawnSchema = /* @__PURE__ */ event('proceedingsWithdrawn', {});
export const supervisionOrderExtendedSchema = /* @__PURE__ */ event('supervisionOrderExtended', {
  years: /* @__PURE__ */ z.optional(/* @__PURE__ */ wholeNumber('must be a number of years', 1, 2, 'must be 1 or 2 years')),
  endsOn: /* @__PURE__ */ z.optional(isoDateSchema),
});

/** The legal track's event schemas, in the order the union lists them. */
export const legalEventSchemas = [
  legalPlanningMeetingHeldSchema,
  letterBeforeProceedingsSentSchema,
  preProceedingsMeetingHeldSchema,
  preProceedingsReviewHeldSchema,
  familyGroupDecisionMakingOfferedSchema,
  familyGroupDecisionMakingHeldSchema,
  careProceedingsIssuedSchema,
  caseManagementHearingHeldSchema,
  furtherCaseManagementHearingHeldSchema,
  issuesResolutionHearingHeldSchema,
  timetableExtendedSchema,
  interimOrderMadeSchema,
  finalOrderMadeSchema,
  proceedingsWithdrawnSchema,
  supervisionOrderExtendedSchema,
] as const;
