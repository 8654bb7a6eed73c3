import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import type { Database } from '../db/database';
import { exportClaims, exportEntities, exportRedirects } from '../repositories/export';
import type { ClaimEntry, EntityEntry } from './graphFile';
import type { Tick } from './formats/output';

export interface ExportReport {
  entities: number;
  claims: number;
  redirects: number;
  files: string[];
}

function writeYaml(file: string, header: string, body: Record<string, unknown>): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `# ${header}\n${stringify(body, { lineWidth: 0 })}`);
}

/**
 * Writes the whole graph as graph files (the seed's format): entities/<kind>.yaml,
 * claims/<predicate>.yaml and redirects.yaml, each sorted by id. `npm run import` of the result
 * into an empty database reproduces the same entities and claims, ids included.
 */
export async function exportGraph(db: Database, dir: string, tick?: Tick): Promise<ExportReport> {
  const byKind = new Map<string, EntityEntry[]>();
  for await (const { entry: entity } of exportEntities(db)) {
    const list = byKind.get(entity.kind) ?? [];
    list.push(entity);
    byKind.set(entity.kind, list);
    tick?.('entities');
  }
  const byPredicate = new Map<string, ClaimEntry[]>();
  for await (const { entry: claim } of exportClaims(db)) {
    const list = byPredicate.get(claim.predicate) ?? [];
    list.push(claim);
    byPredicate.set(claim.predicate, list);
    tick?.('claims');
  }
  const redirects = (await exportRedirects(db)).map((redirect) => redirect.entry);

  const files: string[] = [];
  const exportedAt = new Date().toISOString();
  for (const [kind, entities] of [...byKind].sort(([a], [b]) => a.localeCompare(b))) {
    const file = path.join(dir, 'entities', `${kind.toLowerCase()}.yaml`);
    writeYaml(file, `Fascia export ${exportedAt}: ${entities.length} ${kind} entities`, { entities });
    files.push(file);
  }
  for (const [predicate, claims] of [...byPredicate].sort(([a], [b]) => a.localeCompare(b))) {
    const file = path.join(dir, 'claims', `${predicate.toLowerCase()}.yaml`);
    writeYaml(file, `Fascia export ${exportedAt}: ${claims.length} ${predicate} claims`, { claims });
    files.push(file);
  }
  if (redirects.length > 0) {
    const file = path.join(dir, 'redirects.yaml');
    writeYaml(file, `Fascia export ${exportedAt}: ids retired by merges`, { redirects });
    files.push(file);
  }
  const entities = [...byKind.values()].reduce((n, list) => n + list.length, 0);
  const claims = [...byPredicate.values()].reduce((n, list) => n + list.length, 0);
  return { entities, claims, redirects: redirects.length, files };
}
