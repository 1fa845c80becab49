import type { WorkingDayCalendar } from '../calendar/workingDayCalendar.js';
import type { IsoDate } from '../dates/isoDate.js';
import type { RuleSet } from '../rules/ruleSet.js';
import type { IsoDateTime } from '../dates/dateTime.js';
import type { TimescaleId } from '../rules/timescale.js';
import type { ConferenceState } from './conference/conferenceState.js';
import { toEpochDay } from '../dates/epochDay.js';
import { deadlinesOf, type Deadlines } from './deadlines.js';
import type { HarmCategory } from './socialCare/socialCareEvents.js';
import type { LegalPhase } from './legal/legalTable.js';
import type { SocialPhase } from './socialCare/socialCareTable.js';
import type { PlanActionRecord, PlanWorkState } from './plan/planWork.js';

/** The rule set and calendar a case's deadlines are computed by (both plain data). */
export interface CaseRules {
  readonly ruleSet: RuleSet;
  readonly calendar: WorkingDayCalendar;
}

/** A deadline the case has generated, and what became of it. */
export interface TrackedDeadline {
  readonly timescale: TimescaleId;
  /** The start of the period: a date, or a date-time for an hours rule. */
  readonly from: IsoDate | IsoDateTime;
  readonly due: IsoDate;
  /** For rules that end at a moment (police protection, emergency orders). */
  readonly dueAt?: IsoDateTime;
  /** The date the step was done, once it has been. */
  readonly metOn?: IsoDate;
  /** For rules that end at a moment: when it was done. */
  readonly metAt?: IsoDateTime;
  /** The date the deadline stopped applying without being met (e.g. the enquiry ended). */
  readonly withdrawnOn?: IsoDate;
  /**
   * `step`: something to do by the date; `limit`: when an order or protection must end;
   * `minimum`: a period that should run at least until the date (a child in need plan after a
   * protection plan), where `metOn` is the day the period's plan closed.
   */
  readonly kind: 'step' | 'limit' | 'minimum';
}

/** A child protection plan, open or ended. */
export interface ProtectionPlan {
  /** 1 for the child's first plan ever, 2 for a second, ... */
  readonly number: number;
  readonly startDate: IsoDate;
  /** The latest categories (changed at a review conference). */
  readonly categories: readonly HarmCategory[];
  readonly reviews: number;
  readonly endDate?: IsoDate;
  readonly endReason?: 'reviewConference' | 'movedAuthority' | 'reachedAdulthood' | 'died' | 'leftUK';
  /**
   * The categories over time, oldest first: the conference's at the start, then each review's
   * that changed them. The census needs the initial and the latest as of its reference date.
   */
  readonly categoryHistory: readonly { readonly from: IsoDate; readonly categories: readonly HarmCategory[] }[];
  /** Every review conference of the plan, oldest first (the census lists them as CPPreviewDate). */
  readonly reviewDates: readonly IsoDate[];
  /** Started by a transfer-in conference rather than an initial conference. */
  readonly transferIn: boolean;
  /** The index in `social.episodes` of the episode the plan started in. */
  readonly episode: number;
}

/** A section 47 enquiry, from the strategy discussion that initiated it. */
export interface Section47Enquiry {
  readonly startDate: IsoDate;
  /** The index in `social.episodes` of the episode it belongs to. */
  readonly episode: number;
  /** The day the enquiry was concluded (or its conference held). */
  readonly endDate?: IsoDate;
  /** The initial child protection conference it led to. */
  readonly conferenceDate?: IsoDate;
  /** Whether that conference made a child protection plan. */
  readonly conferenceMadePlan?: boolean;
  /** Concluded without a conference (CIN census ICPCnotRequired). */
  readonly conferenceNotRequired: boolean;
}

/**
 * An episode of need as the CIN census counts them: from a referral (or a transfer-in
 * notification, or the first child in need plan of a log that starts mid-episode) until the
 * social-care track has nothing open.
 */
export interface CinEpisode {
  readonly referralDate: IsoDate;
  readonly closureDate?: IsoDate;
}

