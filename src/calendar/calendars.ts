import { CalendarError } from '../dates/calendarError.js';
import {
  englandAndWalesOfficial,
  northernIrelandOfficial,
  scotlandOfficial,
} from './data/officialHolidays.generated.js';
import { divisions, type Division } from './division.js';
import type { OfficialHolidays } from './officialHolidays.js';
import { checkOfficialYears } from './officialYears.js';
import { calendarFrom, supportedYears, type CalendarSpec, type WorkingDayCalendar } from './workingDayCalendar.js';

/**
 * England & Wales working days: the default calendar of every function.
 *
 * @example
 * isWorkingDay('2026-08-31', { calendar: englandAndWales }); // false: Summer bank holiday
 */
export const englandAndWales: WorkingDayCalendar = /* @__PURE__ */ calendarFrom(englandAndWalesOfficial);

/**
 * Scotland's working days (2 January, St Andrew's Day, Summer bank holiday in early August,
 * no Easter Monday).
 *
 * @example
 * isWorkingDay('2026-08-03', { calendar: scotland }); // false
 */
export const scotland: WorkingDayCalendar = /* @__PURE__ */ calendarFrom(scotlandOfficial);

/**
 * Northern Ireland's working days (England & Wales days plus St Patrick's Day and the Battle
 * of the Boyne).
 *
 * @example
 * isWorkingDay('2026-03-17', { calendar: northernIreland }); // false
 */
export const northernIreland: WorkingDayCalendar = /* @__PURE__ */ calendarFrom(northernIrelandOfficial);

const officialByDivision: Record<Division, OfficialHolidays> = {
  'england-and-wales': englandAndWalesOfficial,
  scotland: scotlandOfficial,
  'northern-ireland': northernIrelandOfficial,
};

/** The built-in official holidays of a division. */
export function officialHolidaysOf(division: Division): OfficialHolidays {
  return officialByDivision[division];
}

/**
 * A calendar for a local authority: a division's bank holidays plus local closure days and any
 * newly proclaimed holidays. Dates are checked; a closure outside the supported years is
 * `OUT_OF_CALENDAR_RANGE`. The result is plain data: `JSON.stringify` it to store it and pass
 * the parsed JSON back here to rebuild it.
 *
 * @example
 * const leeds = createCalendar({
 *   name: 'Example council',
 *   closures: [{ from: '2026-12-29', to: '2026-12-31', name: 'Christmas closure' }],
 * });
 * addWorkingDays('2026-12-24', 1, { calendar: leeds }); // '2027-01-04'
 */
export function createCalendar(spec: CalendarSpec = {}): WorkingDayCalendar {
  if (typeof spec !== 'object' || spec === null) {
    throw new CalendarError('INVALID_ARGUMENT', 'spec', 'spec must be an object');
  }
  const division = spec.division ?? 'england-and-wales';
  if (!divisions.includes(division)) {
    throw new CalendarError('INVALID_ARGUMENT', 'division', `division must be one of ${divisions.join(', ')}`);
  }
  if (spec.name !== undefined && typeof spec.name !== 'string') {
    throw new CalendarError('INVALID_ARGUMENT', 'name', 'name must be a string');
  }
  const official = officialByDivision[division];
  const officialHolidays =
    spec.officialHolidays === undefined ? undefined : checkOfficialYears(spec.officialHolidays, official, supportedYears);
  return calendarFrom(official, { ...spec, officialHolidays });
}
