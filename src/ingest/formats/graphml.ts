import path from 'node:path';
import type { Database } from '../../db/database';
import { claimKindOf } from '../../domain';
import { exportClaims, exportEntities } from '../../repositories/export';
import { citationsText } from './csvText';
import { textFile, type ExportSummary, type Tick } from './output';

/**
 * The graph as GraphML, which Gephi and Cytoscape desktop open: entities as nodes, claims as
 * directed edges (subject → object), every attribute declared with its type. Lists (aliases,
 * identifiers, citations, the latter as in the CSV) are joined with ` | `, as both tools show strings.
 */

const nodeKeys = ['name', 'kind', 'aliases', 'description', 'xrefs'] as const;
const edgeKeys = ['predicate', 'kind', 'statement', 'level', 'certainty', 'status', 'citations'] as const;

function xml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const data = (prefix: string, values: Record<string, string | null | undefined>) =>
  Object.entries(values)
    .filter(([, value]) => value !== null && value !== undefined && value !== '')
    .map(([key, value]) => `<data key="${prefix}_${key}">${xml(value!)}</data>`)
    .join('');

/** Writes `<dir>/fascia.graphml`. */
export async function exportGraphml(db: Database, dir: string, tick?: Tick): Promise<ExportSummary> {
  const file = path.join(dir, 'fascia.graphml');
  const out = textFile(file);
  const write = out.write;
  await write('<?xml version="1.0" encoding="UTF-8"?>\n');
  await write(
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n',
  );
  for (const key of nodeKeys) await write(`  <key id="n_${key}" for="node" attr.name="${key}" attr.type="string"/>\n`);
  for (const key of edgeKeys) await write(`  <key id="e_${key}" for="edge" attr.name="${key}" attr.type="string"/>\n`);
  await write('  <graph id="fascia" edgedefault="directed">\n');
  let nodes = 0;
  for await (const { entry } of exportEntities(db)) {
    const values = {
      name: entry.name,
      kind: entry.kind,
      aliases: (entry.aliases ?? []).join(' | '),
      description: entry.description,
      xrefs: (entry.xrefs ?? []).join(' | '),
    };
    await write(`    <node id="${xml(entry.id)}">${data('n', values)}</node>\n`);
    nodes += 1;
    tick?.('entities');
  }
  let edges = 0;
  for await (const { entry } of exportClaims(db)) {
    const values = {
      predicate: entry.predicate,
      kind: claimKindOf(entry.predicate),
      statement: entry.statement,
      level: entry.evidence.level,
      certainty: entry.evidence.certainty,
      status: entry.status,
      citations: citationsText(entry.citations),
    };
    await write(
      `    <edge id="${xml(entry.id!)}" source="${xml(entry.subject)}" target="${xml(entry.object)}">${data('e', values)}</edge>\n`,
    );
    edges += 1;
    tick?.('claims');
  }
  await write('  </graph>\n</graphml>\n');
  await out.close();
  return { files: [file], entities: nodes, claims: edges };
}
