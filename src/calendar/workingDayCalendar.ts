import { CalendarError, describeType } from '../dates/calendarError.js';
import { toEpochDay } from '../dates/epochDay.js';
import { yearOf } from '../dates/gregorian.js';
import type { Division } from './division.js';
import { ruleBasedHolidays } from './holidayRules.js';
import type { OfficialHolidays } from './officialHolidays.js';
import { buildIndex, type NonWorkingDay, type WorkingDayIndex } from './workingDayIndex.js';

/** A range of years, both ends included. */
export interface YearRange {
  readonly from: number;
  readonly to: number;
}

/**
 * Which years a calendar answers for, and on what authority.
 *
 * @example
 * englandAndWales.coverage;
 * // { supported: { from: 1995, to: 2075 }, official: { from: 2012, to: 2028 },
 * //   historical: { from: 1995, to: 2011 }, provisional: { from: 2029, to: 2075 } }
 */
export interface CalendarCoverage {
  /** Every year the calendar answers for; a date outside is `OUT_OF_CALENDAR_RANGE`. */
  readonly supported: YearRange;
  /** Years taken from the official gov.uk feed (the built-in copy, or one the app supplied). */
  readonly official: YearRange;
  /** Years before the feed derived from the standing rules and recorded one-off days. */
  readonly historical: YearRange | null;
  /** Years after the feed projected by rule: answers relying on them are provisional. */
  readonly provisional: YearRange;
}

/** A local closure: one date, or a range of dates with both ends included. */
export type Closure = string | { readonly from: string; readonly to: string; readonly name?: string };

/** An extra holiday a calendar adds, e.g. one newly proclaimed after the feed was cached. */
export interface ExtraHoliday {
  readonly date: string;
  readonly name: string;
}

/**
 * Official bank holidays for a run of whole years, held by a calendar as data: the years an app
 * took from a gov.uk-format feed with {@link calendarFromGovUkFeed}. For these years they replace
 * the built-in dates.
 */
export interface OfficialYears {
  /** The first year covered. */
  readonly from: number;
  /** The last year covered. */
  readonly to: number;
  /** Every bank holiday of those years, in date order. */
  readonly holidays: readonly ExtraHoliday[];
}

/** What {@link createCalendar} takes; plain data, so it can be stored as JSON. */
export interface CalendarSpec {
  /** The bank-holiday division; England & Wales when omitted. */
  readonly division?: Division;
  /** Local closure days, e.g. `{ from: '2026-12-29', to: '2026-12-31', name: 'Office closure' }`. */
  readonly closures?: readonly Closure[];
  /** Holidays to add to the division's own, e.g. a newly proclaimed bank holiday. */
  readonly extraHolidays?: readonly ExtraHoliday[];
  /** A name for the calendar, shown in explanations; defaults to the division's name. */
  readonly name?: string;
  /** Official holidays from an app-supplied feed (see {@link calendarFromGovUkFeed}). */
  readonly officialHolidays?: OfficialYears;
}

/**
 * A working-day calendar: Monday to Friday less a division's bank holidays and any local
 * closures. Immutable. Its fields are its specification, so `JSON.stringify` stores it and
 * {@link createCalendar} rebuilds it.
 */
export interface WorkingDayCalendar {
  readonly name: string;
  readonly division: Division;
  readonly closures: readonly Closure[];
  readonly extraHolidays: readonly ExtraHoliday[];
  readonly coverage: CalendarCoverage;
  /** Official holidays from an app-supplied feed; absent when the built-in data is used. */
  readonly officialHolidays?: OfficialYears;
}

/**
 * The first year answered by rule, in every division (docs/domain.md, bank holidays;
 * docs/calendars.md): the standing days of the Banking and Financial Dealings Act 1971 Sch 1,
 * the yearly proclamations and the one-off proclamations recorded from 1995 on.
 */
const FIRST_HISTORICAL_YEAR = 1995;
/** The last year projected by rule after the feed ends. */
const LAST_PROJECTED_YEAR = 2075;

const divisionNames: Record<Division, string> = {
  'england-and-wales': 'England and Wales',
  scotland: 'Scotland',
  'northern-ireland': 'Northern Ireland',
};

const indexes = new WeakMap<WorkingDayCalendar, WorkingDayIndex>();
const officialSources = new WeakMap<WorkingDayCalendar, OfficialHolidays>();

/**
 * Builds a calendar from a division's official holidays and a specification whose
 * `officialHolidays`, if any, `checkOfficialYears` has already checked. The index is built on
 * first use, not here, so importing the library costs nothing.
 */
export function calendarFrom(official: OfficialHolidays, spec: CalendarSpec = {}): WorkingDayCalendar {
  const division = official.division;
  const supported = supportedYears;
  const fed = spec.officialHolidays;
  // The feed wins for the years it covers; the built-in years either side of it stay.
  const officialRange = {
    from: Math.min(official.firstYear, fed?.from ?? official.firstYear),
    to: Math.max(official.lastYear, fed?.to ?? official.lastYear),
  };
  const coverage: CalendarCoverage = {
    supported,
    official: officialRange,
    historical: supported.from < officialRange.from ? { from: supported.from, to: officialRange.from - 1 } : null,
    provisional: { from: officialRange.to + 1, to: LAST_PROJECTED_YEAR },
  };
  const calendar: WorkingDayCalendar = Object.freeze({
    name: spec.name ?? divisionNames[division],
    division,
    closures: Object.freeze(checkClosures(spec.closures ?? [], coverage.supported)),
    extraHolidays: Object.freeze(checkExtraHolidays(spec.extraHolidays ?? [], coverage.supported)),
    coverage: Object.freeze(coverage),
    ...(fed === undefined ? {} : { officialHolidays: fed }),
  });
  officialSources.set(calendar, official);
  return calendar;
}

