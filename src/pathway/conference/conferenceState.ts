import type { IsoDate } from '../../dates/isoDate.js';
import type { AgencyRole } from './agencies.js';
import type { ChildParticipation, ConferenceKind, ConferenceParticipant, ScalingScore, ThresholdJudgement } from './conferenceEvents.js';
import type { ParticipantRole } from './participantRole.js';

/** A preparation step done, and the last day it was due on under the booking of the time. */
export interface PreparationStep {
  readonly on: IsoDate;
  readonly due: IsoDate;
}

/**
 * One conference as the case log built it: booked (and perhaps moved), prepared, held, or
 * cancelled because the case moved on before it was held. `conferenceRecords` reads these.
 */
export interface ConferenceState {
  readonly conference: ConferenceKind;
  /** The booked day, for a conference that was booked (the latest booking when it moved). */
  readonly scheduledFor?: IsoDate;
  readonly heldOn?: IsoDate;
  /** The day a booking stopped applying unheld (the enquiry, transfer or plan ended first). */
  readonly cancelledOn?: IsoDate;
  /** Every role invited, in the order first invited, without repeats. */
  readonly invited: readonly ParticipantRole[];
  readonly invitationsSentOn?: IsoDate;
  /** Roles the chair excluded from all or part of the conference. */
  readonly excluded: readonly ParticipantRole[];
  /** The social worker's report given to the parents: the first time, and its due date then. */
  readonly familyReport?: PreparationStep;
  /** Agencies' reports to the chair, the first from each role. */
  readonly agencyReports: readonly { readonly role: AgencyRole; readonly on: IsoDate }[];
  /** The meeting's record, from the held event. */
  readonly participants?: readonly ConferenceParticipant[];
  readonly thresholdJudgements?: readonly ThresholdJudgement[];
  readonly scaling?: readonly ScalingScore[];
  readonly childParticipation?: ChildParticipation;
}
