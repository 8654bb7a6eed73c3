import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { claimKindOf, parseXref, predicates, type Predicate } from '../../domain';
import { maxEntityIdLength } from '../../domain/ids';
import { GraphValidationError, type GraphProblem } from '../problems';
import type { ParsedFile } from '../readGraphFiles';
import { categoryKind, fasciaIdPrefix, fasciaPredicatePrefix, predicateForEdge } from './biolink';
import { lineNumber, parseTsv, splitList, type TsvRow } from './tsv';

/*
 * KGX TSV into graph file entries, which then go through the same validation as YAML. A file
 * Fascia wrote carries its own columns (fascia_kind, original_predicate, evidence_level,
 * citations…) and comes back as it was. A file from another Biolink tool is mapped: categories
 * and predicates by the table in biolink.ts, each publication cited as a whole (a SOURCE entity
 * is created for one that is not a node), CURIE ids turned into slugs. What cannot be mapped is
 * reported, every row in one pass, and nothing is written.
 */

type Row = TsvRow;

/** `FASCIA:massage` → `massage`; another CURIE → a slug of it (`MONDO:0005178` → `mondo-0005178`). */
export function entityIdOf(curie: string): string {
  if (curie.startsWith(fasciaIdPrefix)) return curie.slice(fasciaIdPrefix.length);
  return curie
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, maxEntityIdLength)
    .replace(/^-+|-+$/g, '');
}

function json(row: Row, column: string, problems: GraphProblem[], where: Omit<GraphProblem, 'field' | 'message'>) {
  const cell = row[column];
  if (!cell) return undefined;
  try {
    return JSON.parse(cell) as unknown;
  } catch {
    problems.push({ ...where, field: column, message: 'is not valid JSON' });
    return undefined;
  }
}

function nodeEntry(row: Row, index: number, file: string, problems: GraphProblem[]): Record<string, unknown> | null {
  const where = { file, entry: `row ${row[lineNumber] ?? index + 2} (id "${row.id ?? ''}")` };
  if (!row.id) {
    problems.push({ ...where, field: 'id', message: 'a node needs an id' });
    return null;
  }
  const categories = splitList(row.category);
  const kind = row.fascia_kind ?? categories.map((category) => categoryKind[category]).find(Boolean);
  if (!kind) {
    problems.push({
      ...where,
      field: 'category',
      message: `no Fascia kind for ${categories.join(', ') || '(no category)'} (docs/model.md, "Biolink and KGX")`,
    });
    return null;
  }
  // Another tool's CURIE id is an identifier of the entity too, when it is a vocabulary Fascia knows.
  const ownCurie = row.id.startsWith(fasciaIdPrefix) || typeof parseXref(row.id) === 'string' ? [] : [row.id];
  const entry: Record<string, unknown> = {
    id: entityIdOf(row.id),
    kind,
    name: row.name ?? row.id,
    aliases: splitList(row.synonym),
    description: row.description,
    xrefs: [...new Set([...ownCurie, ...splitList(row.xref)])],
    closeXrefs: splitList(row.close_xref),
    source: json(row, 'source_details', problems, where),
    study: json(row, 'study_details', problems, where),
  };
  return Object.fromEntries(Object.entries(entry).filter(([, value]) => value !== undefined));
}

function predicateOf(row: Row): Predicate | undefined {
  const original = row.original_predicate?.startsWith(fasciaPredicatePrefix)
    ? row.original_predicate.slice(fasciaPredicatePrefix.length)
    : undefined;
  if (original && (predicates as readonly string[]).includes(original)) return original as Predicate;
  if (!row.predicate) return undefined;
  const direction = row.object_direction_qualifier;
  return predicateForEdge({
    predicate: row.predicate,
    negated: row.negated === 'true' || row.negated === 'True',
    objectDirection: direction === 'increased' || direction === 'decreased' ? direction : undefined,
  });
}

interface EdgeContext {
  file: string;
  names: Map<string, string>;
  problems: GraphProblem[];
  /** Publications cited that are not nodes: SOURCE entities are made for them. */
  citedOnly: Set<string>;
}

