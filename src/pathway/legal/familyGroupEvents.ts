import * as z from 'zod/mini';

/*
 * Family group decision-making in pre-proceedings: the two facts the CIN census asks of it
 * (FGDMMeetingOffer: a meeting was offered in the letter before proceedings; FGDMMeetingFac: a
 * meeting was facilitated after that offer). Written in zod/mini, as new schemas are. The date
 * schema is passed in by events.ts, which builds the union of every event: importing it from
 * there would make the two modules import each other.
 */

/**
 * The schemas of the two family group decision-making events, over the log's date schema.
 *
 * @example
 * const { offered } = familyGroupEventSchemas(isoDateSchema);
 * offered.safeParse({ type: 'familyGroupDecisionMakingOffered', date: '2026-02-04' }).success; // true
 */
export function familyGroupEventSchemas<D extends z.core.SomeType>(date: D) {
  const note = z.optional(z.string({ error: 'must be a string' }));
  return {
    /** A family group decision-making meeting (e.g. a family group conference) was offered, usually in the letter before proceedings. */
    offered: z.strictObject({ type: z.literal('familyGroupDecisionMakingOffered'), date, note }),
    /** A family group decision-making meeting was held (facilitated) during pre-proceedings. */
    held: z.strictObject({ type: z.literal('familyGroupDecisionMakingHeld'), date, note }),
  };
}
