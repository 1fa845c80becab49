import * as z from 'zod/mini';
import { event, isoDateSchema } from '../eventFields.js';
import { agencyRoles } from './agencies.js';
import { participantRoleSchema } from './participantRole.js';

/*
 * The conference track's events and the meeting fields of the three held-conference events, in
 * zod/mini. Roles are an enum and nothing here takes a name or free text (bar `note`, which is
 * never read), so nothing personal enters the log through these fields.
 */

/**
 * The kind of a child protection conference: initial (ICPC), review, transfer-in, or pre-birth
 * (an initial conference held before the child is born).
 *
 * @example
 * conferenceKindSchema.safeParse('review').success; // true
 */
export const conferenceKindSchema = /* @__PURE__ */ z.enum(['initial', 'review', 'transferIn', 'preBirth'], {
  error: 'must be one of initial, review, transferIn, preBirth',
});

/** The kind of a child protection conference. */
export type ConferenceKind = z.infer<typeof conferenceKindSchema>;

/**
 * The role of an agency besides children's social care, which sends the chair a report.
 *
 * @example
 * agencyRoleSchema.safeParse('parent').success; // false: not an agency
 */
export const agencyRoleSchema = /* @__PURE__ */ (() =>
  z.enum(agencyRoles, { error: `must be the role of an agency besides children's social care: ${agencyRoles.join(', ')}` }))();

const SCORE_MESSAGE = 'must be a whole number from 0 to 10 (Signs of Safety scaling)';

/** Who was at a held conference, by role: attended or not, and a written report from an absent agency. */
const participantSchema = /* @__PURE__ */ z.strictObject({
  role: participantRoleSchema,
  attended: /* @__PURE__ */ z.boolean({ error: 'must be true or false' }),
  writtenReport: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean({ error: 'must be true or false' })),
});

/** A professional's judgement on whether the threshold of significant harm is met, and whether its rationale was recorded. */
const thresholdJudgementSchema = /* @__PURE__ */ z.strictObject({
  role: participantRoleSchema,
  met: /* @__PURE__ */ z.boolean({ error: 'must be true or false' }),
  rationaleRecorded: /* @__PURE__ */ z.boolean({ error: 'must be true or false' }),
});

/** One Signs of Safety scaling score, 0 to 10. */
const scaleSchema = /* @__PURE__ */ z.strictObject({
  role: participantRoleSchema,
  score: /* @__PURE__ */ z
    .int({ error: SCORE_MESSAGE })
    .check(/* @__PURE__ */ z.minimum(0, { error: SCORE_MESSAGE }), /* @__PURE__ */ z.maximum(10, { error: SCORE_MESSAGE })),
});

/**
 * How the child took part in a held conference.
 *
 * @example
 * childParticipationSchema.safeParse('viewsShared').success; // true
 */
export const childParticipationSchema = /* @__PURE__ */ z.enum(['attended', 'viewsShared', 'advocate', 'notInvolved'], {
  error: 'must be one of attended, viewsShared, advocate, notInvolved',
});

/**
 * Who took part in a held conference, by role (`participants` on the three held-conference
 * events): attended or not, and whether an absent agency sent a written report.
 *
 * @example
 * conferenceParticipantsSchema.safeParse([{ role: 'gp', attended: false, writtenReport: true }]).success; // true
 */
export const conferenceParticipantsSchema = /* @__PURE__ */ z.array(participantSchema, { error: 'must be a list of participants' });

/**
 * Each professional's judgement on whether the threshold of significant harm is met, and
 * whether its rationale was recorded (`thresholdJudgements` on the held-conference events;
 * Worcestershire Safeguarding Children Partnership, guide for professionals).
 *
 * @example
 * thresholdJudgementsSchema.safeParse([{ role: 'police', met: true, rationaleRecorded: false }]).success; // true
 */
export const thresholdJudgementsSchema = /* @__PURE__ */ z.array(thresholdJudgementSchema, { error: 'must be a list of judgements' });

/**
 * The Signs of Safety scaling scores, whole numbers 0 to 10 (`scaling` on the held-conference events).
 *
 * @example
 * scalingSchema.safeParse([{ role: 'parent', score: 11 }]).success; // false
 */
export const scalingSchema = /* @__PURE__ */ z.array(scaleSchema, { error: 'must be a list of scores' });

/**
 * A conference is booked, or its booking moved: `on` is the booked day, `date` the day it was
 * booked.
 *
 * @example
 * conferenceScheduledSchema.safeParse({ type: 'conferenceScheduled', date: '2026-01-12', conference: 'initial', on: '2026-01-26' }).success; // true
 */
export const conferenceScheduledSchema = /* @__PURE__ */ event('conferenceScheduled', { conference: conferenceKindSchema, on: isoDateSchema });

/**
 * The chair excludes someone, by role, from all or part of a conference; the reasons stay in
 * the app's own record.
 *
 * @example
 * participantExcludedSchema.safeParse({ type: 'participantExcluded', date: '2026-01-20', conference: 'initial', role: 'parent' }).success; // true
 */
export const participantExcludedSchema = /* @__PURE__ */ event('participantExcluded', { conference: conferenceKindSchema, role: participantRoleSchema });

/**
 * Invitations to a booked conference are sent, to one or more roles.
 *
 * @example
 * conferenceInvitationsSentSchema.safeParse({ type: 'conferenceInvitationsSent', date: '2026-01-13', conference: 'initial', roles: [] }).success; // false
 */
export const conferenceInvitationsSentSchema = /* @__PURE__ */ event('conferenceInvitationsSent', {
  conference: conferenceKindSchema,
  roles: /* @__PURE__ */ z
    .array(participantRoleSchema, { error: 'must be a list of roles' })
    .check(/* @__PURE__ */ z.minLength(1, { error: 'must name at least one role' })),
});

/**
 * The social worker's report is shared with the parents (and the child, where of age).
 *
 * @example
 * familyReportSharedSchema.safeParse({ type: 'familyReportShared', date: '2026-01-21', conference: 'initial' }).success; // true
 */
export const familyReportSharedSchema = /* @__PURE__ */ event('familyReportShared', { conference: conferenceKindSchema });

/**
 * An agency's report for a booked conference reaches the chair.
 *
 * @example
 * agencyReportReceivedSchema.safeParse({ type: 'agencyReportReceived', date: '2026-01-20', conference: 'initial', role: 'school' }).success; // true
 */
export const agencyReportReceivedSchema = /* @__PURE__ */ event('agencyReportReceived', { conference: conferenceKindSchema, role: agencyRoleSchema });

/** A participant of a held conference. */
export type ConferenceParticipant = z.infer<typeof conferenceParticipantsSchema>[number];
/** A professional's threshold judgement at a held conference. */
export type ThresholdJudgement = z.infer<typeof thresholdJudgementsSchema>[number];
/** One scaling score at a held conference. */
export type ScalingScore = z.infer<typeof scalingSchema>[number];
/** How the child took part in a held conference. */
export type ChildParticipation = z.infer<typeof childParticipationSchema>;

/** The conference track's event schemas, in the order the union lists them. */
export const conferenceEventSchemas = [
  conferenceScheduledSchema,
  participantExcludedSchema,
  conferenceInvitationsSentSchema,
  familyReportSharedSchema,
  agencyReportReceivedSchema,
] as const;
