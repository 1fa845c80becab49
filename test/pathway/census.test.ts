/*
 * The CIN census pre-proceedings fields in the case summary (issue 5; docs/domain.md, census):
 * start date, letter date, initial meeting date, number of reviews, decision date, outcome
 * (step down or issue) and court application date, for the latest pre-proceedings.
 * All dates are plain YYYY-MM-DD strings; nothing here depends on the host's time zone.
 */
import { describe, expect, it } from 'vitest';
import { caseSummary, type CaseEvent, type CaseSummary } from '../../src/index.js';
import { stateOf } from '../support/legalCases.js';

const started: CaseEvent = { type: 'legalPlanningMeetingHeld', date: '2026-02-02', decision: 'preProceedings' };
const letter: CaseEvent = { type: 'letterBeforeProceedingsSent', date: '2026-02-04' };
const meeting: CaseEvent = { type: 'preProceedingsMeetingHeld', date: '2026-02-11' };
const review = (date: string, decision: 'continue' | 'stepDown' | 'issueProceedings'): CaseEvent => ({ type: 'preProceedingsReviewHeld', date, decision });

function census(events: readonly CaseEvent[], asOf = '2026-12-31'): CaseSummary['preProceedings'] {
  return caseSummary(stateOf(events), { asOf }).preProceedings;
}

