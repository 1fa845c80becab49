import type { Contender, ContenderFactory } from './contender.js';

/**
 * What a date-fns user writes: `addBusinessDays(day, 1)` in a loop, not counting the days that
 * are in a `Set` of holidays. date-fns works in local time, as its users do.
 */
export const dateFns: ContenderFactory = async (holidays) => {
  const { addBusinessDays, format, parseISO } = await import('date-fns');
  const holidaySet = new Set(holidays);
  const contender: Contender = {
    name: 'date-fns',
    description: 'date-fns parseISO, addBusinessDays(day, 1) in a loop, format(day, "yyyy-MM-dd") looked up in a Set',
    addWorkingDays(date, amount) {
      let day = parseISO(date);
      let remaining = amount;
      while (remaining > 0) {
        day = addBusinessDays(day, 1);
        if (!holidaySet.has(format(day, 'yyyy-MM-dd'))) remaining--;
      }
      return format(day, 'yyyy-MM-dd');
    },
  };
  return contender;
};
