import type { Page, StoredClaim, StoredEntity } from '../repositories/records';
import { claimCursor, entityCursor } from '../planning/args';

function connection<T>(page: Page<T>, cursorOf: (item: T) => string) {
  const edges = page.items.map((node) => ({ node, cursor: cursorOf(node) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: page.total,
  };
}

export const claimConnection = (page: Page<StoredClaim>) => connection(page, claimCursor);
export const entityConnection = (page: Page<StoredEntity>) => connection(page, entityCursor);
