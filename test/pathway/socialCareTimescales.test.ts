/*
 * The social-care timescales as a case generates them, each due date counted by hand on a
 * calendar. "N working days after X": X is day 0, day 1 is the first working day after it.
 * "N months after X": the same day of the month, or that month's last day.
 *
 * England & Wales bank holidays used below (gov.uk feed): 2024: Wed 25 Dec, Thu 26 Dec.
 * 2025: Wed 1 Jan. 2026: Fri 3 Apr (Good Friday), Mon 6 Apr (Easter Monday), Mon 4 May (Early
 * May), Mon 25 May (Spring), Fri 25 Dec, Mon 28 Dec (Boxing Day substitute). 2027: Fri 1 Jan,
 * Mon 30 Aug (Summer).
 */
import { describe, expect, it } from 'vitest';
import { createRuleSet, dueItems, replay, type CaseEvent } from '../../src/index.js';
import {
  accepted,
  coreGroup,
  icpcPlan,
  itemOf,
  itemsOf,
  on,
  openItemOf,
  referral,
  refused,
  replayed,
  review,
  s47Concluded,
  strategy,
  visit,
} from './socialCareFixtures.js';

/*
 * An Easter case. Referral Mon 30 Mar 2026; the strategy discussion on Thu 2 Apr 2026
 * initiates the section 47 enquiry; a second strategy discussion on Fri 10 Apr 2026 reviews it.
 * ICPC count from Thu 2 Apr: Fri 3 Good Friday, Mon 6 Easter Monday; Tue 7 (1), Wed 8 (2),
 * Thu 9 (3), Fri 10 (4), Mon 13-Fri 17 (5-9), Mon 20-Fri 24 (10-14), Mon 27 Apr (15).
 * Had the later discussion restarted the clock: Mon 13-Fri 17 (1-5), Mon 20-Fri 24 (6-10),
 * Mon 27 Apr-Fri 1 May (11-15) = Fri 1 May, a different date, so the test can tell.
 */
const easterEnquiry: CaseEvent[] = [
  referral('2026-03-30'),
  strategy('2026-04-02'),
  strategy('2026-04-10'),
  s47Concluded('2026-04-22', 'conference'),
];

describe('the initial child protection conference (ICPC)', () => {
  it('is due 15 working days after the strategy discussion that initiated the section 47 enquiry, skipping Easter', () => {
    const state = replayed(easterEnquiry.slice(0, 2));
    on('2026-04-02', 'Thu');
    const icpc = itemOf(state, 'initialConference', '2026-04-02');
    expect(icpc).toMatchObject({ from: '2026-04-02', due: on('2026-04-27', 'Mon'), status: 'upcoming' });
    expect(state.social.enquiryStartedOn).toBe('2026-04-02');
  });

  it('is not moved by a second strategy discussion during the enquiry', () => {
    const state = replayed(easterEnquiry.slice(0, 3));
    on('2026-04-10', 'Fri');
    expect(state.social.phase).toBe('enquiry');
    expect(state.social.enquiryStartedOn).toBe('2026-04-02');
    expect(itemOf(state, 'initialConference', '2026-04-10')).toMatchObject({ from: '2026-04-02', due: '2026-04-27' });
  });

  it('is not moved by a later strategy discussion that decides against section 47 either', () => {
    const state = replayed([...easterEnquiry.slice(0, 2), strategy('2026-04-10', 'noSection47')]);
    expect(itemOf(state, 'initialConference', '2026-04-10')).toMatchObject({ from: '2026-04-02', due: '2026-04-27' });
  });

  it('stays due on the same date once the enquiry concludes that a conference is needed', () => {
    const state = replayed(easterEnquiry);
    expect(state.social.phase).toBe('awaitingConference');
    expect(itemOf(state, 'initialConference', '2026-04-22')).toMatchObject({ due: '2026-04-27', status: 'upcoming' });
  });

  it('is due by Tue 14 Jan 2025 after a strategy discussion on Thu 19 Dec 2024, over Christmas and New Year', () => {
    // Fri 20 (1), Mon 23 (2), Tue 24 (3), Wed 25 and Thu 26 bank holidays, Fri 27 (4),
    // Mon 30 (5), Tue 31 (6), Wed 1 Jan bank holiday, Thu 2 (7), Fri 3 (8), Mon 6-Fri 10
    // (9-13), Mon 13 (14), Tue 14 Jan (15).
    const state = replayed([referral(on('2024-12-16', 'Mon')), strategy(on('2024-12-19', 'Thu'))]);
    expect(itemOf(state, 'initialConference', '2024-12-19')).toMatchObject({ due: on('2025-01-14', 'Tue') });
  });

  it('is never held on a Saturday or Sunday (CIN census rule 8875)', () => {
    // 30 Nov 2025 is a Sunday.
    const error = refused(
      replay([referral('2025-11-17'), strategy('2025-11-18'), icpcPlan(on('2025-11-30', 'Sun'))]),
    );
    expect(error).toMatchObject({ code: 'INVALID_TRANSITION', index: 2, eventType: 'initialConferenceHeld' });
    expect(error.message).toContain('8875');
    const saturday = refused(replay([referral('2025-11-17'), strategy('2025-11-18'), icpcPlan(on('2025-11-29', 'Sat'))]));
    expect(saturday.code).toBe('INVALID_TRANSITION');
  });
});

