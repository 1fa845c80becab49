/*
 * Type tests of the conference track: what the compiler accepts and refuses. Nothing here runs.
 */
import { describe, expectTypeOf, it } from 'vitest';
import {
  applyEvent,
  conferenceRecords,
  createRuleSet,
  type AgencyRole,
  type CaseState,
  type ConferenceFindingCode,
  type ConferenceKind,
  type ConferenceRecord,
  type EventAllowedIn,
  type EventOf,
  type ParticipantRole,
  type RuleSet,
} from '../../src/index.js';

declare const inEnquiry: CaseState<'enquiry'>;
declare const inPlan: CaseState<'plan'>;

describe('conference events', () => {
  it('are accepted by the compiler in every phase (the state decides at run time)', () => {
    applyEvent(inEnquiry, { type: 'conferenceScheduled', date: '2026-01-07', conference: 'initial', on: '2026-01-26' });
    applyEvent(inPlan, { type: 'conferenceInvitationsSent', date: '2026-03-02', conference: 'review', roles: ['parent', 'gp'] });
    applyEvent(inPlan, { type: 'agencyReportReceived', date: '2026-03-02', conference: 'review', role: 'school' });
    applyEvent(inPlan, { type: 'participantExcluded', date: '2026-03-02', conference: 'review', role: 'parent' });
    applyEvent(inPlan, { type: 'familyReportShared', date: '2026-03-02', conference: 'review' });
    expectTypeOf<EventOf<'conferenceScheduled'>>().toExtend<EventAllowedIn<'none'>>();
    expectTypeOf<EventOf<'familyReportShared'>>().toExtend<EventAllowedIn<'transferIn'>>();
  });

  it('refuses roles, kinds and fields outside the format', () => {
    // @ts-expect-error a name is not a role
    applyEvent(inPlan, { type: 'participantExcluded', date: '2026-03-02', conference: 'review', role: 'Jane Smith' });
    // @ts-expect-error a parent is not an agency that reports to the chair
    applyEvent(inPlan, { type: 'agencyReportReceived', date: '2026-03-02', conference: 'review', role: 'parent' });
    // @ts-expect-error a strategy discussion is not a conference kind
    applyEvent(inEnquiry, { type: 'conferenceScheduled', date: '2026-01-07', conference: 'strategy', on: '2026-01-26' });
    // @ts-expect-error a booking needs its day
    applyEvent(inEnquiry, { type: 'conferenceScheduled', date: '2026-01-07', conference: 'initial' });
    // @ts-expect-error invitations name roles, as a list
    applyEvent(inPlan, { type: 'conferenceInvitationsSent', date: '2026-03-02', conference: 'review', roles: 'parent' });
    expectTypeOf<EventOf<'conferenceScheduled'>['conference']>().toEqualTypeOf<ConferenceKind>();
    expectTypeOf<ConferenceKind>().toEqualTypeOf<'initial' | 'review' | 'transferIn' | 'preBirth'>();
  });

  it('gives the held events the meeting\'s record, all optional', () => {
    applyEvent(inPlan, { type: 'reviewConferenceHeld', date: '2026-04-20', decision: 'continuePlan' });
    applyEvent(inPlan, {
      type: 'reviewConferenceHeld',
      date: '2026-04-20',
      decision: 'continuePlan',
      participants: [{ role: 'socialWorker', attended: true }, { role: 'gp', attended: false, writtenReport: true }],
      thresholdJudgements: [{ role: 'gp', met: true, rationaleRecorded: true }],
      scaling: [{ role: 'parent', score: 6 }],
      childParticipation: 'advocate',
    });
    applyEvent(inPlan, {
      type: 'reviewConferenceHeld',
      date: '2026-04-20',
      decision: 'continuePlan',
      // @ts-expect-error attendance is a boolean
      participants: [{ role: 'gp', attended: 'yes' }],
    });
    applyEvent(inPlan, {
      type: 'reviewConferenceHeld',
      date: '2026-04-20',
      decision: 'continuePlan',
      // @ts-expect-error not a way a child takes part
      childParticipation: 'watched',
    });
    expectTypeOf<NonNullable<EventOf<'transferInConferenceHeld'>['scaling']>[number]['score']>().toEqualTypeOf<number>();
    expectTypeOf<NonNullable<EventOf<'initialConferenceHeld'>['participants']>[number]['role']>().toEqualTypeOf<ParticipantRole>();
  });
});

describe('roles, records and settings', () => {
  it('has the exact role list of the contract, and agencies without family roles or the chair', () => {
    expectTypeOf<ParticipantRole>().toEqualTypeOf<
      | 'parent' | 'carer' | 'child' | 'familyMember' | 'supporter' | 'advocate' | 'socialWorker' | 'chair' | 'police' | 'healthVisitor'
      | 'schoolNurse' | 'midwife' | 'gp' | 'paediatrician' | 'school' | 'earlyYears' | 'probation' | 'housing' | 'adultServices' | 'other'
    >();
    expectTypeOf<'parent'>().not.toExtend<AgencyRole>();
    expectTypeOf<'chair'>().not.toExtend<AgencyRole>();
    expectTypeOf<'socialWorker'>().not.toExtend<AgencyRole>();
    expectTypeOf<'midwife'>().toExtend<AgencyRole>();
  });

  it('returns records with stable finding codes', () => {
    expectTypeOf(conferenceRecords(inPlan)).toEqualTypeOf<ConferenceRecord[]>();
    expectTypeOf<ConferenceRecord['findings'][number]['code']>().toEqualTypeOf<ConferenceFindingCode>();
    expectTypeOf<'NOT_QUORATE'>().toExtend<ConferenceFindingCode>();
    expectTypeOf<'NOT_A_CODE'>().not.toExtend<ConferenceFindingCode>();
    expectTypeOf<ConferenceRecord['quorate']>().toEqualTypeOf<boolean | undefined>();
  });

  it('carries the quorum in the rule set\'s settings', () => {
    expectTypeOf<RuleSet['settings']['quorumOtherAgencies']>().toEqualTypeOf<number>();
    createRuleSet({ name: 'Example council', settings: { quorumOtherAgencies: 3 } });
    // @ts-expect-error not a setting
    createRuleSet({ name: 'Example council', settings: { quorum: 3 } });
  });
});
