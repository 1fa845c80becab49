import { addWorkingDays, bankHolidays, differenceInWorkingDays, englandAndWales } from '../src/index.js';
import type { Contender } from './peers/contender.js';

/** This library, through its public API with the default calendar (England & Wales). */
export const ours: Contender = {
  name: 'ours',
  description: 'child-protection-pathway addWorkingDays / differenceInWorkingDays (precomputed index)',
  addWorkingDays,
  differenceInWorkingDays,
};

/** Every England & Wales bank holiday the library knows, as ISO dates: the peers' data. */
export function englandAndWalesHolidays(): string[] {
  const { from, to } = englandAndWales.coverage.supported;
  return bankHolidays(`${from}-01-01`, `${to}-12-31`).map((holiday) => holiday.date);
}
