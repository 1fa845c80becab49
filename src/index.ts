/**
 * child-protection-pathway: the statutory child-protection process in England as typed,
 * tested code.
 *
 * @packageDocumentation
 */
export { CalendarError, type CalendarErrorCode } from './dates/calendarError.js';
export { isoDate, type IsoDate, type DateInput } from './dates/isoDate.js';
export { toIsoDate } from './dates/toIsoDate.js';
export { addCalendarMonths } from './dates/calendarMonths.js';
export type { Division } from './calendar/division.js';
export type {
  CalendarCoverage,
  CalendarSpec,
  Closure,
  ExtraHoliday,
  WorkingDayCalendar,
  YearRange,
} from './calendar/workingDayCalendar.js';
export { englandAndWales, scotland, northernIreland, createCalendar } from './calendar/calendars.js';
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
