/*
 * The legal track (issue 5): PLO pre-proceedings, care proceedings and their orders, beside the
 * social-care track. Every expected date was counted by hand; the comment above each case
 * shows the count. Weekdays named in comments are asserted with Date.UTC (test/support/days.ts)
 * so a miscounted comment fails rather than misleads. No local-time Date API is used: the
 * suite also runs under TZ=America/Los_Angeles and TZ=Pacific/Auckland.
 *
 * Rules (Children Act 1989 ss31-45, PD12A):
 * - pre-proceedings: best practice about 16 weeks from the decision (PLWG, "bestPractice");
 * - pre-proceedings review: 8 weeks after the meeting or the last review (local procedure);
 * - care proceedings: 26 weeks beginning with the day of issue (s32(1)(a)(ii)): issue + 181 days;
 * - extensions: each at most 8 weeks from the end of the timetable as it stands (s32(5), (8));
 * - case management hearing: not before day 12, not after day 18, issue = day 1 (PD12A);
 *   a further hearing by day 25;
 * - no care or supervision order for a child of 17 or over (s31(3));
 * - supervision order: 1 year beginning with the day it is made, extendable, never beyond
 *   3 years beginning with the day it was first made (Sch 3 para 6).
 */
import { describe, expect, it } from 'vitest';
import {
  allowedEvents,
  caseEventTypes,
  dueItems,
  eventTracks,
  legalEdges,
  legalPhases,
  type CaseEvent,
  type CaseEventType,
  type LegalPhase,
  type SocialPhase,
} from '../../src/index.js';
import { itemOf, refusalOf, stateOf, timescalesOf } from '../support/legalCases.js';
import { plusDays, weekdayOf } from '../support/days.js';

const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
/** Asserts the weekday a comment names. */
function expectWeekday(date: string, weekday: (typeof weekdays)[number]): void {
  expect(weekdays[weekdayOf(date)], date).toBe(weekday);
}

const issue = (date: string): CaseEvent => ({ type: 'careProceedingsIssued', date });

/**
 * A log that leaves the social-care track in each phase by 23 Jan 2026 (keyed by every phase,
 * so a new phase without a fixture does not compile).
 */
const socialFixtures: Record<SocialPhase, readonly CaseEvent[]> = {
  none: [],
  referral: [{ type: 'referralReceived', date: '2026-01-05' }],
  assessment: [
    { type: 'referralReceived', date: '2026-01-05' },
    { type: 'referralDecisionMade', date: '2026-01-06', decision: 'assessment' },
  ],
  enquiry: [
    { type: 'referralReceived', date: '2026-01-05' },
    { type: 'strategyDiscussionHeld', date: '2026-01-06', decision: 'section47' },
  ],
  awaitingConference: [
    { type: 'referralReceived', date: '2026-01-05' },
    { type: 'strategyDiscussionHeld', date: '2026-01-06', decision: 'section47' },
    { type: 'section47Concluded', date: '2026-01-16', outcome: 'conference' },
  ],
  plan: [
    { type: 'referralReceived', date: '2026-01-05' },
    { type: 'strategyDiscussionHeld', date: '2026-01-06', decision: 'section47' },
    { type: 'section47Concluded', date: '2026-01-16', outcome: 'conference' },
    { type: 'initialConferenceHeld', date: '2026-01-23', decision: 'plan', categories: ['neglect'] },
  ],
  childInNeed: [{ type: 'childInNeedPlanStarted', date: '2026-01-05' }],
  transferIn: [{ type: 'transferInNotified', date: '2026-01-05' }],
};
const socialPhaseList = Object.keys(socialFixtures) as SocialPhase[];

