import type { IsoDate } from '../../dates/isoDate.js';
import { toEpochDay } from '../../dates/epochDay.js';
import { ageReachedOn } from '../age.js';
import type { CaseState } from '../state.js';
import { agencyOf, isAgencyRole } from './agencies.js';
import type { ConferenceKind } from './conferenceEvents.js';
import type { ConferenceState } from './conferenceState.js';
import type { ParticipantRole } from './participantRole.js';

/**
 * Stable codes of what a conference's record shows was missed. Advisory ones
 * (`CHILD_AGED_12_NOT_INVITED`) ask for a decision rather than mark a failure.
 */
export type ConferenceFindingCode =
  | 'NOT_QUORATE'
  | 'PARENTS_NOT_INVITED'
  | 'CHILD_AGED_12_NOT_INVITED'
  | 'FAMILY_REPORT_NOT_SHARED'
  | 'FAMILY_REPORT_LATE'
  | 'AGENCY_REPORT_MISSING'
  | 'ABSENT_AGENCY_NO_REPORT'
  | 'THRESHOLD_RATIONALE_MISSING';

/** One check a conference's record fails: a stable code, a sentence citing the rule, and the role concerned. */
export interface ConferenceFinding {
  readonly code: ConferenceFindingCode;
  readonly message: string;
  readonly role?: ParticipantRole;
}

/** The Signs of Safety scaling scores of a held conference, summarised. */
export interface ScalingSummary {
  readonly count: number;
  readonly min: number;
  /** The middle score, or the mean of the two middle scores. */
  readonly median: number;
  readonly max: number;
}

/** A conference as its record stands: booked, held (or cancelled), quorate or not, and what it missed. */
export interface ConferenceRecord {
  readonly conference: ConferenceKind;
  /** The booked day (the latest, when the booking moved). */
  readonly scheduledFor?: IsoDate;
  readonly heldOn?: IsoDate;
  /** The day a booking stopped applying unheld, because the case moved on. */
  readonly cancelledOn?: IsoDate;
  /** Whether enough agencies attended; only when the held event lists its participants. */
  readonly quorate?: boolean;
  readonly scaling?: ScalingSummary;
  readonly findings: readonly ConferenceFinding[];
}

const PAN_SUSSEX = 'Pan-Sussex Child Protection and Safeguarding Procedures';
const WORCESTERSHIRE = "Worcestershire Safeguarding Children Partnership, guide for professionals working with children subject to a child protection plan";

/**
 * Each finding's authority, and whether it is advisory: the source each finding's message
 * cites, and the data the docs table (docs/conferences.md) is drawn from.
 *
 * @example
 * conferenceFindingChecks.NOT_QUORATE.source; // 'Pan-Sussex Child Protection and Safeguarding Procedures 7.8, a local procedure; Swindon likewise'
 */
export const conferenceFindingChecks: Readonly<Record<ConferenceFindingCode, { readonly source: string; readonly advisory: boolean }>> =
  // In a function marked pure: template literals count as side effects for bundlers.
  /* @__PURE__ */ (() => ({
  NOT_QUORATE: {
    source: `${PAN_SUSSEX} 7.8, a local procedure; Swindon likewise`,
    advisory: false,
  },
  PARENTS_NOT_INVITED: {
    source: "A local authority's leaflet for parents on child protection conferences: parents or carers are invited to the initial and every review conference",
    advisory: false,
  },
  CHILD_AGED_12_NOT_INVITED: {
    source: "A local authority's leaflet for parents on child protection conferences: children over 12 may be invited where appropriate",
    advisory: true,
  },
  FAMILY_REPORT_NOT_SHARED: {
    source: `${PAN_SUSSEX} 5.11.2`,
    advisory: false,
  },
  FAMILY_REPORT_LATE: {
    source: `${PAN_SUSSEX} 5.11.2, a local procedure: 3 working days before an initial conference, 5 before a review`,
    advisory: false,
  },
  AGENCY_REPORT_MISSING: {
    source: `${PAN_SUSSEX} 5.11.3 and 5.11.6-5.11.8`,
    advisory: false,
  },
  ABSENT_AGENCY_NO_REPORT: {
    source: `${WORCESTERSHIRE}; ${PAN_SUSSEX} 5.11.7`,
    advisory: false,
  },
  THRESHOLD_RATIONALE_MISSING: {
    source: WORCESTERSHIRE,
    advisory: false,
  },
}))();

const cite = (code: ConferenceFindingCode): string => ` (${conferenceFindingChecks[code].source})`;
const family: readonly ParticipantRole[] = ['parent', 'carer'];

/**
 * One record per conference the case has booked or held, oldest first, with the checks the
 * sources ask of it. Preparation checks (invitations, reports) apply to a booked conference and
 * list what is still outstanding until it is held, then what was missed; a conference held
 * without a booking has no preparation to check. Meeting checks (quorum, absent agencies,
 * threshold rationale) read the held event's `participants` and `thresholdJudgements`, when
 * given. A cancelled booking has no findings.
 *
 * @example
 * conferenceRecords(state);
 * // [{ conference: 'initial', scheduledFor: '2026-01-29', heldOn: '2026-01-29', quorate: true,
 * //    scaling: { count: 4, min: 2, median: 3.5, max: 6 }, findings: [] }]
 */
export function conferenceRecords(state: CaseState): ConferenceRecord[] {
  const quorum = state.rules.ruleSet.settings?.quorumOtherAgencies ?? 2;
  return state.conferences.map((conference) => recordOf(conference, state, quorum));
}

