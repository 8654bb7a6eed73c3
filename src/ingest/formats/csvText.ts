/*
 * The claims CSV's columns and cells, shared by `fascia export --format csv` and the explorer's
 * "Claims as CSV" (which bundles this file): one format, wherever a claim is exported from.
 */

export const claimCsvColumns = [
  'id',
  'statement',
  'subject',
  'predicate',
  'object',
  'kind',
  'evidence level',
  'certainty',
  'status',
  'citations',
] as const;

/**
 * A CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break; quotes doubled.
 * Text that a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage
 * return) gets a leading apostrophe, which spreadsheets show as text (OWASP's advice for CSV).
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A claim's citations as one text: `source locator` pairs joined by ` | `, a disputing one marked. */
export function citationsText(
  citations: ReadonlyArray<{ source: string; locator: string; role?: string | null }>,
): string {
  return citations
    .map((citation) => `${citation.source} ${citation.locator}${citation.role === 'DISPUTES' ? ' (disputes)' : ''}`)
    .join(' | ');
}

/** One row, the cells in `claimCsvColumns` order, ended by CRLF. */
export function csvRow(cells: readonly string[]): string {
  return `${cells.map(csvField).join(',')}\r\n`;
}