describe('starting legal action from any point of the social-care track', () => {
  it.each(socialPhaseList)('proceedings may be issued straight away, without pre-proceedings, in social-care phase %s', (phase) => {
    const before = stateOf(socialFixtures[phase]);
    expect(before.social.phase).toBe(phase);
    const after = stateOf([...socialFixtures[phase], issue('2026-02-02')]);
    expect(after.legal.phase).toBe('proceedings');
    expect(after.legal.preProceedings).toBeUndefined();
    // The social-care track is left exactly as it was.
    expect(after.social).toEqual(before.social);
  });

  it.each(socialPhaseList)('pre-proceedings may start in social-care phase %s', (phase) => {
    const after = stateOf([...socialFixtures[phase], { type: 'legalPlanningMeetingHeld', date: '2026-02-02', decision: 'preProceedings' }]);
    expect(after.legal.phase).toBe('preProceedings');
    expect(after.social.phase).toBe(phase);
  });

  it('a legal planning meeting may decide to issue at once: the legal track waits in none until the application is issued', () => {
    const decided = stateOf([{ type: 'legalPlanningMeetingHeld', date: '2026-01-05', decision: 'issueProceedings' }]);
    expect(decided.legal.phase).toBe('none');
    expect(allowedEvents(decided)).toContain('careProceedingsIssued');
    const issued = stateOf([{ type: 'legalPlanningMeetingHeld', date: '2026-01-05', decision: 'issueProceedings' }, issue('2026-01-06')]);
    expect(issued.legal.phase).toBe('proceedings');
    expect(issued.legal.proceedings?.issuedOn).toBe('2026-01-06');
  });

  it('proceedings may be issued in the middle of pre-proceedings without a recorded decision (an urgent turn)', () => {
    const state = stateOf([
      { type: 'legalPlanningMeetingHeld', date: '2026-01-05', decision: 'preProceedings' },
      { type: 'letterBeforeProceedingsSent', date: '2026-01-07' },
      issue('2026-01-09'),
    ]);
    expect(state.legal.phase).toBe('proceedings');
    // Leaving pre-proceedings settles its 16-week target on the day of issue.
    expect(itemOf(state, 'preProceedings', '2026-01-09')).toMatchObject({ status: 'met', metOn: '2026-01-09' });
  });

  describe('the plan, its core groups, visits and reviews carry on during pre-proceedings and proceedings', () => {
    // Thu 23 Jan 2026 initial conference (plan). First core group: 10 working days after,
    // Mon 26 - Fri 30 Jan (5), Mon 2 - Fri 6 Feb (10) = Fri 6 Feb. First review: 3 months
    // after = Thu 23 Apr. Each later core group: 6 weeks (42 days) after the last one.
    const log: CaseEvent[] = [
      ...socialFixtures.plan,
      { type: 'legalPlanningMeetingHeld', date: '2026-02-02', decision: 'preProceedings' },
      { type: 'letterBeforeProceedingsSent', date: '2026-02-04' },
      // Thu 5 Feb + 42 days = Thu 19 Mar.
      { type: 'coreGroupHeld', date: '2026-02-05' },
      { type: 'preProceedingsMeetingHeld', date: '2026-02-11' },
      // Wed 18 Mar + 42 days = Wed 29 Apr.
      { type: 'coreGroupHeld', date: '2026-03-18' },
      { type: 'preProceedingsReviewHeld', date: '2026-04-01', decision: 'issueProceedings' },
      issue('2026-04-13'),
      // Wed 22 Apr review conference, a day inside its 3 months; the next review is 6 months
      // after it: Thu 22 Oct.
      { type: 'reviewConferenceHeld', date: '2026-04-22', decision: 'continuePlan' },
      { type: 'caseManagementHearingHeld', date: '2026-04-27' },
      // Tue 28 Apr + 42 days = Tue 9 Jun.
      { type: 'coreGroupHeld', date: '2026-04-28' },
    ];

    it('core groups held during pre-proceedings meet their deadline and open the next one', () => {
      for (const [date, day] of [['2026-02-05', 'Thu'], ['2026-03-19', 'Thu'], ['2026-03-18', 'Wed'], ['2026-04-29', 'Wed']] as const) {
        expectWeekday(date, day);
      }
      const state = stateOf(log.slice(0, 9));
      expect(state.legal.phase).toBe('preProceedings');
      const coreGroups = dueItems(state, { asOf: '2026-03-18' }).filter((item) => item.timescale.endsWith('CoreGroup'));
      expect(coreGroups.map(({ timescale, due, status }) => ({ timescale, due, status }))).toEqual([
        { timescale: 'firstCoreGroup', due: '2026-02-06', status: 'met' },
        { timescale: 'subsequentCoreGroup', due: '2026-03-19', status: 'met' },
        { timescale: 'subsequentCoreGroup', due: '2026-04-29', status: 'upcoming' },
      ]);
    });

    it('during proceedings the next review conference and core group are still due, beside the 26 weeks', () => {
      expectWeekday('2026-10-22', 'Thu');
      expectWeekday('2026-06-09', 'Tue');
      const state = stateOf(log);
      expect(state.legal.phase).toBe('proceedings');
      expect(state.social.phase).toBe('plan');
      const open = dueItems(state, { asOf: '2026-05-01' }).filter((item) => item.status === 'upcoming');
      expect(open.map(({ timescale, due }) => ({ timescale, due }))).toEqual(
        expect.arrayContaining([
          { timescale: 'subsequentCoreGroup', due: '2026-06-09' },
          { timescale: 'subsequentReviewConference', due: '2026-10-22' },
          // Issue Mon 13 Apr + 181 days = Sun 11 Oct (26 weeks beginning with issue).
          { timescale: 'careProceedings', due: '2026-10-11' },
        ]),
      );
      expect(itemOf(state, 'firstReviewConference', '2026-05-01')).toMatchObject({ due: '2026-04-23', status: 'met', metOn: '2026-04-22' });
    });

    it('social-care events stay allowed while proceedings run', () => {
      const allowed = allowedEvents(stateOf(log));
      expect(allowed).toEqual(expect.arrayContaining(['coreGroupHeld', 'visitMade', 'reviewConferenceHeld', 'furtherCaseManagementHearingHeld']));
    });
  });
});

