import {
  createRuleSet,
  englandAndWales,
  isoDate,
  northernIreland,
  scotland,
  type IsoDate,
  type PathwayOptions,
  type RuleSetInput,
  type WorkingDayCalendar,
} from '../index.js';
import type { BatchFormat, BatchOutput } from './outputs.js';

/** The calendars a batch run may name (the CLI's --calendar). */
export type CalendarName = 'england-and-wales' | 'scotland' | 'northern-ireland';

const calendars: Readonly<Record<CalendarName, WorkingDayCalendar>> = { 'england-and-wales': englandAndWales, scotland, 'northern-ireland': northernIreland };

/**
 * What every case of a run is computed with, as plain data: a worker thread receives it as a
 * message and rebuilds the rule set and calendar from it.
 */
export interface BatchSettings {
  readonly output: BatchOutput;
  readonly format: BatchFormat;
  readonly asOf: IsoDate;
  readonly referenceDate: IsoDate;
  /** A rule set as createRuleSet takes it (JSON); the national defaults when absent. */
  readonly ruleSet?: RuleSetInput;
  readonly calendar?: CalendarName;
}

/** The pathway options a run's settings stand for; throws the library's errors for bad data. */
export function pathwayOptionsOf(settings: BatchSettings): Omit<PathwayOptions, 'child'> {
  const ruleSet = settings.ruleSet === undefined ? undefined : createRuleSet(settings.ruleSet);
  const calendar = settings.calendar === undefined ? undefined : calendars[settings.calendar];
  return { ...(ruleSet === undefined ? {} : { ruleSet }), ...(calendar === undefined ? {} : { calendar }) };
}

/** The two dates, checked: `asOf` for due items, measures and Annex A; `referenceDate` for the census (default: asOf). */
export function batchDates(asOf: string, referenceDate: string | undefined): { asOf: IsoDate; referenceDate: IsoDate } {
  return { asOf: isoDate(asOf, 'asOf'), referenceDate: isoDate(referenceDate ?? asOf, 'referenceDate') };
}
