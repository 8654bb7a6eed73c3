import path from 'node:path';
import type { Database } from '../../db/database';
import { claimKindOf } from '../../domain';
import { exportClaims } from '../../repositories/export';
import type { ClaimEntry } from '../graphFile';
import { textFile, type ExportSummary, type Tick } from './output';

/**
 * Every claim as one CSV row (RFC 4180), retracted ones included, for a spreadsheet. The columns
 * are the explorer's CSV export's too. Citations are `source locator` pairs joined by ` | `,
 * a disputing one marked `(disputes)`.
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

/** A CSV field: quoted when it holds a comma, a quote or a line break; quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A claim's citations as one text: `source locator` pairs joined by ` | `, a disputing one marked. */
export function citationsText(citations: ClaimEntry['citations']): string {
  return citations
    .map(
      (citation) =>
        `${citation.source} ${citation.locator}${'role' in citation && citation.role === 'DISPUTES' ? ' (disputes)' : ''}`,
    )
    .join(' | ');
}

export function claimCsvRow(claim: ClaimEntry & { id: string }): string {
  const citations = citationsText(claim.citations);
  return [
    claim.id,
    claim.statement,
    claim.subject,
    claim.predicate,
    claim.object,
    claimKindOf(claim.predicate),
    claim.evidence.level,
    claim.evidence.certainty ?? '',
    claim.status,
    citations,
  ]
    .map(csvField)
    .join(',');
}

/** Writes `<dir>/claims.csv`. */
export async function exportClaimsCsv(db: Database, dir: string, tick?: Tick): Promise<ExportSummary> {
  const file = path.join(dir, 'claims.csv');
  const out = textFile(file);
  await out.write(`${claimCsvColumns.join(',')}\r\n`);
  let claims = 0;
  for await (const { entry } of exportClaims(db)) {
    await out.write(`${claimCsvRow(entry as ClaimEntry & { id: string })}\r\n`);
    claims += 1;
    tick?.('claims');
  }
  await out.close();
  return { files: [file], entities: 0, claims };
}