describe('due items of pre-proceedings, hand-checked', () => {
  const start: CaseEvent = { type: 'legalPlanningMeetingHeld', date: '2026-01-05', decision: 'preProceedings' };

  it('pre-proceedings aim to finish 16 weeks after the decision, a best-practice target, not law', () => {
    // Mon 5 Jan 2026 + 16 weeks (112 days): 26 days to Sat 31 Jan, 28 to Sat 28 Feb (54),
    // 31 to Tue 31 Mar (85), 27 to Mon 27 Apr (112).
    expectWeekday('2026-04-27', 'Mon');
    const state = stateOf([start]);
    const item = itemOf(state, 'preProceedings', '2026-04-26');
    expect(item).toMatchObject({ from: '2026-01-05', due: '2026-04-27', status: 'upcoming', kind: 'step' });
    expect(item.rule.status).toBe('bestPractice');
    expect(item.explanation).toContain('Public Law Working Group');
    expect(itemOf(state, 'preProceedings', '2026-04-27').status).toBe('dueToday');
    expect(itemOf(state, 'preProceedings', '2026-04-28').status).toBe('overdue');
  });

  it('the letter is due 5 days after the decision and the meeting 7 days after the letter (local defaults)', () => {
    // Mon 5 Jan + 5 days = Sat 10 Jan; letter sent Fri 9 Jan (met); Fri 9 Jan + 7 days = Fri 16 Jan.
    const state = stateOf([start, { type: 'letterBeforeProceedingsSent', date: '2026-01-09' }]);
    expect(itemOf(state, 'letterBeforeProceedings', '2026-01-09')).toMatchObject({ from: '2026-01-05', due: '2026-01-10', status: 'met', metOn: '2026-01-09' });
    expect(itemOf(state, 'preProceedingsMeeting', '2026-01-16')).toMatchObject({ from: '2026-01-09', due: '2026-01-16', status: 'dueToday' });
    expect(itemOf(state, 'preProceedingsMeeting', '2026-01-16').rule.status).toBe('localProcedure');
    // The meeting on Mon 19 Jan is 3 days late.
    const met = stateOf([start, { type: 'letterBeforeProceedingsSent', date: '2026-01-09' }, { type: 'preProceedingsMeetingHeld', date: '2026-01-19' }]);
    expect(itemOf(met, 'preProceedingsMeeting', '2026-01-19')).toMatchObject({ status: 'metLate', metOn: '2026-01-19' });
  });

  it('a step down before the letter withdraws the letter and meeting steps', () => {
    const state = stateOf([start, { type: 'legalPlanningMeetingHeld', date: '2026-01-07', decision: 'noLegalAction' }]);
    expect(timescalesOf(state, '2026-01-20')).not.toContain('letterBeforeProceedings');
  });

  it('the review is due 8 weeks after the meeting, then 8 weeks after each review that continues', () => {
    // Meeting Mon 19 Jan + 56 days = Mon 16 Mar. Review Mon 16 Mar + 56 days = Mon 11 May.
    expectWeekday('2026-03-16', 'Mon');
    expectWeekday('2026-05-11', 'Mon');
    const state = stateOf([
      start,
      { type: 'preProceedingsMeetingHeld', date: '2026-01-19' },
      { type: 'preProceedingsReviewHeld', date: '2026-03-16', decision: 'continue' },
    ]);
    const reviews = dueItems(state, { asOf: '2026-03-16' }).filter((item) => item.timescale === 'preProceedingsReview');
    expect(reviews.map(({ from, due, status }) => ({ from, due, status }))).toEqual([
      { from: '2026-01-19', due: '2026-03-16', status: 'met' },
      { from: '2026-03-16', due: '2026-05-11', status: 'upcoming' },
    ]);
  });

  it('a step-down after the 16 weeks meets the target late and closes the open review', () => {
    const state = stateOf([
      start,
      { type: 'preProceedingsMeetingHeld', date: '2026-01-19' },
      { type: 'preProceedingsReviewHeld', date: '2026-03-16', decision: 'continue' },
      // Mon 4 May: after the target of Mon 27 Apr, before the next review (Mon 11 May).
      { type: 'preProceedingsReviewHeld', date: '2026-05-04', decision: 'stepDown' },
    ]);
    expect(state.legal.phase).toBe('none');
    expect(itemOf(state, 'preProceedings', '2026-05-04')).toMatchObject({ status: 'metLate', metOn: '2026-05-04' });
    const reviews = dueItems(state, { asOf: '2026-05-04' }).filter((item) => item.timescale === 'preProceedingsReview');
    expect(reviews.map((item) => item.status)).toEqual(['met', 'met']);
  });

  it('a legal planning meeting during pre-proceedings that decides on no legal action steps down and withdraws the review', () => {
    const state = stateOf([
      start,
      { type: 'preProceedingsMeetingHeld', date: '2026-01-19' },
      { type: 'legalPlanningMeetingHeld', date: '2026-02-16', decision: 'noLegalAction' },
    ]);
    expect(state.legal.phase).toBe('none');
    expect(itemOf(state, 'preProceedings', '2026-02-16')).toMatchObject({ status: 'met', metOn: '2026-02-16' });
    expect(timescalesOf(state, '2026-02-16')).not.toContain('preProceedingsReview');
  });
});

