/*
 * walesSafeguardingProcedures (issue 15): the same pathway with the Wales Safeguarding
 * Procedures' timescales and citations, the England and Wales calendar, and the labels the app
 * shows where Welsh practice names things differently. Dates counted by hand in the comments.
 */
import { describe, expect, it } from 'vitest';
import {
  createRuleSet,
  dueDate,
  englandAndWales,
  englandWorkingTogether2023,
  timescaleIds,
  walesSafeguardingProcedures,
  type CaseEvent,
} from '../../src/index.js';
import { itemOf, stateOf } from '../support/legalCases.js';

describe('walesSafeguardingProcedures', () => {
  it('is a built-in rule set over the England and Wales calendar', () => {
    expect(walesSafeguardingProcedures).toMatchObject({ name: 'walesSafeguardingProcedures', base: null, overrides: {} });
    expect(walesSafeguardingProcedures.calendar).toBe(englandAndWales);
    expect(timescaleIds.every((id) => walesSafeguardingProcedures.timescales[id] !== undefined)).toBe(true);
  });

  it.each([
    ['firstCoreGroup', 10, 'workingDays', 'paragraph 13'],
    ['subsequentCoreGroup', 6, 'weeks', 'paragraph 13'],
    ['firstReviewConference', 3, 'months', 'paragraph 13'],
    ['subsequentReviewConference', 6, 'months', 'paragraph 13'],
    ['transferInConference', 15, 'workingDays', 'transfer-in'],
    ['initialConference', 15, 'workingDays', 'initial child protection conferences'],
  ] as const)('%s: %i %s, cited to the Wales Safeguarding Procedures (%s)', (id, amount, unit, where) => {
    const rule = walesSafeguardingProcedures.timescales[id];
    expect(rule).toMatchObject({ amount, unit });
    expect(rule.source).toContain('Wales Safeguarding Procedures');
    expect(rule.source).toContain(where);
  });

  it('says in the note that the initial conference timescale is the assumed England value', () => {
    expect(walesSafeguardingProcedures.timescales.initialConference.note).toContain('Assumed to be the England value');
  });

  it('keeps the statutory rules of the Children Act 1989, which apply in Wales too', () => {
    for (const id of ['careProceedings', 'emergencyProtectionOrder', 'policeProtection'] as const) {
      expect(walesSafeguardingProcedures.timescales[id]).toBe(englandWorkingTogether2023.timescales[id]);
    }
  });

  it('carries the Wales-only rules and the Welsh labels in its settings', () => {
    const { labels, additionalTimescales } = walesSafeguardingProcedures.settings;
    expect(labels?.childProtectionPlan).toBe('care and support protection plan');
    expect(additionalTimescales?.map((rule) => [rule.id, rule.amount, rule.unit])).toEqual([
      ['outlinePlanCirculated', 5, 'workingDays'],
      ['continuingAssessment', 42, 'workingDays'],
    ]);
    expect(englandWorkingTogether2023.settings.labels).toBeUndefined();
  });

  it('a local rule set over it keeps the Wales citations', () => {
    const cardiff = createRuleSet({ name: 'Example Welsh council', base: 'walesSafeguardingProcedures', overrides: { statutoryVisit: { amount: 20 } } });
    expect(cardiff.base).toBe('walesSafeguardingProcedures');
    expect(cardiff.timescales.firstCoreGroup.source).toContain('Wales Safeguarding Procedures');
    expect(cardiff.settings.labels?.childProtectionPlan).toBe('care and support protection plan');
  });

  it('a Welsh case: the core group is due 10 working days after a conference on Mon 14 Dec 2026, on Wed 30 Dec', () => {
    // 15, 16, 17, 18, 21, 22, 23, 24 Dec (8); 25 Dec and Mon 28 Dec (Boxing Day substitute)
    // skipped; Tue 29 (9), Wed 30 (10).
    const events: CaseEvent[] = [
      { type: 'referralReceived', date: '2026-11-23' },
      { type: 'strategyDiscussionHeld', date: '2026-11-25', decision: 'section47' },
      { type: 'initialConferenceHeld', date: '2026-12-14', decision: 'plan', categories: ['neglect'] },
    ];
    const item = itemOf(stateOf(events, { ruleSet: walesSafeguardingProcedures }), 'firstCoreGroup', '2026-12-15');
    expect(item.due).toBe('2026-12-30');
    expect(item.explanation).toContain('Wales Safeguarding Procedures');
    expect(dueDate('firstCoreGroup', '2026-12-14', { ruleSet: walesSafeguardingProcedures }).due).toBe('2026-12-30');
  });
});
