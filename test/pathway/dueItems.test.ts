/*
 * dueItems: where each deadline stands on an `asOf` date. The case: referral Mon 2 Mar 2026,
 * strategy discussion initiating section 47 on Wed 4 Mar 2026.
 * Referral decision: 1 working day after Mon 2 Mar = Tue 3 Mar (met late by the discussion on
 * the 4th). ICPC: 15 working days after Wed 4 Mar: Thu 5 (1), Fri 6 (2), Mon 9-Fri 13 (3-7),
 * Mon 16-Fri 20 (8-12), Mon 23 (13), Tue 24 (14), Wed 25 Mar (15); no bank holiday in between.
 * Assessment: 45 working days after Mon 2 Mar: Tue 3-Fri 6 (1-4), Mon 9-Fri 13 (5-9),
 * Mon 16-Fri 20 (10-14), Mon 23-Fri 27 (15-19), Mon 30 Mar-Thu 2 Apr (20-23), Good Friday, Easter Monday,
 * Tue 7-Fri 10 Apr (24-27), Mon 13-Fri 17 (28-32), Mon 20-Fri 24 (33-37), Mon 27 Apr-Fri 1 May
 * (38-42), Mon 4 May bank holiday, Tue 5 (43), Wed 6 (44), Thu 7 May (45).
 */
import { describe, expect, it } from 'vitest';
import { calendarFromGovUkFeed, dueDate, dueItems, type CaseEvent } from '../../src/index.js';
import { vendoredFeed, withHoliday } from '../support/feeds.js';
import { icpcPlan, itemOf, on, referral, replayed, s47Concluded, strategy } from './socialCareFixtures.js';

const enquiry: CaseEvent[] = [referral(on('2026-03-02', 'Mon')), strategy(on('2026-03-04', 'Wed'))];

describe('dueItems statuses', () => {
  it('lists every deadline of the enquiry in due order, with its rule, source and a sentence', () => {
    const items = dueItems(replayed(enquiry), { asOf: '2026-03-04' });
    expect(items.map(({ timescale, from, due }) => ({ timescale, from, due }))).toEqual([
      { timescale: 'referralDecision', from: '2026-03-02', due: on('2026-03-03', 'Tue') },
      { timescale: 'initialConference', from: '2026-03-04', due: on('2026-03-25', 'Wed') },
      { timescale: 'assessment', from: '2026-03-02', due: on('2026-05-07', 'Thu') },
    ]);
    const icpc = items[1];
    expect(icpc?.rule.source).toContain('Working Together to Safeguard Children 2023');
    expect(icpc?.kind).toBe('step');
    expect(icpc?.explanation).toContain('2026-03-25');
    expect(icpc?.explanation).toContain('Source:');
  });

  it('is upcoming before the due date, dueToday on it and overdue after it', () => {
    const state = replayed(enquiry);
    expect(itemOf(state, 'initialConference', '2026-03-24').status).toBe('upcoming');
    expect(itemOf(state, 'initialConference', '2026-03-25').status).toBe('dueToday');
    expect(itemOf(state, 'initialConference', '2026-03-25').explanation).toContain('due today');
    expect(itemOf(state, 'initialConference', '2026-03-26').status).toBe('overdue');
    expect(itemOf(state, 'initialConference', '2026-03-26').explanation).toContain('overdue');
    // asOf long before the case began: still upcoming, never negative or odd.
    expect(itemOf(state, 'initialConference', '2025-01-01').status).toBe('upcoming');
  });

  it('is met when done on or before the due date, whatever the asOf date', () => {
    const state = replayed([...enquiry, icpcPlan(on('2026-03-25', 'Wed'))]);
    for (const asOf of ['2026-03-01', '2026-03-25', '2026-12-31']) {
      expect(itemOf(state, 'initialConference', asOf)).toMatchObject({ status: 'met', metOn: '2026-03-25' });
    }
  });

  it('is metLate when done after the due date', () => {
    const state = replayed([...enquiry, icpcPlan(on('2026-03-26', 'Thu'))]);
    expect(itemOf(state, 'initialConference', '2026-03-26')).toMatchObject({ status: 'metLate', metOn: '2026-03-26' });
    expect(itemOf(state, 'initialConference', '2026-03-26').explanation).toContain('met late on 2026-03-26');
    // The referral decision was due Tue 3 Mar and only the discussion of Wed 4 Mar decided it.
    expect(itemOf(state, 'referralDecision', '2026-03-26')).toMatchObject({ status: 'metLate', metOn: '2026-03-04' });
  });

  it('keeps met items in the list, so a timeline shows the whole history', () => {
    const state = replayed([...enquiry, icpcPlan('2026-03-25')]);
    const timescales = dueItems(state, { asOf: '2026-03-25' }).map((item) => item.timescale);
    expect(timescales).toContain('referralDecision');
    expect(timescales).toContain('initialConference');
    expect(timescales).toContain('firstCoreGroup');
  });

  it('leaves out deadlines withdrawn when the enquiry concluded with no further action', () => {
    const state = replayed([...enquiry, s47Concluded(on('2026-03-13', 'Fri'), 'noFurtherAction')]);
    expect(state.social.phase).toBe('none');
    const items = dueItems(state, { asOf: '2026-03-26' });
    // The ICPC is no longer due, nor is the assessment of the closed episode; the referral
    // decision, met (late), stays.
    expect(items.map(({ timescale, status }) => ({ timescale, status }))).toEqual([{ timescale: 'referralDecision', status: 'metLate' }]);
    // The state keeps the history: the ICPC deadline is recorded as withdrawn on the 13th.
    expect(state.deadlines.find((deadline) => deadline.timescale === 'initialConference')).toMatchObject({
      withdrawnOn: '2026-03-13',
      due: '2026-03-25',
    });
  });

  it('leaves out the ICPC when the enquiry concludes with a child in need plan instead, but keeps the assessment', () => {
    const state = replayed([...enquiry, s47Concluded('2026-03-13', 'childInNeed')]);
    expect(state.social.phase).toBe('childInNeed');
    const timescales = dueItems(state, { asOf: '2026-03-26' }).map((item) => item.timescale);
    expect(timescales).toEqual(['referralDecision', 'assessment']);
  });

  it('refuses an asOf that is not a date', () => {
    const state = replayed(enquiry);
    expect(() => dueItems(state, { asOf: '2026-02-30' })).toThrow();
  });
});

