/*
 * KGX's TSV: a header row, tab-separated cells, lists joined by `|`, no quoting. Fascia's text
 * fields never hold tabs or line breaks (validation refuses control characters), so a cell
 * needs no escaping; a stray one would still be turned into a space rather than break the row.
 */

export const listSeparator = '|';

export function tsvRow(columns: readonly string[], values: Record<string, string | undefined>): string {
  return columns.map((column) => (values[column] ?? '').replace(/[\t\r\n]/g, ' ')).join('\t');
}

export function tsvList(values: readonly string[] | undefined): string {
  return (values ?? []).join(listSeparator);
}

/** The rows of a TSV text as objects keyed by the header's names; empty cells are absent. */
export function parseTsv(text: string): Array<Record<string, string>> {
  const lines = text.split(/\r?\n/).filter((line) => line !== '');
  const header = (lines.shift() ?? '').split('\t');
  return lines.map((line) => {
    const cells = line.split('\t');
    const row: Record<string, string> = {};
    header.forEach((column, index) => {
      const cell = cells[index];
      if (cell !== undefined && cell !== '') row[column] = cell;
    });
    return row;
  });
}

export function splitList(cell: string | undefined): string[] {
  return cell ? cell.split(listSeparator).filter((value) => value !== '') : [];
}
