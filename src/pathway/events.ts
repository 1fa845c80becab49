import { z } from 'zod';
import { toEpochDay } from '../dates/epochDay.js';
import { parseDateTime } from '../dates/dateTime.js';

/*
 * The stored event format: a case is an ordered log of these. Names and fields are a public
 * contract. Each schema validates untrusted JSON; the TypeScript types are inferred from them.
 * `note` is free text for the app's own use: it is never read and never echoed in errors.
 */

const isDate = (text: string): boolean => {
  try {
    toEpochDay(text);
    return true;
  } catch {
    return false;
  }
};
const isDateTime = (text: string): boolean => {
  try {
    parseDateTime(text);
    return true;
  } catch {
    return false;
  }
};

/** A `YYYY-MM-DD` calendar date that exists. */
export const isoDateSchema = z
  .string({ error: 'must be a YYYY-MM-DD date' })
  .refine(isDate, 'must be a real date written YYYY-MM-DD');

/** An ISO date-time with an offset, e.g. `2026-03-28T22:15:00Z`. */
export const isoDateTimeSchema = z
  .string({ error: 'must be an ISO date-time with offset' })
  .refine(isDateTime, 'must be an ISO date-time with an offset, e.g. 2026-03-28T22:15:00Z');

/** The four categories of abuse or neglect of a child protection plan. */
export const harmCategorySchema = z.enum(['physical', 'emotional', 'sexual', 'neglect'], {
  error: 'must be physical, emotional, sexual or neglect',
});

const categoriesSchema = z
  .array(harmCategorySchema, { error: 'must be a list of categories' })
  .min(1, 'must name at least one category')
  .refine((list) => new Set(list).size === list.length, 'must not repeat a category');

const base = { date: isoDateSchema, note: z.string({ error: 'must be a string' }).optional() };
const event = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.strictObject({ type: z.literal(type), ...base, ...shape });
const decision = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `must be one of ${values.join(', ')}` });

// Social care track (Working Together 2023)
export const referralReceivedSchema = event('referralReceived', {});
export const referralDecisionMadeSchema = event('referralDecisionMade', {
  decision: decision(['assessment', 'earlyHelp', 'noFurtherAction']),
});
export const assessmentCompletedSchema = event('assessmentCompleted', {});
export const strategyDiscussionHeldSchema = event('strategyDiscussionHeld', {
  decision: decision(['section47', 'noSection47']),
});
export const section47ConcludedSchema = event('section47Concluded', {
  outcome: decision(['conference', 'childInNeed', 'noFurtherAction']),
});
export const initialConferenceHeldSchema = event('initialConferenceHeld', {
  decision: decision(['plan', 'childInNeed', 'noFurtherAction']),
  categories: categoriesSchema.optional(),
});
export const coreGroupHeldSchema = event('coreGroupHeld', {});
export const visitMadeSchema = event('visitMade', { unannounced: z.literal(true).optional() });
export const reviewConferenceHeldSchema = event('reviewConferenceHeld', {
  decision: decision(['continuePlan', 'endPlan']),
  categories: categoriesSchema.optional(),
});
export const planEndedSchema = event('planEnded', {
  reason: decision(['movedAuthority', 'reachedAdulthood', 'died', 'leftUK']),
});
export const transferInNotifiedSchema = event('transferInNotified', {});
export const transferInConferenceHeldSchema = event('transferInConferenceHeld', {
  decision: decision(['plan', 'childInNeed', 'noFurtherAction']),
  categories: categoriesSchema.optional(),
});
export const childInNeedPlanStartedSchema = event('childInNeedPlanStarted', {});
export const childInNeedPlanEndedSchema = event('childInNeedPlanEnded', {});
export const childBornSchema = event('childBorn', {});

