import DataLoader from 'dataloader';
import type { Database } from './db/database';
import { claimsByIds, listClaims, type ClaimFilterValues, type ClaimListOptions } from './repositories/claims';
import { countEntities, entitiesByIds, entityIdByXref } from './repositories/entities';
import { historyOf, type ChangeEventRecord, type HistoryLabel } from './repositories/history';
import { neighborhood, type NeighborhoodOptions } from './repositories/neighborhood';
import { shortestPaths, type PathOptions } from './repositories/paths';
import type { Page, StoredClaim, StoredEntity, TreatmentLinkRecord } from './repositories/records';
import { relatedEntities, type RelatedRequest } from './repositories/related';
import {
  relationsOf,
  relationsOfPage,
  emptyValue,
  type EntityPageRequest,
  type EntityWithRelations,
  type GuardedLoad,
  type RelationLoad,
  type RelationValue,
} from './repositories/relations';
import { searchEntities, type SearchRequest } from './repositories/search';
import { serverFacts } from './repositories/system';

/**
 * A loader whose keys are an id plus options. Keys with equal options are fetched together, one
 * database call per distinct option set, so a nested query costs one call per (field,
 * arguments) per level whatever the list sizes.
 */
function groupedLoader<Options extends object, Value>(
  fetchGroup: (ids: string[], options: Options) => Promise<Map<string, Value>>,
  missing: (options: Options) => Value,
): DataLoader<{ id: string; options: Options }, Value, string> {
  return new DataLoader(
    async (keys) => {
      const groups = new Map<string, { options: Options; ids: Set<string> }>();
      for (const key of keys) {
        const groupKey = JSON.stringify(key.options);
        const group = groups.get(groupKey) ?? { options: key.options, ids: new Set<string>() };
        group.ids.add(key.id);
        groups.set(groupKey, group);
      }
      const results = new Map<string, Map<string, Value>>();
      await Promise.all(
        [...groups].map(async ([groupKey, group]) =>
          results.set(groupKey, await fetchGroup([...group.ids], group.options)),
        ),
      );
      return keys.map((key) => results.get(JSON.stringify(key.options))!.get(key.id) ?? missing(key.options));
    },
    { cacheKeyFn: (key) => JSON.stringify([key.id, key.options]) },
  );
}

/**
 * The per-request read layer (DataLoader's README, "Caching per request"): never shared between
 * requests. Resolvers read only through it; what one read brings along (a claim's ends, a link's
 * other entity) primes the entity loader so later fields find it without a query.
 */
export function createLoaders(db: Database) {
  const entity = new DataLoader<string, StoredEntity | null>(async (ids) => {
    const found = await entitiesByIds(db, ids);
    return ids.map((id) => found.get(id) ?? null);
  });
  // A summary (partial) entity never primes the loader: another field may need the whole entity.
  const prime = (entities: StoredEntity[]) =>
    entities.forEach((record) => !record.partial && entity.prime(record.id, record));
  const primeFromClaims = (claims: StoredClaim[]) => claims.forEach((claim) => claim.embedded && prime(claim.embedded));

  const claim = new DataLoader<string, StoredClaim | null>(async (ids) => {
    const found = await claimsByIds(db, ids);
    primeFromClaims([...found.values()]);
    return ids.map((id) => found.get(id) ?? null);
  });

  /** What a relation read brings along for the entity loader. */
  function accept(load: RelationLoad, value: unknown): void {
    if (load.relation === 'claims') primeFromClaims((value as Page<StoredClaim>).items);
    else if (load.relation === 'neighbours') prime(value as StoredEntity[]);
    else {
      for (const link of value as TreatmentLinkRecord[]) {
        prime([link.other, link.narrower].filter((end): end is StoredEntity => end !== null));
        primeFromClaims(link.claims);
      }
    }
  }

  /** Primes the loaders with an entity and the relations read about it. */
  function primeWith(found: EntityWithRelations, loads: GuardedLoad[]): void {
    prime([found.entity]);
    if (!found.entity.partial) entity.prime(found.askedId, found.entity);
    found.values.forEach((value, index) => {
      if (value === undefined) return;
      const { load } = loads[index]!;
      accept(load, value);
      relations.prime({ id: found.entity.id, options: load }, value);
    });
  }

  /** Every relationship field of an entity (claims, treats, targets, …), batched per field and arguments. */
  const relations = groupedLoader<RelationLoad, unknown>(async (ids, load) => {
    const rows = await relationsOf(db, ids, [{ load, kinds: null }]);
    rows.forEach((row) => {
      prime([row.entity]);
      accept(load, row.values[0]);
    });
    return new Map(rows.map((row) => [row.askedId, row.values[0]]));
  }, emptyValue);

  const history = groupedLoader<{ label: HistoryLabel; first: number }, ChangeEventRecord[]>(
    (ids, { label, first }) => historyOf(db, ids, label, first),
    () => [],
  );

  return {
    entity,
    claim,
    history,

    relation: <L extends RelationLoad>(id: string, load: L) =>
      relations.load({ id, options: load }) as Promise<RelationValue<L>>,

    /**
     * An entity and the relationship fields the query reads below it, in one statement; those
     * fields' resolvers then find their values in the loader's cache.
     */
    async entityWith(id: string, loads: GuardedLoad[], summary = false): Promise<StoredEntity | null> {
      if (loads.length === 0) return entity.load(id);
      const [found] = await relationsOf(db, [id], loads, summary);
      if (!found) return null;
      primeWith(found, loads);
      return found.entity;
    },

    /** The entity an identifier names, with the fields read below it (as entityWith). */
    async entityByXref(curie: string, loads: GuardedLoad[], summary = false): Promise<StoredEntity | null> {
      const id = await entityIdByXref(db, curie);
      return id === null ? null : this.entityWith(id, loads, summary);
    },

    /** A page of entities and, in the same statement, the relationship fields read below each. */
    async entityPage(
      page: EntityPageRequest & { withTotal: boolean },
      loads: GuardedLoad[],
      summary = false,
    ): Promise<Page<StoredEntity>> {
      const [found, total] = await Promise.all([
        relationsOfPage(db, page, loads, summary),
        page.withTotal ? countEntities(db, page.kind) : Promise.resolve(-1),
      ]);
      found.items.forEach((item) => primeWith(item, loads));
      return {
        items: found.items.map((item) => item.entity),
        total,
        hasNextPage: found.hasNextPage,
        hasPreviousPage: page.after !== null,
      };
    },

    async claimList(filter: ClaimFilterValues, options: ClaimListOptions): Promise<Page<StoredClaim>> {
      const page = await listClaims(db, filter, options);
      primeFromClaims(page.items);
      return page;
    },

    search: (request: SearchRequest) => searchEntities(db, request),
    async related(request: RelatedRequest) {
      const results = await relatedEntities(db, request);
      results.forEach((result) => {
        prime([result.entity, ...result.via]);
        result.claims.forEach((found) => claim.prime(found.id, found));
        primeFromClaims(result.claims);
      });
      return results;
    },

    async neighborhood(rootId: string, options: NeighborhoodOptions) {
      const subgraph = await neighborhood(db, rootId, options);
      subgraph.edges.forEach((edge) => claim.prime(edge.id, edge.claim));
      return subgraph;
    },

    paths: (from: string, to: string, options: PathOptions) => shortestPaths(db, from, to, options),
    serverFacts: () => serverFacts(db),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