function edgeEntry(row: Row, index: number, context: EdgeContext): Record<string, unknown> | null {
  const { file, names, problems } = context;
  const where = {
    file,
    entry: `row ${row[lineNumber] ?? index + 2} (${row.subject ?? '?'} ${row.predicate ?? '?'} ${row.object ?? '?'})`,
  };
  const predicate = predicateOf(row);
  if (!predicate) {
    problems.push({
      ...where,
      field: 'predicate',
      message: `no Fascia predicate for ${row.predicate ?? '(none)'}${row.negated === 'true' ? ' (negated)' : ''} (docs/model.md, "Biolink and KGX")`,
    });
    return null;
  }
  const subject = entityIdOf(row.subject ?? '');
  const object = entityIdOf(row.object ?? '');
  let citations = json(row, 'citations', problems, where);
  if (citations === undefined) {
    const publications = splitList(row.publications);
    if (publications.length === 0 && row.primary_knowledge_source) publications.push(row.primary_knowledge_source);
    for (const curie of publications) if (!names.has(entityIdOf(curie))) context.citedOnly.add(curie);
    citations = publications.map((curie) => ({ source: entityIdOf(curie), locator: '"whole"' }));
  }
  const level = row.evidence_level ?? (claimKindOf(predicate) === 'EFFECT' ? undefined : 'NOT_GRADED');
  if (!level)
    problems.push({
      ...where,
      field: 'evidence_level',
      message: `a ${predicate} edge is about an effect and needs evidence_level (knowledge_level does not grade evidence)`,
    });
  const entry: Record<string, unknown> = {
    id: row.id?.startsWith(fasciaIdPrefix) ? row.id.slice(fasciaIdPrefix.length) : undefined,
    subject,
    predicate,
    object,
    statement:
      row.statement ??
      `${names.get(subject) ?? subject} ${predicate.toLowerCase().replace(/_/g, ' ')} ${names.get(object) ?? object}`,
    qualifiers: splitList(row.qualifiers),
    evidence: {
      // With no level the import is already refused (the problem above); a stand-in grade lets
      // the claim's other fields be checked in the same pass, and is never written.
      level: level ?? 'ANECDOTAL',
      ...(row.certainty ? { certainty: row.certainty } : {}),
      ...(row.has_supporting_studies ? { study: entityIdOf(splitList(row.has_supporting_studies)[0]!) } : {}),
    },
    status: row.status ?? 'ASSERTED',
    statusNote: row.status_note,
    citations,
    measure: row.measure,
    timepoint: row.timepoint,
    reports: splitList(row.reports),
    retiredIdentity: row.retired_identity === 'true' ? true : undefined,
  };
  return Object.fromEntries(Object.entries(entry).filter(([, value]) => value !== undefined));
}

/** The one file of the directory whose name ends in `suffix` (KGX names them `…nodes.tsv`, `…edges.tsv`). */
function kgxFile(dir: string, suffix: string): string {
  const found = readdirSync(dir).filter((name) => name.endsWith(suffix));
  if (found.length !== 1)
    throw new GraphValidationError([
      {
        file: dir,
        entry: '-',
        field: '-',
        message: `a KGX import needs exactly one file named *${suffix} here, found ${found.length}`,
      },
    ]);
  return path.join(dir, found[0]!);
}

/** A KGX pair (a directory, or one of its files, holding *nodes.tsv and *edges.tsv) as graph file content to validate. */
export function readKgx(target: string): ParsedFile[] {
  const dir = statSync(target).isDirectory() ? target : path.dirname(target);
  const nodesFile = kgxFile(dir, 'nodes.tsv');
  const edgesFile = kgxFile(dir, 'edges.tsv');
  const problems: GraphProblem[] = [];
  const nodesName = path.basename(nodesFile);
  const unreadIds: string[] = [];
  const entities = parseTsv(readFileSync(nodesFile, 'utf8'))
    .map((row, index) => {
      const entry = nodeEntry(row, index, nodesName, problems);
      if (!entry && row.id) unreadIds.push(entityIdOf(row.id));
      return entry;
    })
    .filter((entry): entry is Record<string, unknown> => entry !== null);
  const names = new Map(entities.map((entity) => [entity.id as string, entity.name as string]));
  const context: EdgeContext = { file: path.basename(edgesFile), names, problems, citedOnly: new Set() };
  const claims = parseTsv(readFileSync(edgesFile, 'utf8'))
    .map((row, index) => edgeEntry(row, index, context))
    .filter((entry): entry is Record<string, unknown> => entry !== null);
  for (const curie of context.citedOnly) {
    const known = typeof parseXref(curie) !== 'string';
    entities.push({ id: entityIdOf(curie), kind: 'SOURCE', name: curie, xrefs: known ? [curie] : [] });
  }
  return [
    { file: nodesName, content: { entities }, problems, unreadIds },
    { file: path.basename(edgesFile), content: { claims } },
  ];
}
