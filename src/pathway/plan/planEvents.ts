import * as z from 'zod/mini';
import { event, isoDateSchema } from '../eventFields.js';
import { participantRoleSchema } from '../conference/participantRole.js';
import { rolesSchema } from './planFields.js';

/*
 * The plan track's events: who the core group is, and the plan's actions with an owner (a role)
 * and a due date. The parents' leaflets describe a plan as a list of what parents and agencies
 * will do, who is responsible for each part and when it needs to happen; these events record
 * exactly that, and nothing personal: an action is named by the app's own id, never by a
 * sentence. Schemas in zod/mini; each module-level call is marked pure, arguments included (a
 * bundler keeps a marked call's unmarked arguments).
 */

const ACTION_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/**
 * The app's own id for a plan action: 1-64 letters, digits, `.`, `_`, `:` or `-`, so that no
 * sentence (and nothing personal) enters the log as an id.
 *
 * @example
 * actionIdSchema.safeParse('action-3').success; // true
 * actionIdSchema.safeParse('Mum to attend parenting course').success; // false: spaces
 */
export const actionIdSchema = /* @__PURE__ */ z.string({ error: 'must be an action id' }).check(
  /* @__PURE__ */ z.regex(ACTION_ID, { error: 'must be 1-64 letters, digits, ".", "_", ":" or "-" (an id, not a description)' }),
);

/**
 * The core group's members, by role: identified at the conference that makes the plan and
 * changed as the plan goes on (each event replaces the list).
 *
 * @example
 * coreGroupMembersSetSchema.safeParse({ type: 'coreGroupMembersSet', date: '2026-03-04', roles: ['parent', 'socialWorker', 'school'] }).success; // true
 */
export const coreGroupMembersSetSchema = /* @__PURE__ */ event('coreGroupMembersSet', {
  roles: /* @__PURE__ */ rolesSchema(1),
});

/**
 * An action of the plan agreed: its id, who is responsible (a role) and the date it is due by,
 * on or after the day it is agreed.
 *
 * @example
 * planActionAgreedSchema.safeParse({ type: 'planActionAgreed', date: '2026-03-04', action: 'a1', owner: 'parent', due: '2026-03-31' }).success; // true
 */
export const planActionAgreedSchema = /* @__PURE__ */ event('planActionAgreed', {
  action: actionIdSchema,
  owner: participantRoleSchema,
  due: isoDateSchema,
});

/**
 * An open action given a new due date, a new owner, or both.
 *
 * @example
 * planActionRevisedSchema.safeParse({ type: 'planActionRevised', date: '2026-03-20', action: 'a1', due: '2026-04-30' }).success; // true
 */
export const planActionRevisedSchema = /* @__PURE__ */ event('planActionRevised', {
  action: actionIdSchema,
  due: /* @__PURE__ */ z.optional(isoDateSchema),
  owner: /* @__PURE__ */ z.optional(participantRoleSchema),
});

/**
 * An open action done.
 *
 * @example
 * planActionCompletedSchema.safeParse({ type: 'planActionCompleted', date: '2026-03-30', action: 'a1' }).success; // true
 */
export const planActionCompletedSchema = /* @__PURE__ */ event('planActionCompleted', { action: actionIdSchema });

/**
 * An open action dropped from the plan.
 *
 * @example
 * planActionWithdrawnSchema.safeParse({ type: 'planActionWithdrawn', date: '2026-03-30', action: 'a1' }).success; // true
 */
export const planActionWithdrawnSchema = /* @__PURE__ */ event('planActionWithdrawn', { action: actionIdSchema });

/** The plan track's event schemas, in the order the union lists them. */
export const planEventSchemas = [
  coreGroupMembersSetSchema,
  planActionAgreedSchema,
  planActionRevisedSchema,
  planActionCompletedSchema,
  planActionWithdrawnSchema,
] as const;
