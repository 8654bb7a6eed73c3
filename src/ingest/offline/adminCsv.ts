import { textFile } from '../formats/output';

/*
 * CSV files for Neo4j's offline importer (`neo4j-admin database import full`): a header naming
 * each column's type, `"`-quoted cells with inner quotes doubled, array elements joined by the
 * unit separator (a control character, which Fascia's text never holds). A null, absent or
 * empty-list value is an empty cell, so the property is absent, as when the live import sets a
 * property to null.
 */

export const arrayDelimiter = '\u001f';

/** A value's import type as the live import stores it: JS numbers as doubles, driver integers as longs. */
function typeOf(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) {
    const first = value.find((item) => item !== null && item !== undefined);
    return first === undefined ? null : `${typeOf(first)}[]`;
  }
  if (typeof value === 'number') return 'double';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'object' && 'low' in value && 'high' in value) return 'long';
  return 'string';
}

const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.length === 0 ? '' : quote(value.map(String).join(arrayDelimiter));
  if (typeof value === 'string') return quote(value);
  return String(value);
}

/**
 * One CSV of rows with the same role: `fixed` columns (ids, labels, ends) as given, then every
 * property any row has, typed by the first row that holds a value for it.
 */
export async function writeAdminCsv(
  file: string,
  fixed: Array<[header: string, key: string]>,
  rows: Array<Record<string, unknown>>,
  properties: (row: Record<string, unknown>) => Record<string, unknown>,
): Promise<void> {
  // Two passes over the rows (types, then cells) rather than a second copy of every row held:
  // at a million claims, the garbage collector is what a copy costs.
  const types = new Map<string, string>();
  for (const row of rows)
    for (const [key, value] of Object.entries(properties(row))) {
      if (types.has(key)) continue;
      const type = typeOf(value);
      if (type) types.set(key, type);
    }
  const columns = [...types];
  const out = textFile(file);
  await out.write(
    `${[...fixed.map(([header]) => header), ...columns.map(([key, type]) => `${key}:${type}`)].join(',')}\n`,
  );
  let chunk = '';
  for (const row of rows) {
    const props = properties(row);
    let line = '';
    for (const [, key] of fixed) line += `${cell(row[key])},`;
    for (const [key] of columns) line += `${cell(props[key])},`;
    chunk += `${line.slice(0, -1)}\n`;
    if (chunk.length > 1_000_000) {
      await out.write(chunk);
      chunk = '';
    }
  }
  if (chunk) await out.write(chunk);
  await out.close();
}
