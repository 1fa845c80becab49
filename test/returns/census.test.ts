/*
 * censusRecord and toCensusXml on a hand-checked case (workedCase.ts). The collection year
 * ending 31 March 2026 runs from 1 April 2025; the record is cut at the reference date.
 */
import { describe, expect, it } from 'vitest';
import { censusRecord, collectionYear, toCensusXml, type CaseEvent } from '../../src/index.js';
import { stateOf } from '../support/legalCases.js';
import { child, workedCase } from './workedCase.js';

const state = stateOf(workedCase, { child });

describe('collectionYear', () => {
  it('starts the day after the reference date one year earlier', () => {
    expect(collectionYear('2026-03-31')).toEqual({ start: '2025-04-01', end: '2026-03-31' });
    // 29 Feb 2024 less 12 months is 28 Feb 2023 (the shorter month's last day): start 1 Mar.
    expect(collectionYear('2024-02-29')).toEqual({ start: '2023-03-01', end: '2024-02-29' });
  });
});

describe('censusRecord', () => {
  it('builds the 2025-26 record of the worked case, field for field', () => {
    expect(censusRecord(state, { referenceDate: '2026-03-31', childId: 'C1' })).toMatchObject({
      LAchildID: 'C1',
      ReferenceDate: '2026-03-31',
      CollectionStartDate: '2025-04-01',
      CINdetails: [
        {
          // The plan ended on 20 Apr 2026, after the reference date: the episode is still open.
          CINreferralDate: '2025-04-07',
          Section47: [
            {
              S47ActualStartDate: '2025-04-09',
              // Wed 9 Apr + 15 working days, day 0 the strategy discussion: Thu 10 (1), Fri 11,
              // Mon 14, Tue 15, Wed 16, Thu 17 (6), Good Friday 18 and Easter Monday 21 skipped,
              // Tue 22 (7) ... Wed 30 (13), Thu 1 May (14), Fri 2 May (15).
              InitialCPCtarget: '2025-05-02',
              DateOfInitialCPC: '2025-04-30',
              ICPCnotRequired: false,
            },
          ],
          ChildProtectionPlans: [
            {
              CPPstartDate: '2025-04-30',
              InitialCategoryOfAbuse: 'NEG',
              LatestCategoryOfAbuse: 'MUL',
              NumberOfPreviousCPP: 0,
              Reviews: [{ CPPreviewDate: '2025-07-28' }, { CPPreviewDate: '2026-01-26' }],
            },
          ],
        },
      ],
      PreProceedings: [
        {
          PPStartDate: '2025-05-12',
          LBPSentDate: '2025-05-14',
          FGDMMeetingOffer: true,
          FGDMMeetingFac: true,
          InitialPPMeetingDate: '2025-05-21',
          ReviewMeetingsCount: 1,
          StepDecisionDate: '2025-07-16',
          PPOutcome: 'stepDown',
        },
      ],
      InitialCPCtargetRule: { amount: 15, unit: 'workingDays', counting: 'after', calendar: 'England and Wales' },
    });
    const record = censusRecord(state, { referenceDate: '2026-03-31' });
    expect(record.CINdetails[0]).not.toHaveProperty('CINclosureDate');
    expect(record.CINdetails[0]?.ChildProtectionPlans[0]).not.toHaveProperty('CPPendDate');
  });

  it('the next year holds the plan that ended in it and the closed episode, not the enquiry that ended before it', () => {
    const record = censusRecord(state, { referenceDate: '2027-03-31' });
    expect(record.CINdetails).toEqual([
      {
        CINreferralDate: '2025-04-07',
        CINclosureDate: '2026-04-20',
        Section47: [],
        ChildProtectionPlans: [
          {
            CPPstartDate: '2025-04-30',
            CPPendDate: '2026-04-20',
            InitialCategoryOfAbuse: 'NEG',
            LatestCategoryOfAbuse: 'MUL',
            NumberOfPreviousCPP: 0,
            Reviews: [{ CPPreviewDate: '2026-04-20' }],
          },
        ],
      },
    ]);
    // Pre-proceedings are reported in the year they started only.
    expect(record.PreProceedings).toEqual([]);
  });

  it('is built only from the events on or before the reference date, as if the log ended there', () => {
    for (const referenceDate of ['2025-04-30', '2025-05-31', '2025-06-30', '2025-07-31', '2026-03-31', '2026-04-20']) {
      const prefix = workedCase.filter((event) => event.date <= referenceDate);
      expect(censusRecord(state, { referenceDate }), referenceDate).toEqual(censusRecord(stateOf(prefix, { child }), { referenceDate }));
    }
    // Before the family group meeting is held, it was offered and not (yet) facilitated.
    expect(censusRecord(state, { referenceDate: '2025-05-31' }).PreProceedings[0]).toMatchObject({ FGDMMeetingOffer: true, FGDMMeetingFac: false });
    // Before the review that changed the categories, the latest is the initial one.
    expect(censusRecord(state, { referenceDate: '2025-06-30' }).CINdetails[0]?.ChildProtectionPlans[0]?.LatestCategoryOfAbuse).toBe('NEG');
  });

  it('leaves out episodes that do not touch the year', () => {
    expect(censusRecord(state, { referenceDate: '2025-03-31' }).CINdetails).toEqual([]);
    expect(censusRecord(state, { referenceDate: '2028-03-31' }).CINdetails).toEqual([]);
  });

  it('an enquiry concluded without a conference is ICPCnotRequired; a transfer-in conference is recorded on CINdetails', () => {
    const events: CaseEvent[] = [
      { type: 'referralReceived', date: '2025-06-02' },
      { type: 'strategyDiscussionHeld', date: '2025-06-03', decision: 'section47' },
      { type: 'section47Concluded', date: '2025-06-10', outcome: 'noFurtherAction' },
      { type: 'transferInNotified', date: '2025-09-01' },
      { type: 'transferInConferenceHeld', date: '2025-09-15', decision: 'plan', categories: ['physical', 'sexual'] },
    ];
    const record = censusRecord(stateOf(events), { referenceDate: '2026-03-31' });
    expect(record.CINdetails.map((details) => details.CINreferralDate)).toEqual(['2025-06-02', '2025-09-01']);
    expect(record.CINdetails[0]).toMatchObject({ CINclosureDate: '2025-06-10', Section47: [{ ICPCnotRequired: true }] });
    expect(record.CINdetails[0]?.Section47[0]).not.toHaveProperty('DateOfInitialCPC');
    expect(record.CINdetails[1]).toMatchObject({ DateOfInitialCPC: '2025-09-15', Section47: [], ChildProtectionPlans: [{ CPPstartDate: '2025-09-15', InitialCategoryOfAbuse: 'MUL' }] });
  });

  it('refuses a reference date that is not a date', () => {
    expect(() => censusRecord(state, { referenceDate: '2026-02-30' })).toThrow(/referenceDate/);
  });
});