describe('due items of care proceedings, hand-checked', () => {
  it('the case management hearing window runs from day 12 to day 18, the day of issue being day 1', () => {
    // Issue Mon 5 Jan 2026 = day 1; day 12 = 5 + 11 = Fri 16 Jan; day 18 = 5 + 17 = Thu 22 Jan.
    expectWeekday('2026-01-05', 'Mon');
    expectWeekday('2026-01-16', 'Fri');
    expectWeekday('2026-01-22', 'Thu');
    const state = stateOf([issue('2026-01-05')]);
    expect(itemOf(state, 'caseManagementHearingLatest', '2026-01-05')).toMatchObject({
      from: '2026-01-05',
      notBefore: '2026-01-16',
      due: '2026-01-22',
      status: 'upcoming',
      kind: 'step',
    });
    expect(itemOf(state, 'caseManagementHearingLatest', '2026-01-22').status).toBe('dueToday');
    expect(itemOf(state, 'caseManagementHearingLatest', '2026-01-23').status).toBe('overdue');
    // Only the case management hearing has a window.
    expect(itemOf(state, 'careProceedings', '2026-01-05').notBefore).toBeUndefined();
  });

  it('the window counts calendar days, so day 12 may be New Year\'s Day (PD12A days as encoded: see the catalogue note)', () => {
    // Issue Mon 21 Dec 2026 = day 1; day 12 = 21 + 11 = Fri 1 Jan 2027; day 18 = Thu 7 Jan.
    expectWeekday('2027-01-01', 'Fri');
    expectWeekday('2027-01-07', 'Thu');
    const item = itemOf(stateOf([issue('2026-12-21')]), 'caseManagementHearingLatest', '2026-12-21');
    expect(item).toMatchObject({ notBefore: '2027-01-01', due: '2027-01-07' });
  });

  it('holding the case management hearing meets it; a further hearing is no deadline until it is held', () => {
    const state = stateOf([issue('2026-01-05'), { type: 'caseManagementHearingHeld', date: '2026-01-20' }]);
    expect(itemOf(state, 'caseManagementHearingLatest', '2026-01-20')).toMatchObject({ status: 'met', metOn: '2026-01-20' });
    // PD12A: a further hearing only if necessary, so nothing is due (or overdue) for it.
    expect(timescalesOf(state, '2026-05-11')).not.toContain('furtherCaseManagementHearingLatest');
    expect(state.legal.proceedings?.caseManagementHearingOn).toBe('2026-01-20');
  });

  it('a further case management hearing records whether it fell by day 25 (Thu 29 Jan for issue on 5 Jan)', () => {
    // Day 25 = 5 Jan + 24 = Thu 29 Jan.
    expectWeekday('2026-01-29', 'Thu');
    const held = (date: string) =>
      stateOf([
        issue('2026-01-05'),
        { type: 'caseManagementHearingHeld', date: '2026-01-20' },
        { type: 'furtherCaseManagementHearingHeld', date },
      ]);
    expect(itemOf(held('2026-01-29'), 'furtherCaseManagementHearingLatest', '2026-02-02')).toMatchObject({ from: '2026-01-05', due: '2026-01-29', status: 'met' });
    expect(itemOf(held('2026-01-30'), 'furtherCaseManagementHearingLatest', '2026-02-02')).toMatchObject({ due: '2026-01-29', status: 'metLate' });
  });

  it('the 26 weeks beginning with issue on Mon 5 Jan 2026 end on Sun 5 Jul 2026', () => {
    // 26 weeks beginning with day 1: the last day is issue + 181 days. Jan 5 + 26 = Jan 31,
    // + 28 = Feb 28 (54), + 31 = Mar 31 (85), + 30 = Apr 30 (115), + 31 = May 31 (146),
    // + 30 = Jun 30 (176), + 5 = Jul 5 (181).
    expectWeekday('2026-07-05', 'Sun');
    expect(plusDays('2026-01-05', 181)).toBe('2026-07-05');
    const state = stateOf([issue('2026-01-05')]);
    expect(itemOf(state, 'careProceedings', '2026-07-05')).toMatchObject({ from: '2026-01-05', due: '2026-07-05', status: 'dueToday' });
    expect(itemOf(state, 'careProceedings', '2026-07-05').rule.source).toBe('Children Act 1989 s32(1)(a)(ii)');
    expect(state.legal.proceedings).toMatchObject({ issuedOn: '2026-01-05', timetableEndsOn: '2026-07-05', extensions: 0 });
  });

  describe('extensions of the timetable (s32(5) and (8))', () => {
    const extended = [
      issue('2026-01-05'),
      // Sun 5 Jul + 8 weeks (56 days) = Sun 30 Aug.
      { type: 'timetableExtended', date: '2026-06-29', weeks: 8 },
      // Sun 30 Aug + 4 weeks (28 days) = Sun 27 Sep.
      { type: 'timetableExtended', date: '2026-08-24', weeks: 4 },
    ] as const satisfies readonly CaseEvent[];

    it('a first extension of 8 weeks moves the end from Sun 5 Jul to Sun 30 Aug 2026', () => {
      expectWeekday('2026-08-30', 'Sun');
      const state = stateOf(extended.slice(0, 2));
      expect(itemOf(state, 'proceedingsExtension', '2026-07-01')).toMatchObject({
        from: '2026-07-05',
        due: '2026-08-30',
        status: 'upcoming',
        kind: 'step',
      });
      // The 26-week item gives way to the extended timetable.
      expect(timescalesOf(state, '2026-07-01')).not.toContain('careProceedings');
      expect(state.legal.proceedings).toMatchObject({ timetableEndsOn: '2026-08-30', extensions: 1 });
    });

    it('a second extension of 4 weeks runs on from the end of the first: Sun 27 Sep 2026', () => {
      expectWeekday('2026-09-27', 'Sun');
      const state = stateOf(extended);
      const items = dueItems(state, { asOf: '2026-09-01' }).filter((item) => item.timescale === 'proceedingsExtension');
      expect(items.map(({ from, due, status }) => ({ from, due, status }))).toEqual([{ from: '2026-08-30', due: '2026-09-27', status: 'upcoming' }]);
      expect(items[0]?.rule.source).toBe('Children Act 1989 s32(5) and (8)');
      expect(state.legal.proceedings).toMatchObject({ timetableEndsOn: '2026-09-27', extensions: 2 });
    });

    it('any number of extensions of up to 8 weeks may follow one another', () => {
      // 5 Jul -> 30 Aug -> 25 Oct -> 20 Dec 2026, 56 days each.
      const state = stateOf([
        issue('2026-01-05'),
        { type: 'timetableExtended', date: '2026-06-29', weeks: 8 },
        { type: 'timetableExtended', date: '2026-08-24', weeks: 8 },
        { type: 'timetableExtended', date: '2026-10-19', weeks: 8 },
      ]);
      expect(state.legal.proceedings).toMatchObject({ timetableEndsOn: '2026-12-20', extensions: 3 });
      expect(itemOf(state, 'proceedingsExtension', '2026-10-19')).toMatchObject({ from: '2026-10-25', due: '2026-12-20' });
    });

    it('an extension on the timetable’s last day, Sun 5 Jul 2026, is in time: no finding', () => {
      const state = stateOf([issue('2026-01-05'), { type: 'timetableExtended', date: '2026-07-05', weeks: 8 }]);
      expect(state.legal.findings).toBeUndefined();
      expect(itemOf(state, 'proceedingsExtension', '2026-07-05').explanation).not.toContain('after it ended');
    });

    it('an extension the day after the timetable ended (Mon 6 Jul 2026) is recorded and reported, not silently accepted', () => {
      // The 26 weeks ended with Sun 5 Jul (issue + 181 days); extended on Mon 6 Jul, 1 day after.
      // s32(8): the extension still runs from the end of the 26 weeks: 5 Jul + 56 days = Sun 30 Aug.
      const state = stateOf([issue('2026-01-05'), { type: 'timetableExtended', date: '2026-07-06', weeks: 8 }]);
      const message = 'The timetable was extended on 2026-07-06, 1 day after it ended on 2026-07-05: an extension is to be decided while the timetable runs (Children Act 1989 s32(5), (8)).';
      expect(state.legal.findings).toEqual([{ code: 'EXTENDED_AFTER_EXPIRY', date: '2026-07-06', expiredOn: '2026-07-05', message }]);
      expect(state.legal.proceedings).toMatchObject({ timetableEndsOn: '2026-08-30', extensions: 1 });
      const item = itemOf(state, 'proceedingsExtension', '2026-07-06');
      expect(item).toMatchObject({ from: '2026-07-05', due: '2026-08-30' });
      expect(item.explanation).toContain(message);
      // Sun 30 Aug is not a working day, and the item says so too.
      expect(item.onNonWorkingDay).toBe(true);
    });

    it('a final order on the last day of the extended timetable meets it; a day later is late', () => {
      const onTime = stateOf([...extended, { type: 'finalOrderMade', date: '2026-09-27', order: 'care' }]);
      expect(itemOf(onTime, 'proceedingsExtension', '2026-09-27')).toMatchObject({ status: 'met', metOn: '2026-09-27' });
      expect(onTime.legal.phase).toBe('concluded');
      const late = stateOf([...extended, { type: 'finalOrderMade', date: '2026-09-28', order: 'care' }]);
      expect(itemOf(late, 'proceedingsExtension', '2026-09-28')).toMatchObject({ status: 'metLate', metOn: '2026-09-28' });
    });
  });

  it('withdrawn proceedings stop every proceedings deadline', () => {
    const state = stateOf([issue('2026-01-05'), { type: 'proceedingsWithdrawn', date: '2026-01-12' }]);
    expect(state.legal.phase).toBe('concluded');
    expect(timescalesOf(state, '2026-01-12')).toEqual([]);
    expect(state.legal.proceedings?.withdrawnOn).toBe('2026-01-12');
  });
});

