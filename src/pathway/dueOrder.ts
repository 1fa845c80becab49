/**
 * Inserts an item into a list kept in due order, with `days` holding each item's due day
 * (epoch days: dates are ordered as days, never as text), moving back past the later-due
 * items: a case adds deadlines and actions roughly in due order, so each moves back past few,
 * and this costs a fraction of sorting afterwards. Stable, as a sort is: an item never moves
 * back past one due the same day. Used by `dueItems` and `planActions`.
 */
export function insertInDueOrder<T>(items: T[], days: number[], item: T, day: number): void {
  let position = items.length;
  while (position > 0 && (days[position - 1] as number) > day) {
    items[position] = items[position - 1] as T;
    days[position] = days[position - 1] as number;
    position--;
  }
  items[position] = item;
  days[position] = day;
}
