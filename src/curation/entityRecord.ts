import { nestedDetails, type EntityRecord } from '../domain/records';
import type { StoredEntity } from '../repositories/records';

/** An entity as read back, in the shape the writers take (source and study details nested). */
export function writableEntity(stored: StoredEntity): EntityRecord {
  return {
    id: stored.id,
    kind: stored.kind,
    name: stored.name,
    aliases: stored.aliases ?? [],
    description: stored.description,
    xrefs: stored.xrefs ?? [],
    closeXrefs: stored.closeXrefs ?? [],
    ...nestedDetails(stored),
  };
}
