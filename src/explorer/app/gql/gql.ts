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
    "\n  query Neighborhood($id: ID!, $minEvidence: EvidenceLevel) {\n    neighborhood(id: $id, depth: 1, limit: 150, minEvidence: $minEvidence) {\n      truncated\n      nodes {\n        id\n        kind\n        label\n      }\n      edges {\n        id\n        source\n        target\n        predicate\n        level\n        status\n      }\n    }\n  }\n": typeof types.NeighborhoodDocument,
    "\n  query Search($text: String!) {\n    search(text: $text, first: 10) {\n      entity {\n        id\n        name\n        kind\n      }\n    }\n  }\n": typeof types.SearchDocument,
    "\n  query Claim($id: ID!) {\n    claim(id: $id) {\n      id\n      kind\n      statement\n      predicate\n      status\n      statusNote\n      evidence {\n        level\n        certainty\n        study {\n          name\n        }\n      }\n      subject {\n        name\n      }\n      object {\n        name\n      }\n      citations {\n        locator\n        role\n        source {\n          id\n          name\n          ... on Source {\n            url\n            pmid\n            doi\n          }\n        }\n      }\n    }\n  }\n": typeof types.ClaimDocument,
    "\n  query Path($from: ID!, $to: ID!) {\n    paths(from: $from, to: $to, maxLength: 6, first: 1) {\n      length\n      nodes {\n        id\n        kind\n        label\n      }\n      edges {\n        id\n        source\n        target\n        predicate\n        level\n        status\n      }\n    }\n  }\n": typeof types.PathDocument,
};
const documents: Documents = {
    "\n  query Neighborhood($id: ID!, $minEvidence: EvidenceLevel) {\n    neighborhood(id: $id, depth: 1, limit: 150, minEvidence: $minEvidence) {\n      truncated\n      nodes {\n        id\n        kind\n        label\n      }\n      edges {\n        id\n        source\n        target\n        predicate\n        level\n        status\n      }\n    }\n  }\n": types.NeighborhoodDocument,
    "\n  query Search($text: String!) {\n    search(text: $text, first: 10) {\n      entity {\n        id\n        name\n        kind\n      }\n    }\n  }\n": types.SearchDocument,
    "\n  query Claim($id: ID!) {\n    claim(id: $id) {\n      id\n      kind\n      statement\n      predicate\n      status\n      statusNote\n      evidence {\n        level\n        certainty\n        study {\n          name\n        }\n      }\n      subject {\n        name\n      }\n      object {\n        name\n      }\n      citations {\n        locator\n        role\n        source {\n          id\n          name\n          ... on Source {\n            url\n            pmid\n            doi\n          }\n        }\n      }\n    }\n  }\n": types.ClaimDocument,
    "\n  query Path($from: ID!, $to: ID!) {\n    paths(from: $from, to: $to, maxLength: 6, first: 1) {\n      length\n      nodes {\n        id\n        kind\n        label\n      }\n      edges {\n        id\n        source\n        target\n        predicate\n        level\n        status\n      }\n    }\n  }\n": types.PathDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Neighborhood($id: ID!, $minEvidence: EvidenceLevel) {\n    neighborhood(id: $id, depth: 1, limit: 150, minEvidence: $minEvidence) {\n      truncated\n      nodes {\n        id\n        kind\n        label\n      }\n      edges {\n        id\n        source\n        target\n        predicate\n        level\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').NeighborhoodDocument;
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
export function graphql(source: "\n  query Path($from: ID!, $to: ID!) {\n    paths(from: $from, to: $to, maxLength: 6, first: 1) {\n      length\n      nodes {\n        id\n        kind\n        label\n      }\n      edges {\n        id\n        source\n        target\n        predicate\n        level\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').PathDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