/** The social-care track in a phase. */
export interface SocialCareState<P extends SocialPhase = SocialPhase> {
  readonly phase: P;
  /** The strategy discussion that initiated the current section 47 enquiry. */
  readonly enquiryStartedOn?: IsoDate;
  /** The open child protection plan, in phase `plan`. */
  readonly plan?: ProtectionPlan;
  /** Whether a child in need plan is open. */
  readonly childInNeedPlanOpen: boolean;
  /** Every child protection plan the child has had, oldest first (the open one last). */
  readonly plans: readonly ProtectionPlan[];
  /** Every section 47 enquiry, oldest first. */
  readonly enquiries: readonly Section47Enquiry[];
  /** Every episode, oldest first; the last is open while it has no closure date. */
  readonly episodes: readonly CinEpisode[];
}

/** The legal track: PLO pre-proceedings and care proceedings. */
export interface LegalState {
  readonly phase: LegalPhase;
  readonly preProceedings?: PreProceedingsRecord;
  readonly proceedings?: ProceedingsRecord;
  /** A supervision order in force: its start and current end. */
  readonly supervisionOrder?: { readonly madeOn: IsoDate; readonly endsOn: IsoDate };
  /** Every pre-proceedings, oldest first (the latest is `preProceedings`). */
  readonly preProceedingsHistory: readonly PreProceedingsRecord[];
  /** What the track accepted but an app should show; absent until there is one. */
  readonly findings?: readonly LegalFinding[];
}

/**
 * Something the legal track recorded rather than refused, for the app to show: an extension
 * of the care proceedings timetable made after the timetable had already ended.
 */
export interface LegalFinding {
  readonly code: 'EXTENDED_AFTER_EXPIRY';
  /** The date of the event that gave rise to it. */
  readonly date: IsoDate;
  /** The last day of the timetable that had run out. */
  readonly expiredOn: IsoDate;
  /** One sentence a worker can read, with its source. */
  readonly message: string;
}

/** The CIN census pre-proceedings fields, as the case builds them. */
export interface PreProceedingsRecord {
  readonly startDate: IsoDate;
  readonly letterDate?: IsoDate;
  readonly initialMeetingDate?: IsoDate;
  readonly reviews: number;
  /** The dates of the review meetings, oldest first. */
  readonly reviewDates: readonly IsoDate[];
  /** When a family group decision-making meeting was offered (CIN census FGDMMeetingOffer). */
  readonly familyGroupMeetingOfferedOn?: IsoDate;
  /** When a family group decision-making meeting was held (CIN census FGDMMeetingFac). */
  readonly familyGroupMeetingHeldOn?: IsoDate;
  readonly decisionDate?: IsoDate;
  readonly outcome?: 'stepDown' | 'issueProceedings';
  readonly courtApplicationDate?: IsoDate;
}

/** Care proceedings: issue, timetable end, hearings and orders. */
export interface ProceedingsRecord {
  readonly issuedOn: IsoDate;
  /** The last day of the 26 weeks as extended. */
  readonly timetableEndsOn: IsoDate;
  readonly extensions: number;
  readonly caseManagementHearingOn?: IsoDate;
  readonly interimOrder?: 'interimCare' | 'interimSupervision';
  readonly finalOrder?: { readonly order: string; readonly madeOn: IsoDate };
  readonly withdrawnOn?: IsoDate;
}

/** The emergency track: police protection and emergency or assessment orders in force. */
export interface EmergencyState {
  readonly policeProtection?: { readonly startedAt: IsoDateTime; readonly endsAt: IsoDateTime };
  readonly emergencyProtectionOrder?: {
    readonly madeAt: IsoDateTime;
    readonly endsAt: IsoDateTime;
    readonly extended: boolean;
  };
  readonly childAssessmentOrder?: { readonly startsOn: IsoDate; readonly endsOn: IsoDate };
}

/**
 * A case folded from its event log: three tracks that run side by side (social care, legal,
 * emergency), every deadline generated so far, and what is known of the child.
 * `P` is the social-care phase when the compiler knows it.
 */
export interface CaseState<P extends SocialPhase = SocialPhase> {
  readonly child: { readonly dateOfBirth?: IsoDate; readonly expectedDeliveryDate?: IsoDate };
  /** The rule set and calendar the deadlines are computed by. */
  readonly rules: CaseRules;
  /** The date of the last event applied, to keep the log in order. */
  readonly lastEventDate: IsoDate | null;
  readonly eventCount: number;
  readonly social: SocialCareState<P>;
  readonly legal: LegalState;
  readonly emergency: EmergencyState;
  /** Every conference booked or held, oldest first. */
  readonly conferences: readonly ConferenceState[];
  readonly deadlines: readonly TrackedDeadline[];
  /**
   * The date of every visit that saw the child, oldest first (for the returns: days since the last visit, the last
   * statutory visit of a plan). Kept beside the deadlines rather than in the social-care state:
   * visits are the commonest event, and appending to the draft's own list costs nothing.
   */
  readonly visitDates: readonly IsoDate[];
  /** The core group, the last visit and the last review (the plan track). */
  readonly planWork: PlanWorkState;
  /** Every plan action agreed, in the order agreed (see `planActions`). */
  readonly actions: readonly PlanActionRecord[];
}

