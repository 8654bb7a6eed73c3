import type { ApolloServerPlugin } from '@apollo/server';
import { getNullableType, GraphQLList, type DocumentNode, type GraphQLSchema } from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import type { Context } from '../context';
import { queryTooComplex } from '../errors';

/** Relationship lists with no size argument: assumed this long when pricing a query. */
export const unsizedListEstimate = 10;
/** List fields whose length the parent field's argument already priced. */
const sizedByParent = new Set([
  'ClaimConnection.edges',
  'EntityConnection.edges',
  'Subgraph.nodes',
  'Subgraph.edges',
  'Path.nodes',
  'Path.edges',
]);

/**
 * A field costs 1 plus its children's cost times how many items it can return: `first`, a
 * neighbourhood's `limit`, a path search's `first × (maxLength + 1)`, or 10 for a list without
 * a size argument. Introspection is free.
 */
const fasciaEstimator: ComplexityEstimator = ({ field, args, childComplexity, type }) => {
  if (field.name.startsWith('__')) return 0;
  let items = 1;
  if (field.name === 'neighborhood') items = Number(args.limit ?? 100);
  else if (field.name === 'paths') items = Number(args.first ?? 3) * (Number(args.maxLength ?? 4) + 1);
  else if (typeof args.first === 'number') items = args.first;
  else if (getNullableType(field.type) instanceof GraphQLList && !sizedByParent.has(`${type.name}.${field.name}`)) {
    items = unsizedListEstimate;
  }
  return 1 + Math.max(items, 0) * childComplexity;
};

/** The estimated cost of an operation; undefined when its variables are invalid (execution reports that). */
export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown>,
): number | undefined {
  try {
    return getComplexity({
      schema,
      query: document,
      operationName,
      variables,
      estimators: [fasciaEstimator, simpleEstimator({ defaultComplexity: 1 })],
    });
  } catch {
    return undefined;
  }
}

/** Refuses an operation whose estimated cost exceeds maxCost, before anything runs. */
export function costLimitPlugin(maxCost: number): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operationName }) {
          const cost = queryCost(schema, document, operationName ?? undefined, request.variables ?? {});
          if (cost !== undefined && cost > maxCost) {
            throw queryTooComplex(
              'cost',
              `Query cost ${cost} exceeds the limit of ${maxCost}. Each field costs 1 and is multiplied by the page size of every list around it (first, limit), so ask for smaller pages or less nesting.`,
            );
          }
        },
      };
    },
  };
}
