import type { EvidenceLevel, Predicate } from '../domain';
import type { Direction } from '../repositories/entities';
import { evidenceRankLimit } from './args';
import type { FieldLoad } from './fieldLoad';

type RelationArgs = { minEvidence?: EvidenceLevel | null; includeRetracted?: boolean | null };

/** A typed relationship field: the entities joined to this one by `predicate`, in `direction`. */
function related(predicate: Predicate, direction: Direction): FieldLoad<RelationArgs> {
  return {
    plan: (args) => ({
      loader: 'neighbours',
      options: {
        predicates: [predicate],
        direction,
        maxRank: evidenceRankLimit(args.minEvidence),
        includeRetracted: args.includeRetracted ?? false,
      },
    }),
    finish: (value) => value,
  };
}

const out = (predicate: Predicate) => related(predicate, 'OUT');
const into = (predicate: Predicate) => related(predicate, 'IN');

/**
 * Each kind's relationship fields (schema/entity.graphql): OUT means this entity is the claims'
 * subject, IN their object.
 */
export const relationFields = {
  Technique: {
    targets: out('TARGETS'),
    improves: out('IMPROVES'),
    increases: out('INCREASES'),
    decreases: out('DECREASES'),
    cautions: out('CAUTION_FOR'),
    broader: out('SUBTYPE_OF'),
    narrower: into('SUBTYPE_OF'),
    similarTo: related('SIMILAR_TO', 'BOTH'),
    enhances: out('ENHANCES'),
    enhancedBy: into('ENHANCES'),
    uses: out('USES'),
    developedBy: out('DEVELOPED_BY'),
    practicedBy: out('PRACTICED_BY'),
    studiedIn: into('STUDIED'),
  },
  Condition: {
    affects: out('AFFECTS'),
    causes: out('CAUSED_BY'),
    consequences: into('CAUSED_BY'),
    broader: out('SUBTYPE_OF'),
    narrower: into('SUBTYPE_OF'),
    cautions: into('CAUTION_FOR'),
    increasedBy: into('INCREASES'),
    decreasedBy: into('DECREASES'),
    specialists: into('SPECIALIZES_IN'),
    studiedIn: into('STUDIED'),
  },
  Tissue: { targetedBy: into('TARGETS'), affectedBy: into('AFFECTS') },
  Practitioner: { practices: into('PRACTICED_BY'), specializesIn: out('SPECIALIZES_IN'), people: into('HAS_ROLE') },
  Person: { role: out('HAS_ROLE'), developed: into('DEVELOPED_BY'), studies: into('CONDUCTED_BY') },
  Organization: {
    specializesIn: out('SPECIALIZES_IN'),
    studies: into('CONDUCTED_BY'),
    developed: into('DEVELOPED_BY'),
  },
  Study: { conductedBy: out('CONDUCTED_BY'), publication: out('REPORTED_IN'), studied: out('STUDIED') },
  Source: { reports: into('REPORTED_IN') },
  Biomarker: { increasedBy: into('INCREASES'), decreasedBy: into('DECREASES'), studiedIn: into('STUDIED') },
  Substance: {
    usedBy: into('USES'),
    cautions: into('CAUTION_FOR'),
    increases: out('INCREASES'),
    decreases: out('DECREASES'),
  },
  Outcome: {
    improvedBy: into('IMPROVES'),
    increasedBy: into('INCREASES'),
    decreasedBy: into('DECREASES'),
    studiedIn: into('STUDIED'),
  },
};
