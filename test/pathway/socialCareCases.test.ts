/*
 * Real cases that do not run in a straight line: re-referrals, second plans, step-up and
 * step-down between child in need and protection plans, plans that end without a conference,
 * transfers in, unborn children and long plans.
 *
 * England & Wales bank holidays met below: 2026: Fri 3 Apr, Mon 6 Apr, Mon 4 May, Mon 25 May,
 * Fri 25 Dec, Mon 28 Dec (Boxing Day substitute). 2027: Fri 1 Jan.
 */
import { describe, expect, it } from 'vitest';
import { allowedEvents, applyEvent, caseSummary, dueItems, replay, type CaseEvent, type CaseState } from '../../src/index.js';
import {
  accepted,
  cinEnded,
  cinStarted,
  coreGroup,
  icpcPlan,
  itemOf,
  itemsOf,
  on,
  openItemOf,
  referral,
  referralDecision,
  refused,
  replayed,
  review,
  s47Concluded,
  strategy,
  visit,
} from './socialCareFixtures.js';

/** Items still to be done on a date: neither met nor withdrawn. */
function pending(state: CaseState, asOf: string): string[] {
  return dueItems(state, { asOf })
    .filter((item) => item.metOn === undefined)
    .map((item) => item.timescale);
}

/*
 * A first plan used by several cases. Referral Mon 5 Jan 2026; strategy discussion Tue 6 Jan;
 * ICPC due Wed 7 (1), Thu 8 (2), Fri 9 (3), Mon 12-Fri 16 (4-8), Mon 19-Fri 23 (9-13),
 * Mon 26 (14), Tue 27 Jan (15); held Mon 26 Jan 2026, so the plan starts that day.
 */
const firstPlan: CaseEvent[] = [referral(on('2026-01-05', 'Mon')), strategy(on('2026-01-06', 'Tue')), icpcPlan(on('2026-01-26', 'Mon'))];

describe('re-referral', () => {
  it('opens a fresh episode after a referral closed with no further action', () => {
    const closed = replayed([referral(on('2026-01-05', 'Mon')), referralDecision(on('2026-01-06', 'Tue'), 'noFurtherAction')]);
    expect(closed.social.phase).toBe('none');
    expect(pending(closed, '2026-01-06')).toEqual([]);

    // Second referral Mon 2 Feb 2026: decision due Tue 3 Feb; assessment 45 working days:
    // Tue 3-Fri 6 Feb (1-4), six weeks Mon 9 Feb-Fri 20 Mar (5-34), Mon 23-Fri 27 Mar (35-39),
    // Mon 30 Mar-Thu 2 Apr (40-43), Good Friday, Easter Monday, Tue 7 (44), Wed 8 Apr (45).
    const state = replayed([
      referral('2026-01-05'),
      referralDecision('2026-01-06', 'noFurtherAction'),
      referral(on('2026-02-02', 'Mon')),
    ]);
    expect(state.social.phase).toBe('referral');
    expect(itemsOf(state, 'referralDecision', '2026-02-02').map(({ from, due, status }) => ({ from, due, status }))).toEqual([
      { from: '2026-01-05', due: '2026-01-06', status: 'met' },
      { from: '2026-02-02', due: on('2026-02-03', 'Tue'), status: 'upcoming' },
    ]);
    // The first episode's assessment was withdrawn with it; only the new one is listed.
    expect(itemOf(state, 'assessment', '2026-02-02')).toMatchObject({ from: '2026-02-02', due: on('2026-04-08', 'Wed') });
  });

  it('starts a new ICPC clock when a section 47 enquiry that ended with no further action is followed by a new one', () => {
    // Enquiry 1 from Tue 3 Feb 2026 (ICPC due Tue 24 Feb) ends with no further action on Fri 13 Feb.
    // Enquiry 2 from Wed 3 Jun 2026: Thu 4 (1), Fri 5 (2), Mon 8-Fri 12 (3-7), Mon 15-Fri 19
    // (8-12), Mon 22 (13), Tue 23 (14), Wed 24 Jun (15).
    const events = [
      referral('2026-02-02'),
      strategy(on('2026-02-03', 'Tue')),
      s47Concluded(on('2026-02-13', 'Fri'), 'noFurtherAction'),
      referral(on('2026-06-01', 'Mon')),
      strategy(on('2026-06-03', 'Wed')),
    ];
    const afterFirst = replayed(events.slice(0, 2));
    expect(itemOf(afterFirst, 'initialConference', '2026-02-03').due).toBe(on('2026-02-24', 'Tue'));

    const state = replayed(events);
    expect(state.social.phase).toBe('enquiry');
    expect(state.social.enquiryStartedOn).toBe('2026-06-03');
    // The first enquiry's ICPC was withdrawn, so exactly one ICPC is listed: the new one.
    expect(itemOf(state, 'initialConference', '2026-06-03')).toMatchObject({ from: '2026-06-03', due: on('2026-06-24', 'Wed') });
  });
});

