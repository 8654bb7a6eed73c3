import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { int } from '../../db/params';
import { kindLabel } from '../../domain';
import { encodeChanges } from '../../domain/changes';
import type { HistoryEvent } from '../../domain/history';
import { claimHistoryFields, entityHistoryFields } from '../../domain/records';
import { claimNodeProperties, creationOf, entityNodeProperties, type WriteMeta } from '../../repositories/bulk';
import type { ValidatedGraph } from '../validateGraph';
import { arrayDelimiter, writeAdminCsv } from './adminCsv';

/*
 * A validated graph as the offline importer's node and relationship files: the same nodes,
 * labels, properties (and property types), relationships and creation records that the live
 * import (repositories/bulk.ts) writes, so a graph loaded either way reads the same.
 */

export interface AdminFiles {
  nodes: string[];
  relationships: string[];
}

type Creation = ReturnType<typeof creationOf>;

/** The creation record's properties, as bulk.ts's setCreation writes them. */
function creationProps(creation: Creation, meta: WriteMeta): Record<string, unknown> {
  return {
    version: creation.version,
    createdAt: creation.creation.at,
    updatedAt: creation.updatedAt,
    createdBy: creation.creation.actor,
    createdAs: creation.creation.changes,
    createdAction: creation.creation.action,
    createdNote: creation.creation.note,
    importId: meta.importId,
  };
}

export async function writeGraphCsv(graph: ValidatedGraph, dir: string, meta: WriteMeta): Promise<AdminFiles> {
  mkdirSync(dir, { recursive: true });
  const file = (name: string) => path.join(dir, `${name}.csv`);
  const events: Array<{ id: string; target: string; label: 'Entity' | 'Claim' | 'Redirect'; event: HistoryEvent }> = [];
  const laterEvents = (label: 'Entity' | 'Claim' | 'Redirect', target: string, later: HistoryEvent[]) => {
    for (const event of later) events.push({ id: randomUUID(), target, label, event });
  };

  const entities = graph.entities.map((entity) => {
    const creation = creationOf(entity.history, { id: entity.id, ...entityHistoryFields(entity) }, meta);
    laterEvents('Entity', entity.id, creation.later);
    return {
      id: entity.id,
      labels: ['Entity', kindLabel[entity.kind]].join(arrayDelimiter),
      props: { ...entityNodeProperties(entity), ...creationProps(creation, meta) },
    };
  });
  await writeAdminCsv(
    file('entities'),
    [
      ['id:ID(Entity)', 'id'],
      [':LABEL', 'labels'],
    ],
    entities,
    (row) => row.props as Record<string, unknown>,
  );

  const claims = graph.claims.map((claim) => {
    const creation = creationOf(claim.history, claimHistoryFields(claim), meta);
    laterEvents('Claim', claim.id, creation.later);
    return { id: claim.id, props: { ...claimNodeProperties(claim), key: claim.key, ...creationProps(creation, meta) } };
  });
  await writeAdminCsv(
    file('claims'),
    [
      ['id:ID(Claim)', 'id'],
      [':LABEL', 'label'],
    ],
    claims.map((c) => ({ ...c, label: 'Claim' })),
    (row) => row.props as Record<string, unknown>,
  );

  const redirects = graph.redirects.map((redirect) => {
    const creation = redirect.history
      ? creationOf(redirect.history, {}, meta)
      : {
          version: int(0),
          updatedAt: meta.at,
          creation: { at: null, actor: null, changes: null, action: null, note: null },
          later: [],
        };
    laterEvents('Redirect', redirect.from, creation.later);
    return {
      id: redirect.from,
      to: redirect.to,
      label: 'Redirect',
      props: { mergedAt: creation.updatedAt, ...creationProps(creation as Creation, meta) },
    };
  });
  await writeAdminCsv(
    file('redirects'),
    [
      ['id:ID(Redirect)', 'id'],
      [':LABEL', 'label'],
    ],
    redirects,
    (row) => row.props as Record<string, unknown>,
  );

  await writeAdminCsv(
    file('events'),
    [
      ['id:ID(ChangeEvent)', 'id'],
      [':LABEL', 'label'],
    ],
    events.map(({ id, target, event }) => ({
      id,
      label: 'ChangeEvent',
      props: {
        at: event.at,
        actor: event.actor,
        action: event.action,
        target,
        note: event.note,
        changes: encodeChanges(event.changes),
        version: int(event.version),
        importId: meta.importId,
      },
    })),
    (row) => row.props as Record<string, unknown>,
  );

  const ends = (
    type: string,
    end: string,
    pairs: Array<Record<string, unknown>>,
    name: string,
    props: (row: Record<string, unknown>) => Record<string, unknown> = () => ({}),
  ) =>
    writeAdminCsv(
      file(name),
      [
        [':START_ID(Claim)', 'from'],
        [`:END_ID(${end})`, 'to'],
        [':TYPE', 'type'],
      ],
      pairs.map((pair) => ({ ...pair, type })),
      props,
    );
  await ends(
    'SUBJECT',
    'Entity',
    graph.claims.map((c) => ({ from: c.id, to: c.subject })),
    'subject',
  );
  await ends(
    'OBJECT',
    'Entity',
    graph.claims.map((c) => ({ from: c.id, to: c.object })),
    'object',
  );
  await ends(
    'CITES',
    'Entity',
    graph.claims.flatMap((c) =>
      c.citations.map((citation, position) => ({
        from: c.id,
        to: citation.source,
        locator: citation.locator,
        position,
        role: citation.role ?? null,
      })),
    ),
    'cites',
    (row) => ({ locator: row.locator, position: row.position, role: row.role }),
  );
  await ends(
    'EVIDENCE_FROM',
    'Entity',
    graph.claims.filter((c) => c.study).map((c) => ({ from: c.id, to: c.study })),
    'evidence',
  );
  await ends(
    'REPORTS',
    'Claim',
    graph.claims.flatMap((c) => c.reports.map((reported) => ({ from: c.id, to: reported }))),
    'reports',
  );
  await writeAdminCsv(
    file('redirects_to'),
    [
      [':START_ID(Redirect)', 'id'],
      [':END_ID(Entity)', 'to'],
      [':TYPE', 'type'],
    ],
    redirects.map((r) => ({ ...r, type: 'REDIRECTS_TO' })),
    () => ({}),
  );
  const changed: string[] = [];
  for (const label of ['Entity', 'Claim', 'Redirect'] as const) {
    const name = `changed_${label.toLowerCase()}`;
    await writeAdminCsv(
      file(name),
      [
        [':START_ID(ChangeEvent)', 'id'],
        [`:END_ID(${label})`, 'target'],
        [':TYPE', 'type'],
      ],
      events.filter((e) => e.label === label).map((e) => ({ id: e.id, target: e.target, type: 'CHANGED' })),
      () => ({}),
    );
    changed.push(file(name));
  }
  return {
    nodes: ['entities', 'claims', 'redirects', 'events'].map(file),
    relationships: [...['subject', 'object', 'cites', 'evidence', 'reports', 'redirects_to'].map(file), ...changed],
  };
}