/**
 * A case while events are applied to it: the state's fields, writable, with a deadline list of
 * its own. `replay` folds a whole log into one draft and makes a state of it once at the end,
 * rather than building a new state (and copying the deadline list) for every event: that
 * copying was most of the fold's time and garbage. The parts other than the deadline list are
 * still immutable values, replaced rather than changed, so a state may share them.
 */
export interface CaseDraft {
  child: CaseState['child'];
  rules: CaseRules;
  lastEventDate: IsoDate | null;
  /** `lastEventDate` as an epoch day: dates are compared as days, never as text. */
  lastEventDay: number | null;
  eventCount: number;
  social: SocialCareState;
  legal: LegalState;
  emergency: EmergencyState;
  /** Changed in place: conferences are appended, and changed ones replaced by new records. */
  conferences: ConferenceState[];
  /** Changed in place: deadlines are appended, and met or withdrawn ones replaced by new records. */
  deadlines: Deadlines;
  /** Changed in place: each visit's date is appended. */
  visitDates: IsoDate[];
  planWork: PlanWorkState;
  /** Changed in place like the deadlines: actions appended, changed ones replaced by new records. */
  actions: PlanActionRecord[];
  /** The open actions' positions in `actions` by id, so each action event costs O(1). */
  openActions: Map<string, number>;
}

/** A draft of a state, with its own copy of the deadline list so the state is never changed. */
export function draftOf(state: CaseState): CaseDraft {
  return {
    child: state.child,
    rules: state.rules,
    lastEventDate: state.lastEventDate,
    lastEventDay: state.lastEventDate === null ? null : toEpochDay(state.lastEventDate),
    eventCount: state.eventCount,
    social: state.social,
    legal: state.legal,
    emergency: state.emergency,
    conferences: state.conferences.slice(),
    deadlines: deadlinesOf(state.deadlines),
    visitDates: state.visitDates.slice(),
    planWork: state.planWork,
    actions: state.actions.slice(),
    openActions: openActionIndex(state.actions),
  };
}

function openActionIndex(actions: readonly PlanActionRecord[]): Map<string, number> {
  const index = new Map<string, number>();
  for (let position = 0; position < actions.length; position++) {
    const record = actions[position] as PlanActionRecord;
    if (record.closed === undefined) index.set(record.action, position);
  }
  return index;
}

/** The state a draft has reached; the draft must not be changed afterwards. */
export function stateOf(draft: CaseDraft): CaseState {
  return {
    child: draft.child,
    rules: draft.rules,
    lastEventDate: draft.lastEventDate,
    eventCount: draft.eventCount,
    social: draft.social,
    legal: draft.legal,
    emergency: draft.emergency,
    conferences: draft.conferences,
    deadlines: draft.deadlines.list,
    visitDates: draft.visitDates,
    planWork: draft.planWork,
    actions: draft.actions,
  };
}

/**
 * A social-care state with some fields replaced. Written out field by field rather than spread:
 * a literal of one fixed shape is several times faster, and most social-care events make one.
 */
export function socialWith(social: SocialCareState, parts: Partial<SocialCareState>): SocialCareState {
  return {
    phase: parts.phase ?? social.phase,
    enquiryStartedOn: 'enquiryStartedOn' in parts ? parts.enquiryStartedOn : social.enquiryStartedOn,
    plan: 'plan' in parts ? parts.plan : social.plan,
    childInNeedPlanOpen: parts.childInNeedPlanOpen ?? social.childInNeedPlanOpen,
    plans: parts.plans ?? social.plans,
    enquiries: parts.enquiries ?? social.enquiries,
    episodes: parts.episodes ?? social.episodes,
  };
}

/**
 * `{ ...record, ...fields }`: the same keys, in the same order. The track records are updated
 * with this rather than a spread because in V8 (Node 20) a spread that adds a key its source
 * lacks (a letter date, an order) takes a slow path, over ten times slower.
 */
export function withFields<T extends object>(record: T, fields: Partial<T>): T {
  return Object.assign({}, record, fields);
}
