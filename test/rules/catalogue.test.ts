import { describe, expect, it } from 'vitest';
import {
  describePeriod,
  englandWorkingTogether2023,
  timeUnits,
  timescaleIds,
  timescales,
  type RuleStatus,
  type TimescaleId,
} from '../../src/index.js';

const allowedStatuses: readonly RuleStatus[] = [
  'statute',
  'practiceDirection',
  'nationalGuidance',
  'bestPractice',
  'localProcedure',
];

/** The ids promised to callers in the issue: each must stay in the catalogue. */
const contractIds: readonly TimescaleId[] = [
  'referralDecision',
  'assessment',
  'initialConference',
  'firstCoreGroup',
  'subsequentCoreGroup',
  'firstReviewConference',
  'subsequentReviewConference',
  'statutoryVisit',
  'transferInConference',
  'preBirthConference',
  'preProceedings',
  'careProceedings',
  'proceedingsExtension',
  'caseManagementHearingEarliest',
  'caseManagementHearingLatest',
  'policeProtection',
  'emergencyProtectionOrder',
  'emergencyProtectionOrderExtension',
  'childAssessmentOrder',
  'supervisionOrder',
  'supervisionOrderMaximum',
];

const entries = timescaleIds.map((id) => [id, timescales[id]] as const);

describe('the timescale catalogue', () => {
  it('contains every contract id from the issue', () => {
    const missing = contractIds.filter((id) => !Object.hasOwn(timescales, id));
    expect(missing).toEqual([]);
  });

  it('lists its ids in timescaleIds, once each, in catalogue order', () => {
    expect(timescaleIds).toEqual(Object.keys(timescales));
    expect(new Set(timescaleIds).size).toBe(timescaleIds.length);
  });

  it.each(entries)('gives %s an id equal to its key', (id, rule) => {
    expect(rule.id).toBe(id);
  });

  it.each(entries)('cites a non-empty source for %s', (_id, rule) => {
    expect(typeof rule.source).toBe('string');
    expect(rule.source.trim()).not.toBe('');
  });

  it.each(entries)('gives %s a status from the allowed list', (_id, rule) => {
    expect(allowedStatuses).toContain(rule.status);
  });

  it.each(entries)('gives %s a unit from timeUnits and a known way of counting', (_id, rule) => {
    expect(timeUnits).toContain(rule.unit);
    expect(['after', 'beginningWith', 'before']).toContain(rule.counting);
  });

  it.each(entries)('gives %s a start event and a start description', (_id, rule) => {
    expect(rule.start.event).toMatch(/^[a-z][A-Za-z]+$/);
    expect(rule.start.description.trim()).not.toBe('');
  });

  it.each(entries)('gives %s a positive whole amount, a title and, when present, a non-empty note', (_id, rule) => {
    expect(Number.isSafeInteger(rule.amount) && rule.amount > 0).toBe(true);
    expect(rule.title.trim()).not.toBe('');
    if (rule.note !== undefined) expect(rule.note.trim()).not.toBe('');
  });

  it('counts hours only for police protection, the one rule that runs on the clock', () => {
    expect(entries.filter(([, rule]) => rule.unit === 'hours').map(([id]) => id)).toEqual(['policeProtection']);
  });

  it('marks the Children Act 1989 and PD12A timescales as statute and practice direction', () => {
    const statute: TimescaleId[] = [
      'careProceedings',
      'proceedingsExtension',
      'policeProtection',
      'emergencyProtectionOrder',
      'emergencyProtectionOrderExtension',
      'childAssessmentOrder',
      'supervisionOrder',
      'supervisionOrderMaximum',
    ];
    for (const id of statute) expect(timescales[id].status, id).toBe('statute');
    expect(timescales.caseManagementHearingEarliest.status).toBe('practiceDirection');
    expect(timescales.caseManagementHearingLatest.status).toBe('practiceDirection');
  });

  it('marks the local procedures as local, so rule sets may change them', () => {
    for (const id of ['subsequentCoreGroup', 'statutoryVisit', 'transferInConference', 'preBirthConference'] as const) {
      expect(timescales[id].status, id).toBe('localProcedure');
    }
  });

  it('keeps a "verify" caveat in the notes of the rules not yet confirmed against a published text', () => {
    expect(timescales.preProceedings.note).toMatch(/verify/i);
    expect(timescales.furtherCaseManagementHearingLatest.note).toMatch(/verify/i);
  });

  it('holds the amounts of Working Together 2023 chapter 3, the Children Act 1989 and PD12A', () => {
    const periods = Object.fromEntries(entries.map(([id, rule]) => [id, describePeriod(rule)]));
    expect(periods).toMatchObject({
      referralDecision: '1 working day after',
      assessment: '45 working days after',
      initialConference: '15 working days after',
      firstCoreGroup: '10 working days after',
      firstReviewConference: '3 months after',
      subsequentReviewConference: '6 months after',
      careProceedings: '26 weeks beginning with',
      proceedingsExtension: '8 weeks after',
      caseManagementHearingEarliest: '12 days beginning with',
      caseManagementHearingLatest: '18 days beginning with',
      policeProtection: '72 hours after',
      childAssessmentOrder: '7 days beginning with',
      supervisionOrder: '1 year beginning with',
      supervisionOrderMaximum: '3 years beginning with',
    });
  });

  it('is the timescale table of the national defaults rule set', () => {
    expect(englandWorkingTogether2023.timescales).toBe(timescales);
    expect(englandWorkingTogether2023.base).toBeNull();
    expect(englandWorkingTogether2023.overrides).toEqual({});
    expect(englandWorkingTogether2023.calendar.division).toBe('england-and-wales');
  });
});

describe('describePeriod', () => {
  it('uses the singular for an amount of one', () => {
    expect(describePeriod({ amount: 1, unit: 'workingDays', counting: 'after' })).toBe('1 working day after');
    expect(describePeriod({ amount: 1, unit: 'years', counting: 'beginningWith' })).toBe('1 year beginning with');
  });

  it('names every unit and way of counting in words', () => {
    expect(describePeriod({ amount: 2, unit: 'calendarDays', counting: 'before' })).toBe('2 days before');
    expect(describePeriod({ amount: 2, unit: 'weeks', counting: 'after' })).toBe('2 weeks after');
    expect(describePeriod({ amount: 2, unit: 'months', counting: 'after' })).toBe('2 months after');
    expect(describePeriod({ amount: 2, unit: 'hours', counting: 'after' })).toBe('2 hours after');
  });
});
