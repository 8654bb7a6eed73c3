import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLError, ValidationContext } from 'graphql';
import type { Config } from '../config';
import { queryTooComplex } from '../errors';

export type QueryLimits = Config['limits'];

/**
 * graphql-armor's depth, alias and directive rules, reporting our QUERY_TOO_COMPLEX error (with
 * a hint) instead of armor's own. Tokens are capped by graphql-js's parser (parseOptions.maxTokens)
 * and cost by queryCost.ts; field suggestions are blocked in production.
 */
export function armorProtection(limits: QueryLimits, production: boolean) {
  const report = (limit: string, hint: string) => (context: ValidationContext | null, error: GraphQLError) =>
    context?.reportError(queryTooComplex(limit, `${error.message.replace(/^Syntax Error: /, '')} ${hint}`));
  const rule = (n: number, limit: string, hint: string) => ({
    n,
    propagateOnRejection: false,
    onReject: [report(limit, hint)],
  });
  return new ApolloArmor({
    maxDepth: rule(limits.maxDepth, 'depth', 'Nest fewer levels of fields.'),
    maxAliases: rule(limits.maxAliases, 'aliases', 'Use fewer aliases.'),
    maxDirectives: rule(limits.maxDirectives, 'directives', 'Use fewer directives.'),
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: production },
  }).protect();
}