// Legal track (PLO, Children Act 1989 Part IV, PD12A)
export const legalPlanningMeetingHeldSchema = event('legalPlanningMeetingHeld', {
  decision: decision(['preProceedings', 'issueProceedings', 'noLegalAction']),
});
export const letterBeforeProceedingsSentSchema = event('letterBeforeProceedingsSent', {});
export const preProceedingsMeetingHeldSchema = event('preProceedingsMeetingHeld', {});
export const preProceedingsReviewHeldSchema = event('preProceedingsReviewHeld', {
  decision: decision(['continue', 'stepDown', 'issueProceedings']),
});
export const careProceedingsIssuedSchema = event('careProceedingsIssued', {});
export const caseManagementHearingHeldSchema = event('caseManagementHearingHeld', {});
export const furtherCaseManagementHearingHeldSchema = event('furtherCaseManagementHearingHeld', {});
export const issuesResolutionHearingHeldSchema = event('issuesResolutionHearingHeld', {});
export const timetableExtendedSchema = event('timetableExtended', {
  weeks: z
    .number({ error: 'must be a number of weeks' })
    .refine((weeks) => Number.isInteger(weeks) && weeks >= 1 && weeks <= 8, 'must be a whole number of weeks from 1 to 8'),
});
export const interimOrderMadeSchema = event('interimOrderMade', {
  order: decision(['interimCare', 'interimSupervision']),
});
export const finalOrderMadeSchema = event('finalOrderMade', {
  order: decision(['care', 'supervision', 'noOrder', 'specialGuardianship', 'childArrangements', 'placement']),
});
export const proceedingsWithdrawnSchema = event('proceedingsWithdrawn', {});
export const supervisionOrderExtendedSchema = event('supervisionOrderExtended', {
  years: z
    .number({ error: 'must be a number of years' })
    .refine((years) => Number.isInteger(years) && years >= 1 && years <= 2, 'must be 1 or 2 years')
    .optional(),
  endsOn: isoDateSchema.optional(),
});

// Emergency track (Children Act 1989 ss43-46)
export const policeProtectionStartedSchema = event('policeProtectionStarted', { at: isoDateTimeSchema });
export const policeProtectionEndedSchema = event('policeProtectionEnded', { at: isoDateTimeSchema });
export const emergencyProtectionOrderMadeSchema = event('emergencyProtectionOrderMade', {
  at: isoDateTimeSchema,
  endsAt: isoDateTimeSchema.optional(),
});
export const emergencyProtectionOrderExtendedSchema = event('emergencyProtectionOrderExtended', {
  at: isoDateTimeSchema,
  endsAt: isoDateTimeSchema,
});
export const emergencyProtectionOrderEndedSchema = event('emergencyProtectionOrderEnded', {});
export const childAssessmentOrderMadeSchema = event('childAssessmentOrderMade', {
  startsOn: isoDateSchema,
  days: z
    .number({ error: 'must be a number of days' })
    .refine((days) => Number.isInteger(days) && days >= 1 && days <= 7, 'must be a whole number of days from 1 to 7'),
});

/**
 * Validates one case event of any type. Use {@link parseEvents} for a whole log.
 *
 * @example
 * caseEventSchema.safeParse({ type: 'referralReceived', date: '2026-01-05' }).success; // true
 */
export const caseEventSchema = z.discriminatedUnion(
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
export const childDetailsSchema = z.strictObject({
  dateOfBirth: isoDateSchema.optional(),
  expectedDeliveryDate: isoDateSchema.optional(),
});

/** What is known of the child. */
export type ChildDetails = z.infer<typeof childDetailsSchema>;

/**
 * A stored case: the child's details and the event log. The JSON format apps store.
 *
 * @example
 * caseLogSchema.parse({ child: { dateOfBirth: '2019-04-02' }, events: [{ type: 'referralReceived', date: '2026-01-05' }] });
 */
export const caseLogSchema = z.strictObject({
  child: childDetailsSchema.optional(),
  events: z.array(caseEventSchema, { error: 'must be a list of events' }),
});

/** A stored case: the child's details and the event log. */
export type CaseLog = z.infer<typeof caseLogSchema>;
