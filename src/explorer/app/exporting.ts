import type { Core } from 'cytoscape';
import { citationsText, claimCsvColumns, csvRow } from '../../ingest/formats/csvText';
import type { CsvClaimFragment } from './gql/graphql';
import { NeighborhoodClaimsDocument, PathClaimsDocument, request } from './operations';
import type { ViewState } from './state';

/** Offers `blob` as a download named `name` (an anchor with `download`; no server round trip). */
function download(blob: Blob, name: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

/** The drawing as a PNG, the whole graph rather than the visible part, on white. */
export function exportPng(cy: Core): void {
  const blob = cy.png({ output: 'blob', full: true, bg: '#ffffff', scale: 2 }) as unknown as Blob;
  download(blob, 'fascia-view.png');
}

/** The claims drawn, in the columns of `fascia export --format csv`. */
export async function exportCsv(cy: Core, endpoint: string, state: ViewState): Promise<number> {
  const drawn = new Set(cy.edges().map((edge) => edge.id()));
  const claims = new Map<string, CsvClaimFragment>();
  const sources = [state.focus, ...state.expanded, ...state.added].filter((id): id is string => Boolean(id));
  const answers = await Promise.all([
    ...sources.map(async (id) => {
      const data = await request(endpoint, NeighborhoodClaimsDocument, { id, minEvidence: state.minEvidence });
      return data.neighborhood.edges.map((edge) => edge.claim);
    }),
    state.path
      ? request(endpoint, PathClaimsDocument, { from: state.path[0], to: state.path[1] }).then(
          (data) => data.paths[0]?.edges.map((edge) => edge.claim) ?? [],
        )
      : Promise.resolve([]),
  ]);
  for (const claim of answers.flat()) if (drawn.has(claim.id)) claims.set(claim.id, claim);
  const rows = [...claims.values()]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((claim) =>
      csvRow([
        claim.id,
        claim.statement,
        claim.subject.id,
        claim.predicate,
        claim.object.id,
        claim.kind,
        claim.evidence.level,
        claim.evidence.certainty ?? '',
        claim.status,
        citationsText(claim.citations.map((c) => ({ source: c.source.id, locator: c.locator, role: c.role }))),
      ]),
    );
  download(new Blob([csvRow(claimCsvColumns), ...rows], { type: 'text/csv' }), 'fascia-claims.csv');
  return rows.length;
}
