/** Text as one cell of a Markdown table: a `|` would end the cell. */
export function markdownCell(text: string): string {
  return text.replaceAll('|', '\\|');
}

/** One row of a Markdown table. */
export function markdownRow(cells: readonly string[]): string {
  return `| ${cells.map(markdownCell).join(' | ')} |`;
}
