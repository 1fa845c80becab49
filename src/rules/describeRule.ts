import type { Counting, Timescale, TimeUnit } from './timescale.js';

const unitWords: Record<TimeUnit, [singular: string, plural: string]> = {
  workingDays: ['working day', 'working days'],
  calendarDays: ['day', 'days'],
  weeks: ['week', 'weeks'],
  months: ['month', 'months'],
  years: ['year', 'years'],
  hours: ['hour', 'hours'],
};

const countingWords: Record<Counting, string> = {
  after: 'after',
  beginningWith: 'beginning with',
  before: 'before',
};

/**
 * A rule's length and counting in words.
 *
 * @example
 * describePeriod(timescales.careProceedings); // '26 weeks beginning with'
 */
export function describePeriod(rule: Pick<Timescale, 'amount' | 'unit' | 'counting'>): string {
  const [singular, plural] = unitWords[rule.unit];
  return `${rule.amount} ${rule.amount === 1 ? singular : plural} ${countingWords[rule.counting]}`;
}
