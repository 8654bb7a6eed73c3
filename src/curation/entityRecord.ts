import type { EntityRecord } from '../domain/records';
import type { StoredEntity } from '../repositories/records';

/** An entity as read back, in the shape the writers take (source and study details regrouped). */
export function writableEntity(stored: StoredEntity): EntityRecord {
  const source = stored.sourceType
    ? Object.fromEntries(
        Object.entries({
          type: stored.sourceType,
          tier: stored.tier,
          authors: stored.authors,
          journal: stored.journal,
          year: stored.year,
          citation: stored.citation,
          pmid: stored.pmid,
          doi: stored.doi,
          url: stored.url,
          publisher: stored.publisher,
        }).filter(([, value]) => value !== null && value !== undefined),
      )
    : undefined;
  const study =
    stored.participants != null || stored.design != null
      ? { participants: stored.participants ?? undefined, design: stored.design ?? undefined }
      : undefined;
  return {
    id: stored.id,
    kind: stored.kind,
    name: stored.name,
    aliases: stored.aliases ?? [],
    description: stored.description,
    ...(source ? { source: source as EntityRecord['source'] } : {}),
    ...(study ? { study } : {}),
  };
}
