import type { ContenderFactory } from './contender.js';
import { dateFns } from './dateFns.js';
import { dateHolidays } from './dateHolidays.js';
import { momentBusinessDays } from './momentBusinessDays.js';
import { setLoop } from './setLoop.js';

export type { Contender, ContenderFactory } from './contender.js';

/** The peers of the working-day benches, in report order. */
export const peers: readonly ContenderFactory[] = [setLoop, dateFns, dateHolidays, momentBusinessDays];
