import * as z from 'zod/mini';
import { conferenceEventSchemas } from './conference/conferenceEvents.js';
import { emergencyEventSchemas } from './emergency/emergencyEvents.js';
import { isoDateSchema } from './eventFields.js';
import { legalEventSchemas } from './legal/legalEvents.js';
import { planEventSchemas } from './plan/planEvents.js';
import { socialCareEventSchemas } from './socialCare/socialCareEvents.js';

/*
 * The stored event format: a case is an ordered log of events, each defined by its track
 * (socialCare/, conference/, plan/, legal/, emergency/). Names and fields are a public contract. Each schema
 * validates untrusted JSON; the TypeScript types are inferred from them. `note` is free text for
 * the app's own use: it is never read and never echoed in errors.
 *
 * The schemas are zod/mini schemas. zod/mini and classic zod share one core, so an app composes
 * them with either: `z.array(caseEventSchema)` or `z.object({ caseId: z.string(), log:
 * caseLogSchema })` with classic zod, `z.optional(childDetailsSchema)` with zod/mini. Only the
 * methods differ: mini schemas have `parse` and `safeParse` but no `.optional()` or `.array()`.
 */

/**
 * Validates one case event of any type. Use {@link parseEvents} for a whole log. A zod/mini
 * schema: compose it with classic zod (`z.array(caseEventSchema)`) or zod/mini alike.
 *
 * @example
 * caseEventSchema.safeParse({ type: 'referralReceived', date: '2026-01-05' }).success; // true
 */
export const caseEventSchema = /* @__PURE__ */ (() =>
  // Inside a pure function: a bundler keeps an array spread at module level (it could run an
  // iterator), and with it every event schema, in apps that never validate an event.
  z.discriminatedUnion('type', [...socialCareEventSchemas, ...conferenceEventSchemas, ...planEventSchemas, ...legalEventSchemas, ...emergencyEventSchemas], {
    error: 'must have a known event type',
  }))();

/** Any case event. */
export type CaseEvent = z.infer<typeof caseEventSchema>;
/** The type names of case events. */
export type CaseEventType = CaseEvent['type'];
/** The event of a given type. */
export type EventOf<T extends CaseEventType> = Extract<CaseEvent, { type: T }>;

/**
 * What is known of the child: the date of birth, or before birth the expected delivery date.
 *
 * @example
 * const child: ChildDetails = { expectedDeliveryDate: '2026-09-14' };
 */
export const childDetailsSchema = /* @__PURE__ */ z.strictObject(
  {
    dateOfBirth: /* @__PURE__ */ z.optional(isoDateSchema),
    expectedDeliveryDate: /* @__PURE__ */ z.optional(isoDateSchema),
  },
  { error: 'must be an object { dateOfBirth?, expectedDeliveryDate? }' },
);

/** What is known of the child. */
export type ChildDetails = z.infer<typeof childDetailsSchema>;

/**
 * A stored case: the child's details and the event log. The JSON format apps store. A zod/mini
 * schema: embed it in an app's own schema with classic zod or zod/mini.
 *
 * @example
 * caseLogSchema.parse({ child: { dateOfBirth: '2019-04-02' }, events: [{ type: 'referralReceived', date: '2026-01-05' }] });
 */
export const caseLogSchema = /* @__PURE__ */ z.strictObject(
  {
    child: /* @__PURE__ */ z.optional(childDetailsSchema),
    events: /* @__PURE__ */ z.array(caseEventSchema, { error: 'must be a list of events' }),
  },
  { error: 'must be a list of events or a case { child, events }' },
);

/** A stored case: the child's details and the event log. */
export type CaseLog = z.infer<typeof caseLogSchema>;
