import type { ParticipantRole } from './participantRole.js';

/**
 * The agency a role speaks for when a conference's quorum is counted; `null` for the family's
 * side and the chair, who never count. Health roles count as one agency and education roles as
 * another, as the quorum rules do (Pan-Sussex Child Protection and Safeguarding Procedures 7.8:
 * children's social care plus at least two other agencies or key disciplines with direct
 * contact with the child). Every `other` professional together counts once: the log holds
 * roles, not organisations, so two `other` roles cannot be told apart.
 *
 * @example
 * agencyOf.gp === agencyOf.healthVisitor; // true: both are health
 * agencyOf.parent; // null
 */
export const agencyOf: Readonly<Record<ParticipantRole, Agency | null>> = {
  parent: null,
  carer: null,
  child: null,
  familyMember: null,
  supporter: null,
  advocate: null,
  chair: null,
  socialWorker: 'socialCare',
  police: 'police',
  healthVisitor: 'health',
  schoolNurse: 'health',
  midwife: 'health',
  gp: 'health',
  paediatrician: 'health',
  school: 'education',
  earlyYears: 'education',
  probation: 'probation',
  housing: 'housing',
  adultServices: 'adultServices',
  other: 'other',
};

/** An agency as the quorum counts it. */
export type Agency = 'socialCare' | 'police' | 'health' | 'education' | 'probation' | 'housing' | 'adultServices' | 'other';

/** Professional roles other than children's social care: the agencies asked for a report to the chair. */
export type AgencyRole = Exclude<ParticipantRole, 'parent' | 'carer' | 'child' | 'familyMember' | 'supporter' | 'advocate' | 'chair' | 'socialWorker'>;

/**
 * The roles of the agencies besides children's social care, in role order: they send the chair
 * a report before the conference (Pan-Sussex 5.11.6-5.11.8).
 *
 * @example
 * agencyRoles.includes('police'); // true
 * agencyRoles.includes('socialWorker'); // false: the social worker's report is the family report
 */
export const agencyRoles = /* @__PURE__ */ (() =>
  (Object.keys(agencyOf) as ParticipantRole[]).filter(isAgencyRole) as [AgencyRole, ...AgencyRole[]])();

/** True for a role of an agency other than children's social care. */
export function isAgencyRole(role: ParticipantRole): role is AgencyRole {
  return agencyOf[role] !== null && role !== 'socialWorker';
}
