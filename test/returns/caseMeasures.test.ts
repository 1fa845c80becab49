/* caseMeasures on the worked case (workedCase.ts) and on hand-built plans; counts written out. */
import { describe, expect, it } from 'vitest';
import { caseMeasures, type CaseEvent } from '../../src/index.js';
import { stateOf } from '../support/legalCases.js';
import { child, workedCase } from './workedCase.js';

const state = stateOf(workedCase, { child });

describe('caseMeasures', () => {
  it('times the conference in working days and puts it in its DfE band', () => {
    // Wed 9 Apr 2025 to Wed 30 Apr: 13 working days (Good Friday and Easter Monday skipped).
    expect(caseMeasures(state, { asOf: '2026-03-31' }).conferences).toEqual([
      { strategyDiscussionDate: '2025-04-09', conferenceDate: '2025-04-30', workingDays: 13, withinTimescale: true, band: '11-13' },
    ]);
  });

  it('measures the plan, the last visit and review, and the last 12 months', () => {
    expect(caseMeasures(state, { asOf: '2026-03-31' })).toMatchObject({
      asOf: '2026-03-31',
      // 30 Apr 2025 to 31 Mar 2026: 31+30+31+31+30+31+30+31+31+28+31 = 335 days.
      plan: { number: 1, startDate: '2025-04-30', transferIn: false, lengthDays: 335, twoYearsOrMore: false, repeat: false, repeatWithinTwoYears: false },
      // Visit Mon 2 Mar 2026: 29 days. Review Mon 26 Jan 2026: 5 + 28 + 31 = 64 days.
      daysSinceLastVisit: 29,
      daysSinceLastReview: 64,
      section47InLast12Months: 1,
      initialConferencesInLast12Months: 1,
    });
    // A year on the enquiry and conference have dropped out of the 12 months; the plan ended.
    expect(caseMeasures(state, { asOf: '2026-05-01' })).toMatchObject({
      plan: { endDate: '2026-04-20', lengthDays: 355 },
      section47InLast12Months: 0,
      initialConferencesInLast12Months: 0,
    });
  });

  it('flags a plan of two years or more from the same day 24 months on, and a repeat plan within two years', () => {
    const events: CaseEvent[] = [
      { type: 'referralReceived', date: '2023-01-02' },
      { type: 'strategyDiscussionHeld', date: '2023-01-03', decision: 'section47' },
      { type: 'initialConferenceHeld', date: '2023-01-20', decision: 'plan', categories: ['neglect'] },
      { type: 'reviewConferenceHeld', date: '2023-04-14', decision: 'endPlan' },
      { type: 'referralReceived', date: '2024-01-08' },
      { type: 'strategyDiscussionHeld', date: '2024-01-09', decision: 'section47' },
      { type: 'initialConferenceHeld', date: '2024-01-31', decision: 'plan', categories: ['emotional'] },
    ];
    const repeat = stateOf(events);
    expect(caseMeasures(repeat, { asOf: '2026-01-30' }).plan).toMatchObject({ number: 2, repeat: true, repeatWithinTwoYears: true, twoYearsOrMore: false });
    expect(caseMeasures(repeat, { asOf: '2026-01-31' }).plan?.twoYearsOrMore).toBe(true);
    // 9 Jan 2024 to 31 Jan 2024: 16 working days (over the 15).
    expect(caseMeasures(repeat, { asOf: '2026-01-31' }).conferences[1]).toMatchObject({ workingDays: 16, withinTimescale: false, band: '16-17' });
  });
});
