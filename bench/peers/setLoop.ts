import type { Contender, ContenderFactory } from './contender.js';

const DAY_MS = 86_400_000;

const isoOf = (time: number): string => new Date(time).toISOString().slice(0, 10);

/**
 * The hand-written baseline: step a UTC `Date` one day at a time and skip weekends and the
 * days found in a `Set` of holiday ISO strings.
 */
export const setLoop: ContenderFactory = async (holidays) => {
  const holidaySet = new Set(holidays);
  const isWorking = (time: number): boolean => {
    const weekday = new Date(time).getUTCDay();
    return weekday !== 0 && weekday !== 6 && !holidaySet.has(isoOf(time));
  };
  const contender: Contender = {
    name: 'Set loop',
    description: 'day-by-day loop over a UTC Date, weekends by getUTCDay, holidays in a Set of ISO strings',
    addWorkingDays(date, amount) {
      let time = Date.parse(date);
      let remaining = amount;
      while (remaining > 0) {
        time += DAY_MS;
        if (isWorking(time)) remaining--;
      }
      return isoOf(time);
    },
    differenceInWorkingDays(later, earlier) {
      const laterTime = Date.parse(later);
      const earlierTime = Date.parse(earlier);
      const sign = laterTime >= earlierTime ? 1 : -1;
      const [from, to] = sign === 1 ? [earlierTime, laterTime] : [laterTime, earlierTime];
      let count = 0;
      for (let time = from + DAY_MS; time <= to; time += DAY_MS) if (isWorking(time)) count++;
      return sign * count;
    },
  };
  return contender;
};
