import {
  evidenceLevels,
  gradedLevels,
  predicateRules,
  type EntityKind,
  type Predicate,
  type PredicateRule,
} from '../src/domain';
import { claimKey } from '../src/domain/ids';
import { seededRandom } from './queryMix';

/**
 * A deterministic synthetic graph with the seed graph's kinds and predicates and skewed,
 * power-law-like degrees: a few entities join very many claims, most join a few. The same size
 * and seed always give the same graph, in the graph file format the ingest module loads.
 */

/** Share of entities per kind, roughly the seed graph's. */
const kindShares: Array<[EntityKind, number]> = [
  ['CONDITION', 0.28],
  ['TECHNIQUE', 0.16],
  ['OUTCOME', 0.16],
  ['BIOMARKER', 0.1],
  ['TISSUE', 0.08],
  ['PRACTITIONER', 0.05],
  ['PERSON', 0.05],
  ['ORGANIZATION', 0.03],
  ['STUDY', 0.03],
  ['SOURCE', 0.03],
  ['SUBSTANCE', 0.03],
];

/** Share of claims per predicate, roughly the seed graph's. */
const predicateShares: Array<[Predicate, number]> = [
  ['TREATS', 0.22],
  ['IMPROVES', 0.18],
  ['DECREASES', 0.08],
  ['INCREASES', 0.06],
  ['STUDIED', 0.08],
  ['SUBTYPE_OF', 0.08],
  ['TARGETS', 0.06],
  ['CAUSED_BY', 0.06],
  ['PRACTICED_BY', 0.05],
  ['CONDUCTED_BY', 0.03],
  ['CAUTION_FOR', 0.03],
  ['SPECIALIZES_IN', 0.02],
  ['SIMILAR_TO', 0.02],
  ['REPORTED_IN', 0.01],
  ['AFFECTS', 0.01],
  ['USES', 0.004],
  ['ENHANCES', 0.003],
  ['DEVELOPED_BY', 0.002],
  ['HAS_ROLE', 0.001],
];

/** Average number of claims per entity end: claims × 2 / entities. */
const claimsPerEntity = 5;
/** Larger skews harder: index = floor(n · u^skew) favours low indexes. */
const skew = 2.2;

export const syntheticPrefix = 'syn-';

function pick<T>(shares: Array<[T, number]>, random: () => number): T {
  const total = shares.reduce((sum, [, share]) => sum + share, 0);
  let point = random() * total;
  for (const [value, share] of shares) {
    point -= share;
    if (point <= 0) return value;
  }
  return shares.at(-1)![0];
}

export interface SyntheticGraph {
  entities: Array<Record<string, unknown>>;
  claims: Array<Record<string, unknown>>;
}

export function syntheticGraph(claimCount: number, seed = 7): SyntheticGraph {
  const random = seededRandom(seed);
  const entityCount = Math.max(60, Math.round(claimCount / claimsPerEntity));
  const byKind = new Map<EntityKind, string[]>();
  const entities: Array<Record<string, unknown>> = [];
  for (const [kind, share] of kindShares) {
    const ids: string[] = [];
    const count = Math.max(3, Math.round(entityCount * share));
    for (let i = 0; i < count; i += 1) {
      const id = `${syntheticPrefix}${kind.toLowerCase()}-${i}`;
      ids.push(id);
      const entity: Record<string, unknown> = {
        id,
        kind,
        name: `Synthetic ${kind.toLowerCase()} ${i}`,
        aliases: [`S${kind.slice(0, 3)}${i}`],
      };
      if (kind === 'SOURCE') entity.source = { type: 'PAPER', tier: i % 3 === 0 ? 'PRIMARY' : 'SECONDARY' };
      if (kind === 'STUDY') entity.study = { participants: 10 + (i % 90) };
      entities.push(entity);
    }
    byKind.set(kind, ids);
  }

  const skewed = (kinds: readonly EntityKind[]) => {
    const kind = kinds[Math.floor(random() * kinds.length)]!;
    const ids = byKind.get(kind)!;
    return ids[Math.floor(ids.length * random() ** skew)]!;
  };
  const sources = byKind.get('SOURCE')!;
  const studies = byKind.get('STUDY')!;
  const keys = new Set<string>();
  const claims: Array<Record<string, unknown>> = [];
  while (claims.length < claimCount) {
    const predicate = pick(predicateShares, random);
    const rule: PredicateRule = predicateRules[predicate];
    const join = rule.joins[Math.floor(random() * rule.joins.length)]!;
    const subject = skewed(join.subject);
    const object = skewed(join.object);
    const source = sources[Math.floor(sources.length * random() ** skew)]!;
    if (subject === object) continue;
    const key = claimKey({ subject, predicate, object, source });
    if (keys.has(key)) continue;
    keys.add(key);
    // Only EFFECT claims are graded (docs/model.md, "Claim kinds"); the rest are NOT_GRADED.
    const graded = rule.kind === 'EFFECT';
    const rank = graded
      ? Math.min(gradedLevels.length - 1, Math.floor(gradedLevels.length * random() ** 0.6))
      : evidenceLevels.length - 1;
    const citations = [{ source, locator: `"Section ${1 + (claims.length % 9)}" ¶${1 + (claims.length % 5)}` }];
    if (random() < 0.25) {
      const second = sources[Math.floor(random() * sources.length)]!;
      if (second !== source) citations.push({ source: second, locator: '"Abstract"' });
    }
    claims.push({
      subject,
      predicate,
      object,
      statement: `Synthetic claim ${claims.length}: ${subject} ${predicate.toLowerCase()} ${object}.`,
      evidence: {
        level: evidenceLevels[rank],
        ...(graded && rank <= 2 ? { certainty: 'LOW', study: studies[Math.floor(random() * studies.length)] } : {}),
      },
      status: random() < 0.02 ? 'RETRACTED' : 'ASSERTED',
      ...(claims.length % 50 === 0 ? { statusNote: 'Synthetic note.' } : {}),
      citations,
    });
    const last = claims.at(-1)!;
    if (last.status === 'RETRACTED' && !last.statusNote) last.statusNote = 'Synthetic retraction.';
  }
  return { entities, claims };
}