describe('a second child protection plan', () => {
  // Plan 1 ends at its first review on Mon 20 Apr 2026 and steps down to a child in need plan,
  // which ends Mon 19 Oct 2026. A new referral on Mon 1 Feb 2027 leads to plan 2 on Tue 23 Feb
  // 2027 (ICPC due from Wed 3 Feb 2027: Thu 4 (1), Fri 5 (2), Mon 8-Fri 12 (3-7), Mon 15-Fri 19
  // (8-12), Mon 22 (13), Tue 23 (14), Wed 24 Feb (15)).
  const events: CaseEvent[] = [
    ...firstPlan,
    review(on('2026-04-20', 'Mon'), 'endPlan'),
    cinStarted('2026-04-20'),
    cinEnded(on('2026-10-19', 'Mon')),
    referral(on('2027-02-01', 'Mon')),
    strategy(on('2027-02-03', 'Wed')),
    icpcPlan(on('2027-02-23', 'Tue'), ['emotional', 'physical']),
  ];

  it('is numbered 2 and flagged as a second or subsequent plan by caseSummary', () => {
    const state = replayed(events);
    expect(state.social.plans.map(({ number, startDate, endDate, endReason }) => ({ number, startDate, endDate, endReason }))).toEqual([
      { number: 1, startDate: '2026-01-26', endDate: '2026-04-20', endReason: 'reviewConference' },
      { number: 2, startDate: '2027-02-23', endDate: undefined, endReason: undefined },
    ]);
    const summary = caseSummary(state, { asOf: '2027-02-23' });
    expect(summary).toMatchObject({
      socialPhase: 'plan',
      plans: 2,
      currentPlan: { number: 2, startDate: '2027-02-23', categories: ['emotional', 'physical'], days: 0 },
      flags: { secondOrSubsequentPlan: true, planTwoYearsOrMore: false },
    });
  });

  it('is not flagged while the first plan is the only one', () => {
    const state = replayed(firstPlan);
    expect(caseSummary(state, { asOf: '2026-02-01' })).toMatchObject({
      plans: 1,
      currentPlan: { number: 1, days: 6 },
      flags: { secondOrSubsequentPlan: false },
    });
  });

  it('has its own ICPC, core group and review deadlines, the first plan\'s being done', () => {
    const state = replayed(events);
    expect(itemsOf(state, 'initialConference', '2027-02-23').map(({ due, status }) => ({ due, status }))).toEqual([
      { due: '2026-01-27', status: 'met' },
      { due: '2027-02-24', status: 'met' },
    ]);
    // Wed 24 Feb (1), Thu 25 (2), Fri 26 (3), Mon 1-Fri 5 Mar (4-8), Mon 8 (9), Tue 9 Mar (10);
    // the detailed plan is due the same day as the first core group.
    expect(pending(state, '2027-02-23')).toEqual(['firstCoreGroup', 'statutoryVisit', 'detailedPlan', 'assessment', 'firstReviewConference']);
    expect(dueItems(state, { asOf: '2027-02-23' }).find((item) => item.timescale === 'firstCoreGroup' && item.metOn === undefined)?.due).toBe(
      on('2027-03-09', 'Tue'),
    );
  });
});