describe('CIN census pre-proceedings fields', () => {
  it('a case that never entered pre-proceedings has no pre-proceedings fields', () => {
    expect(census([])).toBeUndefined();
    expect(census([{ type: 'referralReceived', date: '2026-01-05' }])).toBeUndefined();
  });

  it('proceedings issued without pre-proceedings (urgent) leave the fields out: there was no pre-proceedings', () => {
    const summary = caseSummary(stateOf([{ type: 'careProceedingsIssued', date: '2026-02-02' }]), { asOf: '2026-02-02' });
    expect(summary.legalPhase).toBe('proceedings');
    expect(summary.preProceedings).toBeUndefined();
  });

  it('fields fill in as pre-proceedings go on: start, then letter, then the initial meeting', () => {
    expect(census([started])).toEqual({ startDate: '2026-02-02', numberOfReviews: 0 });
    expect(census([started, letter])).toEqual({ startDate: '2026-02-02', letterDate: '2026-02-04', numberOfReviews: 0 });
    expect(census([started, letter, meeting])).toEqual({
      startDate: '2026-02-02',
      letterDate: '2026-02-04',
      initialMeetingDate: '2026-02-11',
      numberOfReviews: 0,
    });
  });

  it('the initial meeting date stays that of the first meeting when another meeting is held', () => {
    expect(census([started, letter, meeting, { type: 'preProceedingsMeetingHeld', date: '2026-02-25' }])?.initialMeetingDate).toBe('2026-02-11');
  });

  it('step-down at a review: the decision date is the review, the outcome stepDown, and there is no court application', () => {
    const events = [started, letter, meeting, review('2026-04-08', 'continue'), review('2026-06-03', 'stepDown')];
    const summary = caseSummary(stateOf(events), { asOf: '2026-06-03' });
    expect(summary.legalPhase).toBe('none');
    expect(summary.preProceedings).toEqual({
      startDate: '2026-02-02',
      letterDate: '2026-02-04',
      initialMeetingDate: '2026-02-11',
      numberOfReviews: 2,
      decisionDate: '2026-06-03',
      outcome: 'stepDown',
    });
  });

  it('step-down at a legal planning meeting (no legal action): outcome stepDown with no review counted', () => {
    expect(census([started, letter, meeting, { type: 'legalPlanningMeetingHeld', date: '2026-03-02', decision: 'noLegalAction' }])).toEqual({
      startDate: '2026-02-02',
      letterDate: '2026-02-04',
      initialMeetingDate: '2026-02-11',
      numberOfReviews: 0,
      decisionDate: '2026-03-02',
      outcome: 'stepDown',
    });
  });

  it('issue decided at a review: the court application date is the later day of issue', () => {
    const decided = [started, letter, meeting, review('2026-04-08', 'issueProceedings')];
    // Before the application is issued, the decision is recorded but no court application.
    expect(census(decided)).toEqual({
      startDate: '2026-02-02',
      letterDate: '2026-02-04',
      initialMeetingDate: '2026-02-11',
      numberOfReviews: 1,
      decisionDate: '2026-04-08',
      outcome: 'issueProceedings',
    });
    const summary = caseSummary(stateOf([...decided, { type: 'careProceedingsIssued', date: '2026-04-20' }]), { asOf: '2026-04-20' });
    expect(summary.legalPhase).toBe('proceedings');
    expect(summary.preProceedings).toEqual({
      startDate: '2026-02-02',
      letterDate: '2026-02-04',
      initialMeetingDate: '2026-02-11',
      numberOfReviews: 1,
      decisionDate: '2026-04-08',
      outcome: 'issueProceedings',
      courtApplicationDate: '2026-04-20',
    });
  });

  it('issue decided at a legal planning meeting during pre-proceedings: the meeting is the decision date', () => {
    expect(
      census([
        started,
        letter,
        meeting,
        { type: 'legalPlanningMeetingHeld', date: '2026-03-09', decision: 'issueProceedings' },
        { type: 'careProceedingsIssued', date: '2026-03-16' },
      ]),
    ).toMatchObject({ numberOfReviews: 0, decisionDate: '2026-03-09', outcome: 'issueProceedings', courtApplicationDate: '2026-03-16' });
  });

  it('proceedings issued during pre-proceedings without a recorded decision: decided and applied for on the day of issue', () => {
    expect(census([started, letter, { type: 'careProceedingsIssued', date: '2026-02-06' }])).toEqual({
      startDate: '2026-02-02',
      letterDate: '2026-02-04',
      numberOfReviews: 0,
      decisionDate: '2026-02-06',
      outcome: 'issueProceedings',
      courtApplicationDate: '2026-02-06',
    });
  });

  it('the fields stay on the summary after the proceedings have ended', () => {
    const summary = caseSummary(
      stateOf([
        started,
        meeting,
        review('2026-03-04', 'issueProceedings'),
        { type: 'careProceedingsIssued', date: '2026-03-09' },
        { type: 'finalOrderMade', date: '2026-08-24', order: 'care' },
      ]),
      { asOf: '2026-09-01' },
    );
    expect(summary.legalPhase).toBe('concluded');
    expect(summary.preProceedings).toMatchObject({ outcome: 'issueProceedings', courtApplicationDate: '2026-03-09', numberOfReviews: 1 });
  });

  it('a second pre-proceedings after a step-down replaces the first: the census reports the latest', () => {
    const events: CaseEvent[] = [
      started,
      letter,
      meeting,
      review('2026-04-08', 'stepDown'),
      { type: 'legalPlanningMeetingHeld', date: '2026-09-07', decision: 'preProceedings' },
      { type: 'letterBeforeProceedingsSent', date: '2026-09-09' },
    ];
    expect(census(events)).toEqual({ startDate: '2026-09-07', letterDate: '2026-09-09', numberOfReviews: 0 });
  });

  it('a later urgent issue without pre-proceedings does not rewrite the earlier step-down', () => {
    const events: CaseEvent[] = [started, meeting, review('2026-04-08', 'stepDown'), { type: 'careProceedingsIssued', date: '2026-10-05' }];
    expect(census(events)).toEqual({
      startDate: '2026-02-02',
      initialMeetingDate: '2026-02-11',
      numberOfReviews: 1,
      decisionDate: '2026-04-08',
      outcome: 'stepDown',
    });
  });

  it('the fields survive JSON, with no empty keys for fields not yet known', () => {
    const preProceedings = census([started, letter]);
    expect(JSON.parse(JSON.stringify(preProceedings))).toEqual({ startDate: '2026-02-02', letterDate: '2026-02-04', numberOfReviews: 0 });
    expect(Object.keys(preProceedings ?? {}).sort()).toEqual(['letterDate', 'numberOfReviews', 'startDate']);
  });
});