/*
 * The Easter case goes on: the ICPC is held on its due date, Mon 27 Apr 2026, and makes a plan.
 * First core group and first visit, 10 working days from Mon 27 Apr: Tue 28 (1), Wed 29 (2),
 * Thu 30 (3), Fri 1 May (4), Mon 4 May bank holiday, Tue 5 (5), Wed 6 (6), Thu 7 (7), Fri 8 (8),
 * Mon 11 (9), Tue 12 May (10).
 * First review, 3 months from 27 Apr: 27 Jul 2026 (a Monday).
 */
const planEvents: CaseEvent[] = [...easterEnquiry, icpcPlan('2026-04-27', ['physical', 'neglect'])];

describe('a child protection plan made at the ICPC', () => {
  it('starts on the ICPC date (CIN census rule 2885) and meets the ICPC deadline on time', () => {
    const state = replayed(planEvents);
    expect(state.social.phase).toBe('plan');
    expect(state.social.plan).toMatchObject({ number: 1, startDate: '2026-04-27', categories: ['physical', 'neglect'], reviews: 0 });
    expect(itemOf(state, 'initialConference', '2026-04-27')).toMatchObject({ status: 'met', metOn: '2026-04-27' });
  });

  it('has its first core group due 10 working days after the ICPC, past the Early May bank holiday', () => {
    const state = replayed(planEvents);
    expect(itemOf(state, 'firstCoreGroup', '2026-04-27')).toMatchObject({ from: '2026-04-27', due: on('2026-05-12', 'Tue') });
  });

  it('has its first review conference due 3 months after the ICPC', () => {
    const state = replayed(planEvents);
    expect(itemOf(state, 'firstReviewConference', '2026-04-27')).toMatchObject({ from: '2026-04-27', due: on('2026-07-27', 'Mon') });
  });

  it('has each next core group due 6 weeks after the previous one (the national-default local cadence)', () => {
    // First core group Mon 11 May 2026 (in time for Tue 12 May); the next is due 6 weeks
    // (42 days) later, Mon 22 Jun. The one held on Wed 17 Jun sets the next for Wed 29 Jul.
    const afterFirst = replayed([...planEvents, coreGroup(on('2026-05-11', 'Mon'))]);
    expect(itemOf(afterFirst, 'firstCoreGroup', '2026-05-11')).toMatchObject({ status: 'met', metOn: '2026-05-11' });
    expect(itemOf(afterFirst, 'subsequentCoreGroup', '2026-05-11')).toMatchObject({ from: '2026-05-11', due: on('2026-06-22', 'Mon') });

    const afterSecond = replayed([...planEvents, coreGroup('2026-05-11'), coreGroup(on('2026-06-17', 'Wed'))]);
    const next = itemsOf(afterSecond, 'subsequentCoreGroup', '2026-06-17');
    expect(next.map(({ from, due, status }) => ({ from, due, status }))).toEqual([
      { from: '2026-05-11', due: '2026-06-22', status: 'met' },
      { from: '2026-06-17', due: on('2026-07-29', 'Wed'), status: 'upcoming' },
    ]);
    // Still exactly one first core group, met by the first meeting only.
    expect(itemOf(afterSecond, 'firstCoreGroup', '2026-06-17').metOn).toBe('2026-05-11');
  });

  it('has each later review within 6 months of the previous review', () => {
    // Review Tue 21 Jul 2026 (first review in time for 27 Jul); next by 21 Jan 2027.
    const state = replayed([...planEvents, review(on('2026-07-21', 'Tue'))]);
    expect(itemOf(state, 'firstReviewConference', '2026-07-21')).toMatchObject({ status: 'met', metOn: '2026-07-21' });
    expect(itemOf(state, 'subsequentReviewConference', '2026-07-21')).toMatchObject({ from: '2026-07-21', due: on('2027-01-21', 'Thu') });
    expect(state.social.plan?.reviews).toBe(1);
  });
});

