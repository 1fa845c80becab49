import type { Contender, ContenderFactory } from './contender.js';

const DAY_MS = 86_400_000;

/**
 * The date-holidays way: its own rules for England (not our list), `isHoliday` asked day by
 * day. Only public and bank holidays count; its observances (Mother's Day...) do not.
 */
export const dateHolidays: ContenderFactory = async () => {
  const { default: Holidays } = await import('date-holidays');
  const holidays = new Holidays('GB', 'ENG');
  const isWorking = (time: number): boolean => {
    const day = new Date(time);
    const weekday = day.getUTCDay();
    if (weekday === 0 || weekday === 6) return false;
    const found = holidays.isHoliday(day);
    return found === false || !found.some((holiday) => holiday.type === 'public' || holiday.type === 'bank');
  };
  const contender: Contender = {
    name: 'date-holidays',
    description: "date-holidays new Holidays('GB', 'ENG') with its own rules, isHoliday(day) per weekday of a day-by-day loop",
    addWorkingDays(date, amount) {
      let time = Date.parse(date);
      let remaining = amount;
      while (remaining > 0) {
        time += DAY_MS;
        if (isWorking(time)) remaining--;
      }
      return new Date(time).toISOString().slice(0, 10);
    },
    holidayWeekdays(year) {
      return holidays
        .getHolidays(year)
        .filter((holiday) => holiday.type === 'public' || holiday.type === 'bank')
        .map((holiday) => holiday.date.slice(0, 10))
        .filter((date) => {
          const weekday = new Date(Date.parse(date)).getUTCDay();
          return weekday !== 0 && weekday !== 6;
        });
    },
  };
  return contender;
};
