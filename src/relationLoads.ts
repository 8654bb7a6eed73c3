import type { EntityKind } from './domain';
import {
  claimPagePart,
  treatmentLinksPart,
  type ClaimListOptions,
  type ClaimVia,
  type TreatmentLinkOptions,
} from './repositories/claims';
import { neighboursPart, type NeighbourOptions } from './repositories/entities';
import type { EntityPart } from './repositories/entityParts';
import type { Page, StoredClaim, StoredEntity, TreatmentLinkRecord } from './repositories/records';

/**
 * What one relationship field of an entity reads, with its arguments resolved: the key of the
 * relations loader, and what a root field plans ahead for the fields below it.
 */
export type RelationLoad =
  | { loader: 'claimPages'; options: ClaimListOptions & { via: ClaimVia } }
  | { loader: 'neighbours'; options: NeighbourOptions }
  | { loader: 'treatments'; options: TreatmentLinkOptions };

export type RelationValue<L extends RelationLoad> = L extends { loader: 'claimPages' }
  ? Page<StoredClaim>
  : L extends { loader: 'neighbours' }
    ? StoredEntity[]
    : TreatmentLinkRecord[];

/** A load a root field reads ahead, and the kinds of entity it applies to (null: every kind). */
export interface PlannedLoad {
  load: RelationLoad;
  kinds: EntityKind[] | null;
}

export function partFor(load: RelationLoad): EntityPart<unknown> {
  switch (load.loader) {
    case 'claimPages': {
      const { via, ...options } = load.options;
      return claimPagePart(via, options);
    }
    case 'neighbours':
      return neighboursPart(load.options);
    case 'treatments':
      return treatmentLinksPart(load.options);
  }
}
