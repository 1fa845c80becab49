/*
 * Conferences, hand-checked: booking and moving a conference, its preparation deadlines counted
 * back from the booked day, the meeting's record, and every finding of conferenceRecords with
 * both sides of its boundary. Dates are counted in the comments; the weekdays they name are
 * asserted by `on` (Date.UTC, not the library).
 *
 * England & Wales bank holidays met below: none fall in the counts (Easter 2026 is 3-6 Apr).
 */
import { describe, expect, it } from 'vitest';
import {
  caseSummary,
  caseTimeline,
  conferenceRecords,
  createRuleSet,
  dueItems,
  type CaseEvent,
  type ConferenceFindingCode,
  type ConferenceRecord,
  type PathwayOptions,
} from '../../src/index.js';
import { agencyReport, book, enquiry, exclude, icpcHeld, invite, planFrom26Jan, present, shareReport } from './conferenceFixtures.js';
import { itemOf, itemsOf, on, replayed, review, s47Concluded } from './socialCareFixtures.js';

/** The records of a log that must replay. */
function recordsOf(events: readonly CaseEvent[], options?: PathwayOptions): ConferenceRecord[] {
  return conferenceRecords(replayed(events, options));
}

/** The codes of the only (or last) record's findings. */
function codesOf(events: readonly CaseEvent[], options?: PathwayOptions): ConferenceFindingCode[] {
  return (recordsOf(events, options).at(-1)?.findings ?? []).map((finding) => finding.code);
}

/*
 * An ICPC booked on Wed 7 Jan 2026 for Mon 26 Jan. Counting back from Mon 26: Fri 23 (1),
 * Thu 22 (2), Wed 21 (3), Tue 20 (4), Mon 19 Jan (5). Invitations (5 working days) are due
 * Mon 19 Jan; the family report and the agencies' reports (3 working days) Wed 21 Jan.
 */
const booked: CaseEvent[] = [...enquiry, book(on('2026-01-07', 'Wed'), 'initial', on('2026-01-26', 'Mon'))];
/** Everything done on time: parents, child-free (no date of birth), three agencies invited and reporting. */
const prepared: CaseEvent[] = [
  ...booked,
  invite('2026-01-08', 'initial', ['parent', 'socialWorker', 'police', 'healthVisitor', 'school']),
  agencyReport('2026-01-19', 'initial', 'police'),
  agencyReport('2026-01-20', 'initial', 'healthVisitor'),
  shareReport(on('2026-01-21', 'Wed'), 'initial'),
  agencyReport('2026-01-21', 'initial', 'school'),
];
const quorate = present({ socialWorker: true, police: true, healthVisitor: true, school: 'report', parent: true });

