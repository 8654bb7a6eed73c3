import type { Context } from '../context';
import { kindLabel, type EntityKind } from '../domain';
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
import { entityPosition, pageSize } from '../planning/args';
import { citedBy, entityClaims, findings, into, out, related, treatmentLinks } from '../planning/fieldLoads';
import { selects } from '../planning/lookahead';
import { planAhead } from '../planning/planAhead';
import type { StoredEntity } from '../repositories/records';
import { claimConnection, entityConnection } from './connections';
import { asLoaded, fieldLoadsOf, relationField } from './relationField';

/** The fields every Entity type shares. */
const entityFields = {
  aliases: (entity: StoredEntity) => entity.aliases ?? [],
  history: (entity: StoredEntity, args: { first?: number | null }, { loaders }: Context) =>
    loaders.history.load({ id: entity.id, options: { label: 'Entity', first: pageSize(args.first, 'first', 20) } }),
  claims: relationField(entityClaims, claimConnection),
} satisfies Pick<TechniqueResolvers<Context>, 'aliases' | 'history' | 'claims'>;

const technique = {
  ...entityFields,
  treats: relationField(treatmentLinks('technique'), asLoaded),
  targets: relationField(out('TARGETS'), asLoaded),
  improves: relationField(out('IMPROVES'), asLoaded),
  increases: relationField(out('INCREASES'), asLoaded),
  decreases: relationField(out('DECREASES'), asLoaded),
  cautions: relationField(out('CAUTION_FOR'), asLoaded),
  broader: relationField(out('SUBTYPE_OF'), asLoaded),
  narrower: relationField(into('SUBTYPE_OF'), asLoaded),
  similarTo: relationField(related('SIMILAR_TO', 'BOTH'), asLoaded),
  enhances: relationField(out('ENHANCES'), asLoaded),
  enhancedBy: relationField(into('ENHANCES'), asLoaded),
  uses: relationField(out('USES'), asLoaded),
  developedBy: relationField(out('DEVELOPED_BY'), asLoaded),
  practicedBy: relationField(out('PRACTICED_BY'), asLoaded),
  studiedIn: relationField(into('STUDIED'), asLoaded),
} satisfies TechniqueResolvers<Context>;

const condition = {
  ...entityFields,
  treatedBy: relationField(treatmentLinks('condition'), asLoaded),
  affects: relationField(out('AFFECTS'), asLoaded),
  causes: relationField(out('CAUSED_BY'), asLoaded),
  consequences: relationField(into('CAUSED_BY'), asLoaded),
  broader: relationField(out('SUBTYPE_OF'), asLoaded),
  narrower: relationField(into('SUBTYPE_OF'), asLoaded),
  cautions: relationField(into('CAUTION_FOR'), asLoaded),
  increasedBy: relationField(into('INCREASES'), asLoaded),
  decreasedBy: relationField(into('DECREASES'), asLoaded),
  specialists: relationField(into('SPECIALIZES_IN'), asLoaded),
  studiedIn: relationField(into('STUDIED'), asLoaded),
} satisfies ConditionResolvers<Context>;

const tissue = {
  ...entityFields,
  targetedBy: relationField(into('TARGETS'), asLoaded),
  affectedBy: relationField(into('AFFECTS'), asLoaded),
} satisfies TissueResolvers<Context>;

const practitioner = {
  ...entityFields,
  practices: relationField(into('PRACTICED_BY'), asLoaded),
  specializesIn: relationField(out('SPECIALIZES_IN'), asLoaded),
  people: relationField(into('HAS_ROLE'), asLoaded),
} satisfies PractitionerResolvers<Context>;

const person = {
  ...entityFields,
  role: relationField(out('HAS_ROLE'), asLoaded),
  developed: relationField(into('DEVELOPED_BY'), asLoaded),
  studies: relationField(into('CONDUCTED_BY'), asLoaded),
} satisfies PersonResolvers<Context>;

const organization = {
  ...entityFields,
  specializesIn: relationField(out('SPECIALIZES_IN'), asLoaded),
  studies: relationField(into('CONDUCTED_BY'), asLoaded),
  developed: relationField(into('DEVELOPED_BY'), asLoaded),
} satisfies OrganizationResolvers<Context>;

const study = {
  ...entityFields,
  findings: relationField(findings, (page) => page.items),
  conductedBy: relationField(out('CONDUCTED_BY'), asLoaded),
  publication: relationField(out('REPORTED_IN'), asLoaded),
  studied: relationField(out('STUDIED'), asLoaded),
} satisfies StudyResolvers<Context>;

const source = {
  ...entityFields,
  authors: (entity: StoredEntity) => entity.authors ?? [],
  citedBy: relationField(citedBy, claimConnection),
  reports: relationField(into('REPORTED_IN'), asLoaded),
} satisfies SourceResolvers<Context>;

const biomarker = {
  ...entityFields,
  increasedBy: relationField(into('INCREASES'), asLoaded),
  decreasedBy: relationField(into('DECREASES'), asLoaded),
  studiedIn: relationField(into('STUDIED'), asLoaded),
} satisfies BiomarkerResolvers<Context>;

const substance = {
  ...entityFields,
  usedBy: relationField(into('USES'), asLoaded),
  cautions: relationField(into('CAUTION_FOR'), asLoaded),
  increases: relationField(out('INCREASES'), asLoaded),
  decreases: relationField(out('DECREASES'), asLoaded),
} satisfies SubstanceResolvers<Context>;

const outcome = {
  ...entityFields,
  improvedBy: relationField(into('IMPROVES'), asLoaded),
  increasedBy: relationField(into('INCREASES'), asLoaded),
  decreasedBy: relationField(into('DECREASES'), asLoaded),
  studiedIn: relationField(into('STUDIED'), asLoaded),
} satisfies OutcomeResolvers<Context>;

const entityTypes = {
  Technique: technique,
  Condition: condition,
  Tissue: tissue,
  Practitioner: practitioner,
  Person: person,
  Organization: organization,
  Study: study,
  Source: source,
  Biomarker: biomarker,
  Substance: substance,
  Outcome: outcome,
};

/** What Query.entity and Query.entities may read ahead, by type ("Entity": the interface's own fields). */
export const entityFieldLoads = fieldLoadsOf({ Entity: entityFields, ...entityTypes });

const query = {
  entity: (_root, { id }, { loaders }, info) => loaders.entityWith(id, planAhead(info, [], entityFieldLoads)),
  entities: async (_root, args, { loaders }, info) => {
    const page = {
      kind: (args.kind ?? null) as EntityKind | null,
      first: pageSize(args.first, 'first', 20),
      after: entityPosition(args.after),
      withTotal: selects(info, ['totalCount']),
    };
    return entityConnection(await loaders.entityPage(page, planAhead(info, ['edges', 'node'], entityFieldLoads)));
  },
} satisfies QueryResolvers<Context>;

/** The GraphQL type of an entity is its kind's label: TECHNIQUE → Technique. */
const entity = {
  __resolveType: (record) => kindLabel[record.kind] as keyof typeof entityTypes,
} satisfies EntityResolvers<Context>;

export const entityResolvers = { Query: query, Entity: entity, ...entityTypes };
