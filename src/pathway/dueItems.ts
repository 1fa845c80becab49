import { parseDateTime, type IsoDateTime } from '../dates/dateTime.js';
import { toEpochDay } from '../dates/epochDay.js';
import type { IsoDate } from '../dates/isoDate.js';
import { describePeriod } from '../rules/describeRule.js';
import { dueOf, isNonWorkingDay, nonWorkingSentence, provisionalWords } from '../rules/dueDate.js';
import type { Timescale, TimescaleId } from '../rules/timescale.js';
import { isOpenBooking } from './conference/conference.js';
import type { ConferenceKind } from './conference/conferenceEvents.js';
import { insertInDueOrder } from './dueOrder.js';
import type { CaseState, TrackedDeadline } from './state.js';

/**
 * Where a deadline stands on the `asOf` date. A minimum period (`kind: 'minimum'`) is
 * `upcoming` while it runs, `met` once it has run, and `endedEarly` when its plan closed first.
 */
export type DueStatus = 'upcoming' | 'dueToday' | 'overdue' | 'met' | 'metLate' | 'endedEarly';

/**
 * One deadline of a case, explained: what is due, when, under which rule, and whether it was
 * met on time.
 */
export interface DueItem {
  readonly timescale: TimescaleId;
  readonly from: IsoDate | IsoDateTime;
  readonly due: IsoDate;
  /** For rules that end at a moment: when (Europe/London time). */
  readonly dueAt?: IsoDateTime;
  /** For the case management hearing: the first day of its window (day 12). */
  readonly notBefore?: IsoDate;
  /** For a conference still to be held: the day it is booked for (`conferenceScheduled`). */
  readonly scheduledFor?: IsoDate;
  readonly status: DueStatus;
  /** The day the step was done; for a minimum, the day its plan closed (on time or early). */
  readonly metOn?: IsoDate;
  /**
   * `step`: something to do by the date; `limit`: when an order or protection must end;
   * `minimum`: a period that should run at least until the date.
   */
  readonly kind: 'step' | 'limit' | 'minimum';
  /** The rule as applied, with its source. */
  readonly rule: Timescale;
  /** True when `due` is not a working day of the case's calendar: the office may be shut. */
  readonly onNonWorkingDay: boolean;
  /**
   * True when a working-day count ran into years beyond the calendar's official bank-holiday
   * data, so a holiday proclaimed later could move the date (see `isProvisional`).
   */
  readonly provisional: boolean;
  /** One sentence a worker can read. */
  readonly explanation: string;
}

/** Options of {@link dueItems}. */
export interface DueItemsOptions {
  /** The date to judge "upcoming", "due today" and "overdue" by; never read from a clock. */
  readonly asOf: string;
}

/**
 * Every deadline the case has generated so far, in due order: met ones stay in the list so a
 * timeline shows the whole history; deadlines that stopped applying (an enquiry ended, a plan
 * ended before its next review) are left out.
 *
 * @example
 * dueItems(state, { asOf: '2025-01-06' });
 * // [{ timescale: 'initialConference', due: '2025-01-14', status: 'upcoming', rule: {...}, ... }]
 */
export function dueItems(state: CaseState, options: DueItemsOptions): DueItem[] {
  const asOf = toEpochDay(options?.asOf, 'asOf');
  const { ruleSet, calendar } = state.rules;
  const notBefore = earliestHearing(state);
  const provisionalFrom = toEpochDay(`${calendar.coverage.provisional.from}-01-01`);
  const bookings = bookedDays(state.conferences);
  const items: DueItem[] = [];
  // The due days of `items`, position for position: dates are ordered as days, never as text.
  const dueDays: number[] = [];
  for (const deadline of state.deadlines) {
    if (deadline.withdrawnOn !== undefined) continue;
    const rule = ruleSet.timescales[deadline.timescale];
    const dueDay = toEpochDay(deadline.due);
    const status = statusOf(deadline, dueDay, asOf);
    const onNonWorkingDay = isNonWorkingDay(deadline.due, calendar);
    // A count is provisional when its later end (the due day, or the start for a rule counted
    // back from a booked day) lies in a projected year.
    const provisional =
      rule.unit === 'workingDays' && Math.max(dueDay, toEpochDay(deadline.from.slice(0, 10))) >= provisionalFrom;
    const scheduledFor = bookings === undefined || deadline.metOn !== undefined ? undefined : bookings.get(deadline.timescale);
    // One literal of one shape (absent fields undefined, left out by JSON) keeps this fast.
    const item: DueItem = {
      timescale: deadline.timescale,
      from: deadline.from,
      due: deadline.due,
      dueAt: deadline.dueAt,
      notBefore: deadline.timescale === 'caseManagementHearingLatest' ? notBefore : undefined,
      scheduledFor,
      status,
      metOn: deadline.metOn,
      kind: deadline.kind,
      rule,
      onNonWorkingDay,
      provisional,
      explanation:
        explain(deadline, rule, status, state, provisional, scheduledFor) +
        (onNonWorkingDay ? ` ${nonWorkingSentence(deadline.due, calendar)}` : ''),
    };
    insertInDueOrder(items, dueDays, item, dueDay);
  }
  return items;
}