describe('refused legal events', () => {
  it.each([
    [0, 'too_small'],
    [9, 'too_big'],
    [2.5, 'invalid_type'],
    [12, 'too_big'],
  ])('a timetable extension of %s weeks is refused by the schema (whole weeks from 1 to 8, s32(8)): %s', (weeks, code) => {
    const error = refusalOf([issue('2026-01-05'), { type: 'timetableExtended', date: '2026-06-29', weeks }]);
    expect(error.code).toBe('INVALID_EVENT');
    expect(error.eventType).toBe('timetableExtended');
    expect(error.issues).toEqual([{ path: ['weeks'], code, message: 'must be a whole number of weeks from 1 to 8 (Children Act 1989 s32(8))' }]);
  });

  const hearings = ['caseManagementHearingHeld', 'furtherCaseManagementHearingHeld', 'issuesResolutionHearingHeld'] as const;
  const beforeIssue: Record<'none' | 'preProceedings', readonly CaseEvent[]> = {
    none: [],
    preProceedings: [{ type: 'legalPlanningMeetingHeld', date: '2026-01-05', decision: 'preProceedings' }],
  };

  it.each(hearings.flatMap((hearing) => (['none', 'preProceedings'] as const).map((phase) => [hearing, phase] as const)))(
    '%s before proceedings are issued (legal phase %s) is refused',
    (hearing, phase) => {
      const error = refusalOf([...beforeIssue[phase], { type: hearing, date: '2026-01-20' }]);
      expect(error.code).toBe('INVALID_TRANSITION');
      expect(error.message).toBe(`${hearing} is not allowed while the legal track is in phase '${phase}'`);
      expect(error.allowed).toContain('careProceedingsIssued');
      expect(error.allowed).not.toContain(hearing);
    },
  );

  it.each(hearings)('%s after the final order is refused', (hearing) => {
    const error = refusalOf([issue('2026-01-05'), { type: 'finalOrderMade', date: '2026-06-01', order: 'care' }, { type: hearing, date: '2026-06-02' }]);
    expect(error.code).toBe('INVALID_TRANSITION');
    expect(error.message).toBe(`${hearing} is not allowed while the legal track is in phase 'concluded'`);
  });

  it.each(hearings)('%s after the proceedings were withdrawn is refused', (hearing) => {
    const error = refusalOf([issue('2026-01-05'), { type: 'proceedingsWithdrawn', date: '2026-01-12' }, { type: hearing, date: '2026-01-20' }]);
    expect(error.code).toBe('INVALID_TRANSITION');
  });

  it('a second case management hearing is refused: it is a further case management hearing', () => {
    const error = refusalOf([
      issue('2026-01-05'),
      { type: 'caseManagementHearingHeld', date: '2026-01-20' },
      { type: 'caseManagementHearingHeld', date: '2026-01-27' },
    ]);
    expect(error.code).toBe('INVALID_TRANSITION');
    expect(error.message).toContain('record a further case management hearing');
    expect(error.allowed).toContain('furtherCaseManagementHearingHeld');
  });

  it('a further case management hearing before the case management hearing is refused', () => {
    const error = refusalOf([issue('2026-01-05'), { type: 'furtherCaseManagementHearingHeld', date: '2026-01-20' }]);
    expect(error.code).toBe('INVALID_TRANSITION');
    expect(error.message).toBe('a further case management hearing comes after the case management hearing');
  });

  it.each([
    ['a timetable extension', { type: 'timetableExtended', date: '2026-01-20', weeks: 4 }],
    ['an interim order', { type: 'interimOrderMade', date: '2026-01-20', order: 'interimCare' }],
    ['a final order', { type: 'finalOrderMade', date: '2026-01-20', order: 'care' }],
  ] as const)('%s before proceedings are issued is refused', (_, event) => {
    expect(refusalOf([event]).code).toBe('INVALID_TRANSITION');
  });

  it('a pre-proceedings review before the pre-proceedings meeting is refused', () => {
    const error = refusalOf([
      { type: 'legalPlanningMeetingHeld', date: '2026-01-05', decision: 'preProceedings' },
      { type: 'preProceedingsReviewHeld', date: '2026-01-19', decision: 'continue' },
    ]);
    expect(error.code).toBe('INVALID_TRANSITION');
    expect(error.message).toBe('a pre-proceedings review comes after the pre-proceedings meeting');
  });

  describe('no care or supervision order for a child aged 17 or over (s31(3))', () => {
    // Born Mon 15 Jun 2009: 16 on Mon 15 Jun 2025, 17 on Mon 15 Jun 2026. Sun 14 Jun 2026 is
    // 364 days after the 16th birthday (a 365-day year): the last day aged 16.
    const child = { child: { dateOfBirth: '2009-06-15' } };
    const s31 = 'Children Act 1989 s31(3)';

    it('care proceedings may be issued at 16 years and 364 days', () => {
      expect(plusDays('2025-06-15', 364)).toBe('2026-06-14');
      expect(stateOf([issue('2026-06-14')], child).legal.phase).toBe('proceedings');
    });

    it('care proceedings issued on the 17th birthday are refused', () => {
      const error = refusalOf([issue('2026-06-15')], child);
      expect(error.code).toBe('INVALID_TRANSITION');
      expect(error.message).toBe(`an application for a care or supervision order cannot be made for a child aged 17 or over (${s31})`);
    });

    it('an interim order is allowed at 16 years and 364 days and refused from the 17th birthday', () => {
      const issued: CaseEvent[] = [issue('2026-06-01')];
      expect(stateOf([...issued, { type: 'interimOrderMade', date: '2026-06-14', order: 'interimCare' }], child).legal.proceedings?.interimOrder).toBe('interimCare');
      const error = refusalOf([...issued, { type: 'interimOrderMade', date: '2026-06-15', order: 'interimSupervision' }], child);
      expect(error.code).toBe('INVALID_TRANSITION');
      expect(error.message).toContain(s31);
    });

    it.each(['care', 'supervision'] as const)('a final %s order is refused once the child turns 17 during the proceedings', (order) => {
      const error = refusalOf([issue('2026-06-01'), { type: 'finalOrderMade', date: '2026-06-15', order }], child);
      expect(error.code).toBe('INVALID_TRANSITION');
      expect(error.message).toBe(`a ${order} order cannot be made for a child aged 17 or over (${s31})`);
    });

    it.each(['care', 'supervision'] as const)('a final %s order on the last day aged 16 is allowed', (order) => {
      expect(stateOf([issue('2026-06-01'), { type: 'finalOrderMade', date: '2026-06-14', order }], child).legal.phase).toBe('concluded');
    });

    it.each(['noOrder', 'specialGuardianship', 'childArrangements'] as const)('a final outcome of %s is allowed at 17', (order) => {
      expect(stateOf([issue('2026-06-01'), { type: 'finalOrderMade', date: '2026-06-15', order }], child).legal.phase).toBe('concluded');
    });

    it('without a known date of birth nothing is refused for age', () => {
      expect(stateOf([issue('2026-06-15'), { type: 'finalOrderMade', date: '2026-06-16', order: 'care' }]).legal.phase).toBe('concluded');
    });
  });
});

