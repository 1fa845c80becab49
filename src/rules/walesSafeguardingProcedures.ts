import type { Timescale, TimescaleId } from './timescale.js';
import { timescales } from './catalogue.js';

const WSP = 'Wales Safeguarding Procedures, children (CHI I), C3 part 2';
/** A paragraph of the procedures with its address on safeguarding.wales. */
const paragraph = (number: number): string => `${WSP}, paragraph ${number} (safeguarding.wales/en/chi-i/chi-i-c3pt2/c3pt2-p${number})`;

/** The Wales Safeguarding Procedures' own rules, laid over the England catalogue. */
const walesChanges: Readonly<Partial<Record<TimescaleId, Partial<Timescale>>>> = {
  initialConference: {
    source: `${WSP} (initial child protection conferences)`,
    note: 'Assumed to be the England value (15 working days of the strategy discussion): not confirmed in the published Wales Safeguarding Procedures text; Welsh local authorities report the same 15-day measure.',
  },
  firstCoreGroup: {
    source: /* @__PURE__ */ paragraph(13),
    note: 'The core group meets within 10 working days of the initial child protection conference.',
  },
  subsequentCoreGroup: {
    status: 'nationalGuidance',
    source: /* @__PURE__ */ paragraph(13),
    note: 'Thereafter monthly, and at intervals of no more than 6 weeks.',
  },
  firstReviewConference: {
    source: /* @__PURE__ */ paragraph(13),
    note: 'Review conferences 3 monthly at most from the initial child protection conference.',
  },
  subsequentReviewConference: {
    source: /* @__PURE__ */ paragraph(13),
    note: 'Thereafter at intervals of no more than 6 months.',
  },
  transferInConference: {
    status: 'nationalGuidance',
    source: `${WSP} (transfer-in conferences)`,
    note: 'Within 15 working days of notification; the paragraph was not confirmed against the published text.',
  },
};

/**
 * Rules of the Wales Safeguarding Procedures with no counterpart in the England catalogue,
 * recorded in the rule set's settings so that an app can show them. The pathway does not track
 * them yet: no event records the outline plan being circulated or the continuing assessment
 * being completed.
 *
 * @example
 * walesAdditionalTimescales.map((rule) => rule.id); // ['outlinePlanCirculated', 'continuingAssessment']
 */
export const walesAdditionalTimescales = [
  {
    id: 'outlinePlanCirculated',
    title: 'Outline plan and summary of decisions circulated',
    amount: 5,
    unit: 'workingDays',
    start: 'the initial child protection conference',
    source: /* @__PURE__ */ paragraph(11),
  },
  {
    id: 'continuingAssessment',
    title: 'Continuing assessment completed',
    amount: 42,
    unit: 'workingDays',
    start: 'the start of the section 47 enquiries',
    source: /* @__PURE__ */ paragraph(13),
  },
] as const;

/**
 * The words the app should show where Welsh practice names a thing differently from England's.
 * Keys are the English concepts the library's names use.
 *
 * @example
 * walesLabels.childProtectionPlan; // 'care and support protection plan'
 */
export const walesLabels = {
  childProtectionPlan: 'care and support protection plan',
  childInNeedPlan: 'care and support plan',
  planStarted: 'name placed on the child protection register',
  planEnded: 'name removed from the child protection register',
  socialWorker: 'care and support protection plan co-ordinator',
  guidance: 'Wales Safeguarding Procedures',
  categoriesOfHarm: 'physical, emotional, sexual abuse, neglect, financial abuse',
} as const;

/** The England catalogue with the Wales Safeguarding Procedures' sources and notes. */
export const walesTimescales: Readonly<Record<TimescaleId, Timescale>> = /* @__PURE__ */ (() => {
  const resolved = { ...timescales } as Record<TimescaleId, Timescale>;
  for (const [id, change] of Object.entries(walesChanges) as [TimescaleId, Partial<Timescale>][]) {
    resolved[id] = Object.freeze({ ...timescales[id], ...change });
  }
  return Object.freeze(resolved);
})();