/** The years every division's calendars answer for: from the recorded history to the end of the projection. */
export const supportedYears: YearRange = /* @__PURE__ */ Object.freeze({ from: FIRST_HISTORICAL_YEAR, to: LAST_PROJECTED_YEAR });

/** True for a calendar made by this library (not a plain copy of one's fields). */
export function isLibraryCalendar(calendar: object): calendar is WorkingDayCalendar {
  return officialSources.has(calendar as WorkingDayCalendar);
}

/** The working-day index of a calendar, built once on first use. */
export function indexOf(calendar: WorkingDayCalendar): WorkingDayIndex {
  let index = indexes.get(calendar);
  if (index === undefined) {
    const official = officialSources.get(calendar);
    if (official === undefined) {
      throw new CalendarError('INVALID_ARGUMENT', 'calendar', 'calendar must come from createCalendar or the library');
    }
    index = buildIndex(calendar.coverage, nonWorkingDaysOf(calendar, official));
    indexes.set(calendar, index);
  }
  return index;
}

function nonWorkingDaysOf(calendar: WorkingDayCalendar, official: OfficialHolidays): NonWorkingDay[] {
  const { coverage } = calendar;
  const fed = calendar.officialHolidays;
  const isFed = (year: number) => fed !== undefined && year >= fed.from && year <= fed.to;
  const isBuiltIn = (year: number) => year >= official.firstYear && year <= official.lastYear;
  const days: NonWorkingDay[] = [];
  // Years neither feed covers are answered by rule: before the official years from the
  // recorded history, after them projected (and so provisional).
  for (let year = coverage.supported.from; year <= coverage.supported.to; year++) {
    if (isFed(year) || isBuiltIn(year)) continue;
    const provisional = year >= coverage.provisional.from;
    for (const holiday of ruleBasedHolidays(calendar.division, year)) {
      days.push({ epochDay: holiday.epochDay, name: holiday.name, kind: 'bankHoliday', provisional });
    }
  }
  for (const [date, name] of official.holidays) {
    if (isFed(Number(date.slice(0, 4)))) continue;
    days.push({ epochDay: toEpochDay(date), name, kind: 'bankHoliday', provisional: false });
  }
  for (const { date, name } of fed?.holidays ?? []) {
    days.push({ epochDay: toEpochDay(date), name, kind: 'bankHoliday', provisional: false });
  }
  for (const extra of calendar.extraHolidays) {
    days.push({ epochDay: toEpochDay(extra.date), name: extra.name, kind: 'bankHoliday', provisional: false });
  }
  for (const closure of calendar.closures) {
    const { from, to, name } = closureRange(closure);
    for (let day = from; day <= to; day++) days.push({ epochDay: day, name, kind: 'closure', provisional: false });
  }
  return days;
}

function closureRange(closure: Closure): { from: number; to: number; name: string } {
  if (typeof closure === 'string') {
    const day = toEpochDay(closure, 'closures');
    return { from: day, to: day, name: 'Local closure' };
  }
  return {
    from: toEpochDay(closure.from, 'closures.from'),
    to: toEpochDay(closure.to, 'closures.to'),
    name: closure.name ?? 'Local closure',
  };
}

function checkClosures(closures: readonly Closure[], supported: YearRange): Closure[] {
  if (!Array.isArray(closures)) {
    throw new CalendarError('INVALID_ARGUMENT', 'closures', `closures must be an array, received ${describeType(closures)}`);
  }
  return closures.map((closure, position) => {
    const path = `closures[${position}]`;
    if (
      typeof closure !== 'string' &&
      (typeof closure !== 'object' || closure === null || (closure.name !== undefined && typeof closure.name !== 'string'))
    ) {
      throw new CalendarError('INVALID_ARGUMENT', path, `${path} must be a date or { from, to, name? } with a string name`);
    }
    const { from, to } = closureRange(closure);
    if (to < from) throw new CalendarError('INVALID_ARGUMENT', path, `${path} ends before it starts`);
    checkSupported(from, supported, path);
    checkSupported(to, supported, path);
    return typeof closure === 'string' ? closure : Object.freeze({ ...closure });
  });
}

function checkExtraHolidays(extras: readonly ExtraHoliday[], supported: YearRange): ExtraHoliday[] {
  if (!Array.isArray(extras)) {
    throw new CalendarError('INVALID_ARGUMENT', 'extraHolidays', `extraHolidays must be an array, received ${describeType(extras)}`);
  }
  return extras.map((extra, position) => {
    const path = `extraHolidays[${position}]`;
    if (typeof extra !== 'object' || extra === null || typeof extra.name !== 'string') {
      throw new CalendarError('INVALID_ARGUMENT', path, `${path} must be { date, name }`);
    }
    checkSupported(toEpochDay(extra.date, `${path}.date`), supported, `${path}.date`);
    return Object.freeze({ date: extra.date, name: extra.name });
  });
}

function checkSupported(epochDay: number, supported: YearRange, argument: string): void {
  const year = yearOf(epochDay);
  if (year < supported.from || year > supported.to) {
    throw outOfRange(argument, supported);
  }
}

/** The error for a date outside a calendar's supported years. */
export function outOfRange(argument: string, supported: YearRange): CalendarError {
  return new CalendarError(
    'OUT_OF_CALENDAR_RANGE',
    argument,
    `${argument} is outside the calendar's supported years ${supported.from}-${supported.to}`,
  );
}