describe('booking a conference', () => {
  it('opens its preparation deadlines, counted back from the booked day', () => {
    const state = replayed(booked);
    expect(itemOf(state, 'conferenceInvitations', '2026-01-07')).toMatchObject({ from: '2026-01-26', due: on('2026-01-19', 'Mon'), status: 'upcoming' });
    expect(itemOf(state, 'familyReport', '2026-01-07')).toMatchObject({ from: '2026-01-26', due: on('2026-01-21', 'Wed') });
    expect(itemOf(state, 'agencyReports', '2026-01-07')).toMatchObject({ from: '2026-01-26', due: '2026-01-21' });
    expect(itemsOf(state, 'reviewFamilyReport', '2026-01-07')).toEqual([]);
  });

  it('shows the booked day on the conference\'s own item, and says when it falls after the due date', () => {
    const inTime = itemOf(replayed(booked), 'initialConference', '2026-01-07');
    expect(inTime).toMatchObject({ due: on('2026-01-27', 'Tue'), scheduledFor: '2026-01-26' });
    expect(inTime.explanation).toContain('; booked for 2026-01-26. Source:');
    // Booked for Thu 29 Jan: two working days after the ICPC's due date (Tue 27 Jan).
    const late = itemOf(replayed([...enquiry, book('2026-01-07', 'initial', on('2026-01-29', 'Thu'))]), 'initialConference', '2026-01-07');
    expect(late.scheduledFor).toBe('2026-01-29');
    expect(late.explanation).toContain('booked for 2026-01-29, after the due date 2026-01-27');
  });

  it('moves the preparation with the booking, leaving steps already done as they were', () => {
    // Moved to Wed 28 Jan: back from it, Tue 27 (1), Mon 26 (2), Fri 23 (3), Thu 22 (4),
    // Wed 21 (5): reports due Fri 23 Jan, invitations Wed 21 Jan; but they were sent on 8 Jan.
    const state = replayed([...prepared.slice(0, 4), book('2026-01-14', 'initial', on('2026-01-28', 'Wed'))]);
    expect(itemOf(state, 'familyReport', '2026-01-14')).toMatchObject({ from: '2026-01-28', due: on('2026-01-23', 'Fri'), status: 'upcoming' });
    expect(itemOf(state, 'agencyReports', '2026-01-14')).toMatchObject({ due: '2026-01-23' });
    expect(itemOf(state, 'conferenceInvitations', '2026-01-14')).toMatchObject({ from: '2026-01-26', due: '2026-01-19', status: 'met', metOn: '2026-01-08' });
    expect(itemOf(state, 'initialConference', '2026-01-14').scheduledFor).toBe('2026-01-28');
    expect(recordsOf([...prepared.slice(0, 4), book('2026-01-14', 'initial', '2026-01-28')])).toHaveLength(1);
  });

  it('meets the invitations with the first invitations sent and the agencies\' deadline with the last invited agency\'s report', () => {
    const state = replayed(prepared.slice(0, 7));
    expect(itemOf(state, 'conferenceInvitations', '2026-01-21')).toMatchObject({ status: 'met', metOn: '2026-01-08' });
    expect(itemOf(state, 'familyReport', '2026-01-21')).toMatchObject({ status: 'met', metOn: '2026-01-21' });
    // The school has not reported yet: the deadline is still open on its last day.
    expect(itemOf(state, 'agencyReports', '2026-01-21').status).toBe('dueToday');
    expect(itemOf(replayed(prepared), 'agencyReports', '2026-01-21')).toMatchObject({ status: 'met', metOn: '2026-01-21' });
  });

  it('holds the booking with the initial conference: preparation still open is withdrawn', () => {
    const state = replayed([...prepared.slice(0, 4), icpcHeld('2026-01-26')]);
    expect(itemsOf(state, 'familyReport', '2026-01-26')).toEqual([]);
    expect(recordsOf([...prepared.slice(0, 4), icpcHeld('2026-01-26')])).toEqual([
      {
        conference: 'initial',
        scheduledFor: '2026-01-26',
        heldOn: '2026-01-26',
        findings: [
          expect.objectContaining({ code: 'FAMILY_REPORT_NOT_SHARED' }),
          expect.objectContaining({ code: 'AGENCY_REPORT_MISSING', role: 'police' }),
          expect.objectContaining({ code: 'AGENCY_REPORT_MISSING', role: 'healthVisitor' }),
          expect.objectContaining({ code: 'AGENCY_REPORT_MISSING', role: 'school' }),
        ],
      },
    ]);
  });

  it('cancels a booking the case can no longer hold, with its preparation', () => {
    const events = [...booked, s47Concluded(on('2026-01-16', 'Fri'), 'noFurtherAction')];
    const state = replayed(events);
    expect(recordsOf(events)).toEqual([{ conference: 'initial', scheduledFor: '2026-01-26', cancelledOn: '2026-01-16', findings: [] }]);
    expect(dueItems(state, { asOf: '2026-01-16' }).map((item) => item.timescale)).not.toContain('familyReport');
    expect(caseSummary(state, { asOf: '2026-01-16' }).conferences).toEqual({ findings: [] });
  });

  it('books a pre-birth conference for an unborn child, held with initialConferenceHeld', () => {
    const child = { expectedDeliveryDate: '2026-05-20' };
    const events = [...enquiry, book('2026-01-07', 'preBirth', '2026-01-26'), icpcHeld('2026-01-26')];
    expect(itemOf(replayed(events.slice(0, 3), { child }), 'preBirthConference', '2026-01-07').scheduledFor).toBe('2026-01-26');
    expect(recordsOf(events, { child })).toMatchObject([{ conference: 'preBirth', scheduledFor: '2026-01-26', heldOn: '2026-01-26' }]);
  });

  it('keeps a conference held without a booking, with no preparation to check', () => {
    expect(recordsOf(planFrom26Jan)).toEqual([{ conference: 'initial', heldOn: '2026-01-26', findings: [] }]);
    expect(recordsOf(planFrom26Jan, { child: { expectedDeliveryDate: '2026-05-20' } })[0]?.conference).toBe('preBirth');
  });
});

