/**
 * An implementation of "add N working days (England & Wales)" to time against ours. Every
 * contender takes and returns `YYYY-MM-DD` strings, so each pays for its own parsing and
 * formatting as a user of it would, and answers can be compared one for one.
 */
export interface Contender {
  /** Column label in the report. */
  readonly name: string;
  /** One line on how it works, printed under the table. */
  readonly description: string;
  /** The working day `amount` (>= 1) working days after `date`, day 1 being the first after it. */
  addWorkingDays(date: string, amount: number): string;
  /** The number of working days d with earlier < d <= later, when the contender offers it. */
  differenceInWorkingDays?(later: string, earlier: string): number;
  /**
   * For a contender with its own holiday data: the weekdays of `year` it treats as holidays,
   * as ISO dates, so its data can be compared with ours for whole years at once.
   */
  holidayWeekdays?(year: number): string[];
}

/**
 * Builds a contender from the England & Wales bank holidays as ISO dates (our own list, so a
 * difference in answers is a difference in the algorithm, not in the data), loading its
 * library only when asked.
 */
export type ContenderFactory = (holidays: readonly string[]) => Promise<Contender>;
