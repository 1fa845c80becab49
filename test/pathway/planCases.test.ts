/*
 * The plan in practice, hand-checked: actions with owners and due dates, visits that see the
 * child, the detailed plan, and the child in need plan that follows a protection plan. Dates
 * are worked out in the comments; `on` asserts each weekday named.
 */
import { describe, expect, it } from 'vitest';
import { caseSummary, planActions, type CaseEvent } from '../../src/index.js';
import {
  agreed,
  cinEnded,
  cinStarted,
  completed,
  coreGroup,
  icpcPlan,
  itemOf,
  itemsOf,
  members,
  on,
  openItemOf,
  referral,
  replayed,
  review,
  revised,
  strategy,
  withdrawn,
} from './socialCareFixtures.js';

/** A plan made at an ICPC on Wed 4 Mar 2026, 15 working days after the strategy discussion. */
const planMade: CaseEvent[] = [referral('2026-02-09'), strategy(on('2026-02-11', 'Wed')), icpcPlan(on('2026-03-04', 'Wed'))];

describe('an action revised twice, then completed late', () => {
  const events: CaseEvent[] = [
    ...planMade,
    agreed('2026-03-04', 'a1', 'parent', on('2026-03-31', 'Tue')),
    revised(on('2026-03-30', 'Mon'), 'a1', { due: on('2026-04-16', 'Thu') }),
    revised(on('2026-04-15', 'Wed'), 'a1', { due: on('2026-04-30', 'Thu'), owner: 'socialWorker' }),
    completed(on('2026-05-05', 'Tue'), 'a1'),
  ];

  it('is judged against its latest due date and keeps the count of revisions', () => {
    // Completed Tue 5 May, after the latest due date Thu 30 Apr: met late.
    expect(planActions(replayed(events), { asOf: '2026-05-06' })).toEqual([
      { action: 'a1', owner: 'socialWorker', agreedOn: '2026-03-04', due: '2026-04-30', status: 'metLate', completedOn: '2026-05-05', revisions: 2 },
    ]);
  });

  it('is upcoming after its first revision on a day its first due date had passed', () => {
    // As of Wed 1 Apr: past the first due date (31 Mar), before the revised one (16 Apr).
    const [action] = planActions(replayed(events.slice(0, 5)), { asOf: '2026-04-01' });
    expect(action).toMatchObject({ due: '2026-04-16', status: 'upcoming', revisions: 1, owner: 'parent' });
    expect(action).not.toHaveProperty('completedOn');
  });

  it('is due today on its latest due date and overdue the day after, while open', () => {
    const state = replayed(events.slice(0, 6));
    expect(planActions(state, { asOf: '2026-04-30' })[0]?.status).toBe('dueToday');
    expect(planActions(state, { asOf: '2026-05-01' })[0]?.status).toBe('overdue');
  });

  it('is met when completed on its due date', () => {
    const onTime = [...events.slice(0, 6), completed('2026-04-30', 'a1')];
    expect(planActions(replayed(onTime), { asOf: '2026-05-06' })[0]).toMatchObject({ status: 'met', completedOn: '2026-04-30' });
  });
});