describe('a review conference', () => {
  /*
   * Plan from Mon 26 Jan 2026; the first review is booked for Mon 20 Apr. Counting back: Fri 17
   * (1), Thu 16 (2), Wed 15 (3), Tue 14 (4), Mon 13 Apr (5): the review's reports are due Mon 13
   * Apr (5 working days, Pan-Sussex 5.11.2), as are its invitations.
   */
  const reviewBooked = [...planFrom26Jan, book('2026-03-02', 'review', on('2026-04-20', 'Mon')), invite('2026-03-03', 'review', ['carer', 'gp'])];

  it('counts its reports 5 working days back', () => {
    const state = replayed(reviewBooked);
    expect(itemOf(state, 'reviewFamilyReport', '2026-03-03')).toMatchObject({ from: '2026-04-20', due: on('2026-04-13', 'Mon') });
    expect(itemOf(state, 'reviewAgencyReports', '2026-03-03').due).toBe('2026-04-13');
    expect(itemOf(state, 'firstReviewConference', '2026-03-03')).toMatchObject({ due: '2026-04-26', scheduledFor: '2026-04-20' });
  });

  it('is in time when the report is shared on the last allowed day, late the day after', () => {
    const held = review('2026-04-20');
    expect(codesOf([...reviewBooked, agencyReport('2026-04-01', 'review', 'gp'), shareReport(on('2026-04-13', 'Mon'), 'review'), held])).toEqual([]);
    expect(codesOf([...reviewBooked, agencyReport('2026-04-01', 'review', 'gp'), shareReport(on('2026-04-14', 'Tue'), 'review'), held])).toEqual([
      'FAMILY_REPORT_LATE',
    ]);
    const late = recordsOf([...reviewBooked, shareReport('2026-04-14', 'review')])[1]?.findings[0];
    expect(late?.message).toContain('shared with the parents on 2026-04-14, after 2026-04-13');
  });

  it('is cancelled when the plan ends first', () => {
    const ended = recordsOf([...reviewBooked, { type: 'planEnded', date: '2026-03-20', reason: 'movedAuthority' }]);
    expect(ended[1]).toEqual({ conference: 'review', scheduledFor: '2026-04-20', cancelledOn: '2026-03-20', findings: [] });
  });
});

describe('NOT_QUORATE (Pan-Sussex 7.8: social care and two other agencies)', () => {
  const held = (participants: ReturnType<typeof present>) => [...prepared, icpcHeld('2026-01-26', { participants })];

  it('is quorate with social care and two other agencies attending', () => {
    expect(recordsOf(held(quorate))[0]).toMatchObject({ quorate: true, findings: [] });
  });

  it('is not quorate with one other agency: health roles count once, a written report not at all', () => {
    const oneOther = held(present({ socialWorker: true, healthVisitor: true, gp: true, school: 'report', police: 'report', parent: true }));
    expect(recordsOf(oneOther)[0]?.quorate).toBe(false);
    expect(codesOf(oneOther)).toEqual(['NOT_QUORATE']);
  });

  it('is not quorate without children\'s social care, however many others attend', () => {
    expect(codesOf(held(present({ socialWorker: false, police: true, healthVisitor: true, school: true, parent: true })))).toEqual([
      'NOT_QUORATE',
      'ABSENT_AGENCY_NO_REPORT',
    ]);
  });

  it('follows the rule set\'s quorumOtherAgencies', () => {
    const ruleSet = createRuleSet({ name: 'Example council', settings: { quorumOtherAgencies: 1 } });
    const oneOther = held(present({ socialWorker: true, police: true, healthVisitor: 'report', school: 'report' }));
    expect(recordsOf(oneOther, { ruleSet })[0]?.quorate).toBe(true);
    expect(recordsOf(oneOther)[0]?.quorate).toBe(false);
  });

  it('is not judged without a list of participants', () => {
    expect(recordsOf([...prepared, icpcHeld('2026-01-26')])[0]).not.toHaveProperty('quorate');
  });
});

