/*
 * A hand-checked deadline for every timescale of the national defaults. Each expected date was
 * counted by hand on a calendar against the England & Wales dates of the gov.uk feed
 * (data/govuk-bank-holidays.json); the comment on each case shows the count. The
 * weekdays named in the comments are asserted too (by Date.UTC, in test/support/days.ts), so a
 * miscounted comment fails rather than misleads.
 *
 * Bank holidays used below: 2024: Wed 25 Dec, Thu 26 Dec. 2025: Wed 1 Jan.
 * 2026: Fri 3 Apr (Good Friday), Mon 6 Apr (Easter Monday), Mon 4 May, Mon 31 Aug, Fri 25 Dec,
 * Mon 28 Dec (Boxing Day substitute). 2027: Fri 1 Jan, Fri 26 Mar (Good Friday), Mon 29 Mar
 * (Easter Monday).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dueDate, timescaleIds, type TimescaleId } from '../../src/index.js';
import { isWeekend, weekdayOf } from '../support/days.js';

/** England & Wales bank holidays straight from the cached gov.uk feed, independent of src/. */
const feed = JSON.parse(readFileSync(new URL('../../data/govuk-bank-holidays.json', import.meta.url), 'utf8')) as {
  'england-and-wales': { events: { date: string }[] };
};
const feedDates = feed['england-and-wales'].events.map((event) => event.date).sort();

type Weekday = 'Sun' | 'Mon' | 'Tue' | 'Wed' | 'Thu' | 'Fri' | 'Sat';
const weekdays: readonly Weekday[] = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

interface DateCase {
  readonly from: string;
  /** The weekday of `from`, as the reasoning says. */
  readonly fromIs: Weekday;
  readonly due: string;
  readonly dueIs: Weekday;
  /** The non-working weekdays the count passes over, for working-day rules. */
  readonly skipped?: readonly string[];
  readonly why: string;
}

interface MomentCase {
  readonly from: string;
  readonly dueAt: string;
  readonly due: string;
  readonly why: string;
}

type HandCheckedCase = DateCase | MomentCase;

/**
 * Keyed by every id, so a new timescale without a hand-checked case does not compile, and the
 * test below fails at run time too.
 */