describe('actions closing with the plan', () => {
  const events: CaseEvent[] = [
    ...planMade,
    members('2026-03-04', ['parent', 'socialWorker', 'school', 'healthVisitor']),
    agreed('2026-03-04', 'school-report', 'school', '2026-03-20'),
    agreed('2026-03-04', 'parenting', 'parent', '2026-05-29'),
    agreed('2026-03-10', 'dentist', 'healthVisitor', '2026-04-10'),
    completed('2026-03-19', 'school-report'),
    withdrawn('2026-04-01', 'dentist'),
    // The first review (3 months after Wed 4 Mar: Thu 4 Jun) ends the plan.
    review(on('2026-06-04', 'Thu'), 'endPlan'),
  ];

  it('closes the open action as closedWithPlan; done and withdrawn ones keep their status', () => {
    expect(planActions(replayed(events), { asOf: '2026-06-05' }).map(({ action, status }) => [action, status])).toEqual([
      ['school-report', 'met'],
      ['dentist', 'withdrawn'],
      ['parenting', 'closedWithPlan'],
    ]);
  });

  it('is no longer counted as open or overdue, and the core group ends with the plan', () => {
    const during = caseSummary(replayed(events.slice(0, -1)), { asOf: '2026-06-01' });
    // As of Mon 1 Jun the parenting action (due Fri 29 May) is overdue.
    expect(during.actions).toEqual({ open: 1, overdue: 1, byOwner: { parent: { open: 1, overdue: 1 } } });
    expect(during.coreGroup).toEqual(['parent', 'socialWorker', 'school', 'healthVisitor']);
    const after = caseSummary(replayed(events), { asOf: '2026-06-05' });
    expect(after.actions).toEqual({ open: 0, overdue: 0, byOwner: {} });
    expect(after.coreGroup).toBeUndefined();
    expect(after.lastReview).toEqual({ date: '2026-06-04', daysSince: 1 });
  });

  it('lets the next plan agree an action under an id that closed', () => {
    const state = replayed([...events, cinStarted('2026-06-04'), agreed('2026-06-04', 'parenting', 'parent', '2026-07-31')]);
    // In due order: the first plan's (due 29 May) before the new one (due 31 Jul).
    expect(planActions(state, { asOf: '2026-06-05' }).filter((action) => action.action === 'parenting').map((action) => action.status)).toEqual([
      'closedWithPlan',
      'upcoming',
    ]);
  });

  it('closes a child in need plan\'s actions when a protection plan replaces it', () => {
    const state = replayed([
      referral('2026-02-09'),
      { type: 'referralDecisionMade', date: '2026-02-10', decision: 'assessment' },
      cinStarted('2026-02-11'),
      agreed('2026-02-11', 'nursery', 'earlyYears', '2026-04-30'),
      strategy('2026-02-12'),
      agreed('2026-02-13', 'gp-check', 'gp', '2026-04-30'),
      icpcPlan('2026-03-04'),
    ]);
    expect(planActions(state, { asOf: '2026-03-05' }).map((action) => action.status)).toEqual(['closedWithPlan', 'closedWithPlan']);
  });
});

describe('a visit that did not see the child', () => {
  // ICPC Wed 4 Mar 2026 = day 0 of the first visit. Thu 5 (1), Fri 6 (2), Mon 9-Fri 13 (3-7),
  // Mon 16 (8), Tue 17 (9), Wed 18 Mar (10).
  const unseen: CaseEvent[] = [...planMade, { type: 'visitMade', date: on('2026-03-17', 'Tue'), seen: false, bedroomSeen: true }];

  it('is recorded but leaves the visit item open, overdue after its date', () => {
    const state = replayed(unseen);
    expect(openItemOf(state, 'statutoryVisit', '2026-03-19')).toMatchObject({ due: on('2026-03-18', 'Wed'), status: 'overdue' });
    expect(caseSummary(state, { asOf: '2026-03-19' }).lastVisit).toEqual({
      date: '2026-03-17',
      seen: false,
      bedroomSeen: true,
      unannounced: false,
      daysSince: 2,
    });
  });

  it('is followed by a visit that sees the child, which meets the item late and starts the next', () => {
    const state = replayed([...unseen, { type: 'visitMade', date: on('2026-03-20', 'Fri'), seen: true, seenAlone: true, unannounced: true }]);
    expect(itemsOf(state, 'statutoryVisit', '2026-03-20').map(({ due, status, metOn }) => ({ due, status, metOn }))).toEqual([
      { due: '2026-03-18', status: 'metLate', metOn: '2026-03-20' },
      // Day 0 Fri 20 Mar. Mon 23-Fri 27 (1-5), Mon 30 (6), Tue 31 (7), Wed 1 Apr (8), Thu 2 (9),
      // [Fri 3 Good Friday, Mon 6 Easter Monday], Tue 7 Apr (10).
      { due: on('2026-04-07', 'Tue'), status: 'upcoming', metOn: undefined },
    ]);
    expect(caseSummary(state, { asOf: '2026-03-20' }).lastVisit).toMatchObject({ seen: true, seenAlone: true, unannounced: true, daysSince: 0 });
  });

  it('counts when `seen` is not recorded, as visits did before the field existed', () => {
    const state = replayed([...planMade, { type: 'visitMade', date: '2026-03-17' }]);
    expect(itemsOf(state, 'statutoryVisit', '2026-03-19')[0]).toMatchObject({ status: 'met', metOn: '2026-03-17' });
  });
});

