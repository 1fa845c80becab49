import { z } from 'zod';
import { toEpochDay } from '../dates/epochDay.js';
import { parseDateTime } from '../dates/dateTime.js';
import { familyGroupHeldSchema, familyGroupOfferedSchema } from './legal/familyGroupEvents.js';

/*
 * The stored event format: a case is an ordered log of these. Names and fields are a public
 * contract. Each schema validates untrusted JSON; the TypeScript types are inferred from them.
 * `note` is free text for the app's own use: it is never read and never echoed in errors.
 */

/** A check from a parser that throws: true when it accepts the text. */
const accepts =
  (parse: (text: string) => unknown) =>
  (text: string): boolean => {
    try {
      parse(text);
      return true;
    } catch {
      return false;
    }
  };
const isDate = /* @__PURE__ */ accepts(toEpochDay);
const isDateTime = /* @__PURE__ */ accepts(parseDateTime);

/*
 * Every schema below is built at module level, so each call is marked pure: a bundler can then
 * drop zod and these schemas from an app that imports only, say, `addWorkingDays` (the package
 * is one file, so `sideEffects: false` alone cannot). Keep the marks on new schemas; the size
 * test fails when zod creeps back into the calendar-only bundle.
 *
 * The date shapes are also checked as patterns (abort: true keeps one message per bad value):
 * a refine cannot be expressed in the JSON Schema generated from these schemas
 * (schema/events.json), a pattern can.
 */
const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME_SHAPE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;
const DATE_MESSAGE = 'must be a real date written YYYY-MM-DD';
const DATE_TIME_MESSAGE = 'must be an ISO date-time with an offset, e.g. 2026-03-28T22:15:00Z';

/**
 * A `YYYY-MM-DD` calendar date that exists.
 *
 * @example
 * isoDateSchema.safeParse('2026-02-29').success; // false: 2026 is not a leap year
 */
export const isoDateSchema = /* @__PURE__ */ z
  .string({ error: 'must be a YYYY-MM-DD date' })
  .regex(DATE_SHAPE, { error: DATE_MESSAGE, abort: true })
  .refine(isDate, DATE_MESSAGE);

/**
 * An ISO date-time with an offset, e.g. `2026-03-28T22:15:00Z`.
 *
 * @example
 * isoDateTimeSchema.safeParse('2026-03-28T22:15:00').success; // false: no offset
 */
export const isoDateTimeSchema = /* @__PURE__ */ z
  .string({ error: 'must be an ISO date-time with offset' })
  .regex(DATE_TIME_SHAPE, { error: DATE_TIME_MESSAGE, abort: true })
  .refine(isDateTime, DATE_TIME_MESSAGE);

/**
 * The four categories of abuse or neglect of a child protection plan.
 *
 * @example
 * harmCategorySchema.safeParse('financial').success; // false
 */
export const harmCategorySchema = /* @__PURE__ */ z.enum(['physical', 'emotional', 'sexual', 'neglect'], {
  error: 'must be physical, emotional, sexual or neglect',
});

const categoriesSchema = /* @__PURE__ */ z
  .array(harmCategorySchema, { error: 'must be a list of categories' })
  .min(1, 'must name at least one category')
  .refine((list) => new Set(list).size === list.length, 'must not repeat a category');

const base = { date: isoDateSchema, note: /* @__PURE__ */ z.string({ error: 'must be a string' }).optional() };
const event = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.strictObject({ type: z.literal(type), ...base, ...shape });
const decision = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `must be one of ${values.join(', ')}` });
/** A whole number in a range, as checks that JSON Schema can express too (integer, minimum, maximum). */
const wholeNumber = (error: string, min: number, max: number, rangeError: string) =>
  z
    .number({ error })
    .int({ error: rangeError, abort: true })
    .min(min, { error: rangeError, abort: true })
    .max(max, { error: rangeError });

// Social care track (Working Together 2023)
export const referralReceivedSchema = /* @__PURE__ */ event('referralReceived', {});
export const referralDecisionMadeSchema = /* @__PURE__ */ event('referralDecisionMade', {
  decision: /* @__PURE__ */ decision(['assessment', 'earlyHelp', 'noFurtherAction']),
});
export const assessmentCompletedSchema = /* @__PURE__ */ event('assessmentCompleted', {});
export const strategyDiscussionHeldSchema = /* @__PURE__ */ event('strategyDiscussionHeld', {
  decision: /* @__PURE__ */ decision(['section47', 'noSection47']),
});
export const section47ConcludedSchema = /* @__PURE__ */ event('section47Concluded', {
  outcome: /* @__PURE__ */ decision(['conference', 'childInNeed', 'noFurtherAction']),
});
export const initialConferenceHeldSchema = /* @__PURE__ */ event('initialConferenceHeld', {
  decision: /* @__PURE__ */ decision(['plan', 'childInNeed', 'noFurtherAction']),
  categories: /* @__PURE__ */ categoriesSchema.optional(),
});
export const coreGroupHeldSchema = /* @__PURE__ */ event('coreGroupHeld', {});
export const visitMadeSchema = /* @__PURE__ */ event('visitMade', { unannounced: /* @__PURE__ */ z.literal(true).optional() });
export const reviewConferenceHeldSchema = /* @__PURE__ */ event('reviewConferenceHeld', {
  decision: /* @__PURE__ */ decision(['continuePlan', 'endPlan']),
  categories: /* @__PURE__ */ categoriesSchema.optional(),
});
export const planEndedSchema = /* @__PURE__ */ event('planEnded', {
  reason: /* @__PURE__ */ decision(['movedAuthority', 'reachedAdulthood', 'died', 'leftUK']),
});
export const transferInNotifiedSchema = /* @__PURE__ */ event('transferInNotified', {});
export const transferInConferenceHeldSchema = /* @__PURE__ */ event('transferInConferenceHeld', {
  decision: /* @__PURE__ */ decision(['plan', 'childInNeed', 'noFurtherAction']),
  categories: /* @__PURE__ */ categoriesSchema.optional(),
});
export const childInNeedPlanStartedSchema = /* @__PURE__ */ event('childInNeedPlanStarted', {});
export const childInNeedPlanEndedSchema = /* @__PURE__ */ event('childInNeedPlanEnded', {});
export const childBornSchema = /* @__PURE__ */ event('childBorn', {});

