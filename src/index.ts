/**
 * child-protection-pathway: the statutory child-protection process in England as typed,
 * tested code.
 *
 * @packageDocumentation
 */
export { CalendarError, type CalendarErrorCode } from './dates/calendarError.js';
export { formatIssuePath, type IssueList, type ValidationIssue } from './validation/validationIssue.js';
export { isoDate, type IsoDate, type DateInput } from './dates/isoDate.js';
export { toIsoDate } from './dates/toIsoDate.js';
export { addCalendarMonths } from './dates/calendarMonths.js';
export type { Division } from './calendar/division.js';
export type {
  CalendarCoverage,
  CalendarSpec,
  Closure,
  ExtraHoliday,
  OfficialYears,
  WorkingDayCalendar,
  YearRange,
} from './calendar/workingDayCalendar.js';
export { englandAndWales, scotland, northernIreland, createCalendar } from './calendar/calendars.js';
export { calendarFromGovUkFeed, type GovUkFeedOptions } from './calendar/calendarFromGovUkFeed.js';
export { govUkFeedSchema, type GovUkFeed } from './calendar/govUkFeed.js';
export { isProvisional } from './calendar/provisional.js';
export {
  isWorkingDay,
  addWorkingDays,
  differenceInWorkingDays,
  nextWorkingDay,
  previousWorkingDay,
  type CalendarOptions,
} from './calendar/workingDays.js';
export {
  bankHolidays,
  nonWorkingWeekdays,
  type BankHoliday,
  type NonWorkingWeekday,
} from './calendar/bankHolidays.js';
export type { IsoDateTime } from './dates/dateTime.js';
export {
  timeUnits,
  type TimeUnit,
  type Counting,
  rolls,
  type Roll,
  type RuleChoices,
  type RuleStatus,
  type Timescale,
  type TimescaleId,
} from './rules/timescale.js';
export { walesAdditionalTimescales, walesLabels } from './rules/walesSafeguardingProcedures.js';
export { timescales, timescaleIds } from './rules/catalogue.js';
export { describePeriod } from './rules/describeRule.js';
export { TimescaleError, type TimescaleErrorCode } from './rules/timescaleError.js';
export { ruleSetSettingsSchema, type RuleSetSettings, type RuleSetSettingsInput } from './rules/ruleSetSettings.js';
export { englandWorkingTogether2023 } from './rules/nationalRuleSet.js';
export {
  walesSafeguardingProcedures,
  createRuleSet,
  type RuleSet,
  type RuleSetInput,
  type TimescaleOverride,
  type TimescaleOverrides,
} from './rules/ruleSet.js';
export { dueDate, type Deadline, type DueDateOptions } from './rules/dueDate.js';
export { isoDateSchema, isoDateTimeSchema } from './pathway/eventFields.js';
export { harmCategorySchema, type HarmCategory } from './pathway/socialCare/socialCareEvents.js';
export {
  caseEventSchema,
  caseLogSchema,
  childDetailsSchema,
  type CaseEvent,
  type CaseEventType,
  type CaseLog,
  type ChildDetails,
  type EventOf,
} from './pathway/events.js';
export {
  actionIdSchema,
  coreGroupMembersSetSchema,
  planActionAgreedSchema,
  planActionCompletedSchema,
  planActionRevisedSchema,
  planActionWithdrawnSchema,
} from './pathway/plan/planEvents.js';
export { participantRoleSchema, type ParticipantRole } from './pathway/conference/participantRole.js';
export type { ActionClosure, PlanActionRecord, PlanWorkState, VisitRecord } from './pathway/plan/planWork.js';
export { planActions, type PlanAction, type PlanActionStatus, type PlanActionsOptions } from './pathway/plan/planActions.js';
export type {
  CaseRules,
  CaseState,
  EmergencyState,
  LegalFinding,
  LegalState,
  PreProceedingsRecord,
  ProceedingsRecord,
  ProtectionPlan,
  Section47Enquiry,
  CinEpisode,
  SocialCareState,
  TrackedDeadline,
} from './pathway/state.js';
export { socialCareEdges, socialPhases, type SocialPhase, type SocialEventIn } from './pathway/socialCare/socialCareTable.js';
export { legalEdges, legalPhases, emergencyEventTypes, type LegalPhase, type LegalEventIn } from './pathway/legal/legalTable.js';
export type { PathwayError, PathwayErrorCode, PathwayResult } from './pathway/pathwayError.js';
export { newCase, type PathwayOptions } from './pathway/caseState.js';
export { applyEvent, type EventAllowedIn } from './pathway/applyEvent.js';
export { replay } from './pathway/replay.js';
export { allowedEvents } from './pathway/allowedEvents.js';
export { dueItems, type DueItem, type DueItemsOptions, type DueStatus } from './pathway/dueItems.js';
export { parseEvents, type ParseEventsError, type ParseEventsErrorCode, type ParseEventsResult } from './pathway/parseEvents.js';
export { caseSummary, type ActionCounts, type CaseSummary } from './pathway/caseSummary.js';
export { caseTimeline, describeEvent, formatTimeline, type TimelineRow } from './outputs/timeline.js';
export { eventTracks, caseEventTypes, type Track } from './pathway/eventTracks.js';
export { toICalendar, type ICalendarAlarm, type ICalendarOptions } from './outputs/iCalendar.js';
export { pathwayDiagram, caseMermaid, type CaseMermaidOptions } from './outputs/mermaid.js';
export { collectionYear, type CollectionYear } from './returns/collectionYear.js';
export { categoryOfAbuse, type CategoryOfAbuse } from './returns/categoryOfAbuse.js';
export {
  censusRecord,
  type CensusRecord,
  type CensusRecordOptions,
  type CensusCinDetails,
  type CensusSection47,
  type CensusChildProtectionPlan,
  type CensusPreProceedings,
  type InitialCPCtargetRule,
} from './returns/censusRecord.js';
export { toCensusXml, type CensusXmlOptions } from './returns/censusXml.js';
export { annexA, annexAList5Headers, annexAList7Headers, type AnnexACase, type AnnexAList, type AnnexAOptions } from './returns/annexA.js';
export { caseMeasures, type CaseMeasures, type ConferenceTiming, type ConferenceBand } from './returns/caseMeasures.js';
export { agencyOf, agencyRoles, type Agency, type AgencyRole } from './pathway/conference/agencies.js';
export {
  agencyReportReceivedSchema,
  agencyRoleSchema,
  childParticipationSchema,
  conferenceInvitationsSentSchema,
  conferenceParticipantsSchema,
  conferenceKindSchema,
  conferenceScheduledSchema,
  familyReportSharedSchema,
  participantExcludedSchema,
  scalingSchema,
  thresholdJudgementsSchema,
  type ChildParticipation,
  type ConferenceKind,
  type ConferenceParticipant,
  type ScalingScore,
  type ThresholdJudgement,
} from './pathway/conference/conferenceEvents.js';
export type { ConferenceState, PreparationStep } from './pathway/conference/conferenceState.js';
export type { ConferenceEventType } from './pathway/conference/conference.js';
export {
  conferenceFindingChecks,
  conferenceRecords,
  type ConferenceFinding,
  type ConferenceFindingCode,
  type ConferenceRecord,
  type ScalingSummary,
} from './pathway/conference/conferenceRecords.js';
