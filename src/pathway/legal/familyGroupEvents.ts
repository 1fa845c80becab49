import * as z from 'zod/mini';

/*
 * Family group decision-making in pre-proceedings: the two facts the CIN census asks of it
 * (FGDMMeetingOffer: a meeting was offered in the letter before proceedings; FGDMMeetingFac: a
 * meeting was facilitated after that offer). Written in zod/mini, as new schemas are. The date
 * schema is passed in by events.ts, which builds the union of every event: importing it from
 * there would make the two modules import each other. One function per schema, each called
 * `/* @__PURE__ *\/` there, so a bundler can drop both from a calendar-only app.
 */

const note = () => z.optional(z.string({ error: 'must be a string' }));

/**
 * A family group decision-making meeting (e.g. a family group conference) was offered, usually
 * in the letter before proceedings: the event's schema over the log's date schema.
 *
 * @example
 * familyGroupOfferedSchema(isoDateSchema).safeParse({ type: 'familyGroupDecisionMakingOffered', date: '2026-02-04' }).success; // true
 */
export function familyGroupOfferedSchema<D extends z.core.SomeType>(date: D) {
  return z.strictObject({ type: z.literal('familyGroupDecisionMakingOffered'), date, note: note() });
}

/**
 * A family group decision-making meeting was held (facilitated) during pre-proceedings.
 *
 * @example
 * familyGroupHeldSchema(isoDateSchema).safeParse({ type: 'familyGroupDecisionMakingHeld', date: '2026-02-20' }).success; // true
 */
export function familyGroupHeldSchema<D extends z.core.SomeType>(date: D) {
  return z.strictObject({ type: z.literal('familyGroupDecisionMakingHeld'), date, note: note() });
}