describe('stepping up from a child in need plan', () => {
  it('closes the child in need plan when a protection plan starts (CIN census rules 4001, 4016, 4017)', () => {
    // Step-down on Mon 20 Apr 2026, then new concerns: a strategy discussion on Mon 1 Jun 2026
    // starts a section 47 enquiry from the child in need plan; ICPC due Tue 2-Fri 5 (1-4),
    // Mon 8-Fri 12 (5-9), Mon 15-Fri 19 (10-14), Mon 22 Jun (15); held that day.
    const steppedDown = replayed([...firstPlan, review('2026-04-20', 'endPlan'), cinStarted('2026-04-20')]);
    expect(steppedDown.social).toMatchObject({ phase: 'childInNeed', childInNeedPlanOpen: true });

    const inEnquiry = accepted(applyEvent(steppedDown, strategy(on('2026-06-01', 'Mon'))));
    expect(inEnquiry.social).toMatchObject({ phase: 'enquiry', childInNeedPlanOpen: true, enquiryStartedOn: '2026-06-01' });
    expect(openItemOf(inEnquiry, 'initialConference', '2026-06-01')?.due).toBe(on('2026-06-22', 'Mon'));

    const secondPlan = accepted(applyEvent(inEnquiry, icpcPlan('2026-06-22')));
    expect(secondPlan.social).toMatchObject({ phase: 'plan', childInNeedPlanOpen: false, plan: { number: 2, startDate: '2026-06-22' } });
    expect(allowedEvents(secondPlan)).not.toContain('childInNeedPlanEnded');
  });
});

describe('a re-referral during a child in need plan', () => {
  // A referral from the child in need phase keeps the child in need plan open; when the new
  // episode closes (no further action here), the case returns to the child in need plan rather
  // than to phase none, where the plan could be neither visited nor ended.
  it('returns to the open child in need plan when the new episode closes', () => {
    const state = replayed([
      referral('2026-03-02'),
      referralDecision('2026-03-03', 'assessment'),
      cinStarted('2026-03-20'),
      referral('2026-05-04'),
      referralDecision('2026-05-05', 'noFurtherAction'),
    ]);
    expect(state.social).toMatchObject({ phase: 'childInNeed', childInNeedPlanOpen: true });
    expect(allowedEvents(state)).toContain('childInNeedPlanEnded');
    const ended = accepted(applyEvent(state, { type: 'childInNeedPlanEnded', date: '2026-09-01' }));
    expect(ended.social).toMatchObject({ phase: 'none', childInNeedPlanOpen: false });
  });
});

describe('a new strategy discussion during a plan', () => {
  it('keeps the plan running and starts no new ICPC clock', () => {
    const before = replayed(firstPlan);
    const reviewDue = itemOf(before, 'firstReviewConference', '2026-03-11').due;
    const after = replayed([...firstPlan, strategy(on('2026-03-11', 'Wed')), s47Concluded(on('2026-03-20', 'Fri'), 'conference')]);
    expect(after.social.phase).toBe('plan');
    expect(after.social.plan).toEqual(before.social.plan);
    expect(after.social.enquiryStartedOn).toBeUndefined();
    expect(itemsOf(after, 'initialConference', '2026-03-20').map((item) => item.status)).toEqual(['met']);
    expect(itemOf(after, 'firstReviewConference', '2026-03-20').due).toBe(reviewDue);
  });
});

describe('stepping down after a review conference ends the plan', () => {
  const events = [...firstPlan, coreGroup('2026-02-05'), visit('2026-02-05'), review(on('2026-04-20', 'Mon'), 'endPlan')];

  it('ends the plan on the review date, with the plan\'s deadlines withdrawn and the review met', () => {
    const state = replayed(events);
    expect(state.social.phase).toBe('none');
    expect(state.social.plan).toBeUndefined();
    expect(state.social.plans).toEqual([
      expect.objectContaining({ number: 1, startDate: '2026-01-26', endDate: '2026-04-20', endReason: 'reviewConference', reviews: 1 }),
    ]);
    // First review due 26 Apr 2026 (3 months after 26 Jan), met on the 20th.
    expect(itemOf(state, 'firstReviewConference', '2026-04-20')).toMatchObject({ due: '2026-04-26', status: 'met' });
    // The next core group, next visit and assessment are no longer due.
    expect(pending(state, '2026-04-20')).toEqual([]);
    expect(caseSummary(state, { asOf: '2026-04-20' })).toMatchObject({ socialPhase: 'none', plans: 1, flags: { secondOrSubsequentPlan: false } });
    expect(caseSummary(state, { asOf: '2026-04-20' }).currentPlan).toBeUndefined();
  });

  it('lets a child in need plan start the same day, and offers what a child in need plan allows', () => {
    const state = replayed([...events, cinStarted('2026-04-20')]);
    expect(state.social).toMatchObject({ phase: 'childInNeed', childInNeedPlanOpen: true });
    const allowed = allowedEvents(state);
    expect(allowed).toEqual(expect.arrayContaining(['childInNeedPlanEnded', 'visitMade', 'referralReceived', 'strategyDiscussionHeld']));
    expect(allowed).not.toContain('coreGroupHeld');
    expect(allowed).not.toContain('reviewConferenceHeld');
    expect(allowed).not.toContain('childInNeedPlanStarted');
    expect(refused(applyEvent(state, coreGroup('2026-04-21'))).code).toBe('INVALID_TRANSITION');
  });
});

