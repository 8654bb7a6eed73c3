import path from 'node:path';
import type { Database } from '../../db/database';
import { xrefVocabularies, type EntityKind } from '../../domain';
import { exportClaims, exportEntities } from '../../repositories/export';
import { biolinkEdge, categoryOf, fasciaKnowledgeSource, fasciaPredicatePrefix } from './biolink';
import { supportingSources } from './kgxWrite';
import { textFile, type ExportSummary, type Tick } from './output';

/**
 * The graph as JSON-LD: entities as nodes typed by their Biolink class, claims as
 * biolink:Association nodes joining them (subject, predicate, object), with Fascia's evidence,
 * status and citations. The context maps every key to an IRI: Biolink's vocabulary where it has
 * the slot, Fascia's own vocabulary otherwise, and each identifier prefix to its vocabulary's
 * pages. It is written beside the graph (context.jsonld) and embedded in it, so any JSON-LD
 * processor reads the file offline.
 */

/** Where Fascia's entity and claim IRIs start, unless `--base` says otherwise. */
export const defaultBase = 'http://localhost:4000/id/';

export function jsonldContext(base: string): Record<string, unknown> {
  const id = (iri: string) => ({ '@id': iri, '@type': '@id' });
  const ids = (iri: string) => ({ '@id': iri, '@type': '@id', '@container': '@set' });
  const list = (iri: string) => ({ '@id': iri, '@container': '@set' });
  return {
    '@version': 1.1,
    biolink: 'https://w3id.org/biolink/vocab/',
    infores: 'https://w3id.org/biolink/infores/',
    skos: 'http://www.w3.org/2004/02/skos/core#',
    fasciavocab: `${base}vocab/`,
    // A prefix whatever `base` ends with (JSON-LD 1.1 takes a plain term as one only after / or #).
    FASCIA: { '@id': base, '@prefix': true },
    ...Object.fromEntries(
      Object.entries(xrefVocabularies).map(([prefix, { expansion }]) => [
        prefix,
        { '@id': expansion, '@prefix': true },
      ]),
    ),
    id: '@id',
    category: { '@id': '@type', '@container': '@set' },
    name: 'biolink:name',
    description: 'biolink:description',
    synonym: list('biolink:synonym'),
    xref: ids('biolink:xref'),
    closeMatch: ids('skos:closeMatch'),
    provided_by: ids('biolink:provided_by'),
    kind: 'fasciavocab:kind',
    subject: id('biolink:subject'),
    predicate: id('biolink:predicate'),
    object: id('biolink:object'),
    negated: { '@id': 'biolink:negated', '@type': 'http://www.w3.org/2001/XMLSchema#boolean' },
    qualified_predicate: id('biolink:qualified_predicate'),
    object_aspect_qualifier: 'biolink:object_aspect_qualifier',
    object_direction_qualifier: 'biolink:object_direction_qualifier',
    knowledge_level: 'biolink:knowledge_level',
    agent_type: 'biolink:agent_type',
    primary_knowledge_source: id('biolink:primary_knowledge_source'),
    publications: ids('biolink:publications'),
    has_supporting_studies: ids('biolink:has_supporting_studies'),
    original_predicate: id('biolink:original_predicate'),
    statement: 'fasciavocab:statement',
    evidenceLevel: 'fasciavocab:evidenceLevel',
    certainty: 'fasciavocab:certainty',
    status: 'fasciavocab:status',
    statusNote: 'fasciavocab:statusNote',
    qualifiers: list('fasciavocab:qualifier'),
    measure: 'fasciavocab:measure',
    timepoint: 'fasciavocab:timepoint',
    citations: list('fasciavocab:citation'),
    source: id('fasciavocab:source'),
    locator: 'fasciavocab:locator',
    role: 'fasciavocab:role',
    reports: ids('fasciavocab:reports'),
  };
}

const curie = (id: string) => `FASCIA:${id}`;

function withoutEmpty(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0)),
  );
}

/** Writes `<dir>/fascia.jsonld` and `<dir>/context.jsonld`. */
export async function exportJsonld(
  db: Database,
  dir: string,
  tick?: Tick,
  base: string = defaultBase,
): Promise<ExportSummary> {
  const file = path.join(dir, 'fascia.jsonld');
  const contextFile = path.join(dir, 'context.jsonld');
  const context = jsonldContext(base);
  const contextOut = textFile(contextFile);
  await contextOut.write(`${JSON.stringify({ '@context': context }, null, 2)}\n`);
  await contextOut.close();

  const out = textFile(file);
  await out.write(`{"@context":${JSON.stringify(context)},\n"@graph":[\n`);
  let first = true;
  const node = async (value: Record<string, unknown>) => {
    await out.write(`${first ? '' : ',\n'}${JSON.stringify(withoutEmpty(value))}`);
    first = false;
  };
  const kinds = new Map<string, EntityKind>();
  let entities = 0;
  for await (const { entry } of exportEntities(db)) {
    kinds.set(entry.id, entry.kind);
    await node({
      id: curie(entry.id),
      category: [categoryOf(entry.kind, entry.xrefs ?? [])],
      kind: entry.kind,
      name: entry.name,
      description: entry.description,
      synonym: entry.aliases,
      xref: entry.xrefs,
      closeMatch: entry.closeXrefs,
      provided_by: fasciaKnowledgeSource,
    });
    entities += 1;
    tick?.('entities');
  }
  let claims = 0;
  for await (const { entry } of exportClaims(db)) {
    const edge = biolinkEdge(entry.predicate, entry.evidence.level, kinds.get(entry.object));
    await node({
      id: curie(entry.id!),
      category: ['biolink:Association'],
      subject: curie(entry.subject),
      predicate: edge.predicate,
      object: curie(entry.object),
      negated: edge.negated,
      qualified_predicate: edge.qualifiedPredicate,
      object_aspect_qualifier: edge.objectAspect,
      object_direction_qualifier: edge.objectDirection,
      original_predicate: `${fasciaPredicatePrefix}${entry.predicate}`,
      knowledge_level: 'knowledge_assertion',
      agent_type: 'manual_agent',
      primary_knowledge_source: fasciaKnowledgeSource,
      publications: supportingSources(entry.citations).map(curie),
      has_supporting_studies: entry.evidence.study ? [curie(entry.evidence.study)] : undefined,
      statement: entry.statement,
      evidenceLevel: entry.evidence.level,
      certainty: entry.evidence.certainty,
      status: entry.status,
      statusNote: entry.statusNote,
      qualifiers: entry.qualifiers,
      measure: entry.measure,
      timepoint: entry.timepoint,
      citations: entry.citations.map((citation) =>
        withoutEmpty({
          source: curie(citation.source),
          locator: citation.locator,
          role: 'role' in citation ? citation.role : undefined,
        }),
      ),
      reports: entry.reports?.map(curie),
    });
    claims += 1;
    tick?.('claims');
  }
  await out.write('\n]}\n');
  await out.close();
  return { files: [file, contextFile], entities, claims };
}