describe('dueItems provisional', () => {
  // Referral Mon 11 Dec 2028, strategy discussion Wed 13 Dec 2028. Referral decision: Tue 12 Dec
  // 2028, inside the official years. ICPC: 15 working days after Wed 13 Dec: Thu 14 (1), Fri 15
  // (2), Mon 18-Fri 22 (3-7), [Mon 25, Tue 26 Dec], Wed 27-Fri 29 (8-10), [Mon 1 Jan 2029],
  // Tue 2-Fri 5 (11-14), Mon 8 Jan 2029 (15): it counts days of 2029, which the built-in data
  // projects by rule.
  const events: CaseEvent[] = [referral(on('2028-12-11', 'Mon')), strategy(on('2028-12-13', 'Wed'))];

  it('marks the items whose count runs into projected years, and says so', () => {
    const items = dueItems(replayed(events), { asOf: '2028-12-13' });
    expect(items.map(({ timescale, due, provisional }) => [timescale, due, provisional])).toEqual([
      ['referralDecision', on('2028-12-12', 'Tue'), false],
      ['initialConference', on('2029-01-08', 'Mon'), true],
      ['assessment', expect.stringMatching(/^2029-/), true],
    ]);
    expect(items[1]?.explanation).toContain('provisional');
    expect(items[0]?.explanation).not.toContain('provisional');
  });

  it('is not provisional in a calendar whose feed covers those years', () => {
    const feed = vendoredFeed();
    for (const [date, title] of [['2029-01-01', 'New Year’s Day'], ['2029-12-25', 'Christmas Day']] as const) {
      withHoliday(feed, 'england-and-wales', date, title);
    }
    const calendar = calendarFromGovUkFeed(feed, { division: 'england-and-wales' });
    const items = dueItems(replayed(events, { calendar }), { asOf: '2028-12-13' });
    expect(items.map((item) => item.provisional)).toEqual([false, false, false]);
    expect(items[1]?.due).toBe('2029-01-08');
  });

  it('agrees with dueDate', () => {
    const item = dueItems(replayed(events), { asOf: '2028-12-13' })[1];
    expect(item?.provisional).toBe(dueDate('initialConference', '2028-12-13').provisional);
  });
});
