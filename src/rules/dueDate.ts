import { nonWorkingWeekdays, type NonWorkingWeekday } from '../calendar/bankHolidays.js';
import type { WorkingDayCalendar } from '../calendar/workingDayCalendar.js';
import { addWorkingDaysToEpochDay, isWorkingDay } from '../calendar/workingDays.js';
import { addCalendarMonths } from '../dates/calendarMonths.js';
import { formatLondonDateTime, parseDateTime, type IsoDateTime } from '../dates/dateTime.js';
import { fromEpochDay, toEpochDay } from '../dates/epochDay.js';
import { dayOfWeek, yearOf } from '../dates/gregorian.js';
import type { DateInput, IsoDate } from '../dates/isoDate.js';
import { describePeriod } from './describeRule.js';
import { englandWorkingTogether2023 } from './nationalRuleSet.js';
import type { RuleSet } from './ruleSet.js';
import type { Timescale, TimescaleId, TimeUnit } from './timescale.js';
import { TimescaleError } from './timescaleError.js';

/** What an explanation says of a deadline that relies on bank holidays projected by rule. */
export const provisionalWords = ' (provisional: relies on projected bank holidays)';

/** The units of rules that end on a date rather than at a moment. */
type DateUnit = Exclude<TimeUnit, 'hours'>;

/** Options of {@link dueDate}. */
export interface DueDateOptions {
  /** The rule set to read the timescale from; the national defaults when omitted. */
  readonly ruleSet?: RuleSet;
  /** The calendar to count working days in; the rule set's when omitted. */
  readonly calendar?: WorkingDayCalendar;
}

/** A deadline that explains itself: which rule, from when, in which calendar, and what it skipped. */
export interface Deadline {
  readonly timescale: TimescaleId;
  /** The start: a date, or for an hours rule the date-time given. */
  readonly from: IsoDate | IsoDateTime;
  /** The last day on which the step is in time (for an hours rule, the London date of `dueAt`). */
  readonly due: IsoDate;
  /** For an hours rule: the moment the period ends, in Europe/London time with its offset. */
  readonly dueAt?: IsoDateTime;
  /** The rule as applied, with its source. */
  readonly rule: Timescale;
  /** The name of the calendar counted in. */
  readonly calendar: string;
  /** Bank holidays and closures the working-day count passed over. */
  readonly skipped: readonly NonWorkingWeekday[];
  /** True when the answer relied on holidays projected beyond the official feed. */
  readonly provisional: boolean;
  /**
   * True when `due` is not a working day of the calendar (a weekend, a bank holiday or a
   * closure): the office may be shut on the last day. The explanation says so.
   */
  readonly onNonWorkingDay: boolean;
  /** When the rule set's `roll` moved the deadline off a non-working day: the day the period ended. */
  readonly rolledFrom?: IsoDate;
  /** One sentence a worker can read: the rule, the dates and the source. */
  readonly explanation: string;
}

/**
 * The deadline a timescale sets from a start. Date rules take a `YYYY-MM-DD` date; hours rules
 * (police protection) take an ISO date-time with offset and return `dueAt` in London time,
 * counting elapsed hours, so 72 hours across the March clock change are 72 real hours.
 * Throws a {@link TimescaleError} for an unknown id and a `CalendarError` for a bad date.
 *
 * @example
 * dueDate('initialConference', '2024-12-19').due; // '2025-01-14'
 * dueDate('firstReviewConference', '2025-11-30').due; // '2026-02-28'
 * dueDate('careProceedings', '2026-01-05').due; // '2026-07-05'
 * dueDate('policeProtection', '2026-03-28T22:15:00Z').dueAt; // '2026-03-31T23:15:00+01:00'
 */
