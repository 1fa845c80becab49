import * as z from 'zod/mini';
import { event, isoDateSchema, isoDateTimeSchema, wholeNumber } from '../eventFields.js';

/*
 * The emergency track's events (Children Act 1989 ss43-46): police protection, emergency
 * protection orders and child assessment orders. Their times are ISO date-times with an offset,
 * because their limits run in hours. Names and fields are a public contract.
 */

export const policeProtectionStartedSchema = /* @__PURE__ */ event('policeProtectionStarted', { at: isoDateTimeSchema });
export const policeProtectionEndedSchema = /* @__PURE__ */ event('policeProtectionEnded', { at: isoDateTimeSchema });
export const emergencyProtectionOrderMadeSchema = /* @__PURE__ */ event('emergencyProtectionOrderMade', {
  at: isoDateTimeSchema,
  endsAt: /* @__PURE__ */ z.optional(isoDateTimeSchema),
  // CA 1989 s45(3): made on the designated officer's application under s46(7), while the child
  // was in police protection; the 8 days then begin with the first day of police protection.
  appliedDuringPoliceProtection: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean({ error: 'must be true or false' })),
});
export const emergencyProtectionOrderExtendedSchema = /* @__PURE__ */ event('emergencyProtectionOrderExtended', {
  at: isoDateTimeSchema,
  endsAt: isoDateTimeSchema,
});
export const emergencyProtectionOrderEndedSchema = /* @__PURE__ */ event('emergencyProtectionOrderEnded', {});
export const childAssessmentOrderMadeSchema = /* @__PURE__ */ event('childAssessmentOrderMade', {
  startsOn: isoDateSchema,
  days: /* @__PURE__ */ wholeNumber('must be a number of days', 1, 7, 'must be a whole number of days from 1 to 7'),
});

/** The emergency track's event schemas, in the order the union lists them. */
export const emergencyEventSchemas = [
  policeProtectionStartedSchema,
  policeProtectionEndedSchema,
  emergencyProtectionOrderMadeSchema,
  emergencyProtectionOrderExtendedSchema,
  emergencyProtectionOrderEndedSchema,
  childAssessmentOrderMadeSchema,
] as const;
