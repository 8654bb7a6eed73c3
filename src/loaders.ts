import DataLoader from 'dataloader';
import type { Database } from './db/database';
import { claimsAround, claimsByIds, treatmentLinks, type ClaimListOptions, type ClaimVia, type TreatmentLinkOptions } from './repositories/claims';
import { entitiesByIds, neighboursOf, type NeighbourOptions } from './repositories/entities';
import { historyOf, type ChangeEventRecord, type HistoryLabel } from './repositories/history';
import type { Page, StoredClaim, StoredEntity, TreatmentLinkRecord } from './repositories/records';

/**
 * A loader whose keys are an entity id plus options. Keys with equal options are fetched
 * together, one database call per distinct option set, so a nested query costs one call per
 * (field, arguments) per level whatever the list sizes.
 */
function groupedLoader<Options extends object, Value>(
  fetchGroup: (ids: string[], options: Options) => Promise<Map<string, Value>>,
  missing: () => Value,
): DataLoader<{ id: string; options: Options }, Value, string> {
  return new DataLoader(
    async (keys) => {
      const groups = new Map<string, { options: Options; ids: string[] }>();
      for (const key of keys) {
        const groupKey = JSON.stringify(key.options);
        const group = groups.get(groupKey) ?? { options: key.options, ids: [] };
        group.ids.push(key.id);
        groups.set(groupKey, group);
      }
      const results = new Map<string, Map<string, Value>>();
      await Promise.all(
        [...groups].map(async ([groupKey, group]) => results.set(groupKey, await fetchGroup([...new Set(group.ids)], group.options))),
      );
      return keys.map((key) => results.get(JSON.stringify(key.options))!.get(key.id) ?? missing());
    },
    { cacheKeyFn: (key) => JSON.stringify([key.id, key.options]) },
  );
}

/** Per-request loaders (DataLoader's README, "Caching per request"): never shared between requests. */
export function createLoaders(db: Database) {
  const entity = new DataLoader<string, StoredEntity | null>(async (ids) => {
    const found = await entitiesByIds(db, ids);
    return ids.map((id) => found.get(id) ?? null);
  });
  const prime = (entities: StoredEntity[]) => entities.forEach((record) => entity.prime(record.id, record));
  /** Claims carry their ends and sources along; later fields then find them without a query. */
  const primeFromClaims = (claims: StoredClaim[]) => claims.forEach((claim) => claim.embedded && prime(claim.embedded));

  const claim = new DataLoader<string, StoredClaim | null>(async (ids) => {
    const found = await claimsByIds(db, ids);
    primeFromClaims([...found.values()]);
    return ids.map((id) => found.get(id) ?? null);
  });

  const emptyPage = (): Page<StoredClaim> => ({ items: [], total: 0, hasNextPage: false });
  const claimPages = groupedLoader<ClaimListOptions & { via: ClaimVia }, Page<StoredClaim>>(
    async (ids, { via, ...options }) => {
      const pages = await claimsAround(db, ids, via, options);
      pages.forEach((page) => primeFromClaims(page.items));
      return pages;
    },
    emptyPage,
  );

  const neighbours = groupedLoader<NeighbourOptions, StoredEntity[]>(async (ids, options) => {
    const found = await neighboursOf(db, ids, options);
    found.forEach(prime);
    return found;
  }, () => []);

  const treatments = groupedLoader<TreatmentLinkOptions, TreatmentLinkRecord[]>(async (ids, options) => {
    const { links, others } = await treatmentLinks(db, ids, options);
    prime(others);
    links.forEach((list) => list.forEach((link) => primeFromClaims(link.claims)));
    return links;
  }, () => []);

  const history = groupedLoader<{ label: HistoryLabel; first: number }, ChangeEventRecord[]>(
    (ids, { label, first }) => historyOf(db, ids, label, first),
    () => [],
  );

  return { entity, claim, claimPages, neighbours, treatments, history, primeFromClaims };
}

export type Loaders = ReturnType<typeof createLoaders>;