export function dueDate(id: TimescaleId, from: DateInput | IsoDateTime, options: DueDateOptions = {}): Deadline {
  const ruleSet = options.ruleSet ?? englandWorkingTogether2023;
  if (typeof ruleSet !== 'object' || ruleSet === null || typeof ruleSet.timescales !== 'object') {
    throw new TimescaleError('INVALID_ARGUMENT', 'options.ruleSet', [
      { path: ['options', 'ruleSet'], code: 'invalid_type', message: 'must be a rule set from createRuleSet or the library' },
    ]);
  }
  const rule = typeof id === 'string' && Object.hasOwn(ruleSet.timescales, id) ? ruleSet.timescales[id] : undefined;
  if (rule === undefined) {
    throw new TimescaleError('UNKNOWN_TIMESCALE', 'id', [{ path: ['id'], code: 'invalid_value', message: 'is not a timescale id of the rule set' }]);
  }
  const calendar = options.calendar ?? ruleSet.calendar;
  return rule.unit === 'hours' ? hoursDeadline(rule, from, calendar) : dateDeadline(rule, rule.unit, from, calendar);
}

function hoursDeadline(rule: Timescale, from: IsoDateTime, calendar: WorkingDayCalendar): Deadline {
  const { due, dueAt } = hoursEnd(rule, from);
  const onNonWorkingDay = isNonWorkingDay(due, calendar);
  return {
    timescale: rule.id,
    from,
    due,
    dueAt,
    rule,
    calendar: calendar.name,
    skipped: [],
    provisional: false,
    onNonWorkingDay,
    explanation:
      `${rule.title}: ${describePeriod(rule)} ${rule.start.description} (${from}), so by ${dueAt}.` +
      `${onNonWorkingDay ? ` ${nonWorkingSentence(due, calendar)}` : ''} Source: ${rule.source}.`,
  };
}

/**
 * True when the day is not a working day. A calendar-day period may end outside the calendar's
 * supported years, where only weekends are known: such a day counts by its weekday, and the
 * sentence says that bank holidays were not checked.
 */
export function isNonWorkingDay(day: IsoDate, calendar: WorkingDayCalendar): boolean {
  if (!isSupported(day, calendar)) return isWeekend(toEpochDay(day));
  return !isWorkingDay(day, { calendar });
}

function isSupported(day: IsoDate, calendar: WorkingDayCalendar): boolean {
  const year = yearOf(toEpochDay(day));
  return year >= calendar.coverage.supported.from && year <= calendar.coverage.supported.to;
}

function isWeekend(epochDay: number): boolean {
  const weekday = dayOfWeek(epochDay);
  return weekday === 0 || weekday === 6;
}

/** The sentence every deadline on a non-working day carries. */
export function nonWorkingSentence(day: IsoDate, calendar: WorkingDayCalendar): string {
  if (!isSupported(day, calendar)) return `${day} is a weekend day (bank holidays are not known for its year): the office may be shut.`;
  return `${day} is not a working day in the ${calendar.name} calendar: the office may be shut.`;
}

/**
 * The due date (and moment, for an hours rule) of a rule from a start, without the
 * explanation: the fast path the pathway uses for every deadline it tracks. `fromDay` is the
 * start as an epoch day, when the caller already has it.
 */
export function dueOf(
  rule: Timescale,
  from: string,
  calendar: WorkingDayCalendar,
  fromDay?: number,
): { due: IsoDate; dueAt?: IsoDateTime } {
  if (rule.unit === 'hours') return hoursEnd(rule, from);
  return { due: rolled(rule, periodEnd(rule, rule.unit, fromDay ?? toEpochDay(from, 'from'), calendar), calendar) };
}

/**
 * The due date after the rule's `roll`: a period that ends on a non-working day moves to the
 * next (or previous) working day; a working day, or `none`, stays.
 */
function rolled(rule: Timescale, end: IsoDate, calendar: WorkingDayCalendar): IsoDate {
  if (rule.roll === undefined || rule.roll === 'none' || isWorkingDay(end, { calendar })) return end;
  return fromEpochDay(addWorkingDaysToEpochDay(toEpochDay(end), rule.roll === 'nextWorkingDay' ? 1 : -1, { calendar }));
}