const handChecked: Record<TimescaleId, readonly HandCheckedCase[]> = {
  referralDecision: [
    {
      // Day 0 Thu 2 Apr 2026. Fri 3 Good Friday, Sat, Sun, Mon 6 Easter Monday; Tue 7 (1).
      from: '2026-04-02', fromIs: 'Thu', due: '2026-04-07', dueIs: 'Tue', skipped: ['2026-04-03', '2026-04-06'],
      why: 'a referral received on Maundy Thursday is decided on the Tuesday after Easter',
    },
    {
      // Day 0 Thu 24 Dec 2026. Fri 25 Christmas, Sat, Sun, Mon 28 Boxing Day (substitute for
      // Sat 26); Tue 29 (1).
      from: '2026-12-24', fromIs: 'Thu', due: '2026-12-29', dueIs: 'Tue', skipped: ['2026-12-25', '2026-12-28'],
      why: 'Boxing Day on a Saturday moves to Monday 28 December',
    },
    {
      // Day 0 Sat 7 Mar 2026 (not a working day, still day 0). Mon 9 (1).
      from: '2026-03-07', fromIs: 'Sat', due: '2026-03-09', dueIs: 'Mon', skipped: [],
      why: 'a referral received on a Saturday: day 1 is the Monday',
    },
  ],
  assessment: [
    {
      // Day 0 Mon 2 Mar 2026. Tue 3-Fri 6 (1-4); 9-13 Mar (5-9); 16-20 (10-14); 23-27 (15-19);
      // Mon 30 (20), Tue 31 (21), Wed 1 Apr (22), Thu 2 (23); [Fri 3 Good Friday, Mon 6 Easter
      // Monday]; Tue 7-Fri 10 (24-27); 13-17 (28-32); 20-24 (33-37); Mon 27-Thu 30 (38-41);
      // Fri 1 May (42); [Mon 4 May Early May]; Tue 5 (43), Wed 6 (44), Thu 7 (45).
      from: '2026-03-02', fromIs: 'Mon', due: '2026-05-07', dueIs: 'Thu',
      skipped: ['2026-04-03', '2026-04-06', '2026-05-04'],
      why: '45 working days across Easter and the Early May bank holiday',
    },
  ],
  initialConference: [
    {
      // docs/domain.md example. Day 0 Thu 19 Dec 2024. Fri 20 (1), Mon 23 (2), Tue 24 (3), [Wed 25
      // Christmas, Thu 26 Boxing Day], Fri 27 (4), Mon 30 (5), Tue 31 (6), [Wed 1 Jan], Thu 2
      // (7), Fri 3 (8), Mon 6-Fri 10 (9-13), Mon 13 (14), Tue 14 (15).
      from: '2024-12-19', fromIs: 'Thu', due: '2025-01-14', dueIs: 'Tue',
      skipped: ['2024-12-25', '2024-12-26', '2025-01-01'],
      why: 'the docs/domain.md example: 15 working days over Christmas',
    },
    {
      // Day 0 Tue 5 May 2026 (after the Early May bank holiday, which is not counted). Wed 6-Fri
      // 8 (1-3); 11-15 (4-8); 18-22 (9-13); [Mon 25 Spring bank holiday]; Tue 26 (14), Wed 27 (15).
      from: '2026-05-05', fromIs: 'Tue', due: '2026-05-27', dueIs: 'Wed', skipped: ['2026-05-25'],
      why: 'over the Spring bank holiday',
    },
  ],
  firstCoreGroup: [
    {
      // Day 0 Wed 26 Aug 2026. Thu 27 (1), Fri 28 (2), [Mon 31 Summer bank holiday], Tue 1 Sep
      // (3), Wed 2 (4), Thu 3 (5), Fri 4 (6), Mon 7 (7), Tue 8 (8), Wed 9 (9), Thu 10 (10).
      from: '2026-08-26', fromIs: 'Wed', due: '2026-09-10', dueIs: 'Thu', skipped: ['2026-08-31'],
      why: '10 working days after an ICPC, over the Summer bank holiday',
    },
    {
      // Day 0 Tue 14 Jan 2025. Wed 15-Fri 17 (1-3), Mon 20-Fri 24 (4-8), Mon 27 (9), Tue 28 (10).
      from: '2025-01-14', fromIs: 'Tue', due: '2025-01-28', dueIs: 'Tue', skipped: [],
      why: 'two weeks exactly when no holiday intervenes',
    },
  ],
  subsequentCoreGroup: [
    {
      // 6 weeks = 42 calendar days: Fri 20 Mar 2026 + 11 = 31 Mar, + 30 = 30 Apr, + 1 = Fri 1
      // May. Calendar weeks: Easter is not skipped.
      from: '2026-03-20', fromIs: 'Fri', due: '2026-05-01', dueIs: 'Fri',
      why: 'six calendar weeks, the same weekday, Easter not skipped',
    },
  ],
  firstReviewConference: [
    {
      // docs/domain.md example: 3 calendar months after 30 Nov 2025 is "30 Feb 2026", which does not
      // exist, so the last day of February 2026 (a common year): Sat 28 Feb.
      from: '2025-11-30', fromIs: 'Sun', due: '2026-02-28', dueIs: 'Sat',
      why: 'the docs/domain.md example: clipped to the end of a common February',
    },
    {
      // docs/domain.md: 31 Aug + 3 months = "31 Nov", so 30 Nov.
      from: '2025-08-31', fromIs: 'Sun', due: '2025-11-30', dueIs: 'Sun',
      why: 'clipped to the end of November',
    },
    {
      // 3 months after Tue 14 Jan 2025: the same day-of-month, Mon 14 Apr 2025.
      from: '2025-01-14', fromIs: 'Tue', due: '2025-04-14', dueIs: 'Mon',
      why: 'the same day of the month three months on',
    },
  ],
  subsequentReviewConference: [
    {
      // 6 months after 31 Oct 2025 is "31 Apr 2026", so Thu 30 Apr 2026.
      from: '2025-10-31', fromIs: 'Fri', due: '2026-04-30', dueIs: 'Thu',
      why: 'clipped to the end of April',
    },
    {
      // 6 months after 31 Aug 2023 is "31 Feb 2024"; 2024 is a leap year, so Thu 29 Feb 2024.
      from: '2023-08-31', fromIs: 'Thu', due: '2024-02-29', dueIs: 'Thu',
      why: 'clipped to the end of a leap February',
    },
  ],
  statutoryVisit: [
    {
      // Day 0 Fri 18 Dec 2026. Mon 21 (1), Tue 22 (2), Wed 23 (3), Thu 24 (4), [Fri 25
      // Christmas, Mon 28 Boxing Day substitute], Tue 29 (5), Wed 30 (6), Thu 31 (7), [Fri 1 Jan
      // 2027], Mon 4 (8), Tue 5 (9), Wed 6 (10).
      from: '2026-12-18', fromIs: 'Fri', due: '2027-01-06', dueIs: 'Wed',
      skipped: ['2026-12-25', '2026-12-28', '2027-01-01'],
      why: 'every 10 working days, over Christmas 2026',
    },
  ],
  detailedPlan: [
    {
      // Day 0 Wed 1 Apr 2026 (the ICPC). Thu 2 (1), [Fri 3 Good Friday, Mon 6 Easter Monday],
      // Tue 7 (2), Wed 8 (3), Thu 9 (4), Fri 10 (5), Mon 13 (6), Tue 14 (7), Wed 15 (8), Thu 16
      // (9), Fri 17 (10).
      from: '2026-04-01', fromIs: 'Wed', due: '2026-04-17', dueIs: 'Fri', skipped: ['2026-04-03', '2026-04-06'],
      why: 'the detailed plan 10 working days after an ICPC the day before Easter',
    },
  ],
  childInNeedAfterPlan: [
    {
      // 6 calendar months after Tue 31 Mar 2026 is "31 Sep", which does not exist: Wed 30 Sep.
      from: '2026-03-31', fromIs: 'Tue', due: '2026-09-30', dueIs: 'Wed',
      why: 'a minimum of 6 months, clipped to the end of September',
    },
    {
      // 6 calendar months after Fri 31 Jul 2026: Sun 31 Jan 2027 (a minimum may end on a weekend).
      from: '2026-07-31', fromIs: 'Fri', due: '2027-01-31', dueIs: 'Sun',
      why: 'a minimum counts calendar months and may end on a Sunday',
    },
  ],
  transferInConference: [
    {
      // Day 0 Wed 17 Mar 2027. Thu 18 (1), Fri 19 (2), Mon 22-Thu 25 (3-6), [Fri 26 Good Friday,
      // Mon 29 Easter Monday], Tue 30 (7), Wed 31 (8), Thu 1 Apr (9), Fri 2 (10), Mon 5-Fri 9
      // (11-15).
      from: '2027-03-17', fromIs: 'Wed', due: '2027-04-09', dueIs: 'Fri', skipped: ['2027-03-26', '2027-03-29'],
      why: '15 working days over Easter 2027',
    },
  ],
  preBirthConference: [
    {
      // Counting before: 6 weeks = 42 days before Tue 15 Sep 2026: - 15 = 31 Aug, - 27 more =
      // Tue 4 Aug (34 weeks' gestation for a 40-week expected delivery date).
      from: '2026-09-15', fromIs: 'Tue', due: '2026-08-04', dueIs: 'Tue',
      why: '6 weeks before the expected delivery date',
    },
    {
      // 42 days before Sun 10 Jan 2027: - 10 = 31 Dec, - 31 = 30 Nov, - 1 = Sun 29 Nov 2026.
      from: '2027-01-10', fromIs: 'Sun', due: '2026-11-29', dueIs: 'Sun',
      why: 'counting back across a year end',
    },
  ],
  conferenceInvitations: [
    {
      // Counting back from Tue 7 Apr 2026: Mon 6 Easter Monday, Sun, Sat, Fri 3 Good Friday
      // skipped; Thu 2 (1), Wed 1 (2), Tue 31 Mar (3), Mon 30 (4), Fri 27 Mar (5).
      from: '2026-04-07', fromIs: 'Tue', due: '2026-03-27', dueIs: 'Fri', skipped: ['2026-04-03', '2026-04-06'],
      why: 'invitations 5 working days before a conference booked the Tuesday after Easter',
    },
  ],
  familyReport: [
    {
      // Back from Thu 29 Jan 2026: Wed 28 (1), Tue 27 (2), Mon 26 Jan (3).
      from: '2026-01-29', fromIs: 'Thu', due: '2026-01-26', dueIs: 'Mon', skipped: [],
      why: 'the report reaches the parents 3 working days before an initial conference',
    },
    {
      // Back from Tue 29 Dec 2026: Mon 28 Boxing Day (substitute), Sun, Sat, Fri 25 Christmas;
      // Thu 24 (1), Wed 23 (2), Tue 22 Dec (3).
      from: '2026-12-29', fromIs: 'Tue', due: '2026-12-22', dueIs: 'Tue', skipped: ['2026-12-25', '2026-12-28'],
      why: 'counting back over Christmas',
    },
  ],
  agencyReports: [
    {
      // Back from Mon 11 May 2026: Sun, Sat, Fri 8 (1), Thu 7 (2), Wed 6 May (3); the early May
      // bank holiday (Mon 4) lies before the due date, so it is not passed over.
      from: '2026-05-11', fromIs: 'Mon', due: '2026-05-06', dueIs: 'Wed', skipped: [],
      why: "agencies' reports to the chair 3 working days before an initial conference",
    },
  ],
  reviewFamilyReport: [
    {
      // Back from Mon 20 Apr 2026: Fri 17 (1), Thu 16 (2), Wed 15 (3), Tue 14 (4), Mon 13 Apr (5).
      from: '2026-04-20', fromIs: 'Mon', due: '2026-04-13', dueIs: 'Mon', skipped: [],
      why: 'the report reaches the parents 5 working days before a review conference',
    },
  ],
  reviewAgencyReports: [
    {
      // Back from Wed 6 Jan 2027: Tue 5 (1), Mon 4 (2), Sun, Sat, Fri 1 Jan New Year's Day,
      // Thu 31 Dec (3), Wed 30 (4), Tue 29 Dec 2026 (5).
      from: '2027-01-06', fromIs: 'Wed', due: '2026-12-29', dueIs: 'Tue', skipped: ['2027-01-01'],
      why: "agencies' reports 5 working days before a review, counting back over New Year",
    },
  ],
  preProceedings: [
    {
      // 16 weeks = 112 days after Mon 5 Jan 2026: 26 to 31 Jan, + 28 Feb (54), + 31 Mar (85),
      // + 27 = Mon 27 Apr (112).
      from: '2026-01-05', fromIs: 'Mon', due: '2026-04-27', dueIs: 'Mon',
      why: '16 calendar weeks after the decision',
    },
  ],
  letterBeforeProceedings: [
    {
      // 5 days after Mon 5 Jan 2026: 6, 7, 8, 9, 10 -> Sat 10 Jan (a day the office is shut).
      from: '2026-01-05', fromIs: 'Mon', due: '2026-01-10', dueIs: 'Sat',
      why: '5 calendar days after the decision (local default)',
    },
  ],
  preProceedingsMeeting: [
    {
      // 7 days after Fri 9 Jan 2026: 10 ... 16 -> Fri 16 Jan.
      from: '2026-01-09', fromIs: 'Fri', due: '2026-01-16', dueIs: 'Fri',
      why: '7 calendar days after the letter (local default)',
    },
  ],
  preProceedingsReview: [
    {
      // 8 weeks = 56 days after Tue 10 Feb 2026: + 18 = 28 Feb, + 31 = 31 Mar (49), + 7 = Tue
      // 7 Apr (56).
      from: '2026-02-10', fromIs: 'Tue', due: '2026-04-07', dueIs: 'Tue',
      why: '8 calendar weeks after the pre-proceedings meeting',
    },
  ],
  careProceedings: [
    {
      // docs/domain.md example. 26 weeks beginning with Mon 5 Jan 2026: issue is day 1, so the last
      // day is issue + 181: 26 to 31 Jan, 54 to 28 Feb, 85 to 31 Mar, 115 to 30 Apr, 146 to
      // 31 May, 176 to 30 Jun, 181 = Sun 5 Jul 2026 (HMCTS's "26-week date" is Mon 6 Jul).
      from: '2026-01-05', fromIs: 'Mon', due: '2026-07-05', dueIs: 'Sun',
      why: 'the docs/domain.md example: issue + 181 days',
    },
    {
      // Issue Tue 2 Jan 2024 (leap year) + 181: 29 to 31 Jan, 58 to 29 Feb, 89 to 31 Mar, 119 to
      // 30 Apr, 150 to 31 May, 180 to 30 Jun, 181 = Mon 1 Jul 2024.
      from: '2024-01-02', fromIs: 'Tue', due: '2024-07-01', dueIs: 'Mon',
      why: 'issue + 181 days in a leap year',
    },
  ],
  proceedingsExtension: [
    {
      // 8 weeks = 56 days after the end of the 26 weeks, Sun 5 Jul 2026: 26 to 31 Jul, + 30 =
      // Sun 30 Aug 2026.
      from: '2026-07-05', fromIs: 'Sun', due: '2026-08-30', dueIs: 'Sun',
      why: 'an extension of at most 8 weeks after the end of the 26 weeks',
    },
  ],
  caseManagementHearingEarliest: [
    {
      // Issue Mon 5 Jan 2026 is day 1, so day 12 is issue + 11 = Fri 16 Jan.
      from: '2026-01-05', fromIs: 'Mon', due: '2026-01-16', dueIs: 'Fri',
      why: 'day 12 with the issue day as day 1',
    },
    {
      // Issue Fri 20 Feb 2026 is day 1: 28 Feb is day 9, 1 Mar day 10, 2 Mar day 11, Tue 3 Mar
      // day 12.
      from: '2026-02-20', fromIs: 'Fri', due: '2026-03-03', dueIs: 'Tue',
      why: 'day 12 across the end of February',
    },
  ],
  caseManagementHearingLatest: [
    {
      // Issue Mon 5 Jan 2026 is day 1, so day 18 is issue + 17 = Thu 22 Jan.
      from: '2026-01-05', fromIs: 'Mon', due: '2026-01-22', dueIs: 'Thu',
      why: 'day 18 with the issue day as day 1',
    },
    {
      // Issue Fri 20 Feb 2026 is day 1: Tue 3 Mar day 12 (above), so Mon 9 Mar day 18.
      from: '2026-02-20', fromIs: 'Fri', due: '2026-03-09', dueIs: 'Mon',
      why: 'day 18 across the end of February',
    },
  ],
  furtherCaseManagementHearingLatest: [
    {
      // Issue Mon 5 Jan 2026 is day 1, so day 25 is issue + 24 = Thu 29 Jan.
      from: '2026-01-05', fromIs: 'Mon', due: '2026-01-29', dueIs: 'Thu',
      why: 'day 25 with the issue day as day 1',
    },
  ],
  policeProtection: [
    {
      // Taken 22:15 GMT Sat 28 Mar 2026. Clocks go forward at 01:00 GMT Sun 29 Mar. 72 elapsed
      // hours end at 22:15 UTC Tue 31 Mar, which is 23:15 BST: an hour later on the wall clock.
      from: '2026-03-28T22:15:00Z', dueAt: '2026-03-31T23:15:00+01:00', due: '2026-03-31',
      why: 'across the March clock change: 72 real hours, 23:15 on the London clock',
    },
    {
      // The same instant written in London winter time: the answer is the same.
      from: '2026-03-28T22:15:00+00:00', dueAt: '2026-03-31T23:15:00+01:00', due: '2026-03-31',
      why: 'the start written with a +00:00 offset',
    },
    {
      // Taken 21:00 BST Sat 24 Oct 2026 (20:00 UTC). Clocks go back at 01:00 UTC Sun 25 Oct.
      // 72 elapsed hours end at 20:00 UTC Tue 27 Oct, which is 20:00 GMT: an hour earlier on
      // the wall clock than the 21:00 the child was taken.
      from: '2026-10-24T21:00:00+01:00', dueAt: '2026-10-27T20:00:00+00:00', due: '2026-10-27',
      why: 'across the October clock change: 72 real hours, 20:00 on the London clock',
    },
    {
      // Taken 23:30 UTC Mon 1 Jun 2026 (00:30 BST Tue 2 Jun). + 72 h = 23:30 UTC Thu 4 Jun =
      // 00:30 BST Fri 5 Jun: the due date is the London date, not the UTC one.
      from: '2026-06-01T23:30:00Z', dueAt: '2026-06-05T00:30:00+01:00', due: '2026-06-05',
      why: 'the due date is the London date of the end',
    },
  ],
  emergencyProtectionOrder: [
    {
      // 8 calendar days after the order is made on Tue 15 Dec 2026: Wed 23 Dec.
      from: '2026-12-15', fromIs: 'Tue', due: '2026-12-23', dueIs: 'Wed',
      why: 'eight calendar days after the order is made',
    },
  ],
  emergencyProtectionOrderExtension: [
    {
      // At most 7 calendar days after the order as first made ends on Wed 23 Dec 2026: Wed 30
      // Dec (Christmas does not stop the clock).
      from: '2026-12-23', fromIs: 'Wed', due: '2026-12-30', dueIs: 'Wed',
      why: 'one extension of up to 7 calendar days',
    },
  ],
  childAssessmentOrder: [
    {
      // 7 days beginning with Mon 1 Jun 2026: 1 Jun is day 1, Sun 7 Jun is day 7.
      from: '2026-06-01', fromIs: 'Mon', due: '2026-06-07', dueIs: 'Sun',
      why: 'seven days with the specified date as day 1',
    },
    {
      // Wed 28 Jan 2026 is day 1: 31 Jan day 4, Tue 3 Feb day 7.
      from: '2026-01-28', fromIs: 'Wed', due: '2026-02-03', dueIs: 'Tue',
      why: 'across the end of January',
    },
  ],
  supervisionOrder: [
    {
      // 1 year beginning with Mon 5 Jan 2026 ends the day before the anniversary: Mon 4 Jan 2027.
      from: '2026-01-05', fromIs: 'Mon', due: '2027-01-04', dueIs: 'Mon',
      why: 'the day before the anniversary',
    },
    {
      // Made Thu 29 Feb 2024: 2025 has no 29 Feb, so the year ends on the last day of February
      // 2025, Fri 28 Feb (the day before 1 Mar 2025).
      from: '2024-02-29', fromIs: 'Thu', due: '2025-02-28', dueIs: 'Fri',
      why: 'made on a leap day',
    },
    {
      // Made Wed 1 Mar 2023: the anniversary is 1 Mar 2024 and 2024 is a leap year, so the year
      // ends on Thu 29 Feb 2024 (not 28 Feb, the anniversary of 28 Feb 2023).
      from: '2023-03-01', fromIs: 'Wed', due: '2024-02-29', dueIs: 'Thu',
      why: 'a year that contains a leap day',
    },
    {
      // Made Sun 31 Dec 2028: the year ends the day before the anniversary, Sun 30 Dec 2029.
      from: '2028-12-31', fromIs: 'Sun', due: '2029-12-30', dueIs: 'Sun',
      why: 'made on the last day of a year',
    },
  ],
  supervisionOrderMaximum: [
    {
      // 3 years beginning with Mon 5 Jan 2026 end on Thu 4 Jan 2029.
      from: '2026-01-05', fromIs: 'Mon', due: '2029-01-04', dueIs: 'Thu',
      why: 'the day before the third anniversary',
    },
    {
      // First made Mon 1 Mar 2021: the third anniversary is Fri 1 Mar 2024, so the last day is
      // Thu 29 Feb 2024.
      from: '2021-03-01', fromIs: 'Mon', due: '2024-02-29', dueIs: 'Thu',
      why: 'three years that end in a leap February',
    },
  ],
};

