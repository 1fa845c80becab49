import type { Contender, ContenderFactory } from './contender.js';

/**
 * moment-business-days configured as its README says: the holidays as strings in the locale,
 * then `businessAdd`. It looks each day up with `indexOf` over the holiday array.
 */
export const momentBusinessDays: ContenderFactory = async (holidays) => {
  const { default: moment } = await import('moment-business-days');
  moment.updateLocale('en', { holidays: [...holidays], holidayFormat: 'YYYY-MM-DD', workingWeekdays: [1, 2, 3, 4, 5] });
  const contender: Contender = {
    name: 'moment-business-days',
    description: "moment-business-days with our holidays in updateLocale('en'), moment(date, 'YYYY-MM-DD').businessAdd(n)",
    addWorkingDays(date, amount) {
      return moment(date, 'YYYY-MM-DD').businessAdd(amount).format('YYYY-MM-DD');
    },
  };
  return contender;
};
