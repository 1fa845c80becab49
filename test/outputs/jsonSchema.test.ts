import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseEventTypes, parseEvents, type CaseEvent } from '../../src/index.js';
import { eventsJsonSchema } from '../../scripts/docs/eventsSchema.js';

/*
 * schema/events.json is checked with Ajv, a validator independent of zod, against the logs zod
 * accepts and refuses: the published format must say the same as `parseEvents` wherever JSON
 * Schema can say it.
 */

const schemaPath = new URL('../../schema/events.json', import.meta.url);
const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>;
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats.default(ajv);
const validate = ajv.compile(schema);

const valid = (value: unknown): boolean => validate(value) === true;

/** One valid event of every type, with every optional field somewhere. */
const everyType: CaseEvent[] = [
  { type: 'referralReceived', date: '2026-01-05', note: 'free text' },
  { type: 'referralDecisionMade', date: '2026-01-06', decision: 'assessment' },
  { type: 'assessmentCompleted', date: '2026-01-07' },
  { type: 'strategyDiscussionHeld', date: '2026-01-08', decision: 'section47' },
  { type: 'section47Concluded', date: '2026-01-09', outcome: 'conference' },
  { type: 'initialConferenceHeld', date: '2026-01-10', decision: 'plan', categories: ['neglect', 'emotional'] },
  { type: 'coreGroupHeld', date: '2026-01-11', attended: ['parent', 'socialWorker'], detailedPlanAgreed: true },
  { type: 'visitMade', date: '2026-01-12', unannounced: true, seen: true, seenAlone: false, bedroomSeen: true },
  {
    type: 'reviewConferenceHeld',
    date: '2026-01-13',
    decision: 'continuePlan',
    categories: ['physical'],
    participants: [{ role: 'socialWorker', attended: true }, { role: 'gp', attended: false, writtenReport: true }],
    thresholdJudgements: [{ role: 'gp', met: true, rationaleRecorded: true }],
    scaling: [{ role: 'socialWorker', score: 0 }, { role: 'parent', score: 10 }],
    childParticipation: 'viewsShared',
  },
  { type: 'planEnded', date: '2026-01-14', reason: 'movedAuthority' },
  { type: 'transferInNotified', date: '2026-01-15' },
  { type: 'transferInConferenceHeld', date: '2026-01-16', decision: 'childInNeed' },
  { type: 'childInNeedPlanStarted', date: '2026-01-17' },
  { type: 'childInNeedPlanEnded', date: '2026-01-18' },
  { type: 'childBorn', date: '2026-01-19' },
  { type: 'conferenceScheduled', date: '2026-01-19', conference: 'review', on: '2026-02-02' },
  { type: 'participantExcluded', date: '2026-01-19', conference: 'review', role: 'parent' },
  { type: 'conferenceInvitationsSent', date: '2026-01-19', conference: 'review', roles: ['carer', 'school'] },
  { type: 'familyReportShared', date: '2026-01-19', conference: 'review' },
  { type: 'agencyReportReceived', date: '2026-01-19', conference: 'review', role: 'school' },
  { type: 'coreGroupMembersSet', date: '2026-01-19', roles: ['parent', 'school', 'healthVisitor'] },
  { type: 'planActionAgreed', date: '2026-01-19', action: 'plan-1:action_2.b', owner: 'parent', due: '2026-02-16' },
  { type: 'planActionRevised', date: '2026-01-19', action: 'plan-1:action_2.b', due: '2026-02-23', owner: 'socialWorker' },
  { type: 'planActionCompleted', date: '2026-01-19', action: 'plan-1:action_2.b' },
  { type: 'planActionWithdrawn', date: '2026-01-19', action: 'a'.repeat(64) },
  { type: 'legalPlanningMeetingHeld', date: '2026-01-20', decision: 'preProceedings' },
  { type: 'letterBeforeProceedingsSent', date: '2026-01-21' },
  { type: 'preProceedingsMeetingHeld', date: '2026-01-22' },
  { type: 'preProceedingsReviewHeld', date: '2026-01-23', decision: 'stepDown' },
  { type: 'familyGroupDecisionMakingOffered', date: '2026-01-23', note: 'free text' },
  { type: 'familyGroupDecisionMakingHeld', date: '2026-01-23' },
  { type: 'careProceedingsIssued', date: '2026-01-24' },
  { type: 'caseManagementHearingHeld', date: '2026-01-25' },
  { type: 'furtherCaseManagementHearingHeld', date: '2026-01-26' },
  { type: 'issuesResolutionHearingHeld', date: '2026-01-27' },
  { type: 'timetableExtended', date: '2026-01-28', weeks: 8 },
  { type: 'interimOrderMade', date: '2026-01-29', order: 'interimCare' },
  { type: 'finalOrderMade', date: '2026-01-30', order: 'supervision' },
  { type: 'proceedingsWithdrawn', date: '2026-01-31' },
  { type: 'supervisionOrderExtended', date: '2026-02-01', years: 2, endsOn: '2028-01-31' },
  { type: 'policeProtectionStarted', date: '2026-03-28', at: '2026-03-28T22:15:00Z' },
  { type: 'policeProtectionEnded', date: '2026-03-29', at: '2026-03-29T09:00+01:00' },
  { type: 'emergencyProtectionOrderMade', date: '2026-03-29', at: '2026-03-29T10:00:00.5+01:00', endsAt: '2026-04-06T10:00:00+01:00' },
  { type: 'emergencyProtectionOrderExtended', date: '2026-04-05', at: '2026-04-05T10:00:00Z', endsAt: '2026-04-10T10:00:00Z' },
  { type: 'emergencyProtectionOrderEnded', date: '2026-04-08' },
  { type: 'childAssessmentOrderMade', date: '2026-04-09', startsOn: '2026-04-10', days: 7 },
];

