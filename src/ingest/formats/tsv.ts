/*
 * KGX's TSV: a header row, tab-separated cells, lists joined by `|`, no quoting. A tab or a line
 * break inside a value (validation allows them in text) would break the row, so cells escape
 * them as `\t`, `\n` and `\r`, and a backslash as `\\`; reading undoes it.
 */

export const listSeparator = '|';

const escapes: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
const unescapes: Record<string, string> = { '\\': '\\', t: '\t', n: '\n', r: '\r' };

export function escapeCell(value: string): string {
  return value.replace(/[\\\t\n\r]/g, (character) => escapes[character]!);
}

export function unescapeCell(value: string): string {
  return value.replace(/\\([\\tnr])/g, (_, character: string) => unescapes[character]!);
}

export function tsvRow(columns: readonly string[], values: Record<string, string | undefined>): string {
  return columns.map((column) => escapeCell(values[column] ?? '')).join('\t');
}

export function tsvList(values: readonly string[] | undefined): string {
  return (values ?? []).join(listSeparator);
}

/** A row of a TSV file: its cells by the header's names (empty ones absent), and its line number. */
export type TsvRow = Record<string, string> & { readonly [lineNumber]?: number };
export const lineNumber = Symbol('line');

/** The rows of a TSV text as objects keyed by the header's names; blank lines are skipped. */
export function parseTsv(text: string): TsvRow[] {
  const lines = text.split(/\r?\n/);
  const header = (lines[0] ?? '').split('\t');
  const rows: TsvRow[] = [];
  lines.slice(1).forEach((line, index) => {
    if (line === '') return;
    const cells = line.split('\t');
    const row: Record<string, string> = {};
    // Not enumerable: the row's entries are its cells, and nothing else.
    Object.defineProperty(row, lineNumber, { value: index + 2 });
    header.forEach((column, i) => {
      const cell = cells[i];
      if (cell !== undefined && cell !== '') row[column] = unescapeCell(cell);
    });
    rows.push(row);
  });
  return rows;
}

export function splitList(cell: string | undefined): string[] {
  return cell ? cell.split(listSeparator).filter((value) => value !== '') : [];
}
