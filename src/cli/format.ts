/** Plain-text tables for a terminal: columns padded to their widest cell, no colour. */

/** Rows under a header, with a rule of dashes between. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n') + '\n';
}

/** Labelled values, one a line: `due       2026-12-14`. A value with several lines is indented. */
export function fields(pairs: readonly (readonly [label: string, value: string | undefined])[]): string {
  const shown = pairs.filter((pair): pair is readonly [string, string] => pair[1] !== undefined);
  const width = Math.max(...shown.map(([label]) => label.length));
  return (
    shown
      .map(([label, value]) => `${label.padEnd(width)}  ${value.split('\n').join(`\n${' '.repeat(width + 2)}`)}`)
      .join('\n') + '\n'
  );
}

const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The weekday of a checked `YYYY-MM-DD` date, in English. */
export function weekday(date: string): string {
  return weekdays[new Date(`${date}T00:00:00Z`).getUTCDay()] ?? '';
}

/** Holidays and closures passed over, one a line: `Fri 2026-12-25  Christmas Day`. */
export function dayList(days: readonly { readonly date: string; readonly name: string; readonly provisional: boolean }[]): string {
  if (days.length === 0) return 'none';
  return days
    .map((day) => `${weekday(day.date).slice(0, 3)} ${day.date}  ${day.name}${day.provisional ? ' (provisional)' : ''}`)
    .join('\n');
}
