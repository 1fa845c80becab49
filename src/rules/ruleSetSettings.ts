import * as z from 'zod/mini';
import { defaultRuleSetSettings } from './defaultSettings.js';

/*
 * A rule set's settings: choices of local procedure that are not the length of a period (those
 * are timescale overrides). Plain data, validated by the schema below and layered over the base
 * rule set's like overrides. Adding a setting is one line in the schema: its name, its check and
 * its default, with the source of the default in a comment.
 */

/** A whole number from `min` to `max`, named in the message. */
const wholeNumberFrom = (min: number, max: number) =>
  z.number({ error: 'must be a number' }).check(
    z.int({ error: `must be a whole number from ${min} to ${max}`, abort: true }),
    z.minimum(min, { error: `must be a whole number from ${min} to ${max}`, abort: true }),
    z.maximum(max, { error: `must be a whole number from ${min} to ${max}` }),
  );

/**
 * The settings a rule set may carry, each with its default. Built inside one pure function so
 * that a bundler drops it from an app that imports only the calendar functions.
 *
 * @example
 * ruleSetSettingsSchema.parse({}); // { quorumOtherAgencies: 2, preProceedingsStart: 'decision' }
 */
export const ruleSetSettingsSchema = /* @__PURE__ */ (() =>
  z.strictObject(
    {
      // A conference is quorate with children's social care and at least this many other agencies
      // or key disciplines with direct contact with the child (Pan-Sussex Child Protection and
      // Safeguarding Procedures 7.8; Swindon likewise): local procedure, so a rule set may change it.
      quorumOtherAgencies: z._default(wholeNumberFrom(0, 10), defaultRuleSetSettings.quorumOtherAgencies),
      // Where the 16-week pre-proceedings target starts (Public Law Working Group best practice
      // guidance leaves it open): the decision by default, the CIN census PPStartDate.
      preProceedingsStart: z._default(z.enum(['decision', 'letter', 'meeting'], { error: 'must be decision, letter or meeting' }), defaultRuleSetSettings.preProceedingsStart),
      // Words an app should show where a nation's practice names things differently, keyed by
      // the library's English concept (walesSafeguardingProcedures sets them).
      labels: z.optional(z.record(z.string(), z.string({ error: 'must be a string' }), { error: 'must be an object of labels' })),
      // A nation's rules with no counterpart in the catalogue, for the app to show; the pathway
      // does not track them.
      additionalTimescales: z.optional(
        z.array(
          z.strictObject({
            id: z.string({ error: 'must be a string' }),
            title: z.string({ error: 'must be a string' }),
            amount: wholeNumberFrom(1, 1000),
            unit: z.enum(['workingDays', 'calendarDays', 'weeks', 'months', 'years'], { error: 'must be a date unit' }),
            start: z.string({ error: 'must be a string' }),
            source: z.string({ error: 'must be a string' }),
          }),
          { error: 'must be an array of timescales' },
        ),
      ),
    },
    { error: 'must be an object of settings' },
  ))();

/** A rule set's settings, every one present (the base's or the default where not set). */
export type RuleSetSettings = z.output<typeof ruleSetSettingsSchema>;

/** The settings a rule set's input may set; each one is optional. */
export type RuleSetSettingsInput = Partial<RuleSetSettings>;
