/**
 * A realistic mix of read queries over the seed graph, weighted by how often each kind of user
 * asks: explorer UIs search and expand most, researchers read treatment links and claims,
 * content teams ask for related topics.
 */
export interface MixEntry {
  name: string;
  weight: number;
  query: string;
  variables?: Record<string, unknown>;
}

const prefixes = ['mass', 'myo', 'trig', 'carp', 'dry', 'pgc', 'nf', 'fasc', 'acu', 'graston'];
const conditions = ['carpal-tunnel-syndrome', 'chronic-pain', 'trigger-points', 'fibromyalgia', 'muscle-pain'];
const techniques = [
  'massage-therapy',
  'myofascial-release',
  'active-release-technique',
  'dry-needling',
  'trigger-point-therapy',
];

export const queryMix: MixEntry[] = [
  ...prefixes.map((text) => ({
    name: 'search',
    weight: 3,
    query: 'query Search($text: String!) { search(text: $text, first: 8) { score entity { id name kind } } }',
    variables: { text },
  })),
  ...techniques.map((id) => ({
    name: 'neighborhood',
    weight: 2,
    query: `query Neighborhood($id: ID!) { neighborhood(id: $id, depth: 2, limit: 150) { truncated
      nodes { id kind label } edges { id source target predicate level status } } }`,
    variables: { id },
  })),
  ...conditions.map((id) => ({
    name: 'treatedBy',
    weight: 2,
    query: `query TreatedBy($id: ID!) { entity(id: $id) { name ... on Condition { treatedBy { technique { id name } strongestEvidence
      claims { statement status evidence { level certainty } citations { source { name } locator } } } } } }`,
    variables: { id },
  })),
  ...techniques.map((id) => ({
    name: 'related',
    weight: 1,
    query: 'query Related($id: ID!) { related(id: $id, first: 10) { score entity { id name } via { id } } }',
    variables: { id },
  })),
  {
    name: 'claims',
    weight: 2,
    query: `query Claims { claims(filter: { subject: "massage-therapy", minEvidence: CONTROLLED_STUDY }, first: 20) {
      totalCount edges { node { id predicate object { name } evidence { level certainty study { name } } } } } }`,
  },
  {
    name: 'paths',
    weight: 1,
    query:
      'query Paths { paths(from: "carpal-tunnel-syndrome", to: "graston-technique", maxLength: 4, first: 3) { length nodes { id } } }',
  },
  {
    name: 'entities',
    weight: 1,
    query: 'query Entities { entities(kind: TECHNIQUE, first: 20) { totalCount edges { node { id name aliases } } } }',
  },
];

/** A small seeded PRNG (mulberry32), so every run shuffles the mix the same way. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The mix expanded by weight into request bodies, shuffled the same way on every run. */
export function mixBodies(mix: MixEntry[] = queryMix, seed = 42): Array<{ name: string; body: string }> {
  const expanded = mix.flatMap((entry) =>
    Array.from({ length: entry.weight }, () => ({
      name: entry.name,
      body: JSON.stringify({ query: entry.query, variables: entry.variables ?? {} }),
    })),
  );
  const random = seededRandom(seed);
  for (let i = expanded.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [expanded[i], expanded[j]] = [expanded[j]!, expanded[i]!];
  }
  return expanded;
}
