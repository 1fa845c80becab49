import * as z from 'zod/mini';
import { isoDateSchema } from '../events.js';

/*
 * Family group decision-making in pre-proceedings, the two facts the CIN census asks of it
 * (FGDMMeetingOffer: a meeting was offered in the letter before proceedings; FGDMMeetingFac: a
 * meeting was facilitated after that offer). Written in zod/mini, as new schemas are.
 */

const note = /* @__PURE__ */ z.optional(z.string({ error: 'must be a string' }));
// events.ts imports this module to build its union, so the date schema is reached lazily: read
// at once, it would still be undefined while events.ts is being evaluated.
const date = /* @__PURE__ */ z.lazy(() => isoDateSchema);

/**
 * A family group decision-making meeting (for example a family group conference) was offered
 * to the family, usually in the letter before proceedings.
 *
 * @example
 * familyGroupDecisionMakingOfferedSchema.safeParse({ type: 'familyGroupDecisionMakingOffered', date: '2026-02-04' }).success; // true
 */
export const familyGroupDecisionMakingOfferedSchema = /* @__PURE__ */ z.strictObject({
  type: /* @__PURE__ */ z.literal('familyGroupDecisionMakingOffered'),
  date,
  note,
});

/**
 * A family group decision-making meeting was held (facilitated) during pre-proceedings.
 *
 * @example
 * familyGroupDecisionMakingHeldSchema.safeParse({ type: 'familyGroupDecisionMakingHeld', date: '2026-02-20' }).success; // true
 */
export const familyGroupDecisionMakingHeldSchema = /* @__PURE__ */ z.strictObject({
  type: /* @__PURE__ */ z.literal('familyGroupDecisionMakingHeld'),
  date,
  note,
});