describe('toCensusXml', () => {
  it('writes the census element names, ISO dates and XML booleans, leaving out what is absent', () => {
    const xml = toCensusXml([censusRecord(state, { referenceDate: '2026-03-31', childId: 'C1' })]);
    expect(xml).toContain('<LAchildID>C1</LAchildID>');
    expect(xml).toContain('    <Section47>\n      <S47ActualStartDate>2025-04-09</S47ActualStartDate>\n      <InitialCPCtarget>2025-05-02</InitialCPCtarget>');
    expect(xml).toContain('<ICPCnotRequired>false</ICPCnotRequired>');
    expect(xml).toContain('<Reviews>\n        <CPPreviewDate>2025-07-28</CPPreviewDate>\n        <CPPreviewDate>2026-01-26</CPPreviewDate>\n      </Reviews>');
    expect(xml).toContain('<FGDMMeetingOffer>true</FGDMMeetingOffer>');
    expect(xml).not.toContain('CPPendDate');
    // The outcome's census code is written only when the caller gives the code set.
    expect(xml).not.toContain('PPOutcome');
    expect(toCensusXml([censusRecord(state, { referenceDate: '2026-03-31' })], { ppOutcomeCodes: { stepDown: 'X', issueProceedings: 'Y' } })).toContain(
      '<PPOutcome>X</PPOutcome>',
    );
    expect(wellFormed(xml)).toBe(true);
  });

  it('escapes the one free-text field, the child identifier', () => {
    const xml = toCensusXml([censusRecord(state, { referenceDate: '2026-03-31', childId: `A&B<C>"D'\u0001` })]);
    expect(xml).toContain('<LAchildID>A&amp;B&lt;C&gt;&quot;D&apos;</LAchildID>');
    expect(wellFormed(xml)).toBe(true);
  });
});

/** A small well-formedness check: every tag closes in order, no bare `<` or `&` in text. */
function wellFormed(xml: string): boolean {
  const open: string[] = [];
  for (const token of xml.split(/(<[^>]*>)/)) {
    if (token.startsWith('</')) {
      if (open.pop() !== token.slice(2, -1)) return false;
    } else if (token.startsWith('<')) {
      if (!/^<[A-Za-z][\w]*>$/.test(token)) return false;
      open.push(token.slice(1, -1));
    } else if (/[<>]|&(?!(amp|lt|gt|quot|apos);)/.test(token)) return false;
  }
  return open.length === 0;
}
