/*
 * Builders for the conference tests: a case that reaches an initial conference, a plan that
 * reaches its first review, and the conference events, so a log reads like a case file.
 *
 * The initial conference: referral Mon 5 Jan 2026, strategy discussion Tue 6 Jan; the ICPC is
 * due 15 working days on: Wed 7 (1), Thu 8 (2), Fri 9 (3), Mon 12-Fri 16 (4-8), Mon 19-Fri 23
 * (9-13), Mon 26 (14), Tue 27 Jan (15).
 */
import type { AgencyRole, CaseEvent, ConferenceKind, ConferenceParticipant, ParticipantRole } from '../../src/index.js';
import { icpcPlan, on, referral, strategy } from './socialCareFixtures.js';

export const enquiry: CaseEvent[] = [referral(on('2026-01-05', 'Mon')), strategy(on('2026-01-06', 'Tue'))];

/** A plan from an initial conference held Mon 26 Jan 2026, without a booking. */
export const planFrom26Jan: CaseEvent[] = [...enquiry, icpcPlan(on('2026-01-26', 'Mon'))];

export const book = (date: string, conference: ConferenceKind, day: string): CaseEvent => ({ type: 'conferenceScheduled', date, conference, on: day });
export const invite = (date: string, conference: ConferenceKind, roles: ParticipantRole[]): CaseEvent => ({
  type: 'conferenceInvitationsSent',
  date,
  conference,
  roles: roles as [ParticipantRole, ...ParticipantRole[]],
});
export const shareReport = (date: string, conference: ConferenceKind): CaseEvent => ({ type: 'familyReportShared', date, conference });
export const agencyReport = (date: string, conference: ConferenceKind, role: AgencyRole): CaseEvent => ({
  type: 'agencyReportReceived',
  date,
  conference,
  role,
});
export const exclude = (date: string, conference: ConferenceKind, role: ParticipantRole): CaseEvent => ({
  type: 'participantExcluded',
  date,
  conference,
  role,
});

/** Participants by role: `true` attended, `false` absent, `'report'` absent with a written report. */
export function present(roles: Partial<Record<ParticipantRole, boolean | 'report'>>): ConferenceParticipant[] {
  return Object.entries(roles).map(([role, how]) =>
    how === 'report' ? { role: role as ParticipantRole, attended: false, writtenReport: true } : { role: role as ParticipantRole, attended: how === true },
  );
}

/** The initial conference held as a plan, with the meeting's record. */
export const icpcHeld = (date: string, meeting: Partial<Extract<CaseEvent, { type: 'initialConferenceHeld' }>> = {}): CaseEvent => ({
  type: 'initialConferenceHeld',
  date,
  decision: 'plan',
  categories: ['neglect'],
  ...meeting,
});
