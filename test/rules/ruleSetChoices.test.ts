/*
 * The choices a rule set records beside a rule (issue 15): roll off a day the office is shut,
 * count a working-day rule beginning with its start day, where pre-proceedings start. Each
 * date was counted by hand; the comment above each case shows how.
 *
 * England & Wales days used: Sat 26 Dec 2026 is Boxing Day, so Mon 28 Dec 2026 is its
 * substitute; Wed 25 and Thu 26 Dec 2024 and Wed 1 Jan 2025 are bank holidays.
 */
import { describe, expect, it } from 'vitest';
import { createRuleSet, dueDate, TimescaleError, type CaseEvent } from '../../src/index.js';
import { itemOf, stateOf } from '../support/legalCases.js';
import { weekdayOf } from '../support/days.js';
import { thrownBy } from '../support/values.js';

const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const on = (date: string): string => `${weekdays[weekdayOf(date)]} ${date}`;

describe('every deadline says when it falls on a day the office is shut', () => {
  it('a two-week core group from Mon 14 Dec 2026 lands on Mon 28 Dec, the Boxing Day substitute', () => {
    // 14 Dec + 14 days = 28 Dec 2026.
    const local = createRuleSet({ name: 'Two-week council', overrides: { firstCoreGroup: { amount: 2, unit: 'weeks' } } });
    const deadline = dueDate('firstCoreGroup', '2026-12-14', { ruleSet: local });
    expect(on(deadline.due)).toBe('Mon 2026-12-28');
    expect(deadline.onNonWorkingDay).toBe(true);
    expect(deadline.rolledFrom).toBeUndefined();
    expect(deadline.explanation).toContain('2026-12-28 is not a working day in the England and Wales calendar: the office may be shut.');
    // A changed amount and unit make the rule local procedure.
    expect(deadline.rule.status).toBe('localProcedure');
  });

  it('with roll nextWorkingDay it moves to Tue 29 Dec, and says so', () => {
    const local = createRuleSet({
      name: 'Two-week council',
      overrides: { firstCoreGroup: { amount: 2, unit: 'weeks', roll: 'nextWorkingDay' } },
    });
    const deadline = dueDate('firstCoreGroup', '2026-12-14', { ruleSet: local });
    expect(on(deadline.due)).toBe('Tue 2026-12-29');
    expect(deadline).toMatchObject({ onNonWorkingDay: false, rolledFrom: '2026-12-28' });
    expect(deadline.explanation).toContain('The period ends on 2026-12-28, not a working day in the England and Wales calendar; the rule set moves it to the next working day.');
  });

  it('a working day is never moved, and a deadline on one says nothing of the office', () => {
    const local = createRuleSet({ name: 'Roll council', overrides: { firstCoreGroup: { roll: 'nextWorkingDay' } } });
    // 10 working days after Mon 7 Dec 2026: Mon 21 Dec.
    const deadline = dueDate('firstCoreGroup', '2026-12-07', { ruleSet: local });
    expect(deadline).toMatchObject({ due: '2026-12-21', onNonWorkingDay: false });
    expect(deadline.rolledFrom).toBeUndefined();
    expect(deadline.explanation).not.toContain('office');
  });
});

describe('roll on statutory and practice-direction rules keeps their status and source', () => {
  it('26 weeks beginning with Mon 5 Jan 2026 end on Sun 5 Jul: next working day Mon 6 Jul, previous Fri 3 Jul', () => {
    // Issue + 181 days = Sun 5 Jul 2026 (s32(1)(a)(ii)).
    expect(dueDate('careProceedings', '2026-01-05')).toMatchObject({ due: '2026-07-05', onNonWorkingDay: true });
    const next = createRuleSet({ name: 'Court office', overrides: { careProceedings: { roll: 'nextWorkingDay' } } });
    const previous = createRuleSet({ name: 'Court office', overrides: { careProceedings: { roll: 'previousWorkingDay' } } });
    const rolledNext = dueDate('careProceedings', '2026-01-05', { ruleSet: next });
    expect(on(rolledNext.due)).toBe('Mon 2026-07-06');
    expect(on(dueDate('careProceedings', '2026-01-05', { ruleSet: previous }).due)).toBe('Fri 2026-07-03');
    expect(rolledNext.rule).toMatchObject({ status: 'statute', source: 'Children Act 1989 s32(1)(a)(ii)', roll: 'nextWorkingDay' });
    expect(rolledNext.rule.choices).toEqual({ ruleSet: 'Court office', roll: 'nextWorkingDay' });
  });

  it('PD12A day 18 from an issue on Wed 7 Jan 2026 is Sat 24 Jan; rolled, Mon 26 Jan', () => {
    // Issue is day 1: day 18 = issue + 17 = Sat 24 Jan 2026.
    expect(dueDate('caseManagementHearingLatest', '2026-01-07')).toMatchObject({ due: '2026-01-24', onNonWorkingDay: true });
    const court = createRuleSet({ name: 'Court office', overrides: { caseManagementHearingLatest: { roll: 'nextWorkingDay' } } });
    const deadline = dueDate('caseManagementHearingLatest', '2026-01-07', { ruleSet: court });
    expect(on(deadline.due)).toBe('Mon 2026-01-26');
    expect(deadline.rule.status).toBe('practiceDirection');
  });

  it('the pathway applies the roll too', () => {
    const court = createRuleSet({ name: 'Court office', overrides: { careProceedings: { roll: 'nextWorkingDay' } } });
    const state = stateOf([{ type: 'careProceedingsIssued', date: '2026-01-05' }], { ruleSet: court });
    expect(itemOf(state, 'careProceedings', '2026-07-01').due).toBe('2026-07-06');
  });

  it('a statutory rule’s amount or counting still cannot change; an hours rule cannot roll', () => {
    const error = thrownBy(TimescaleError, () =>
      createRuleSet({
        name: 'Bad',
        overrides: { careProceedings: { roll: 'nextWorkingDay', counting: 'after' }, policeProtection: { roll: 'nextWorkingDay' } },
      }),
    );
    const paths = error.issues.map((issue) => [issue.path].flat().join('.'));
    expect(paths).toEqual(['overrides.careProceedings.counting', 'overrides.policeProtection.roll']);
  });
});

