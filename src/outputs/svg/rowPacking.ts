/*
 * Greedy packing of horizontal extents into rows, as labels and bars are laid out: each extent
 * goes in the first row where it overlaps nothing. Placing by the bounding boxes that the
 * drawing will have is what keeps the timeline's labels from overlapping.
 */

/** Rows of occupied extents `[from, to]`, in pixels. */
export type Rows = [number, number][][];

/**
 * The first row (at most `maxRows`) where `[from, to]` keeps `gap` pixels from everything
 * already there, now occupied; `undefined` when every row is taken there.
 */
export function placeInRows(rows: Rows, from: number, to: number, gap: number, maxRows: number): number | undefined {
  for (let index = 0; index < maxRows; index++) {
    const row = rows[index] ?? (rows[index] = []);
    if (row.every(([start, end]) => to + gap <= start || from >= end + gap)) {
      row.push([from, to]);
      return index;
    }
  }
  return undefined;
}
