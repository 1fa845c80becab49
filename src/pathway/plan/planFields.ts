import * as z from 'zod/mini';
import { participantRoleSchema } from '../conference/participantRole.js';

/*
 * Fields the plan track adds to two social-care events, referenced from their definitions in
 * events.ts. Roles, never names: nothing personal enters the log through these fields. Every
 * call is marked pure, arguments included: a bundler keeps a marked call's unmarked arguments.
 */

/**
 * A list of distinct participant roles, at least `min` long (core group members, attendance).
 *
 * @example
 * rolesSchema(1).safeParse(['parent', 'socialWorker']).success; // true
 * rolesSchema(1).safeParse(['parent', 'parent']).success; // false: a role is listed once
 */
export const rolesSchema = (min: number) =>
  z.array(participantRoleSchema, { error: 'must be a list of participant roles' }).check(
    z.minLength(min, { error: `must name at least ${min} role${min === 1 ? '' : 's'}`, abort: true }),
    z.refine((list: readonly string[]) => new Set(list).size === list.length, { error: 'must not repeat a role' }),
  );

/**
 * What a core group meeting records beyond its date: who attended (by role) and whether the
 * meeting agreed the detailed plan, which the core group works out from the conference's
 * outline plan (Worcestershire Safeguarding Children Partnership, guide for professionals: "the
 * core group is responsible for the detailed formulation and implementation of the Child
 * Protection plan, previously outlined at the conference").
 *
 * @example
 * const fields = { attended: ['parent', 'socialWorker'], detailedPlanAgreed: true };
 */
export const coreGroupHeldFields = {
  attended: /* @__PURE__ */ z.optional(/* @__PURE__ */ rolesSchema(0)),
  detailedPlanAgreed: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.literal(true, { error: 'must be true when given' })),
};

/**
 * What a visit to the child records: whether the child was seen, seen alone, and their bedroom
 * seen (the Children's Services Standard Safeguarding Dataset's `ssd_cp_visits`, and Ofsted's
 * Annex A list 7 "seen alone"). A visit that did not see the child (`seen: false`) is recorded but does
 * not meet the visit timescale.
 *
 * @example
 * const fields = { seen: true, seenAlone: true, bedroomSeen: false };
 */
export const visitMadeFields = {
  seen: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean({ error: 'must be true or false' })),
  seenAlone: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean({ error: 'must be true or false' })),
  bedroomSeen: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean({ error: 'must be true or false' })),
};