/*
 * Reviews across month ends. Strategy discussion Thu 12 Aug 2027; ICPC due Fri 13 (1),
 * Mon 16-Fri 20 (2-6), Mon 23-Fri 27 (7-11), Mon 30 Aug bank holiday, Tue 31 (12),
 * Wed 1 Sep (13), Thu 2 (14), Fri 3 Sep (15). The ICPC is held on Tue 31 Aug 2027.
 */
describe('review conferences across month ends', () => {
  const enquiry = [referral(on('2027-08-09', 'Mon')), strategy(on('2027-08-12', 'Thu'))];

  it('counts the ICPC deadline past the Summer bank holiday', () => {
    const state = replayed(enquiry);
    expect(itemOf(state, 'initialConference', '2027-08-12').due).toBe(on('2027-09-03', 'Fri'));
  });

  it('makes the first review due on 30 Nov after an ICPC on 31 Aug (November has no 31st)', () => {
    const state = replayed([...enquiry, icpcPlan(on('2027-08-31', 'Tue'))]);
    expect(itemOf(state, 'firstReviewConference', '2027-08-31').due).toBe(on('2027-11-30', 'Tue'));
    // First core group: Wed 1 Sep (1), Thu 2 (2), Fri 3 (3), Mon 6-Fri 10 (4-8), Mon 13 (9), Tue 14 Sep (10).
    expect(itemOf(state, 'firstCoreGroup', '2027-08-31').due).toBe(on('2027-09-14', 'Tue'));
  });

  it('keeps counting each review from the previous one, clamping 31 May + 6 months to 30 Nov', () => {
    // Review on its due date Tue 30 Nov 2027: next by Tue 30 May 2028. Held a day late on
    // Wed 31 May 2028 (met late); the next is then due 6 months later: 30 Nov 2028.
    const state = replayed([...enquiry, icpcPlan('2027-08-31'), review('2027-11-30'), review(on('2028-05-31', 'Wed'))]);
    const reviews = dueItems(state, { asOf: '2028-05-31' }).filter((item) => item.timescale.endsWith('ReviewConference'));
    expect(reviews.map(({ timescale, from, due, status }) => ({ timescale, from, due, status }))).toEqual([
      { timescale: 'firstReviewConference', from: '2027-08-31', due: '2027-11-30', status: 'met' },
      { timescale: 'subsequentReviewConference', from: '2027-11-30', due: on('2028-05-30', 'Tue'), status: 'metLate' },
      { timescale: 'subsequentReviewConference', from: '2028-05-31', due: on('2028-11-30', 'Thu'), status: 'upcoming' },
    ]);
    expect(state.social.plan?.reviews).toBe(2);
  });

  it('makes the first review due on the last day of February after an ICPC on 30 Nov', () => {
    // Mon 30 Nov 2026 + 3 months: February 2027 has 28 days, so Sun 28 Feb 2027. A limit is a
    // limit: the library does not move a "within 3 months" date off a weekend.
    const state = replayed([referral('2026-11-09'), strategy('2026-11-10'), icpcPlan(on('2026-11-30', 'Mon'))]);
    expect(itemOf(state, 'firstReviewConference', '2026-11-30').due).toBe(on('2027-02-28', 'Sun'));
  });
});