describe('PARENTS_NOT_INVITED', () => {
  const base = [...booked, shareReport('2026-01-21', 'initial')];

  it('is raised while no parent or carer is invited', () => {
    expect(codesOf(base)).toEqual(['PARENTS_NOT_INVITED']);
    expect(codesOf([...base, invite('2026-01-21', 'initial', ['socialWorker'])])).toEqual(['PARENTS_NOT_INVITED']);
  });

  it('is not raised once a parent or a carer is invited', () => {
    expect(codesOf([...base, invite('2026-01-21', 'initial', ['parent'])])).toEqual([]);
    expect(codesOf([...base, invite('2026-01-21', 'initial', ['carer'])])).toEqual([]);
  });

  it('is not raised for a parent the chair excluded', () => {
    expect(codesOf([...base, exclude('2026-01-21', 'initial', 'parent')])).toEqual([]);
  });
});

describe('CHILD_AGED_12_NOT_INVITED (advisory)', () => {
  const base = [...booked, invite('2026-01-08', 'initial', ['parent']), shareReport('2026-01-21', 'initial')];

  it('is raised for a child who turns 12 on the booked day', () => {
    const finding = recordsOf(base, { child: { dateOfBirth: '2014-01-26' } })[0]?.findings;
    expect(finding).toEqual([expect.objectContaining({ code: 'CHILD_AGED_12_NOT_INVITED', role: 'child' })]);
  });

  it('is not raised for a child who turns 12 the day after the booked day', () => {
    expect(codesOf(base, { child: { dateOfBirth: '2014-01-27' } })).toEqual([]);
  });

  it('is not raised once the child is invited, or when the child attended', () => {
    const child = { dateOfBirth: '2010-06-01' };
    expect(codesOf([...base, invite('2026-01-22', 'initial', ['child'])], { child })).toEqual([]);
    expect(codesOf([...base, icpcHeld('2026-01-26', { childParticipation: 'attended' })], { child })).toEqual([]);
    expect(codesOf([...base, icpcHeld('2026-01-26', { childParticipation: 'viewsShared' })], { child })).toEqual(['CHILD_AGED_12_NOT_INVITED']);
  });
});

describe('FAMILY_REPORT_NOT_SHARED and FAMILY_REPORT_LATE (Pan-Sussex 5.11.2)', () => {
  const invited = [...booked, invite('2026-01-08', 'initial', ['parent'])];

  it('is not shared until familyReportShared', () => {
    expect(codesOf(invited)).toEqual(['FAMILY_REPORT_NOT_SHARED']);
  });

  it('is in time on the last allowed day (Wed 21 Jan) and late the day after', () => {
    expect(codesOf([...invited, shareReport(on('2026-01-21', 'Wed'), 'initial')])).toEqual([]);
    expect(codesOf([...invited, shareReport(on('2026-01-22', 'Thu'), 'initial')])).toEqual(['FAMILY_REPORT_LATE']);
    expect(itemOf(replayed([...invited, shareReport('2026-01-22', 'initial')]), 'familyReport', '2026-01-22').status).toBe('metLate');
  });

  it('follows a local rule set: Bromley-style 48 hours as 2 working days', () => {
    const ruleSet = createRuleSet({ name: 'Example council', overrides: { familyReport: { amount: 2 } } });
    // Back from Mon 26 Jan: Fri 23 (1), Thu 22 Jan (2).
    expect(codesOf([...invited, shareReport(on('2026-01-22', 'Thu'), 'initial')], { ruleSet })).toEqual([]);
  });
});