function isMoment<T extends HandCheckedCase>(example: T): example is T & MomentCase {
  return 'dueAt' in example;
}

const rows = timescaleIds.flatMap((id) => (handChecked[id] ?? []).map((example) => ({ id, ...example })));

describe('hand-checked deadlines', () => {
  it('has a hand-checked case for every timescale id in the catalogue', () => {
    const missing = timescaleIds.filter((id) => (handChecked[id]?.length ?? 0) === 0);
    expect(missing).toEqual([]);
  });

  it('has no case for an id that is not in the catalogue', () => {
    expect(Object.keys(handChecked).sort()).toEqual([...timescaleIds].sort());
  });

  it.each(rows.filter((row) => !isMoment(row)).map((row) => [row.id, row.from, row.due, row] as const))(
    '%s from %s is due on %s',
    (id, from, due, row) => {
      const deadline = dueDate(id, from);
      expect(deadline.due).toBe(due);
      expect(deadline.timescale).toBe(id);
      expect(deadline.from).toBe(from);
      expect(deadline.dueAt).toBeUndefined();
      const example = row as DateCase;
      if (example.skipped !== undefined) expect(deadline.skipped.map((day) => day.date)).toEqual(example.skipped);
      else expect(deadline.skipped).toEqual([]);
    },
  );

  it.each(rows.filter(isMoment).map((row) => [row.id, row.from, row.dueAt, row] as const))(
    '%s from %s ends at %s',
    (id, from, dueAt, row) => {
      const deadline = dueDate(id, from);
      expect(deadline.dueAt).toBe(dueAt);
      expect(deadline.due).toBe(row.due);
      expect(deadline.from).toBe(from);
      expect(deadline.skipped).toEqual([]);
    },
  );

  it('names the right weekdays in the reasoning of every date case', () => {
    for (const row of rows) {
      if (isMoment(row)) continue;
      expect(weekdays[weekdayOf(row.from)], `${row.id} from ${row.from}`).toBe(row.fromIs);
      expect(weekdays[weekdayOf(row.due)], `${row.id} due ${row.due}`).toBe(row.dueIs);
    }
  });

  it('lists as skipped exactly the weekday bank holidays of the gov.uk feed inside each working-day count', () => {
    for (const row of rows) {
      if (isMoment(row) || row.skipped === undefined) continue;
      // Counting after, the days passed over lie after the start; counting before, before it.
      const inCount = row.due > row.from ? (date: string) => date > row.from && date <= row.due : (date: string) => date >= row.due && date < row.from;
      const fromFeed = feedDates.filter((date) => inCount(date) && !isWeekend(date));
      expect(row.skipped, `${row.id} from ${row.from}`).toEqual(fromFeed);
    }
  });
});
