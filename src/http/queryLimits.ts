import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import { getNullableType, GraphQLError, GraphQLList, type ValidationContext } from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import type { Config } from '../config';
import type { Context } from '../context';
import { ErrorCode } from '../errors';

export type QueryLimits = Config['limits'];

/** Marks an error as a query-limit refusal; formatError turns the mark into QUERY_TOO_COMPLEX. */
export function queryTooComplex(limit: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, limit, http: { status: 400 } } });
}

/** graphql-armor's depth, alias and directive rules, reporting our own error instead of throwing. */
export function armorProtection(limits: QueryLimits, production: boolean) {
  const report = (limit: string, hint: string) => (context: ValidationContext | null, error: GraphQLError) =>
    context?.reportError(queryTooComplex(limit, `${error.message.replace(/^Syntax Error: /, '')} ${hint}`));
  return new ApolloArmor({
    maxDepth: {
      n: limits.maxDepth,
      propagateOnRejection: false,
      onReject: [report('depth', 'Nest fewer levels of fields.')],
    },
    maxAliases: {
      n: limits.maxAliases,
      propagateOnRejection: false,
      onReject: [report('aliases', 'Use fewer aliases.')],
    },
    maxDirectives: {
      n: limits.maxDirectives,
      propagateOnRejection: false,
      onReject: [report('directives', 'Use fewer directives.')],
    },
    // Tokens are capped by graphql-js's parser (parseOptions.maxTokens) and cost by costLimit below.
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: production },
  }).protect();
}

/** Relationship lists with no size argument: assumed this long when pricing a query. */
const unsizedListEstimate = 10;
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
  const key = `${type.name}.${field.name}`;
  let items = 1;
  if (field.name === 'neighborhood') items = Number(args.limit ?? 100);
  else if (field.name === 'paths') items = Number(args.first ?? 3) * (Number(args.maxLength ?? 4) + 1);
  else if (typeof args.first === 'number') items = args.first;
  else if (getNullableType(field.type) instanceof GraphQLList && !sizedByParent.has(key)) items = unsizedListEstimate;
  return 1 + Math.max(items, 0) * childComplexity;
};

/** Refuses an operation whose estimated cost exceeds maxCost, before anything runs. */
export function costLimitPlugin(maxCost: number): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operationName }) {
          let cost: number;
          try {
            cost = getComplexity({
              schema,
              query: document,
              operationName: operationName ?? undefined,
              variables: request.variables ?? {},
              estimators: [fasciaEstimator, simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch {
            return; // invalid variables: execution refuses them with a precise error
          }
          if (cost > maxCost) {
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

/** graphql-js's token cap message, turned into a QUERY_TOO_COMPLEX error by formatError. */
export const tokenLimitMessage = /^Syntax Error: Document contains more that (\d+) tokens/;
