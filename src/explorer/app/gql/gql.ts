/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment DrawnNode on GraphNode {\n    id\n    kind\n    label\n  }\n": typeof types.DrawnNodeFragmentDoc,
    "\n  fragment DrawnEdge on GraphEdge {\n    id\n    source\n    target\n    predicate\n    level\n    status\n  }\n": typeof types.DrawnEdgeFragmentDoc,
    "\n  query Neighborhood($id: ID!, $minEvidence: EvidenceLevel) {\n    neighborhood(id: $id, depth: 1, limit: 150, minEvidence: $minEvidence) {\n      truncated\n      nodes {\n        ...DrawnNode\n      }\n      edges {\n        ...DrawnEdge\n      }\n    }\n  }\n": typeof types.NeighborhoodDocument,
    "\n  query Search($text: String!) {\n    search(text: $text, first: 10) {\n      entity {\n        id\n        name\n        kind\n      }\n    }\n  }\n": typeof types.SearchDocument,
    "\n  query Claim($id: ID!) {\n    claim(id: $id) {\n      id\n      kind\n      statement\n      predicate\n      status\n      statusNote\n      evidence {\n        level\n        certainty\n        study {\n          name\n        }\n      }\n      subject {\n        name\n      }\n      object {\n        name\n      }\n      citations {\n        locator\n        role\n        source {\n          id\n          name\n          ... on Source {\n            url\n            pmid\n            doi\n          }\n        }\n      }\n    }\n  }\n": typeof types.ClaimDocument,
    "\n  query Path($from: ID!, $to: ID!) {\n    paths(from: $from, to: $to, maxLength: 6, first: 1) {\n      length\n      nodes {\n        ...DrawnNode\n      }\n      edges {\n        ...DrawnEdge\n      }\n    }\n  }\n": typeof types.PathDocument,
    "\n  query Entity($id: ID!) {\n    entity(id: $id) {\n      id\n      kind\n      name\n      description\n      xrefs {\n        curie\n        url\n        match\n      }\n    }\n  }\n": typeof types.EntityDocument,
    "\n  query Related($id: ID!) {\n    related(id: $id, first: 8) {\n      score\n      entity {\n        id\n        name\n        kind\n      }\n      via {\n        name\n      }\n      claims {\n        predicate\n      }\n    }\n  }\n": typeof types.RelatedDocument,
    "\n  fragment CsvClaim on Claim {\n    id\n    statement\n    subject {\n      id\n    }\n    predicate\n    object {\n      id\n    }\n    kind\n    evidence {\n      level\n      certainty\n    }\n    status\n    citations {\n      locator\n      role\n      source {\n        id\n      }\n    }\n  }\n": typeof types.CsvClaimFragmentDoc,
    "\n  query NeighborhoodClaims($id: ID!, $minEvidence: EvidenceLevel) {\n    neighborhood(id: $id, depth: 1, limit: 150, minEvidence: $minEvidence) {\n      edges {\n        claim {\n          ...CsvClaim\n        }\n      }\n    }\n  }\n": typeof types.NeighborhoodClaimsDocument,
    "\n  query PathClaims($from: ID!, $to: ID!) {\n    paths(from: $from, to: $to, maxLength: 6, first: 1) {\n      edges {\n        claim {\n          ...CsvClaim\n        }\n      }\n    }\n  }\n": typeof types.PathClaimsDocument,
};
const documents: Documents = {
    "\n  fragment DrawnNode on GraphNode {\n    id\n    kind\n    label\n  }\n": types.DrawnNodeFragmentDoc,
    "\n  fragment DrawnEdge on GraphEdge {\n    id\n    source\n    target\n    predicate\n    level\n    status\n  }\n": types.DrawnEdgeFragmentDoc,
    "\n  query Neighborhood($id: ID!, $minEvidence: EvidenceLevel) {\n    neighborhood(id: $id, depth: 1, limit: 150, minEvidence: $minEvidence) {\n      truncated\n      nodes {\n        ...DrawnNode\n      }\n      edges {\n        ...DrawnEdge\n      }\n    }\n  }\n": types.NeighborhoodDocument,
    "\n  query Search($text: String!) {\n    search(text: $text, first: 10) {\n      entity {\n        id\n        name\n        kind\n      }\n    }\n  }\n": types.SearchDocument,
    "\n  query Claim($id: ID!) {\n    claim(id: $id) {\n      id\n      kind\n      statement\n      predicate\n      status\n      statusNote\n      evidence {\n        level\n        certainty\n        study {\n          name\n        }\n      }\n      subject {\n        name\n      }\n      object {\n        name\n      }\n      citations {\n        locator\n        role\n        source {\n          id\n          name\n          ... on Source {\n            url\n            pmid\n            doi\n          }\n        }\n      }\n    }\n  }\n": types.ClaimDocument,
    "\n  query Path($from: ID!, $to: ID!) {\n    paths(from: $from, to: $to, maxLength: 6, first: 1) {\n      length\n      nodes {\n        ...DrawnNode\n      }\n      edges {\n        ...DrawnEdge\n      }\n    }\n  }\n": types.PathDocument,
    "\n  query Entity($id: ID!) {\n    entity(id: $id) {\n      id\n      kind\n      name\n      description\n      xrefs {\n        curie\n        url\n        match\n      }\n    }\n  }\n": types.EntityDocument,
    "\n  query Related($id: ID!) {\n    related(id: $id, first: 8) {\n      score\n      entity {\n        id\n        name\n        kind\n      }\n      via {\n        name\n      }\n      claims {\n        predicate\n      }\n    }\n  }\n": types.RelatedDocument,
    "\n  fragment CsvClaim on Claim {\n    id\n    statement\n    subject {\n      id\n    }\n    predicate\n    object {\n      id\n    }\n    kind\n    evidence {\n      level\n      certainty\n    }\n    status\n    citations {\n      locator\n      role\n      source {\n        id\n      }\n    }\n  }\n": types.CsvClaimFragmentDoc,
    "\n  query NeighborhoodClaims($id: ID!, $minEvidence: EvidenceLevel) {\n    neighborhood(id: $id, depth: 1, limit: 150, minEvidence: $minEvidence) {\n      edges {\n        claim {\n          ...CsvClaim\n        }\n      }\n    }\n  }\n": types.NeighborhoodClaimsDocument,
    "\n  query PathClaims($from: ID!, $to: ID!) {\n    paths(from: $from, to: $to, maxLength: 6, first: 1) {\n      edges {\n        claim {\n          ...CsvClaim\n        }\n      }\n    }\n  }\n": types.PathClaimsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DrawnNode on GraphNode {\n    id\n    kind\n    label\n  }\n"): typeof import('./graphql').DrawnNodeFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DrawnEdge on GraphEdge {\n    id\n    source\n    target\n    predicate\n    level\n    status\n  }\n"): typeof import('./graphql').DrawnEdgeFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Neighborhood($id: ID!, $minEvidence: EvidenceLevel) {\n    neighborhood(id: $id, depth: 1, limit: 150, minEvidence: $minEvidence) {\n      truncated\n      nodes {\n        ...DrawnNode\n      }\n      edges {\n        ...DrawnEdge\n      }\n    }\n  }\n"): typeof import('./graphql').NeighborhoodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($text: String!) {\n    search(text: $text, first: 10) {\n      entity {\n        id\n        name\n        kind\n      }\n    }\n  }\n"): typeof import('./graphql').SearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Claim($id: ID!) {\n    claim(id: $id) {\n      id\n      kind\n      statement\n      predicate\n      status\n      statusNote\n      evidence {\n        level\n        certainty\n        study {\n          name\n        }\n      }\n      subject {\n        name\n      }\n      object {\n        name\n      }\n      citations {\n        locator\n        role\n        source {\n          id\n          name\n          ... on Source {\n            url\n            pmid\n            doi\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ClaimDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Path($from: ID!, $to: ID!) {\n    paths(from: $from, to: $to, maxLength: 6, first: 1) {\n      length\n      nodes {\n        ...DrawnNode\n      }\n      edges {\n        ...DrawnEdge\n      }\n    }\n  }\n"): typeof import('./graphql').PathDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Entity($id: ID!) {\n    entity(id: $id) {\n      id\n      kind\n      name\n      description\n      xrefs {\n        curie\n        url\n        match\n      }\n    }\n  }\n"): typeof import('./graphql').EntityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Related($id: ID!) {\n    related(id: $id, first: 8) {\n      score\n      entity {\n        id\n        name\n        kind\n      }\n      via {\n        name\n      }\n      claims {\n        predicate\n      }\n    }\n  }\n"): typeof import('./graphql').RelatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CsvClaim on Claim {\n    id\n    statement\n    subject {\n      id\n    }\n    predicate\n    object {\n      id\n    }\n    kind\n    evidence {\n      level\n      certainty\n    }\n    status\n    citations {\n      locator\n      role\n      source {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').CsvClaimFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeighborhoodClaims($id: ID!, $minEvidence: EvidenceLevel) {\n    neighborhood(id: $id, depth: 1, limit: 150, minEvidence: $minEvidence) {\n      edges {\n        claim {\n          ...CsvClaim\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').NeighborhoodClaimsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PathClaims($from: ID!, $to: ID!) {\n    paths(from: $from, to: $to, maxLength: 6, first: 1) {\n      edges {\n        claim {\n          ...CsvClaim\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PathClaimsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