describe('supervision orders (Children Act 1989 Sch 3 para 6)', () => {
  const madeOn = (date: string): CaseEvent[] => [issue('2024-09-02'), { type: 'finalOrderMade', date, order: 'supervision' }];

  it('a supervision order made on Mon 12 Jan 2026 ends on Mon 11 Jan 2027, 1 year beginning with that day', () => {
    expectWeekday('2026-01-12', 'Mon');
    expectWeekday('2027-01-11', 'Mon');
    const state = stateOf(madeOn('2026-01-12'));
    expect(state.legal.supervisionOrder).toEqual({ madeOn: '2026-01-12', endsOn: '2027-01-11' });
    expect(itemOf(state, 'supervisionOrder', '2026-01-12')).toMatchObject({ from: '2026-01-12', due: '2027-01-11', kind: 'limit', status: 'upcoming' });
  });

  it('extensions of a year each reach, and may not pass, Thu 11 Jan 2029: 3 years beginning with the day it was made', () => {
    expectWeekday('2029-01-11', 'Thu');
    const once = stateOf([...madeOn('2026-01-12'), { type: 'supervisionOrderExtended', date: '2027-01-04', years: 1 }]);
    expect(once.legal.supervisionOrder).toEqual({ madeOn: '2026-01-12', endsOn: '2028-01-11' });
    // The extended order keeps one limit item, from the day it was first made.
    expect(itemOf(once, 'supervisionOrder', '2027-01-04')).toMatchObject({ from: '2026-01-12', due: '2028-01-11', status: 'upcoming' });

    const twice = stateOf([
      ...madeOn('2026-01-12'),
      { type: 'supervisionOrderExtended', date: '2027-01-04', years: 1 },
      { type: 'supervisionOrderExtended', date: '2028-01-04', years: 1 },
    ]);
    expect(twice.legal.supervisionOrder?.endsOn).toBe('2029-01-11');

    const error = refusalOf([
      ...madeOn('2026-01-12'),
      { type: 'supervisionOrderExtended', date: '2027-01-04', years: 1 },
      { type: 'supervisionOrderExtended', date: '2028-01-04', years: 1 },
      { type: 'supervisionOrderExtended', date: '2029-01-04', endsOn: '2029-01-12' },
    ]);
    expect(error.code).toBe('INVALID_TRANSITION');
    expect(error.message).toBe(
      'a supervision order cannot run beyond 2029-01-11, three years beginning with the day it was first made (Children Act 1989 Sch 3 para 6(4))',
    );
  });

  it('one extension of 2 years reaches the 3-year limit exactly', () => {
    const state = stateOf([...madeOn('2026-01-12'), { type: 'supervisionOrderExtended', date: '2026-12-01', years: 2 }]);
    expect(state.legal.supervisionOrder?.endsOn).toBe('2029-01-11');
  });

  it('an extension to a date the court names, within the 3 years, is kept as named', () => {
    const state = stateOf([...madeOn('2026-01-12'), { type: 'supervisionOrderExtended', date: '2026-12-01', endsOn: '2027-07-11' }]);
    expect(state.legal.supervisionOrder?.endsOn).toBe('2027-07-11');
  });

  it('an order made on 1 Mar 2025 extended a year at a time reaches 29 Feb 2028, its 3-year limit', () => {
    // 1 year beginning with 1 Mar 2025 ends 28 Feb 2026; the next year begins 1 Mar 2026 and
    // ends 28 Feb 2027; the third begins 1 Mar 2027 and ends Tue 29 Feb 2028 (a leap year).
    // Adding a year to 28 Feb 2027 would stop a day short, on 28 Feb 2028.
    expectWeekday('2028-02-29', 'Tue');
    const made = stateOf(madeOn('2025-03-01'));
    expect(made.legal.supervisionOrder?.endsOn).toBe('2026-02-28');
    const state = stateOf([
      ...madeOn('2025-03-01'),
      { type: 'supervisionOrderExtended', date: '2026-02-20', years: 1 },
      { type: 'supervisionOrderExtended', date: '2027-02-19', years: 1 },
    ]);
    expect(state.legal.supervisionOrder?.endsOn).toBe('2028-02-29');
    expect(stateOf([...madeOn('2025-03-01'), { type: 'supervisionOrderExtended', date: '2026-02-20', years: 2 }]).legal.supervisionOrder?.endsOn).toBe(
      '2028-02-29',
    );
  });

  it('an order made on 29 Feb 2024 ends on 28 Feb 2025 and can run at most to 28 Feb 2027', () => {
    // 1 year beginning with 29 Feb 2024: 2025 has no 29 Feb, so the period ends on 28 Feb.
    // Extending 2 years: the 2 years beginning with 1 Mar 2025 end on 28 Feb 2027, which is
    // also where the 3 years beginning with 29 Feb 2024 end.
    const made: CaseEvent[] = [issue('2023-09-04'), { type: 'finalOrderMade', date: '2024-02-29', order: 'supervision' }];
    expect(stateOf(made).legal.supervisionOrder?.endsOn).toBe('2025-02-28');
    expect(stateOf([...made, { type: 'supervisionOrderExtended', date: '2025-02-03', years: 2 }]).legal.supervisionOrder?.endsOn).toBe('2027-02-28');
    expect(refusalOf([...made, { type: 'supervisionOrderExtended', date: '2025-02-03', endsOn: '2027-03-01' }]).message).toContain('2027-02-28');
  });

  it('an extension after the order has ended is refused', () => {
    const error = refusalOf([...madeOn('2026-01-12'), { type: 'supervisionOrderExtended', date: '2027-01-12', years: 1 }]);
    expect(error.code).toBe('INVALID_TRANSITION');
    expect(error.message).toBe('the supervision order ended before this extension');
  });

  it('an extension must give years or an end date, not both and not neither', () => {
    const neither = refusalOf([...madeOn('2026-01-12'), { type: 'supervisionOrderExtended', date: '2026-12-01' }]);
    expect(neither.code).toBe('INVALID_EVENT');
    expect(neither.issues).toEqual([{ path: ['years'], code: 'custom', message: 'give either years or endsOn' }]);
    const both = refusalOf([...madeOn('2026-01-12'), { type: 'supervisionOrderExtended', date: '2026-12-01', years: 1, endsOn: '2028-01-11' }]);
    expect(both.code).toBe('INVALID_EVENT');
  });

  it('an extension to a date not after the current end is refused', () => {
    const error = refusalOf([...madeOn('2026-01-12'), { type: 'supervisionOrderExtended', date: '2026-12-01', endsOn: '2027-01-11' }]);
    expect(error.code).toBe('INVALID_EVENT');
    expect(error.issues).toEqual([{ path: ['endsOn'], code: 'custom', message: 'must be after the current end of the order' }]);
  });

  it('there is nothing to extend after a care order', () => {
    const error = refusalOf([issue('2025-09-01'), { type: 'finalOrderMade', date: '2026-01-12', order: 'care' }, { type: 'supervisionOrderExtended', date: '2026-12-01', years: 1 }]);
    expect(error.code).toBe('INVALID_TRANSITION');
    expect(error.message).toBe('there is no supervision order in force to extend');
  });
});