function recordOf(conference: ConferenceState, state: CaseState, quorum: number): ConferenceRecord {
  const { participants, scaling } = conference;
  const quorate = participants === undefined ? undefined : isQuorate(participants, quorum);
  return {
    conference: conference.conference,
    ...(conference.scheduledFor === undefined ? {} : { scheduledFor: conference.scheduledFor }),
    ...(conference.heldOn === undefined ? {} : { heldOn: conference.heldOn }),
    ...(conference.cancelledOn === undefined ? {} : { cancelledOn: conference.cancelledOn }),
    ...(quorate === undefined ? {} : { quorate }),
    ...(scaling === undefined || scaling.length === 0 ? {} : { scaling: summarise(scaling.map((scale) => scale.score)) }),
    findings:
      conference.cancelledOn === undefined
        ? [...preparationFindings(conference, state), ...meetingFindings(conference, quorate, quorum)]
        : [],
  };
}

/** Social care attended, and at least `quorum` other agencies (health, education each counted once). */
function isQuorate(participants: NonNullable<ConferenceState['participants']>, quorum: number): boolean {
  const agencies = new Set(participants.filter((participant) => participant.attended).map((participant) => agencyOf[participant.role]));
  return agencies.has('socialCare') && [...agencies].filter((agency) => agency !== null && agency !== 'socialCare').length >= quorum;
}

function preparationFindings(conference: ConferenceState, state: CaseState): ConferenceFinding[] {
  const { scheduledFor, invited, excluded } = conference;
  if (scheduledFor === undefined) return [];
  const findings: ConferenceFinding[] = [];
  const considered = (role: ParticipantRole): boolean => invited.includes(role) || excluded.includes(role);
  // Parents or carers are invited to the initial and every review conference (a local
  // authority's leaflet for parents); the chair may exclude one, with reasons recorded (local procedures on
  // excluding family members from a conference).
  if (!family.some(considered)) {
    findings.push({ code: 'PARENTS_NOT_INVITED', role: 'parent', message: `no parent or carer was invited and none was excluded by the chair${cite('PARENTS_NOT_INVITED')}` });
  }
  const dateOfBirth = state.child.dateOfBirth;
  const childTookPart =
    conference.childParticipation === 'attended' || (conference.participants ?? []).some((participant) => participant.role === 'child' && participant.attended);
  if (dateOfBirth !== undefined && toEpochDay(ageReachedOn(dateOfBirth, 12)) <= toEpochDay(scheduledFor) && !considered('child') && !childTookPart) {
    findings.push({
      code: 'CHILD_AGED_12_NOT_INVITED',
      role: 'child',
      message: `the child is 12 or over on the booked day (${scheduledFor}) and was not invited: advisory${cite('CHILD_AGED_12_NOT_INVITED')}`,
    });
  }
  const report = conference.familyReport;
  if (report === undefined) {
    findings.push({ code: 'FAMILY_REPORT_NOT_SHARED', role: 'parent', message: `the social worker's report has not been shared with the parents${cite('FAMILY_REPORT_NOT_SHARED')}` });
  } else if (toEpochDay(report.on) > toEpochDay(report.due)) {
    findings.push({
      code: 'FAMILY_REPORT_LATE',
      role: 'parent',
      message: `the social worker's report was shared with the parents on ${report.on}, after ${report.due}, the last day the booking allowed${cite('FAMILY_REPORT_LATE')}`,
    });
  }
  for (const role of invited.filter(isAgencyRole)) {
    if (!conference.agencyReports.some((received) => received.role === role)) {
      findings.push({ code: 'AGENCY_REPORT_MISSING', role, message: `no report from the invited ${role} has reached the chair${cite('AGENCY_REPORT_MISSING')}` });
    }
  }
  return findings;
}

function meetingFindings(conference: ConferenceState, quorate: boolean | undefined, quorum: number): ConferenceFinding[] {
  const findings: ConferenceFinding[] = [];
  const participants = conference.participants;
  if (participants !== undefined) {
    if (quorate === false) {
      findings.push({
        code: 'NOT_QUORATE',
        message: `fewer agencies attended than a quorum: children's social care and ${quorum} other agencies or disciplines; an inquorate initial conference is re-set within 10 working days${cite('NOT_QUORATE')}`,
      });
    }
    // Every professional invited or listed: present, or sent a written report (Worcestershire
    // Safeguarding Children Partnership, guide for professionals: an agency that cannot attend
    // sends one, with its threshold judgement and rationale; Pan-Sussex 5.11.7).
    const expected = new Set<ParticipantRole>(
      [...conference.invited, ...participants.map((participant) => participant.role)].filter((role) => agencyOf[role] !== null),
    );
    for (const role of expected) {
      const listed = participants.filter((participant) => participant.role === role);
      const accounted =
        listed.some((participant) => participant.attended || participant.writtenReport === true) ||
        conference.agencyReports.some((report) => report.role === role);
      if (!accounted) {
        findings.push({ code: 'ABSENT_AGENCY_NO_REPORT', role, message: `the ${role} neither attended nor sent a written report${cite('ABSENT_AGENCY_NO_REPORT')}` });
      }
    }
  }
  for (const judgement of conference.thresholdJudgements ?? []) {
    if (!judgement.rationaleRecorded) {
      findings.push({
        code: 'THRESHOLD_RATIONALE_MISSING',
        role: judgement.role,
        message: `the ${judgement.role}'s judgement on the threshold of significant harm has no recorded rationale${cite('THRESHOLD_RATIONALE_MISSING')}`,
      });
    }
  }
  return findings;
}

function summarise(scores: readonly number[]): ScalingSummary {
  const sorted = [...scores].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  return { count: sorted.length, min: sorted[0] as number, median, max: sorted[sorted.length - 1] as number };
}
