import * as z from 'zod/mini';
import {
  childParticipationSchema,
  conferenceParticipantsSchema,
  scalingSchema,
  thresholdJudgementsSchema,
} from '../conference/conferenceEvents.js';
import { decision, event } from '../eventFields.js';
import { coreGroupHeldFields, visitMadeFields } from '../plan/planFields.js';

/*
 * The social-care track's events (Working Together to Safeguard Children 2023): referral,
 * assessment, enquiry, conference and plan. Names and fields are a public contract.
 */

/**
 * The four categories of abuse or neglect of a child protection plan.
 *
 * @example
 * harmCategorySchema.safeParse('financial').success; // false
 */
export const harmCategorySchema = /* @__PURE__ */ z.enum(['physical', 'emotional', 'sexual', 'neglect'], {
  error: 'must be physical, emotional, sexual or neglect',
});

/** A category of harm of a child protection plan. */
export type HarmCategory = z.infer<typeof harmCategorySchema>;

const categoriesSchema = /* @__PURE__ */ (() =>
  z.optional(
    z
      .array(harmCategorySchema, { error: 'must be a list of categories' })
      .check(
        z.minLength(1, 'must name at least one category'),
        z.refine((list) => new Set(list).size === list.length, 'must not repeat a category'),
      ),
  ))();

/*
 * The meeting's record on the three held-conference events, all optional: the conference
 * track's schemas (src/pathway/conference/conferenceEvents.ts). Named field by field in each
 * event: spreading one shared object into the shapes would count as a side effect for
 * bundlers, and keep zod in a calendar-only bundle.
 */
const participants = /* @__PURE__ */ z.optional(conferenceParticipantsSchema);
const thresholdJudgements = /* @__PURE__ */ z.optional(thresholdJudgementsSchema);
const scaling = /* @__PURE__ */ z.optional(scalingSchema);
const childParticipation = /* @__PURE__ */ z.optional(childParticipationSchema);

/** A held conference: its decision, the plan's categories, and the meeting's record. */
const conferenceHeld = <T extends string, const D extends readonly [string, ...string[]]>(type: T, decisions: D) =>
  event(type, { decision: decision(decisions), categories: categoriesSchema, participants, thresholdJudgements, scaling, childParticipation });

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
export const initialConferenceHeldSchema = /* @__PURE__ */ conferenceHeld('initialConferenceHeld', ['plan', 'childInNeed', 'noFurtherAction']);
// The plan track's fields (attendance, the detailed plan, whether the child was seen) are
// defined in plan/planFields.ts; the spread is inside a pure function, since a bundler keeps a
// spread at module level.
export const coreGroupHeldSchema = /* @__PURE__ */ event('coreGroupHeld', coreGroupHeldFields);
export const visitMadeSchema = /* @__PURE__ */ (() =>
  event('visitMade', {
    unannounced: z.optional(z.literal(true, { error: 'must be true when given' })),
    ...visitMadeFields,
  }))();
export const reviewConferenceHeldSchema = /* @__PURE__ */ conferenceHeld('reviewConferenceHeld', ['continuePlan', 'endPlan']);
export const planEndedSchema = /* @__PURE__ */ event('planEnded', {
  reason: /* @__PURE__ */ decision(['movedAuthority', 'reachedAdulthood', 'died', 'leftUK']),
});
export const transferInNotifiedSchema = /* @__PURE__ */ event('transferInNotified', {});
export const transferInConferenceHeldSchema = /* @__PURE__ */ conferenceHeld('transferInConferenceHeld', ['plan', 'childInNeed', 'noFurtherAction']);
export const childInNeedPlanStartedSchema = /* @__PURE__ */ event('childInNeedPlanStarted', {});
export const childInNeedPlanEndedSchema = /* @__PURE__ */ event('childInNeedPlanEnded', {});
export const childBornSchema = /* @__PURE__ */ event('childBorn', {});

/** The social-care track's event schemas, in the order the union lists them. */
export const socialCareEventSchemas = [
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
] as const;
