import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { int } from '../../db/params';
import { kindLabel } from '../../domain';
import { encodeChanges } from '../../domain/changes';
import type { HistoryEvent } from '../../domain/history';
import { claimHistoryFields, entityHistoryFields } from '../../domain/records';
import {
  claimNodeProperties,
  creationOf,
  creationProperties,
  entityNodeProperties,
  redirectCreationOf,
  type WriteMeta,
} from '../../repositories/bulk';
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
  /** Some text holds a line break: the importer must read quoted cells across lines. */
  multiline: boolean;
}

type Target = 'Entity' | 'Claim' | 'Redirect';

export async function writeGraphCsv(graph: ValidatedGraph, dir: string, meta: WriteMeta): Promise<AdminFiles> {
  mkdirSync(dir, { recursive: true });
  // Later events of restored histories (small next to the nodes): ChangeEvent nodes, each CHANGED to its node.
  const events: Array<{ id: string; target: string; label: Target; event: HistoryEvent }> = [];
  const keepLater = (label: Target, target: string, later: HistoryEvent[]) => {
    for (const event of later) events.push({ id: randomUUID(), target, label, event });
  };
  const nodes = [
    await writeAdminCsv(dir, 'entities', ['id:ID(Entity)', ':LABEL'], graph.entities, (entity) => {
      const creation = creationOf(entity.history, { id: entity.id, ...entityHistoryFields(entity) }, meta);
      keepLater('Entity', entity.id, creation.later);
      return {
        fixed: [entity.id, ['Entity', kindLabel[entity.kind]].join(arrayDelimiter)],
        props: { ...entityNodeProperties(entity), ...creationProperties(creation, meta) },
      };
    }),
    await writeAdminCsv(dir, 'claims', ['id:ID(Claim)', ':LABEL'], graph.claims, (claim) => {
      const creation = creationOf(claim.history, claimHistoryFields(claim), meta);
      keepLater('Claim', claim.id, creation.later);
      return {
        fixed: [claim.id, 'Claim'],
        props: { ...claimNodeProperties(claim), key: claim.key, ...creationProperties(creation, meta) },
      };
    }),
    await writeAdminCsv(dir, 'redirects', ['id:ID(Redirect)', ':LABEL'], graph.redirects, (redirect) => {
      const creation = redirectCreationOf(redirect, meta);
      keepLater('Redirect', redirect.from, creation.later);
      return {
        fixed: [redirect.from, 'Redirect'],
        props: { mergedAt: creation.updatedAt, ...creationProperties(creation, meta) },
      };
    }),
  ];
  nodes.push(
    await writeAdminCsv(dir, 'events', ['id:ID(ChangeEvent)', ':LABEL'], events, ({ id, target, event }) => ({
      fixed: [id, 'ChangeEvent'],
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
  );

  const link = (from: string, to: string) => [`:START_ID(${from})`, `:END_ID(${to})`, ':TYPE'];
  // A generator, not a list: a million claims' citations are written without being held.
  function* claimsWith<T>(pick: (claim: ValidatedGraph['claims'][number]) => T[]) {
    for (const claim of graph.claims) for (const value of pick(claim)) yield { claim, value };
  }
  const relationships = [
    await writeAdminCsv(dir, 'subject', link('Claim', 'Entity'), graph.claims, (c) => ({
      fixed: [c.id, c.subject, 'SUBJECT'],
    })),
    await writeAdminCsv(dir, 'object', link('Claim', 'Entity'), graph.claims, (c) => ({
      fixed: [c.id, c.object, 'OBJECT'],
    })),
    await writeAdminCsv(
      dir,
      'cites',
      link('Claim', 'Entity'),
      claimsWith((claim) => claim.citations.map((citation, position) => ({ citation, position }))),
      ({ claim, value }) => ({
        fixed: [claim.id, value.citation.source, 'CITES'],
        props: { locator: value.citation.locator, position: value.position, role: value.citation.role ?? null },
      }),
    ),
    await writeAdminCsv(
      dir,
      'evidence',
      link('Claim', 'Entity'),
      graph.claims.filter((c) => c.study),
      (c) => ({
        fixed: [c.id, c.study, 'EVIDENCE_FROM'],
      }),
    ),
    await writeAdminCsv(
      dir,
      'reports',
      link('Claim', 'Claim'),
      claimsWith((claim) => claim.reports),
      ({ claim, value }) => ({
        fixed: [claim.id, value, 'REPORTS'],
      }),
    ),
    await writeAdminCsv(dir, 'redirects_to', link('Redirect', 'Entity'), graph.redirects, (r) => ({
      fixed: [r.from, r.to, 'REDIRECTS_TO'],
    })),
  ];
  for (const label of ['Entity', 'Claim', 'Redirect'] as const)
    relationships.push(
      await writeAdminCsv(
        dir,
        `changed_${label.toLowerCase()}`,
        link('ChangeEvent', label),
        events.filter((e) => e.label === label),
        (e) => ({
          fixed: [e.id, e.target, 'CHANGED'],
        }),
      ),
    );
  const written = [...nodes, ...relationships];
  return {
    nodes: nodes.map((file) => file.files),
    relationships: relationships.map((file) => file.files),
    multiline: written.some((file) => file.multiline),
  };
}
