import path from 'node:path';
import type { Database } from '../../db/database';
import { claimKindOf } from '../../domain';
import { exportClaims } from '../../repositories/export';
import type { ClaimEntry } from '../graphFile';
import { citationsText, claimCsvColumns, csvRow } from './csvText';
import { textFile, type ExportSummary, type Tick } from './output';

/** Every claim as one CSV row (RFC 4180), retracted ones included, for a spreadsheet. */
export function claimCsvRow(claim: ClaimEntry & { id: string }): string {
  const citations = citationsText(claim.citations);
  return csvRow([
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
  ]);
}

/** Writes `<dir>/claims.csv`. */
export async function exportClaimsCsv(db: Database, dir: string, tick?: Tick): Promise<ExportSummary> {
  const file = path.join(dir, 'claims.csv');
  const out = textFile(file);
  await out.write(csvRow(claimCsvColumns));
  let claims = 0;
  for await (const { entry } of exportClaims(db)) {
    await out.write(claimCsvRow(entry as ClaimEntry & { id: string }));
    claims += 1;
    tick?.('claims');
  }
  await out.close();
  return { files: [file], entities: 0, claims };
}