describe('counting a working-day rule beginning with its start day (the census validator)', () => {
  it('15 working days from Thu 19 Dec 2024: after is Tue 14 Jan 2025, beginning with is Mon 13 Jan', () => {
    // Beginning with: Thu 19 (1), Fri 20 (2), Mon 23 (3), Tue 24 (4), Fri 27 (5), Mon 30 (6),
    // Tue 31 (7), Thu 2 Jan (8), Fri 3 (9), Mon 6 (10), Tue 7 (11), Wed 8 (12), Thu 9 (13),
    // Fri 10 (14), Mon 13 (15): 25, 26 Dec and 1 Jan are skipped. After: one more, Tue 14 Jan.
    expect(dueDate('initialConference', '2024-12-19').due).toBe('2025-01-14');
    const census = createRuleSet({ name: 'Census check', overrides: { initialConference: { counting: 'beginningWith' } } });
    const deadline = dueDate('initialConference', '2024-12-19', { ruleSet: census });
    expect(deadline.due).toBe('2025-01-13');
    // A choice, not a change of length: the rule keeps its status and source.
    expect(deadline.rule).toMatchObject({ status: 'nationalGuidance', counting: 'beginningWith' });
    expect(deadline.rule.source).toContain('Working Together to Safeguard Children 2023');
    expect(deadline.rule.choices).toEqual({ ruleSet: 'Census check', counting: 'beginningWith' });
    expect(deadline.explanation).toContain('15 working days beginning with');
  });

  it('a start on a Saturday counts the same both ways: day 1 is the Monday', () => {
    // Sat 21 Dec 2024: after and beginning with both take Mon 23 Dec as working day 1.
    const census = createRuleSet({ name: 'Census check', overrides: { referralDecision: { counting: 'beginningWith' } } });
    expect(dueDate('referralDecision', '2024-12-21', { ruleSet: census }).due).toBe('2024-12-23');
    expect(dueDate('referralDecision', '2024-12-21').due).toBe('2024-12-23');
  });
});

describe('where pre-proceedings start (settings.preProceedingsStart)', () => {
  const decision: CaseEvent = { type: 'legalPlanningMeetingHeld', date: '2026-01-05', decision: 'preProceedings' };
  const letter: CaseEvent = { type: 'letterBeforeProceedingsSent', date: '2026-01-09' };
  const meeting: CaseEvent = { type: 'preProceedingsMeetingHeld', date: '2026-01-19' };

  it('defaults to the decision, the census PPStartDate: Mon 5 Jan 2026 + 16 weeks = Mon 27 Apr', () => {
    expect(createRuleSet({ name: 'Default' }).settings.preProceedingsStart).toBe('decision');
    expect(itemOf(stateOf([decision, letter, meeting]), 'preProceedings', '2026-02-01')).toMatchObject({ from: '2026-01-05', due: '2026-04-27' });
  });

  it('from the letter: Fri 9 Jan + 112 days = Fri 1 May 2026; the census start date stays the decision', () => {
    const ruleSet = createRuleSet({ name: 'Letter start', settings: { preProceedingsStart: 'letter' } });
    const state = stateOf([decision, letter], { ruleSet });
    expect(itemOf(state, 'preProceedings', '2026-02-01')).toMatchObject({ from: '2026-01-09', due: '2026-05-01' });
    expect(state.legal.preProceedings?.startDate).toBe('2026-01-05');
  });

  it('from the first meeting: Mon 19 Jan + 112 days = Mon 11 May 2026', () => {
    const ruleSet = createRuleSet({ name: 'Meeting start', settings: { preProceedingsStart: 'meeting' } });
    const state = stateOf([decision, letter, meeting, { type: 'preProceedingsMeetingHeld', date: '2026-02-02' }], { ruleSet });
    expect(itemOf(state, 'preProceedings', '2026-02-02')).toMatchObject({ from: '2026-01-19', due: '2026-05-11' });
  });
});
