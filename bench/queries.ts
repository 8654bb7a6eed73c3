/**
 * The benchmark's query mix, as each system asks it, and how each answer is brought to one
 * canonical JSON so the harness can check that the systems agree before timing them.
 *
 * Q1 technique → treats → claims → citations → source; Q2 a page of 50 entities with their
 * claims and claim objects; Q3 search-as-you-type; Q4 neighbourhood depth 2, limit 200; Q5 paths
 * with maxLength 4. The peer (@neo4j/graphql) answers Q1 and Q2 only.
 */
export interface Targets {
  technique: string;
  searchText: string;
  neighborhoodRoot: string;
  pathFrom: string;
  pathTo: string;
}

export type QueryName = 'Q1' | 'Q2' | 'Q3' | 'Q4' | 'Q5';
export const queryNames: QueryName[] = ['Q1', 'Q2', 'Q3', 'Q4', 'Q5'];

export interface Request {
  path: string;
  body: string;
}

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

interface BenchQuery {
  fascia(targets: Targets): Request;
  floor(targets: Targets): Request;
  peer?(targets: Targets): Request;
  /** Each system's answer → the canonical form. */
  canonical: { fascia(body: Json): Json; floor(body: Json): Json; peer?(body: Json): Json };
}

const graphql = (query: string, variables: Record<string, unknown>): Request => ({
  path: '/graphql',
  body: JSON.stringify({ query, variables }),
});
const floor = (name: string, variables: Record<string, unknown>): Request => ({
  path: `/q/${name}`,
  body: JSON.stringify(variables),
});
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export const benchQueries: Record<QueryName, BenchQuery> = {
  Q1: {
    fascia: (t) =>
      graphql(
        `
          query Q1($id: ID!) {
            entity(id: $id) {
              id
              name
              ... on Technique {
                treats(first: 100) {
                  claims {
                    id
                    statement
                    evidence {
                      level
                    }
                    object {
                      id
                      name
                    }
                    citations {
                      locator
                      source {
                        id
                        name
                      }
                    }
                  }
                }
              }
            }
          }
        `,
        { id: t.technique },
      ),
    peer: (t) =>
      graphql(
        `
          query Q1($id: ID!) {
            entities(where: { id: { eq: $id } }) {
              id
              name
              treatsClaims {
                id
                statement
                level
                object {
                  id
                  name
                }
                citationsConnection(sort: [{ edge: { position: ASC } }]) {
                  edges {
                    properties {
                      locator
                    }
                    node {
                      id
                      name
                    }
                  }
                }
              }
            }
          }
        `,
        { id: t.technique },
      ),
    floor: (t) => floor('Q1', { id: t.technique }),
    canonical: {
      fascia: (body) => {
        const entity = body.data.entity;
        const claims = entity.treats
          .flatMap((link: Json) => link.claims)
          .map(({ evidence, ...claim }: Json) => ({
            id: claim.id,
            statement: claim.statement,
            level: evidence.level,
            object: claim.object,
            citations: claim.citations,
          }));
        return { id: entity.id, name: entity.name, claims: claims.sort(byId) };
      },
      peer: (body) => {
        const [entity] = body.data.entities;
        return {
          id: entity.id,
          name: entity.name,
          claims: entity.treatsClaims
            .map((claim: Json) => ({
              id: claim.id,
              statement: claim.statement,
              level: claim.level,
              object: claim.object,
              citations: claim.citationsConnection.edges.map((edge: Json) => ({
                locator: edge.properties.locator,
                source: edge.node,
              })),
            }))
            .sort(byId),
        };
      },
      floor: (body) => body,
    },
  },
  Q2: {
    fascia: () =>
      graphql(
        `
          query Q2 {
            entities(first: 50) {
              edges {
                node {
                  id
                  name
                  claims(first: 10) {
                    edges {
                      node {
                        id
                        predicate
                        object {
                          id
                          name
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        `,
        {},
      ),
    peer: () =>
      graphql(
        `
          query Q2 {
            entities(sort: [{ id: ASC }], limit: 50) {
              id
              name
              claims {
                id
                predicate
                object {
                  id
                  name
                }
              }
            }
          }
        `,
        {},
      ),
    floor: () => floor('Q2', {}),
    canonical: {
      fascia: (body) =>
        body.data.entities.edges.map((edge: Json) => ({
          id: edge.node.id,
          name: edge.node.name,
          claims: edge.node.claims.edges.map((e: Json) => e.node),
        })),
      peer: (body) => body.data.entities,
      floor: (body) => body,
    },
  },
  Q3: {
    fascia: (t) =>
      graphql('query Q3($text: String!) { search(text: $text, first: 10) { score entity { id name kind } } }', {
        text: t.searchText,
      }),
    floor: (t) => floor('Q3', { text: t.searchText }),
    canonical: { fascia: (body) => body.data.search, floor: (body) => body },
  },
  Q4: {
    fascia: (t) =>
      graphql(
        `
          query Q4($id: ID!) {
            neighborhood(id: $id, depth: 2, limit: 200) {
              truncated
              nodes {
                id
                kind
                label
              }
              edges {
                id
                source
                target
                predicate
                level
                status
              }
            }
          }
        `,
        { id: t.neighborhoodRoot },
      ),
    floor: (t) => floor('Q4', { id: t.neighborhoodRoot }),
    canonical: { fascia: (body) => body.data.neighborhood, floor: (body) => body },
  },
  Q5: {
    fascia: (t) =>
      graphql(
        `
          query Q5($from: ID!, $to: ID!) {
            paths(from: $from, to: $to, maxLength: 4, first: 3) {
              length
              nodes {
                id
                kind
                label
              }
              edges {
                id
                source
                target
                predicate
              }
            }
          }
        `,
        { from: t.pathFrom, to: t.pathTo },
      ),
    floor: (t) => floor('Q5', { from: t.pathFrom, to: t.pathTo }),
    canonical: { fascia: (body) => body.data.paths, floor: (body) => body },
  },
};