/** The end of an hours rule in London time, and its London date (the date part of that text). */
function hoursEnd(rule: Timescale, from: IsoDateTime): { due: IsoDate; dueAt: IsoDateTime } {
  const sign = rule.counting === 'before' ? -1 : 1;
  const dueAt = formatLondonDateTime(parseDateTime(from, 'from') + sign * rule.amount * 3_600_000);
  return { due: dueAt.slice(0, 10) as IsoDate, dueAt };
}

function dateDeadline(rule: Timescale, unit: DateUnit, from: DateInput, calendar: WorkingDayCalendar): Deadline {
  const start = toEpochDay(from, 'from');
  const end = periodEnd(rule, unit, start, calendar);
  const due = rolled(rule, end, calendar);
  const dueDay = toEpochDay(due);
  const onNonWorkingDay = isNonWorkingDay(due, calendar);
  const countsWorkingDays = rule.unit === 'workingDays';
  // The count runs strictly between its day 0 (the day before the start for `beginningWith`)
  // and the due date, due date included: day 0 itself is never passed over.
  const origin = rule.counting === 'beginningWith' ? start - 1 : start;
  const skipped = countsWorkingDays
    ? nonWorkingWeekdays(fromEpochDay(Math.min(origin + 1, dueDay)), fromEpochDay(Math.max(origin - 1, dueDay)), { calendar })
    : [];
  const provisional = countsWorkingDays && yearOf(Math.max(start, dueDay)) >= calendar.coverage.provisional.from;
  const skippedWords =
    skipped.length === 0 ? '' : `, skipping ${skipped.map((day) => `${day.name} (${day.date})`).join(', ')}`;
  const rolledWords =
    due === end ? '' : ` The period ends on ${end}, not a working day in the ${calendar.name} calendar; the rule set moves it to the ${rule.roll === 'nextWorkingDay' ? 'next' : 'previous'} working day.`;
  return {
    timescale: rule.id,
    from: fromEpochDay(start),
    due,
    ...(due === end ? {} : { rolledFrom: end }),
    rule,
    calendar: calendar.name,
    skipped,
    provisional,
    onNonWorkingDay,
    explanation:
      `${rule.title}: ${describePeriod(rule)} ${rule.start.description} (${fromEpochDay(start)}), so by ${due}` +
      `${countsWorkingDays ? ` in the ${calendar.name} calendar${skippedWords}` : ''}` +
      `${provisional ? provisionalWords : ''}.${rolledWords}` +
      `${onNonWorkingDay ? ` ${nonWorkingSentence(due, calendar)}` : ''} Source: ${rule.source}.`,
  };
}

/**
 * The last day of a period. `beginningWith` counts the start as day 1, which is counting
 * `after` the day before; `before` counts backwards. Months and years are the exception: a
 * period of months beginning with a day ends the day before the same day-of-month N months
 * later, or on the last day of that month when it has no such day. (Counting months after the
 * day before goes wrong from the 1st: 1 year beginning with 1 Mar 2023 ends on 29 Feb 2024,
 * not on 28 Feb 2024, the anniversary of 28 Feb 2023.)
 */
function periodEnd(rule: Timescale, unit: DateUnit, start: number, calendar: WorkingDayCalendar): IsoDate {
  const sign = rule.counting === 'before' ? -1 : 1;
  const origin = rule.counting === 'beginningWith' ? start - 1 : start;
  const amount = sign * rule.amount;
  switch (unit) {
    case 'workingDays':
      return fromEpochDay(addWorkingDaysToEpochDay(origin, amount, { calendar }));
    case 'calendarDays':
      return fromEpochDay(origin + amount);
    case 'weeks':
      return fromEpochDay(origin + 7 * amount);
    case 'months':
      return monthsEnd(rule, start, amount);
    case 'years':
      return monthsEnd(rule, start, 12 * amount);
  }
}

function monthsEnd(rule: Timescale, start: number, months: number): IsoDate {
  const corresponding = addCalendarMonths(fromEpochDay(start), months);
  if (rule.counting !== 'beginningWith') return corresponding;
  const sameDayOfMonth = corresponding.slice(8) === fromEpochDay(start).slice(8);
  return sameDayOfMonth ? fromEpochDay(toEpochDay(corresponding) - 1) : corresponding;
}
