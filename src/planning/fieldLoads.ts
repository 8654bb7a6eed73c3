import { excludedStatuses, type EvidenceLevel, type Predicate } from '../domain';
import type {
  ConditionTreatedByArgs,
  EntityClaimsArgs,
  Maybe,
  SourceCitedByArgs,
  StudyFindingsArgs,
  TechniqueTargetsArgs,
  TechniqueTreatsArgs,
} from '../generated/graphql';
import type {
  ClaimPageLoad,
  ClaimVia,
  Direction,
  NeighbourLoad,
  RelationLoad,
  Side,
  TreatmentLoad,
} from '../repositories/relations';
import { claimPosition, evidenceRankLimit, pageSize } from './args';
import { claimSelection, selects, type Lookahead } from './lookahead';

/**
 * How a relationship field of an entity reads: `plan` turns its arguments (and what the query
 * selects below it) into the relations loader's key. The field's resolver loads that key; a root
 * field plans the same keys ahead (planAhead.ts) and reads them with the entity in one statement.
 */
export interface FieldLoad<Args = never, L extends RelationLoad = RelationLoad> {
  plan(args: Args, info: Lookahead): L;
}

/** Arguments every claim list of an entity takes (codegen's types; each kind's field shares them). */
type ClaimListArgs = Partial<
  Pick<EntityClaimsArgs, 'predicates' | 'minEvidence' | 'includeRetracted' | 'first' | 'after'>
>;

/**
 * One page of the claims hanging off an entity via a relation. `nodes` is where the claims sit
 * below the field in the query (`edges.node` for connections), so that only what the query reads
 * is projected, and the total only when it is asked for.
 */
export function claimPage(
  via: ClaimVia,
  args: ClaimListArgs,
  info: Lookahead,
  { nodes = ['edges', 'node'], defaultFirst = 20 }: { nodes?: string[]; defaultFirst?: number } = {},
): ClaimPageLoad {
  return {
    relation: 'claims',
    via,
    predicates: args.predicates && args.predicates.length > 0 ? [...args.predicates].sort() : null,
    maxRank: evidenceRankLimit(args.minEvidence),
    excluded: excludedStatuses({ includeRetracted: args.includeRetracted ?? false, includeUnsupported: true }),
    first: pageSize(args.first, 'first', defaultFirst),
    after: claimPosition(args.after),
    withTotal: selects(info, ['totalCount']),
    select: claimSelection(info, nodes),
  };
}

/** Entity.claims: the claims the entity stands in, at the end `role` says. */
export const entityClaims: FieldLoad<ClaimListArgs & Partial<Pick<EntityClaimsArgs, 'role'>>, ClaimPageLoad> = {
  plan: (args, info) => claimPage(args.role ?? 'ANY', args, info),
};

/** Source.citedBy: the claims citing the source. */
export const citedBy: FieldLoad<Partial<SourceCitedByArgs>, ClaimPageLoad> = {
  plan: (args, info) => claimPage('CITES', args, info),
};

/** Study.findings: what the study showed, never a claim that establishes no link. */
export const findings: FieldLoad<Partial<StudyFindingsArgs>, ClaimPageLoad> = {
  plan: (args, info) => ({
    ...claimPage('FINDINGS', args, info, { nodes: [], defaultFirst: 50 }),
    excluded: excludedStatuses({ includeRetracted: args.includeRetracted ?? false }),
  }),
};

type TreatmentArgs = Partial<TechniqueTreatsArgs> &
  Partial<Pick<ConditionTreatedByArgs, 'includeRetracted' | 'includeUnsupported' | 'includeSubtypes'>>;

/** Technique.treats and Condition.treatedBy: the TREATS claims grouped by the other end. */
export function treatmentLinks(side: Side): FieldLoad<TreatmentArgs, TreatmentLoad> {
  return {
    plan: (args, info) => ({
      relation: 'treatments',
      side,
      maxRank: evidenceRankLimit(args.minEvidence),
      excluded: excludedStatuses({
        includeRetracted: args.includeRetracted ?? false,
        includeUnsupported: args.includeUnsupported ?? false,
      }),
      includeSubtypes: side === 'condition' && (args.includeSubtypes ?? false),
      first: pageSize(args.first, 'first', 50),
      ends: selects(info, ['technique']) || selects(info, ['condition']),
      select: claimSelection(info, ['claims']),
    }),
  };
}

type RelatedArgs = Partial<Pick<TechniqueTargetsArgs, 'includeRetracted' | 'includeUnsupported'>> & {
  minEvidence?: Maybe<EvidenceLevel>;
};

/** A typed relationship field: the entities joined to this one by `predicate`, in `direction`. */
export function related(predicate: Predicate, direction: Direction): FieldLoad<RelatedArgs, NeighbourLoad> {
  return {
    plan: (args) => ({
      relation: 'neighbours',
      direction,
      predicates: [predicate],
      maxRank: evidenceRankLimit(args.minEvidence),
      excluded: excludedStatuses({
        includeRetracted: args.includeRetracted ?? false,
        includeUnsupported: args.includeUnsupported ?? false,
      }),
    }),
  };
}

/** OUT: this entity is the claims' subject. */
export const out = (predicate: Predicate) => related(predicate, 'OUT');
/** IN: this entity is the claims' object. */
export const into = (predicate: Predicate) => related(predicate, 'IN');