describe('the legal transition function follows legalEdges', () => {
  const legalTypes = caseEventTypes.filter((type) => eventTracks[type] === 'legal');
  /** The decisions an event's schema allows, or [undefined] for an event without one. */
  const decisionsOf: Partial<Record<CaseEventType, readonly string[]>> = {
    legalPlanningMeetingHeld: ['preProceedings', 'issueProceedings', 'noLegalAction'],
    preProceedingsReviewHeld: ['continue', 'stepDown', 'issueProceedings'],
  };

  /** An event of a type, as the log would hold it, with the decision that selects an edge. */
  function representative(type: CaseEventType, when: string | undefined, date: string): CaseEvent {
    switch (type) {
      case 'legalPlanningMeetingHeld':
      case 'preProceedingsReviewHeld':
        return { type, date, decision: when } as CaseEvent;
      case 'timetableExtended':
        return { type, date, weeks: 4 };
      case 'interimOrderMade':
        return { type, date, order: 'interimCare' };
      case 'finalOrderMade':
        return { type, date, order: 'supervision' };
      case 'supervisionOrderExtended':
        return { type, date, years: 1 };
      default:
        return { type, date } as CaseEvent;
    }
  }

  /**
   * A log that brings the legal track to a phase, with what the event needs in place (a
   * meeting before a review, a hearing before a further one, a supervision order to extend).
   */
  function logTo(phase: LegalPhase, type: CaseEventType): CaseEvent[] {
    switch (phase) {
      case 'none':
        return [];
      case 'preProceedings':
        return [
          { type: 'legalPlanningMeetingHeld', date: '2026-01-05', decision: 'preProceedings' },
          ...(type === 'preProceedingsReviewHeld' ? [{ type: 'preProceedingsMeetingHeld', date: '2026-01-12' } as const] : []),
        ];
      case 'proceedings':
        return [issue('2026-01-05'), ...(type === 'furtherCaseManagementHearingHeld' ? [{ type: 'caseManagementHearingHeld', date: '2026-01-19' } as const] : [])];
      case 'concluded':
        return [issue('2025-06-02'), { type: 'finalOrderMade', date: '2026-01-05', order: 'supervision' }];
    }
  }

  it('the table names only legal events and known phases', () => {
    for (const edge of legalEdges) {
      expect(eventTracks[edge.event]).toBe('legal');
      expect(Object.keys(legalPhases)).toContain(edge.from);
      expect(Object.keys(legalPhases)).toContain(edge.to);
    }
  });

  it.each(legalEdges.map((edge) => [edge.from, edge.event, 'when' in edge ? edge.when : '-', edge.to, edge] as const))(
    'from %s, %s (%s) leads to %s',
    (from, type, _, to, edge) => {
      const setup = logTo(from, type);
      expect(stateOf(setup).legal.phase).toBe(from);
      const state = stateOf([...setup, representative(type, 'when' in edge ? edge.when : undefined, '2026-02-02')]);
      expect(state.legal.phase).toBe(to);
    },
  );

  /** Every phase, legal event type and decision the table has no edge for. */
  const missing = (Object.keys(legalPhases) as LegalPhase[]).flatMap((phase) =>
    legalTypes.flatMap((type) =>
      (decisionsOf[type] ?? [undefined])
        .filter((when) => !legalEdges.some((edge) => edge.from === phase && edge.event === type && (!('when' in edge) || edge.when === when)))
        .map((when) => [phase, type, when ?? '-'] as const),
    ),
  );

  it('some combinations are missing from the table', () => {
    expect(missing.length).toBeGreaterThan(0);
  });

  it.each(missing)('from %s, %s (%s) is refused: the table has no edge for it', (phase, type, when) => {
    const setup = logTo(phase, type);
    const error = refusalOf([...setup, representative(type, when === '-' ? undefined : when, '2026-02-02')]);
    expect(error.code).toBe('INVALID_TRANSITION');
    expect(error.message).toBe(`${type} is not allowed while the legal track is in phase '${phase}'`);
  });

  it('allowedEvents offers a legal event only where the table has an edge for it', () => {
    for (const phase of Object.keys(legalPhases) as LegalPhase[]) {
      const allowed = allowedEvents(stateOf(logTo(phase, 'caseManagementHearingHeld'))).filter((type) => eventTracks[type] === 'legal');
      for (const type of allowed) expect(legalEdges.some((edge) => edge.from === phase && edge.event === type), `${type} in ${phase}`).toBe(true);
    }
  });
});