describe('a plan ended without a conference', () => {
  for (const reason of ['movedAuthority', 'died', 'leftUK'] as const) {
    it(`ends for ${reason} with the reason recorded and no plan deadline left`, () => {
      const state = replayed([...firstPlan, { type: 'planEnded', date: on('2026-03-06', 'Fri'), reason }]);
      expect(state.social.phase).toBe('none');
      expect(state.social.plans[0]).toMatchObject({ number: 1, startDate: '2026-01-26', endDate: '2026-03-06', endReason: reason });
      expect(pending(state, '2026-03-06')).toEqual([]);
    });
  }

  it('cannot end on the day it started (CIN census rules 8925, 8840)', () => {
    const error = refused(replay([...firstPlan, { type: 'planEnded', date: '2026-01-26', reason: 'movedAuthority' }]));
    expect(error).toMatchObject({ code: 'INVALID_TRANSITION', index: 3, eventType: 'planEnded' });
    expect(error.message).toContain('8925');
  });

  describe('when the child reaches 18', () => {
    // Born Sun 15 Jun 2008: 18 on Mon 15 Jun 2026. The plan started at 17, on Mon 26 Jan 2026.
    const options = { child: { dateOfBirth: '2008-06-15' } };
    const state = replayed(firstPlan, options);
    const eighteenth = on('2026-06-15', 'Mon');

    it('refuses reachedAdulthood before the 18th birthday', () => {
      const error = refused(applyEvent(state, { type: 'planEnded', date: on('2026-06-12', 'Fri'), reason: 'reachedAdulthood' }));
      expect(error.code).toBe('INVALID_TRANSITION');
      expect(error.message).toContain('18th birthday');
    });

    it('accepts other plan events up to the day before the 18th birthday', () => {
      expect(accepted(applyEvent(state, coreGroup('2026-06-12'))).social.phase).toBe('plan');
      expect(accepted(applyEvent(state, visit('2026-06-14'))).social.phase).toBe('plan');
    });

    it('ends the plan for reachedAdulthood on the 18th birthday', () => {
      const ended = accepted(applyEvent(state, { type: 'planEnded', date: eighteenth, reason: 'reachedAdulthood' }));
      expect(ended.social.phase).toBe('none');
      expect(ended.social.plans[0]).toMatchObject({ endDate: '2026-06-15', endReason: 'reachedAdulthood' });
      // And no child protection process starts again for an adult.
      const error = refused(applyEvent(ended, referral('2026-06-22')));
      expect(error.code).toBe('INVALID_TRANSITION');
      expect(error.message).toContain('18');
    });

    it('refuses any other social-care event from the 18th birthday while the plan is open', () => {
      const others: CaseEvent[] = [
        coreGroup(eighteenth),
        visit(eighteenth),
        review(eighteenth),
        review(eighteenth, 'endPlan'),
        strategy(eighteenth),
        { type: 'assessmentCompleted', date: eighteenth },
        { type: 'planEnded', date: eighteenth, reason: 'died' },
        { type: 'planEnded', date: '2026-07-01', reason: 'leftUK' },
      ];
      for (const event of others) {
        const error = refused(applyEvent(state, event));
        expect(error.code, event.type).toBe('INVALID_TRANSITION');
        expect(error.message, event.type).toContain('planEnded');
      }
    });

    it('ends the plan for reachedAdulthood after the birthday too, when it was recorded late', () => {
      const ended = accepted(applyEvent(state, { type: 'planEnded', date: '2026-07-01', reason: 'reachedAdulthood' }));
      expect(ended.social.plans[0]?.endDate).toBe('2026-07-01');
    });
  });
});