/** Each way a log can be wrong, as zod and the schema should both refuse it. */
const invalidLogs: Record<string, unknown> = {
  'unknown event type': [{ type: 'referralRecieved', date: '2026-01-05' }],
  'missing type': [{ date: '2026-01-05' }],
  'decision outside its enum': [{ type: 'strategyDiscussionHeld', date: '2026-01-08', decision: 'maybe' }],
  'category outside its enum': [{ type: 'initialConferenceHeld', date: '2026-01-10', decision: 'plan', categories: ['financial'] }],
  'missing required field': [{ type: 'section47Concluded', date: '2026-01-09' }],
  'missing date': [{ type: 'coreGroupHeld' }],
  'field of another event': [{ type: 'coreGroupHeld', date: '2026-01-11', decision: 'plan' }],
  'extra field': [{ type: 'referralReceived', date: '2026-01-05', childName: 'not part of the format' }],
  'extra field on the case': { child: {}, events: [], worker: 'x' },
  'extra field on the child': { child: { dateOfBirth: '2019-04-02', name: 'x' }, events: [] },
  'date without zero padding': [{ type: 'referralReceived', date: '2026-1-5' }],
  'date with a time': [{ type: 'referralReceived', date: '2026-01-05T10:00:00Z' }],
  'date as a number': [{ type: 'referralReceived', date: 20260105 }],
  'date-time without an offset': [{ type: 'policeProtectionStarted', date: '2026-03-28', at: '2026-03-28T22:15:00' }],
  'date-time as a date': [{ type: 'policeProtectionStarted', date: '2026-03-28', at: '2026-03-28' }],
  'a date that does not exist (format: date)': [{ type: 'referralReceived', date: '2026-02-30' }],
  'weeks out of range': [{ type: 'timetableExtended', date: '2026-01-28', weeks: 9 }],
  'weeks not whole': [{ type: 'timetableExtended', date: '2026-01-28', weeks: 2.5 }],
  'days out of range': [{ type: 'childAssessmentOrderMade', date: '2026-04-09', startsOn: '2026-04-10', days: 0 }],
  'categories repeated': [{ type: 'initialConferenceHeld', date: '2026-01-10', decision: 'plan', categories: ['neglect', 'neglect'] }],
  'categories empty': [{ type: 'initialConferenceHeld', date: '2026-01-10', decision: 'plan', categories: [] }],
  'unannounced false': [{ type: 'visitMade', date: '2026-01-12', unannounced: false }],
  'unknown participant role': [{ type: 'participantExcluded', date: '2026-01-12', conference: 'initial', role: 'uncle' }],
  'no roles invited': [{ type: 'conferenceInvitationsSent', date: '2026-01-12', conference: 'initial', roles: [] }],
  'a scaling score of 11': [{ type: 'reviewConferenceHeld', date: '2026-01-13', decision: 'continuePlan', scaling: [{ role: 'gp', score: 11 }] }],
  'a scaling score of 2.5': [{ type: 'reviewConferenceHeld', date: '2026-01-13', decision: 'continuePlan', scaling: [{ role: 'gp', score: 2.5 }] }],
  'a family role as an agency report': [{ type: 'agencyReportReceived', date: '2026-01-12', conference: 'initial', role: 'parent' }],
  'a conference kind outside its enum': [{ type: 'conferenceScheduled', date: '2026-01-12', conference: 'strategy', on: '2026-01-20' }],
  'seen not a boolean': [{ type: 'visitMade', date: '2026-01-12', seen: 'yes' }],
  'detailed plan agreed false': [{ type: 'coreGroupHeld', date: '2026-01-11', detailedPlanAgreed: false }],
  'attendance repeated': [{ type: 'coreGroupHeld', date: '2026-01-11', attended: ['parent', 'parent'] }],
  'core group with no roles': [{ type: 'coreGroupMembersSet', date: '2026-01-11', roles: [] }],
  'role outside its enum': [{ type: 'coreGroupMembersSet', date: '2026-01-11', roles: ['Jane Smith'] }],
  'action id with spaces': [{ type: 'planActionAgreed', date: '2026-01-11', action: 'Mum to attend', owner: 'parent', due: '2026-02-01' }],
  'action id over 64 characters': [{ type: 'planActionCompleted', date: '2026-01-11', action: 'a'.repeat(65) }],
  'action id empty': [{ type: 'planActionWithdrawn', date: '2026-01-11', action: '' }],
  'action without an owner': [{ type: 'planActionAgreed', date: '2026-01-11', action: 'a1', due: '2026-02-01' }],
  'action owner outside its enum': [{ type: 'planActionAgreed', date: '2026-01-11', action: 'a1', owner: 'mum', due: '2026-02-01' }],
  'events not a list': { events: {} },
  'not a log at all': 'referralReceived',
};

