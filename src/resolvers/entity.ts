import type { Context } from '../context';
import { kindLabel, parseXref, shownXrefs, type EntityKind, type Predicate } from '../domain';
import type {
  BiomarkerResolvers,
  ConditionResolvers,
  EntityResolvers,
  OrganizationResolvers,
  OutcomeResolvers,
  PersonResolvers,
  PractitionerResolvers,
  QueryResolvers,
  SourceResolvers,
  StudyResolvers,
  SubstanceResolvers,
  TechniqueResolvers,
  TissueResolvers,
} from '../generated/graphql';
import { badUserInput } from '../errors';
import { entityPosition, pageSize } from '../planning/args';
import { citedBy, entityClaims, findings, into, out, related, treatmentLinks } from '../planning/fieldLoads';
import { selects } from '../planning/lookahead';
import { planAhead, readsOnlySummary } from '../planning/planAhead';
import type { StoredEntity } from '../repositories/records';
import { claimConnection, entityConnection } from './connections';
import { asLoaded, fieldLoadsOf, relationField } from './relationField';

/** The fields every Entity type shares. */
const entityFields = {
  aliases: (entity: StoredEntity) => entity.aliases ?? [],
  xrefs: (entity: StoredEntity) => shownXrefs(entity.xrefs ?? [], entity.closeXrefs ?? []),
  history: (entity: StoredEntity, args: { first?: number | null }, { loaders }: Context) =>
    loaders.history.load({ id: entity.id, options: { label: 'Entity', first: pageSize(args.first, 'first', 20) } }),
  claims: relationField(entityClaims, claimConnection),
} satisfies Pick<TechniqueResolvers<Context>, 'aliases' | 'xrefs' | 'history' | 'claims'>;

/** Typed relationship fields: OUT, this entity is the claims' subject; IN, their object. */
const outgoing = (predicate: Predicate) => relationField(out(predicate), asLoaded);
const incoming = (predicate: Predicate) => relationField(into(predicate), asLoaded);

const study = {
  ...entityFields,
  findings: relationField(findings, (page) => page.items),
  conductedBy: outgoing('CONDUCTED_BY'),
  publication: outgoing('REPORTED_IN'),
  studied: outgoing('STUDIED'),
} satisfies StudyResolvers<Context>;

const source = {
  ...entityFields,
  authors: (entity: StoredEntity) => entity.authors ?? [],
  citedBy: relationField(citedBy, claimConnection),
  reports: incoming('REPORTED_IN'),
} satisfies SourceResolvers<Context>;

/**
 * Each kind's resolvers: the shared fields and its relationship fields, grouped by direction.
 * prettier-ignore keeps the table a table.
 */
// prettier-ignore
const entityTypes = {
  Technique: {
    ...entityFields,
    treats: relationField(treatmentLinks('technique'), asLoaded),
    similarTo: relationField(related('SIMILAR_TO', 'BOTH'), asLoaded),
    targets: outgoing('TARGETS'), improves: outgoing('IMPROVES'), increases: outgoing('INCREASES'),
    decreases: outgoing('DECREASES'), cautions: outgoing('CAUTION_FOR'), broader: outgoing('SUBTYPE_OF'), enhances: outgoing('ENHANCES'),
    uses: outgoing('USES'), developedBy: outgoing('DEVELOPED_BY'), practicedBy: outgoing('PRACTICED_BY'),
    narrower: incoming('SUBTYPE_OF'), enhancedBy: incoming('ENHANCES'), studiedIn: incoming('STUDIED'),
  } satisfies TechniqueResolvers<Context>,
  Condition: {
    ...entityFields,
    treatedBy: relationField(treatmentLinks('condition'), asLoaded),
    affects: outgoing('AFFECTS'), causes: outgoing('CAUSED_BY'), broader: outgoing('SUBTYPE_OF'),
    consequences: incoming('CAUSED_BY'), narrower: incoming('SUBTYPE_OF'), cautions: incoming('CAUTION_FOR'),
    increasedBy: incoming('INCREASES'), decreasedBy: incoming('DECREASES'), specialists: incoming('SPECIALIZES_IN'),
    studiedIn: incoming('STUDIED'),
  } satisfies ConditionResolvers<Context>,
  Tissue: { ...entityFields, targetedBy: incoming('TARGETS'), affectedBy: incoming('AFFECTS') } satisfies TissueResolvers<Context>,
  Practitioner: {
    ...entityFields, specializesIn: outgoing('SPECIALIZES_IN'), practices: incoming('PRACTICED_BY'), people: incoming('HAS_ROLE'),
  } satisfies PractitionerResolvers<Context>,
  Person: { ...entityFields, role: outgoing('HAS_ROLE'), developed: incoming('DEVELOPED_BY'), studies: incoming('CONDUCTED_BY') } satisfies PersonResolvers<Context>,
  Organization: {
    ...entityFields, specializesIn: outgoing('SPECIALIZES_IN'), studies: incoming('CONDUCTED_BY'), developed: incoming('DEVELOPED_BY'),
  } satisfies OrganizationResolvers<Context>,
  Study: study,
  Source: source,
  Biomarker: {
    ...entityFields, increasedBy: incoming('INCREASES'), decreasedBy: incoming('DECREASES'), studiedIn: incoming('STUDIED'),
  } satisfies BiomarkerResolvers<Context>,
  Substance: {
    ...entityFields,
    increases: outgoing('INCREASES'), decreases: outgoing('DECREASES'), usedBy: incoming('USES'), cautions: incoming('CAUTION_FOR'),
  } satisfies SubstanceResolvers<Context>,
  Outcome: {
    ...entityFields,
    improvedBy: incoming('IMPROVES'), increasedBy: incoming('INCREASES'), decreasedBy: incoming('DECREASES'), studiedIn: incoming('STUDIED'),
  } satisfies OutcomeResolvers<Context>,
};

/** What Query.entity and Query.entities may read ahead, by type ("Entity": the interface's own fields). */
export const entityFieldLoads = fieldLoadsOf({ Entity: entityFields, ...entityTypes });

const query = {
  entity: (_root, { id }, { loaders }, info) =>
    loaders.entityWith(id, planAhead(info, [], entityFieldLoads), readsOnlySummary(info, [], entityFieldLoads)),
  entityByXref: (_root, { curie }, { loaders }, info) => {
    const xref = parseXref(curie);
    if (typeof xref === 'string') throw badUserInput('curie', xref);
    return loaders.entityByXref(
      xref.curie,
      planAhead(info, [], entityFieldLoads),
      readsOnlySummary(info, [], entityFieldLoads),
    );
  },
  entities: async (_root, args, { loaders }, info) => {
    const page = {
      kind: (args.kind ?? null) as EntityKind | null,
      first: pageSize(args.first, 'first', 20),
      after: entityPosition(args.after),
      withTotal: selects(info, ['totalCount']),
    };
    const path = ['edges', 'node'];
    const summary = readsOnlySummary(info, path, entityFieldLoads);
    return entityConnection(await loaders.entityPage(page, planAhead(info, path, entityFieldLoads), summary));
  },
} satisfies QueryResolvers<Context>;

/** The GraphQL type of an entity is its kind's label: TECHNIQUE → Technique. */
const entity = {
  __resolveType: (record) => kindLabel[record.kind] as keyof typeof entityTypes,
} satisfies EntityResolvers<Context>;

export const entityResolvers = { Query: query, Entity: entity, ...entityTypes };