describe('a transfer-in', () => {
  // Notified Mon 14 Dec 2026. Transfer-in conference within 15 working days: Tue 15-Fri 18
  // (1-4), Mon 21-Thu 24 (5-8), Fri 25 Christmas, Mon 28 Boxing Day substitute, Tue 29-Thu 31
  // (9-11), Fri 1 Jan New Year, Mon 4 (12), Tue 5 (13), Wed 6 (14), Thu 7 Jan 2027 (15).
  const notified: CaseEvent = { type: 'transferInNotified', date: on('2026-12-14', 'Mon') };

  it('waits for a transfer-in conference due 15 working days after the notification', () => {
    const state = replayed([notified]);
    expect(state.social.phase).toBe('transferIn');
    expect(itemOf(state, 'transferInConference', '2026-12-14')).toMatchObject({ from: '2026-12-14', due: on('2027-01-07', 'Thu'), status: 'upcoming' });
    expect(allowedEvents(state)).toContain('transferInConferenceHeld');
  });

  it('continues the child protection plan from the transfer-in conference date', () => {
    const state = replayed([notified, { type: 'transferInConferenceHeld', date: on('2027-01-06', 'Wed'), decision: 'plan', categories: ['sexual'] }]);
    expect(state.social).toMatchObject({ phase: 'plan', plan: { number: 1, startDate: '2027-01-06', categories: ['sexual'] } });
    expect(itemOf(state, 'transferInConference', '2027-01-06')).toMatchObject({ status: 'met', metOn: '2027-01-06' });
    // First core group: Thu 7 (1), Fri 8 (2), Mon 11-Fri 15 (3-7), Mon 18 (8), Tue 19 (9), Wed 20 Jan (10).
    expect(itemOf(state, 'firstCoreGroup', '2027-01-06').due).toBe(on('2027-01-20', 'Wed'));
    expect(itemOf(state, 'firstReviewConference', '2027-01-06').due).toBe(on('2027-04-06', 'Tue'));
  });

  it('is met late when the conference is held after the 15 working days', () => {
    const state = replayed([notified, { type: 'transferInConferenceHeld', date: on('2027-01-08', 'Fri'), decision: 'plan', categories: ['neglect'] }]);
    expect(itemOf(state, 'transferInConference', '2027-01-08').status).toBe('metLate');
  });

  it('may end in a child in need plan or no further action instead', () => {
    const toChildInNeed = replayed([notified, { type: 'transferInConferenceHeld', date: '2027-01-06', decision: 'childInNeed' }]);
    expect(toChildInNeed.social.phase).toBe('childInNeed');
    expect(toChildInNeed.social.plans).toEqual([]);
    const closed = replayed([notified, { type: 'transferInConferenceHeld', date: '2027-01-06', decision: 'noFurtherAction' }]);
    expect(closed.social.phase).toBe('none');
    expect(pending(closed, '2027-01-06')).toEqual([]);
  });

  it('is never held on a Saturday or Sunday', () => {
    const error = refused(replay([notified, { type: 'transferInConferenceHeld', date: on('2027-01-09', 'Sat'), decision: 'plan', categories: ['neglect'] }]));
    expect(error).toMatchObject({ code: 'INVALID_TRANSITION', index: 1 });
  });

  it('needs categories when it continues a plan', () => {
    const error = refused(replay([notified, { type: 'transferInConferenceHeld', date: '2027-01-06', decision: 'plan' }]));
    expect(error).toMatchObject({ code: 'INVALID_EVENT', issues: [{ path: ['categories'] }] });
  });
});

