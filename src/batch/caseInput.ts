import * as z from 'zod/mini';
import { isoDateSchema, type ChildDetails } from '../index.js';

/*
 * One case of a batch input: `{ caseId, child?, allocation?, events }`. The child's details may
 * carry, besides what the pathway uses (date of birth, expected delivery date), the Annex A
 * columns the log does not hold (gender, ethnicity, disability); events are checked by
 * parseEvents. Written in zod/mini, as new schemas are.
 */

const text = /* @__PURE__ */ z.optional(z.string({ error: 'must be a string' }));

/**
 * The shape of one batch case, before its events are checked.
 *
 * @example
 * batchCaseSchema.safeParse({ caseId: 'C1', events: [] }).success; // true
 */
export const batchCaseSchema = /* @__PURE__ */ z.object({
  caseId: /* @__PURE__ */ z.string({ error: 'must be a string' }).check(z.minLength(1, 'must not be empty')),
  child: /* @__PURE__ */ z.optional(
    z.strictObject({
      dateOfBirth: z.optional(isoDateSchema),
      expectedDeliveryDate: z.optional(isoDateSchema),
      gender: text,
      ethnicity: text,
      disability: text,
    }),
  ),
  allocation: /* @__PURE__ */ z.optional(z.strictObject({ team: text, worker: text })),
  events: /* @__PURE__ */ z.array(z.unknown(), { error: 'must be a list of events' }),
});

/** One batch case, its events not yet checked. */
export type BatchCase = z.infer<typeof batchCaseSchema>;

/** What the pathway reads of a batch case's child: the dates only. */
export function pathwayChild(child: BatchCase['child']): ChildDetails {
  if (child === undefined) return {};
  return {
    ...(child.dateOfBirth === undefined ? {} : { dateOfBirth: child.dateOfBirth }),
    ...(child.expectedDeliveryDate === undefined ? {} : { expectedDeliveryDate: child.expectedDeliveryDate }),
  };
}