/*
 * Statutory visits after the Easter ICPC of Mon 27 Apr 2026, every 10 working days by default.
 * First visit due Tue 12 May (as the first core group). Visit Thu 7 May: Fri 8 (1), Mon 11-Fri 15
 * (2-6), Mon 18-Thu 21 (7-10) = Thu 21 May. Visit Thu 21 May: Fri 22 (1), Mon 25 Spring bank
 * holiday, Tue 26-Fri 29 (2-5), Mon 1-Fri 5 Jun (6-10) = Fri 5 Jun.
 */
describe('statutory visits', () => {
  const visits = [...planEvents, visit(on('2026-05-07', 'Thu')), visit(on('2026-05-21', 'Thu'))];

  it('are due every 10 working days by default, counted from the ICPC and then from each visit', () => {
    const state = replayed(visits);
    const items = itemsOf(state, 'statutoryVisit', '2026-05-21');
    expect(items.map(({ from, due, status, metOn }) => ({ from, due, status, metOn }))).toEqual([
      { from: '2026-04-27', due: on('2026-05-12', 'Tue'), status: 'met', metOn: '2026-05-07' },
      { from: '2026-05-07', due: on('2026-05-21', 'Thu'), status: 'met', metOn: '2026-05-21' },
      { from: '2026-05-21', due: on('2026-06-05', 'Fri'), status: 'upcoming', metOn: undefined },
    ]);
    expect(items[0]?.rule).toMatchObject({ amount: 10, unit: 'workingDays' });
  });

  it('are due over Christmas 2026 on Tue 5 Jan 2027 after a visit on Thu 17 Dec', () => {
    // Fri 18 (1), Mon 21-Thu 24 (2-5), Fri 25 Christmas, Mon 28 Boxing Day substitute,
    // Tue 29-Thu 31 (6-8), Fri 1 Jan New Year, Mon 4 (9), Tue 5 Jan 2027 (10).
    const state = replayed([...planEvents, visit(on('2026-12-17', 'Thu'))]);
    expect(openItemOf(state, 'statutoryVisit', '2026-12-17')?.due).toBe(on('2027-01-05', 'Tue'));
  });

  it('follow a local rule set: every 20 working days with createRuleSet overriding statutoryVisit', () => {
    // 20 working days from Mon 27 Apr: the 10th is Tue 12 May; Wed 13-Fri 15 (11-13),
    // Mon 18-Fri 22 (14-18), Mon 25 bank holiday, Tue 26 (19), Wed 27 May (20).
    // From Thu 7 May: Fri 8 (1), Mon 11-Fri 15 (2-6), Mon 18-Fri 22 (7-11), Mon 25 bank
    // holiday, Tue 26-Fri 29 (12-15), Mon 1-Fri 5 Jun (16-20) = Fri 5 Jun.
    // From Thu 21 May: the 10th is Fri 5 Jun; Mon 8-Fri 12 (11-15), Mon 15-Fri 19 Jun (16-20).
    const ruleSet = createRuleSet({ name: 'Example council', overrides: { statutoryVisit: { amount: 20 } } });
    const state = accepted(replay(visits, { ruleSet }));
    const items = itemsOf(state, 'statutoryVisit', '2026-05-21');
    expect(items.map(({ from, due, status }) => ({ from, due, status }))).toEqual([
      { from: '2026-04-27', due: on('2026-05-27', 'Wed'), status: 'met' },
      { from: '2026-05-07', due: on('2026-06-05', 'Fri'), status: 'met' },
      { from: '2026-05-21', due: on('2026-06-19', 'Fri'), status: 'upcoming' },
    ]);
    expect(items[0]?.rule).toMatchObject({ amount: 20, unit: 'workingDays', status: 'localProcedure', source: 'Example council local procedure' });
    // The rule set changes the visits only: the national core-group standard stands.
    expect(itemOf(state, 'firstCoreGroup', '2026-05-21').due).toBe('2026-05-12');
    expect(state.rules.ruleSet.name).toBe('Example council');
  });

  it('are not tracked outside a protection plan', () => {
    const state = replayed([referral('2026-03-30'), strategy('2026-04-02', 'noSection47'), { type: 'childInNeedPlanStarted', date: '2026-04-06' }, visit('2026-04-07')]);
    expect(state.social.phase).toBe('childInNeed');
    expect(itemsOf(state, 'statutoryVisit', '2026-04-07')).toEqual([]);
  });
});