// Legal track (PLO, Children Act 1989 Part IV, PD12A)
export const legalPlanningMeetingHeldSchema = /* @__PURE__ */ event('legalPlanningMeetingHeld', {
  decision: /* @__PURE__ */ decision(['preProceedings', 'issueProceedings', 'noLegalAction']),
});
export const letterBeforeProceedingsSentSchema = /* @__PURE__ */ event('letterBeforeProceedingsSent', {});
export const preProceedingsMeetingHeldSchema = /* @__PURE__ */ event('preProceedingsMeetingHeld', {});
export const preProceedingsReviewHeldSchema = /* @__PURE__ */ event('preProceedingsReviewHeld', {
  decision: /* @__PURE__ */ decision(['continue', 'stepDown', 'issueProceedings']),
});
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
  years: /* @__PURE__ */ wholeNumber('must be a number of years', 1, 2, 'must be 1 or 2 years').optional(),
  endsOn: /* @__PURE__ */ isoDateSchema.optional(),
});
/**
 * A family group decision-making meeting was offered (CIN census FGDMMeetingOffer); zod/mini.
 *
 * @example
 * familyGroupDecisionMakingOfferedSchema.safeParse({ type: 'familyGroupDecisionMakingOffered', date: '2026-02-04' }).success; // true
 */
export const familyGroupDecisionMakingOfferedSchema = /* @__PURE__ */ familyGroupOfferedSchema(isoDateSchema);
/**
 * A family group decision-making meeting was held (CIN census FGDMMeetingFac); zod/mini.
 *
 * @example
 * familyGroupDecisionMakingHeldSchema.safeParse({ type: 'familyGroupDecisionMakingHeld', date: '2026-02-20' }).success; // true
 */
export const familyGroupDecisionMakingHeldSchema = /* @__PURE__ */ familyGroupHeldSchema(isoDateSchema);

// Emergency track (Children Act 1989 ss43-46)
export const policeProtectionStartedSchema = /* @__PURE__ */ event('policeProtectionStarted', { at: isoDateTimeSchema });
export const policeProtectionEndedSchema = /* @__PURE__ */ event('policeProtectionEnded', { at: isoDateTimeSchema });
export const emergencyProtectionOrderMadeSchema = /* @__PURE__ */ event('emergencyProtectionOrderMade', {
  at: isoDateTimeSchema,
  endsAt: /* @__PURE__ */ isoDateTimeSchema.optional(),
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

/**
 * Validates one case event of any type. Use {@link parseEvents} for a whole log.
 *
 * @example
 * caseEventSchema.safeParse({ type: 'referralReceived', date: '2026-01-05' }).success; // true
 */
export const caseEventSchema = /* @__PURE__ */ z.discriminatedUnion(
  'type',
  [
    referralReceivedSchema,
    referralDecisionMadeSchema,
    assessmentCompletedSchema,
    strategyDiscussionHeldSchema,
    section47ConcludedSchema,
    initialConferenceHeldSchema,
    coreGroupHeldSchema,
    visitMadeSchema,
    reviewConferenceHeldSchema,
    planEndedSchema,
    transferInNotifiedSchema,
    transferInConferenceHeldSchema,
    childInNeedPlanStartedSchema,
    childInNeedPlanEndedSchema,
    childBornSchema,
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
    policeProtectionStartedSchema,
    policeProtectionEndedSchema,
    emergencyProtectionOrderMadeSchema,
    emergencyProtectionOrderExtendedSchema,
    emergencyProtectionOrderEndedSchema,
    childAssessmentOrderMadeSchema,
  ],
  { error: 'must have a known event type' },
);

/** Any case event. */
export type CaseEvent = z.infer<typeof caseEventSchema>;
/** The type names of case events. */
export type CaseEventType = CaseEvent['type'];
/** The event of a given type. */
export type EventOf<T extends CaseEventType> = Extract<CaseEvent, { type: T }>;
/** A category of harm of a child protection plan. */
export type HarmCategory = z.infer<typeof harmCategorySchema>;

/**
 * What is known of the child: the date of birth, or before birth the expected delivery date.
 *
 * @example
 * const child: ChildDetails = { expectedDeliveryDate: '2026-09-14' };
 */
export const childDetailsSchema = /* @__PURE__ */ z.strictObject({
  dateOfBirth: /* @__PURE__ */ isoDateSchema.optional(),
  expectedDeliveryDate: /* @__PURE__ */ isoDateSchema.optional(),
});

/** What is known of the child. */
export type ChildDetails = z.infer<typeof childDetailsSchema>;

/**
 * A stored case: the child's details and the event log. The JSON format apps store.
 *
 * @example
 * caseLogSchema.parse({ child: { dateOfBirth: '2019-04-02' }, events: [{ type: 'referralReceived', date: '2026-01-05' }] });
 */
export const caseLogSchema = /* @__PURE__ */ z.strictObject({
  child: /* @__PURE__ */ childDetailsSchema.optional(),
  events: /* @__PURE__ */ z.array(caseEventSchema, { error: 'must be a list of events' }),
});

/** A stored case: the child's details and the event log. */
export type CaseLog = z.infer<typeof caseLogSchema>;