describe('AGENCY_REPORT_MISSING and ABSENT_AGENCY_NO_REPORT', () => {
  const invited = [...booked, invite('2026-01-08', 'initial', ['parent', 'police', 'school']), shareReport('2026-01-21', 'initial')];

  it('lists each invited agency whose report has not reached the chair', () => {
    const records = recordsOf([...invited, agencyReport('2026-01-21', 'initial', 'police')]);
    expect(records[0]?.findings).toEqual([expect.objectContaining({ code: 'AGENCY_REPORT_MISSING', role: 'school' })]);
  });

  it('raises an absent agency with no report of any kind, not one that sent a report', () => {
    const meeting = present({ socialWorker: true, police: false, school: false, healthVisitor: true, gp: true });
    const withReport = [...invited, agencyReport('2026-01-22', 'initial', 'police'), icpcHeld('2026-01-26', { participants: meeting })];
    expect(recordsOf(withReport)[0]?.findings.filter((finding) => finding.code === 'ABSENT_AGENCY_NO_REPORT')).toEqual([
      expect.objectContaining({ role: 'school' }),
    ]);
    const onTheDay = [...invited, icpcHeld('2026-01-26', { participants: present({ socialWorker: true, police: 'report', school: true, gp: true }) })];
    expect(recordsOf(onTheDay)[0]?.findings.filter((finding) => finding.code === 'ABSENT_AGENCY_NO_REPORT')).toEqual([]);
  });
});

describe('THRESHOLD_RATIONALE_MISSING and scaling', () => {
  it('names each professional whose judgement has no recorded rationale', () => {
    const events = [
      ...prepared,
      icpcHeld('2026-01-26', {
        participants: quorate,
        thresholdJudgements: [
          { role: 'police', met: true, rationaleRecorded: true },
          { role: 'healthVisitor', met: false, rationaleRecorded: false },
        ],
      }),
    ];
    expect(recordsOf(events)[0]?.findings).toEqual([expect.objectContaining({ code: 'THRESHOLD_RATIONALE_MISSING', role: 'healthVisitor' })]);
  });

  it('summarises the scores: count, min, median (the mean of the middle two when even), max', () => {
    const scores = (...values: number[]) => values.map((score, position) => ({ role: position === 0 ? 'parent' : 'police', score }) as const);
    const summary = (...values: number[]) => recordsOf([...planFrom26Jan.slice(0, 2), icpcHeld('2026-01-26', { scaling: scores(...values) })])[0]?.scaling;
    expect(summary(6, 2, 3, 5)).toEqual({ count: 4, min: 2, median: 4, max: 6 });
    expect(summary(7, 0, 10)).toEqual({ count: 3, min: 0, median: 7, max: 10 });
    expect(summary(3, 4)).toEqual({ count: 2, min: 3, median: 3.5, max: 4 });
    expect(recordsOf([...planFrom26Jan.slice(0, 2), icpcHeld('2026-01-26', { scaling: [] })])[0]).not.toHaveProperty('scaling');
  });
});

describe('caseSummary and the timeline', () => {
  it('summarise the booked conference, then the held one with its quorum and findings', () => {
    expect(caseSummary(replayed(booked), { asOf: '2026-01-07' }).conferences).toEqual({
      booked: { conference: 'initial', scheduledFor: '2026-01-26' },
      findings: ['PARENTS_NOT_INVITED', 'FAMILY_REPORT_NOT_SHARED'],
    });
    const held = replayed([...prepared, icpcHeld('2026-01-26', { participants: present({ socialWorker: true, police: true }) })]);
    expect(caseSummary(held, { asOf: '2026-01-26' }).conferences).toEqual({
      lastHeld: { conference: 'initial', heldOn: '2026-01-26', quorate: false },
      // The absent health visitor and school sent their reports: no ABSENT_AGENCY_NO_REPORT.
      findings: ['NOT_QUORATE'],
    });
    expect(caseSummary(replayed(enquiry), { asOf: '2026-01-07' })).not.toHaveProperty('conferences');
  });

  it('shows the booking on its day and the held conference with its findings', () => {
    const events = [...prepared, icpcHeld('2026-01-26', { participants: present({ socialWorker: true, police: true }) })];
    const rows = caseTimeline(events, replayed(events), { asOf: '2026-01-26' }).filter((row) => row.kind === 'conference');
    expect(rows).toEqual([{ date: '2026-01-26', kind: 'conference', what: 'initial conference held (not quorate)', findings: ['NOT_QUORATE'] }]);
    const bookedRows = caseTimeline(booked, replayed(booked), { asOf: '2026-01-07' }).filter((row) => row.kind === 'conference');
    expect(bookedRows).toEqual([{ date: '2026-01-26', kind: 'conference', what: 'initial conference booked', findings: ['PARENTS_NOT_INVITED', 'FAMILY_REPORT_NOT_SHARED'] }]);
  });
});