describe('schema/events.json', () => {
  it('is the file the generator writes (run `npm run docs` if this fails)', () => {
    expect(schema).toEqual(eventsJsonSchema());
  });

  it('is exported by the package as child-protection-pathway/schema/events.json', () => {
    const resolved = createRequire(import.meta.url).resolve('child-protection-pathway/schema/events.json');
    expect(resolved.replaceAll('\\', '/')).toMatch(/\/schema\/events\.json$/);
    expect(JSON.parse(readFileSync(resolved, 'utf8'))).toEqual(schema);
    const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { files: string[] };
    expect(packageJson.files).toContain('schema');
  });

  it.each(['case-example.json', 'plan-example.json'])('accepts examples/%s, as parseEvents does', (file) => {
    const example: unknown = JSON.parse(readFileSync(new URL(`../../examples/${file}`, import.meta.url), 'utf8'));
    expect(parseEvents(example).ok).toBe(true);
    expect(valid(example), ajv.errorsText(validate.errors)).toBe(true);
  });

  it('accepts one event of every type, as a bare list and as a case', () => {
    expect(new Set(everyType.map((event) => event.type))).toEqual(new Set(caseEventTypes));
    expect(parseEvents(everyType).ok).toBe(true);
    expect(valid(everyType), ajv.errorsText(validate.errors)).toBe(true);
    expect(valid({ child: { expectedDeliveryDate: '2026-09-14' }, events: everyType }), ajv.errorsText(validate.errors)).toBe(true);
    expect(valid([])).toBe(true);
  });

  it.each(Object.entries(invalidLogs))('refuses a log with %s, as parseEvents does', (_name, log) => {
    expect(parseEvents(log).ok).toBe(false);
    expect(valid(log)).toBe(false);
  });

  it('agrees with parseEvents on which YYYY-MM-DD dates exist', () => {
    const digits = (length: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: length, maxLength: length });
    const dateLike = fc.oneof(
      fc.tuple(digits(4), digits(2), digits(2)).map(([year, month, day]) => `${year}-${month}-${day}`),
      fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }).map((date) =>
        date.toISOString().slice(0, 10),
      ),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(dateLike, (date) => {
        const log = [{ type: 'referralReceived', date }];
        expect(valid(log)).toBe(parseEvents(log).ok);
      }),
      { numRuns: 500 },
    );
  });

  it('accepts every date-time parseEvents accepts (the pattern gives the shape only)', () => {
    const two = (max: number) => fc.integer({ min: 0, max }).map((value) => String(value).padStart(2, '0'));
    const dateTime = fc
      .tuple(two(29), two(25), two(61), fc.option(two(61)), fc.option(fc.integer({ min: 0, max: 999_999 })), fc.constantFrom('Z', '+01:00', '-05:30', '+1:00', ''))
      .map(([day, hour, minute, second, fraction, offset]) => {
        const seconds = second === null ? '' : `:${second}${fraction === null ? '' : `.${fraction}`}`;
        return `2026-02-${day === '00' ? '01' : day}T${hour}:${minute}${seconds}${offset}`;
      });
    fc.assert(
      fc.property(dateTime, (at) => {
        const log = [{ type: 'policeProtectionStarted', date: '2026-02-01', at }];
        if (parseEvents(log).ok) expect(valid(log), at).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