describe('the detailed plan', () => {
  it('is due 10 working days after the ICPC and met by the core group that agrees it', () => {
    // Day 0 Wed 4 Mar 2026: Thu 5 (1), Fri 6 (2), Mon 9-Fri 13 (3-7), Mon 16 (8), Tue 17 (9), Wed 18 (10).
    const first = replayed([...planMade, coreGroup('2026-03-13')]);
    expect(itemOf(first, 'detailedPlan', '2026-03-13')).toMatchObject({ due: on('2026-03-18', 'Wed'), status: 'upcoming', kind: 'step' });
    const agreedLate = replayed([...planMade, coreGroup('2026-03-13'), { type: 'coreGroupHeld', date: '2026-03-20', detailedPlanAgreed: true, attended: ['parent'] }]);
    expect(itemOf(agreedLate, 'detailedPlan', '2026-03-20')).toMatchObject({ status: 'metLate', metOn: '2026-03-20' });
  });

  it('stops applying when the plan ends before it is agreed', () => {
    const state = replayed([...planMade, { type: 'planEnded', date: '2026-03-10', reason: 'movedAuthority' }]);
    expect(itemsOf(state, 'detailedPlan', '2026-03-20')).toEqual([]);
  });
});

describe('the child in need plan that follows a protection plan', () => {
  // The review conference on Thu 4 Jun 2026 ends the plan; the child in need plan starts the
  // same day. 6 calendar months from Thu 4 Jun 2026: Fri 4 Dec 2026.
  const steppedDown: CaseEvent[] = [...planMade, review(on('2026-06-04', 'Thu'), 'endPlan'), cinStarted('2026-06-04')];

  it('is a minimum, upcoming while it runs', () => {
    expect(itemOf(replayed(steppedDown), 'childInNeedAfterPlan', '2026-12-03')).toMatchObject({
      from: '2026-06-04',
      due: on('2026-12-04', 'Fri'),
      kind: 'minimum',
      status: 'upcoming',
    });
  });

  it('ended early when the plan closed at 5 months', () => {
    // Closed Wed 4 Nov 2026, a month before Fri 4 Dec: reported, not refused.
    const item = itemOf(replayed([...steppedDown, cinEnded(on('2026-11-04', 'Wed'))]), 'childInNeedAfterPlan', '2026-11-05');
    expect(item).toMatchObject({ status: 'endedEarly', metOn: '2026-11-04' });
    expect(item.explanation).toContain('ended early');
  });

  it('is met once the period has run: still open on the date, or closed on or after it', () => {
    expect(itemOf(replayed(steppedDown), 'childInNeedAfterPlan', '2026-12-04').status).toBe('met');
    expect(itemOf(replayed([...steppedDown, cinEnded('2026-12-04')]), 'childInNeedAfterPlan', '2026-12-05').status).toBe('met');
  });

  it('does not apply to a child in need plan after a new referral, nor to one after a plan that ended otherwise', () => {
    const afterReferral = replayed([...planMade, review('2026-06-04', 'endPlan'), referral('2026-06-10'), { type: 'referralDecisionMade', date: '2026-06-11', decision: 'assessment' }, cinStarted('2026-06-12')]);
    expect(itemsOf(afterReferral, 'childInNeedAfterPlan', '2026-06-12')).toEqual([]);
    const afterMove = replayed([...planMade, { type: 'planEnded', date: '2026-06-04', reason: 'movedAuthority' }, cinStarted('2026-06-04')]);
    expect(itemsOf(afterMove, 'childInNeedAfterPlan', '2026-06-12')).toEqual([]);
  });
});
