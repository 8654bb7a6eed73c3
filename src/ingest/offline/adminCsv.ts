import path from 'node:path';
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

/** One row: the fixed columns' values (ids, labels, ends, type) in order, and its properties. */
export interface AdminRow {
  fixed: unknown[];
  props?: Record<string, unknown>;
}

/**
 * Writes `<name>.header.csv` and `<name>.csv` and returns them as the importer takes them
 * (`header,body`), and whether a cell holds a line break. One pass: each row's properties are computed, written and dropped, and a
 * property's column (placed where it was first seen, typed by the first value it had) goes
 * into the header written last; so a million rows are never held twice.
 */
export async function writeAdminCsv<T>(
  dir: string,
  name: string,
  fixed: string[],
  items: Iterable<T>,
  toRow: (item: T) => AdminRow,
): Promise<{ files: string; multiline: boolean }> {
  const headerFile = path.join(dir, `${name}.header.csv`);
  const bodyFile = path.join(dir, `${name}.csv`);
  const columns = new Map<string, { index: number; type: string | null }>();
  const body = textFile(bodyFile);
  let chunk = '';
  let multiline = false;
  for (const item of items) {
    const row = toRow(item);
    const cells: string[] = row.fixed.map(cell);
    for (const [key, value] of Object.entries(row.props ?? {})) {
      let column = columns.get(key);
      if (!column) columns.set(key, (column = { index: columns.size, type: null }));
      column.type ??= typeOf(value);
      cells[fixed.length + column.index] = cell(value);
    }
    // Columns first seen after this row stay empty in it (a missing cell is an empty one).
    const line = cells.join(',');
    multiline ||= /[\r\n]/.test(line);
    chunk += `${line}\n`;
    if (chunk.length > 1_000_000) {
      await body.write(chunk);
      chunk = '';
    }
  }
  if (chunk) await body.write(chunk);
  await body.close();
  const header = textFile(headerFile);
  const typed = [...columns].map(([key, { type }]) => `${key}:${type ?? 'string'}`);
  await header.write(`${[...fixed, ...typed].join(',')}\n`);
  await header.close();
  return { files: `${headerFile},${bodyFile}`, multiline };
}
