import DataLoader from 'dataloader';
import type { Database } from './db/database';
import { claimsByIds } from './repositories/claims';
import { entitiesByIds, listEntities } from './repositories/entities';
import { entityWithParts, partPerEntity, type EntityWithParts } from './repositories/entityParts';
import { historyOf, type ChangeEventRecord, type HistoryLabel } from './repositories/history';
import type { Page, StoredClaim, StoredEntity, TreatmentLinkRecord } from './repositories/records';
import { partFor, type PlannedLoad, type RelationLoad, type RelationValue } from './relationLoads';

/**
 * A loader whose keys are an entity id plus options. Keys with equal options are fetched
 * together, one database call per distinct option set, so a nested query costs one call per
 * (field, arguments) per level whatever the list sizes.
 */
function groupedLoader<Options extends object, Value>(
  fetchGroup: (ids: string[], options: Options) => Promise<Map<string, Value>>,
  missing: (options: Options) => Value,
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
        [...groups].map(async ([groupKey, group]) =>
          results.set(groupKey, await fetchGroup([...new Set(group.ids)], group.options)),
        ),
      );
      return keys.map((key) => results.get(JSON.stringify(key.options))!.get(key.id) ?? missing(key.options));
    },
    { cacheKeyFn: (key) => JSON.stringify([key.id, key.options]) },
  );
}

const emptyPage = (): Page<StoredClaim> => ({ items: [], total: 0, hasNextPage: false });
const missingValue = (load: RelationLoad): unknown => (load.loader === 'claimPages' ? emptyPage() : []);

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

  /** What a relation read brings along for the entity loader. */
  function accept(load: RelationLoad, value: unknown): void {
    if (load.loader === 'claimPages') primeFromClaims((value as Page<StoredClaim>).items);
    else if (load.loader === 'neighbours') prime(value as StoredEntity[]);
    else {
      for (const link of value as TreatmentLinkRecord[]) {
        if (link.other) prime([link.other]);
        primeFromClaims(link.claims);
      }
    }
  }

  /** Every relationship field of an entity (claims, treats, targets, …), batched per field and arguments. */
  const relations = groupedLoader<RelationLoad, unknown>(async (ids, load) => {
    const found = await partPerEntity(db, ids, partFor(load));
    found.forEach((value) => accept(load, value));
    return found;
  }, missingValue);

  const relation = <L extends RelationLoad>(id: string, load: L) =>
    relations.load({ id, options: load }) as Promise<RelationValue<L>>;

  /** Primes the loaders with an entity and the relations a root field read along with it. */
  function primeWith({ entity: found, values }: EntityWithParts, plan: PlannedLoad[]): void {
    prime([found]);
    values.forEach((value, index) => {
      if (value === undefined) return;
      accept(plan[index]!.load, value);
      relations.prime({ id: found.id, options: plan[index]!.load }, value);
    });
  }
  const guarded = (plan: PlannedLoad[]) => plan.map(({ load, kinds }) => ({ part: partFor(load), kinds }));

  /**
   * An entity and the relationship fields the query reads below it, in one statement; those
   * fields' resolvers then find their values in the loader's cache.
   */
  async function entityWith(id: string, plan: PlannedLoad[]): Promise<StoredEntity | null> {
    if (plan.length === 0) return entity.load(id);
    const found = await entityWithParts(db, id, guarded(plan));
    if (!found) return null;
    primeWith(found, plan);
    entity.prime(id, found.entity);
    return found.entity;
  }

  /** A page of entities and, in the same statement, the relationship fields read below each. */
  async function entityPage(
    page: Parameters<typeof listEntities>[1],
    plan: PlannedLoad[],
  ): Promise<Page<StoredEntity>> {
    const found = await listEntities(db, page, guarded(plan));
    found.items.forEach((item) => primeWith(item, plan));
    return { ...found, items: found.items.map((item) => item.entity) };
  }

  const history = groupedLoader<{ label: HistoryLabel; first: number }, ChangeEventRecord[]>(
    (ids, { label, first }) => historyOf(db, ids, label, first),
    () => [],
  );

  return { entity, claim, relation, entityWith, entityPage, history, primeFromClaims };
}

export type Loaders = ReturnType<typeof createLoaders>;