describe('an unborn child', () => {
  // Expected delivery Mon 14 Sep 2026. Pre-birth conference 6 weeks before (34 weeks'
  // gestation): 14 Sep - 42 days = Mon 3 Aug 2026. Strategy discussion Wed 1 Jul 2026; ICPC due
  // Thu 2 (1), Fri 3 (2), Mon 6-Fri 10 (3-7), Mon 13-Fri 17 (8-12), Mon 20 (13), Tue 21 (14),
  // Wed 22 Jul (15).
  const options = { child: { expectedDeliveryDate: on('2026-09-14', 'Mon') } };
  const enquiry = [referral(on('2026-06-29', 'Mon')), strategy(on('2026-07-01', 'Wed'))];

  it('has a pre-birth conference due 6 weeks before the expected delivery date, beside the ICPC deadline', () => {
    const state = replayed(enquiry, options);
    expect(itemOf(state, 'preBirthConference', '2026-07-01')).toMatchObject({ from: '2026-09-14', due: on('2026-08-03', 'Mon') });
    expect(itemOf(state, 'initialConference', '2026-07-01').due).toBe(on('2026-07-22', 'Wed'));
  });

  it('meets both with a conference held before birth, and records the birth on the plan', () => {
    const planned = replayed([...enquiry, icpcPlan(on('2026-07-21', 'Tue'))], options);
    expect(itemOf(planned, 'preBirthConference', '2026-07-21')).toMatchObject({ status: 'met', metOn: '2026-07-21' });
    expect(itemOf(planned, 'initialConference', '2026-07-21')).toMatchObject({ status: 'met' });
    expect(allowedEvents(planned)).toContain('childBorn');

    const born = accepted(applyEvent(planned, { type: 'childBorn', date: on('2026-09-11', 'Fri') }));
    expect(born.child).toEqual({ expectedDeliveryDate: '2026-09-14', dateOfBirth: '2026-09-11' });
    expect(born.social.phase).toBe('plan');
    expect(allowedEvents(born)).not.toContain('childBorn');
    expect(refused(applyEvent(born, { type: 'childBorn', date: '2026-09-12' })).code).toBe('INVALID_TRANSITION');
  });

  it('drops the pre-birth conference when the child is born first, leaving the ICPC due', () => {
    const state = replayed([...enquiry, { type: 'childBorn', date: on('2026-07-13', 'Mon') }], options);
    expect(state.child.dateOfBirth).toBe('2026-07-13');
    expect(itemsOf(state, 'preBirthConference', '2026-07-13')).toEqual([]);
    expect(itemOf(state, 'initialConference', '2026-07-13')).toMatchObject({ due: '2026-07-22', status: 'upcoming' });
  });

  it('has no pre-birth conference when the enquiry starts after the birth', () => {
    const state = replayed([referral('2026-09-21'), strategy('2026-09-22')], {
      child: { expectedDeliveryDate: '2026-09-14', dateOfBirth: '2026-09-11' },
    });
    expect(itemsOf(state, 'preBirthConference', '2026-09-22')).toEqual([]);
  });
});

describe('a plan running 2 years or more', () => {
  // ICPC Tue 14 Jan 2025, reviews in time every 6 months; 2 years on is Thu 14 Jan 2027.
  const events: CaseEvent[] = [
    referral('2024-12-16'),
    strategy('2024-12-19'),
    icpcPlan(on('2025-01-14', 'Tue'), ['physical', 'neglect']),
    review('2025-04-10'),
    review('2025-10-09'),
    review('2026-04-09'),
    review('2026-10-08'),
  ];

  it('is flagged by caseSummary from the second anniversary of its start, not the day before', () => {
    const state = replayed(events);
    expect(caseSummary(state, { asOf: '2027-01-13' })).toMatchObject({
      currentPlan: { number: 1, startDate: '2025-01-14', days: 729 },
      flags: { planTwoYearsOrMore: false },
    });
    expect(caseSummary(state, { asOf: on('2027-01-14', 'Thu') })).toMatchObject({
      currentPlan: { days: 730 },
      flags: { planTwoYearsOrMore: true, secondOrSubsequentPlan: false },
    });
    expect(state.social.plan?.reviews).toBe(4);
  });

  it('is no longer flagged once the plan has ended', () => {
    const state = replayed([...events, review('2027-01-21', 'endPlan')]);
    const summary = caseSummary(state, { asOf: '2027-01-21' });
    expect(summary.flags).toEqual({ planTwoYearsOrMore: false, secondOrSubsequentPlan: false });
    expect(summary.currentPlan).toBeUndefined();
  });
});
