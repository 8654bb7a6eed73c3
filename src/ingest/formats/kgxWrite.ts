import path from 'node:path';
import type { Database } from '../../db/database';
import { type EntityKind } from '../../domain';
import { exportClaims, exportEntities } from '../../repositories/export';
import { biolinkEdge, categoryOf, fasciaIdPrefix, fasciaKnowledgeSource, fasciaPredicatePrefix } from './biolink';
import { textFile, type ExportSummary, type Tick } from './output';
import { tsvList, tsvRow } from './tsv';

/**
 * The graph as KGX TSV (nodes.tsv, edges.tsv), the Biolink Model's exchange format: entities as
 * nodes with a Biolink category and their identifiers as xrefs, claims as edges with a Biolink
 * predicate, curated provenance and their publications. Columns after KGX's own carry what
 * Biolink has no slot for (evidence, status, citations' locators), so `fascia import` of the
 * pair restores the same entities and claims.
 */
export const kgxNodeColumns = [
  'id',
  'category',
  'name',
  'description',
  'xref',
  'synonym',
  'provided_by',
  'fascia_kind',
  'close_xref',
  'source_details',
  'study_details',
] as const;

export const kgxEdgeColumns = [
  'id',
  'subject',
  'predicate',
  'object',
  'negated',
  'qualified_predicate',
  'object_aspect_qualifier',
  'object_direction_qualifier',
  'knowledge_level',
  'agent_type',
  'primary_knowledge_source',
  'publications',
  'has_supporting_studies',
  'original_predicate',
  'statement',
  'evidence_level',
  'certainty',
  'status',
  'status_note',
  'qualifiers',
  'measure',
  'timepoint',
  'citations',
  'reports',
  'retired_identity',
] as const;

export const kgxId = (id: string): string => `${fasciaIdPrefix}${id}`;

/**
 * The sources a claim cites in its support: Biolink's `publications` are those that report or
 * support the statement, so a disputing source stays out (the citations column has it, with its role).
 */
export function supportingSources(citations: ReadonlyArray<{ source: string; role?: string | null }>): string[] {
  return [...new Set(citations.filter((citation) => citation.role !== 'DISPUTES').map((citation) => citation.source))];
}

/** Writes `<dir>/nodes.tsv` and `<dir>/edges.tsv`. */
export async function exportKgx(db: Database, dir: string, tick?: Tick): Promise<ExportSummary> {
  const nodesFile = path.join(dir, 'nodes.tsv');
  const edgesFile = path.join(dir, 'edges.tsv');
  const kinds = new Map<string, EntityKind>();

  const nodes = textFile(nodesFile);
  await nodes.write(`${kgxNodeColumns.join('\t')}\n`);
  let entities = 0;
  for await (const { entry } of exportEntities(db)) {
    kinds.set(entry.id, entry.kind);
    const row = tsvRow(kgxNodeColumns, {
      id: kgxId(entry.id),
      category: categoryOf(entry.kind, entry.xrefs ?? []),
      name: entry.name,
      description: entry.description ?? undefined,
      xref: tsvList(entry.xrefs),
      synonym: tsvList(entry.aliases),
      provided_by: fasciaKnowledgeSource,
      fascia_kind: entry.kind,
      close_xref: tsvList(entry.closeXrefs),
      source_details: entry.source ? JSON.stringify(entry.source) : undefined,
      study_details: entry.study ? JSON.stringify(entry.study) : undefined,
    });
    await nodes.write(`${row}\n`);
    entities += 1;
    tick?.('entities');
  }
  await nodes.close();

  const edges = textFile(edgesFile);
  await edges.write(`${kgxEdgeColumns.join('\t')}\n`);
  let claims = 0;
  for await (const { entry } of exportClaims(db)) {
    const edge = biolinkEdge(entry.predicate, entry.evidence.level, kinds.get(entry.object));
    const row = tsvRow(kgxEdgeColumns, {
      id: kgxId(entry.id!),
      subject: kgxId(entry.subject),
      predicate: edge.predicate,
      object: kgxId(entry.object),
      negated: edge.negated ? 'true' : undefined,
      qualified_predicate: edge.qualifiedPredicate,
      object_aspect_qualifier: edge.objectAspect,
      object_direction_qualifier: edge.objectDirection,
      knowledge_level: 'knowledge_assertion',
      agent_type: 'manual_agent',
      primary_knowledge_source: fasciaKnowledgeSource,
      publications: tsvList(supportingSources(entry.citations).map(kgxId)),
      has_supporting_studies: entry.evidence.study ? kgxId(entry.evidence.study) : undefined,
      original_predicate: `${fasciaPredicatePrefix}${entry.predicate}`,
      statement: entry.statement,
      evidence_level: entry.evidence.level,
      certainty: entry.evidence.certainty ?? undefined,
      status: entry.status,
      status_note: entry.statusNote ?? undefined,
      qualifiers: tsvList(entry.qualifiers),
      measure: entry.measure ?? undefined,
      timepoint: entry.timepoint ?? undefined,
      citations: JSON.stringify(entry.citations),
      reports: tsvList(entry.reports),
      retired_identity: entry.retiredIdentity ? 'true' : undefined,
    });
    await edges.write(`${row}\n`);
    claims += 1;
    tick?.('claims');
  }
  await edges.close();
  return { files: [nodesFile, edgesFile], entities, claims };
}