/** The status of a deadline due on `dueDay`, on the day `asOf` (both epoch days). */
function statusOf(deadline: TrackedDeadline, dueDay: number, asOf: number): DueStatus {
  if (deadline.kind === 'minimum') {
    // A minimum is kept by running on: still open on its date counts as met.
    if (deadline.metOn !== undefined) return toEpochDay(deadline.metOn) < dueDay ? 'endedEarly' : 'met';
    return asOf < dueDay ? 'upcoming' : 'met';
  }
  if (deadline.metOn !== undefined) {
    const late =
      deadline.dueAt !== undefined && deadline.metAt !== undefined
        ? parseDateTime(deadline.metAt) > parseDateTime(deadline.dueAt)
        : toEpochDay(deadline.metOn) > dueDay;
    return late ? 'metLate' : 'met';
  }
  if (asOf < dueDay) return 'upcoming';
  return asOf === dueDay ? 'dueToday' : 'overdue';
}

const statusWords: Record<DueStatus, string> = {
  upcoming: 'upcoming',
  dueToday: 'due today',
  overdue: 'overdue',
  met: 'met',
  metLate: 'met late',
  endedEarly: 'ended early',
};

function explain(
  deadline: TrackedDeadline,
  rule: Timescale,
  status: DueStatus,
  state: CaseState,
  provisional: boolean,
  scheduledFor: IsoDate | undefined,
): string {
  const words = ruleWordsOf(rule);
  const when = deadline.dueAt ?? deadline.due;
  const met =
    deadline.metOn === undefined ? '' : `${deadline.kind === 'minimum' ? ', plan closed' : ''} on ${deadline.metAt ?? deadline.metOn}`;
  const projected = provisional ? provisionalWords : '';
  const booked =
    scheduledFor === undefined ? '' : `; booked for ${scheduledFor}${toEpochDay(scheduledFor) > toEpochDay(deadline.due) ? `, after the due date ${deadline.due}` : ''}`;
  return `${words[deadline.kind]}${deadline.from}), by ${when}${projected}: ${statusWords[status]}${met}${booked}${words.source}${findingWords(deadline, state)}`;
}

/** An extension made after the timetable had ended says so on the period it began. */
function findingWords(deadline: TrackedDeadline, state: CaseState): string {
  const findings = state.legal.findings;
  if (findings === undefined || deadline.timescale !== 'proceedingsExtension') return '';
  const finding = findings.find((candidate) => candidate.expiredOn === deadline.from);
  return finding === undefined ? '' : ` ${finding.message}`;
}

/** The conference deadlines an open booking answers, by the booking's kind. */
const conferenceTimescales: Readonly<Record<ConferenceKind, readonly TimescaleId[]>> = {
  initial: ['initialConference'],
  // A pre-birth conference is the initial conference, held before the birth.
  preBirth: ['preBirthConference', 'initialConference'],
  review: ['firstReviewConference', 'subsequentReviewConference'],
  transferIn: ['transferInConference'],
};

/** The booked day of each conference deadline with an open booking; undefined when none is open. */
function bookedDays(conferences: CaseState['conferences']): Map<TimescaleId, IsoDate> | undefined {
  let days: Map<TimescaleId, IsoDate> | undefined;
  for (const conference of conferences) {
    if (!isOpenBooking(conference)) continue;
    days ??= new Map();
    for (const timescale of conferenceTimescales[conference.conference]) days.set(timescale, conference.scheduledFor as IsoDate);
  }
  return days;
}

/** The parts of an explanation that depend on the rule alone: its opening for each kind, and its source. */
interface RuleWords {
  readonly step: string;
  readonly limit: string;
  readonly minimum: string;
  readonly source: string;
}

/**
 * Rule words, kept per frozen rule (every rule of the library's rule sets): building them was
 * half the cost of an explanation, and a case's items share a handful of rules. A rule that is
 * not frozen could change between calls, so its words are built each time.
 */
const ruleWords = new WeakMap<Timescale, RuleWords>();

function ruleWordsOf(rule: Timescale): RuleWords {
  let words = ruleWords.get(rule);
  if (words === undefined) {
    const period = describePeriod(rule);
    const step = `${rule.title}: ${period} ${rule.start.description} (`;
    words = {
      step,
      limit: rule.counting === 'before' ? step : `${rule.title}: at most ${period} ${rule.start.description} (`,
      minimum: `${rule.title}: at least ${period} ${rule.start.description} (`,
      source: `. Source: ${rule.source}.`,
    };
    if (Object.isFrozen(rule) && Object.isFrozen(rule.start)) ruleWords.set(rule, words);
  }
  return words;
}

/** PD12A: the case management hearing is not before day 12 of the proceedings (issue = day 1). */
function earliestHearing(state: CaseState): IsoDate | undefined {
  const issuedOn = state.legal.proceedings?.issuedOn;
  if (issuedOn === undefined) return undefined;
  return dueOf(state.rules.ruleSet.timescales.caseManagementHearingEarliest, issuedOn, state.rules.calendar).due;
}
