import { graphql } from './gql';
import type { TypedDocumentString } from './gql/graphql';

/*
 * Every operation the explorer sends, written inside graphql(`…`) so graphql-codegen's client
 * preset (codegen.yml) types its result and variables from the schema: a field renamed in the
 * schema fails `npm run check` here, not in a user's browser.
 */

/** What the drawing needs of a node and of an edge (a claim), in neighbourhoods and paths alike. */
export const DrawnNodeFragment = graphql(`
  fragment DrawnNode on GraphNode {
    id
    kind
    label
  }
`);

export const DrawnEdgeFragment = graphql(`
  fragment DrawnEdge on GraphEdge {
    id
    source
    target
    predicate
    level
    status
  }
`);

export const NeighborhoodDocument = graphql(`
  query Neighborhood($id: ID!, $minEvidence: EvidenceLevel) {
    neighborhood(id: $id, depth: 1, limit: 150, minEvidence: $minEvidence) {
      truncated
      nodes {
        ...DrawnNode
      }
      edges {
        ...DrawnEdge
      }
    }
  }
`);

export const SearchDocument = graphql(`
  query Search($text: String!) {
    search(text: $text, first: 10) {
      entity {
        id
        name
        kind
      }
    }
  }
`);

export const ClaimDocument = graphql(`
  query Claim($id: ID!) {
    claim(id: $id) {
      id
      kind
      statement
      predicate
      status
      statusNote
      evidence {
        level
        certainty
        study {
          name
        }
      }
      subject {
        name
      }
      object {
        name
      }
      citations {
        locator
        role
        source {
          id
          name
          ... on Source {
            url
            pmid
            doi
          }
        }
      }
    }
  }
`);

export const PathDocument = graphql(`
  query Path($from: ID!, $to: ID!) {
    paths(from: $from, to: $to, maxLength: 6, first: 1) {
      length
      nodes {
        ...DrawnNode
      }
      edges {
        ...DrawnEdge
      }
    }
  }
`);

export const EntityDocument = graphql(`
  query Entity($id: ID!) {
    entity(id: $id) {
      id
      kind
      name
      description
      xrefs {
        curie
        url
        match
      }
    }
  }
`);

export const RelatedDocument = graphql(`
  query Related($id: ID!) {
    related(id: $id, first: 8) {
      score
      entity {
        id
        name
        kind
      }
      via {
        name
      }
      claims {
        predicate
      }
    }
  }
`);

/** The columns of `fascia export --format csv`, for the claims in view. */
export const CsvClaimFragment = graphql(`
  fragment CsvClaim on Claim {
    id
    statement
    subject {
      id
    }
    predicate
    object {
      id
    }
    kind
    evidence {
      level
      certainty
    }
    status
    citations {
      locator
      role
      source {
        id
      }
    }
  }
`);

export const NeighborhoodClaimsDocument = graphql(`
  query NeighborhoodClaims($id: ID!, $minEvidence: EvidenceLevel) {
    neighborhood(id: $id, depth: 1, limit: 150, minEvidence: $minEvidence) {
      edges {
        claim {
          ...CsvClaim
        }
      }
    }
  }
`);

export const PathClaimsDocument = graphql(`
  query PathClaims($from: ID!, $to: ID!) {
    paths(from: $from, to: $to, maxLength: 6, first: 1) {
      edges {
        claim {
          ...CsvClaim
        }
      }
    }
  }
`);

/** The API could not be reached at all (down, or the network): worth a retry, unlike an answered error. */
export class ApiUnreachable extends Error {}

/** Posts a typed operation to the API; its errors' messages become the thrown error's. */
export async function request<Result, Variables>(
  endpoint: string,
  operation: TypedDocumentString<Result, Variables>,
  variables: Variables,
): Promise<Result> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: operation.toString(), variables }),
  }).catch(() => {
    throw new ApiUnreachable('The Fascia API cannot be reached.');
  });
  if (response.status >= 500) throw new ApiUnreachable(`The Fascia API answered ${response.status}.`);
  const body = (await response.json()) as { data?: Result; errors?: Array<{ message: string }> };
  if (body.errors?.length) throw new Error(body.errors.map((error) => error.message).join('; '));
  return body.data as Result;
}
