/**
 * Inserts an item into a list kept in due order, moving back past the later-due items: a case
 * adds deadlines and actions roughly in due order, so each moves back past few, and this costs
 * a fraction of sorting afterwards. Stable, as a sort is: an item never moves back past one due
 * the same day. Used by `dueItems` and `planActions`.
 */
export function insertInDueOrder<T extends { readonly due: string }>(list: T[], item: T): void {
  let position = list.length;
  while (position > 0 && (list[position - 1] as T).due > item.due) {
    list[position] = list[position - 1] as T;
    position--;
  }
  list[position] = item;
}
