import type { GatewayExecutor, GatewayGraphQLRequestContext, GatewayInterface } from '@apollo/server-gateway-interface';
import { execute, GraphQLError, printSchema, type DocumentNode, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { Context } from '../context';

/*
 * Compiled execution: each document and operation is compiled once by graphql-jit into a
 * function that resolves it, kept in a bounded cache, and run for every later request with the
 * same document (Apollo's document cache hands back the same parsed document). Apollo Server
 * keeps its whole pipeline (parsing, validation, plugins, error formatting); only execution is
 * replaced, through the gateway interface Apollo offers for exactly that. A document the
 * compiler refuses runs on graphql-js, as without this module. FASCIA_COMPILED_EXECUTION=false
 * turns it off. docs/performance.md has the figures that decided to keep it.
 */

/** Compiled operations kept at most; the oldest is dropped first (documents come and go). */
const maxCompiled = 500;

type Compiled = CompiledQuery | 'refused';
type Answer = Awaited<ReturnType<GatewayExecutor>>;

class CompiledCache {
  private readonly entries = new Map<DocumentNode, Map<string, Compiled>>();
  private size = 0;

  get(document: DocumentNode, operation: string): Compiled | undefined {
    const forDocument = this.entries.get(document);
    const found = forDocument?.get(operation);
    if (found && forDocument) {
      // Most recently used last, so eviction takes the least recently used document.
      this.entries.delete(document);
      this.entries.set(document, forDocument);
    }
    return found;
  }

  set(document: DocumentNode, operation: string, compiled: Compiled): void {
    if (this.size >= maxCompiled) {
      const [oldest, operations] = this.entries.entries().next().value as [DocumentNode, Map<string, Compiled>];
      this.entries.delete(oldest);
      this.size -= operations.size;
    }
    const forDocument = this.entries.get(document) ?? new Map<string, Compiled>();
    this.entries.set(document, forDocument);
    if (!forDocument.has(operation)) this.size += 1;
    forDocument.set(operation, compiled);
  }
}

/**
 * Some of graphql-jit's errors have `extensions` undefined (and read-only) where graphql-js's
 * are `{}`, and Apollo's error formatting reads `extensions.code`: a throw there would turn the
 * error into a bare internal one. Those are rebuilt as graphql-js errors, keeping the rest.
 */
function withExtensions(error: GraphQLError): GraphQLError {
  if (error.extensions !== undefined) return error;
  const rebuilt = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
  });
  return error.locations ? Object.assign(rebuilt, { locations: error.locations }) : rebuilt;
}

/** What the gateway reports about its work, for tests and metrics. */
export interface CompiledExecutionStats {
  compiled: number;
  refused: number;
}

/** An Apollo gateway that serves `schema` and executes operations compiled by graphql-jit. */
export function compiledExecution(schema: GraphQLSchema): GatewayInterface & { stats: CompiledExecutionStats } {
  const cache = new CompiledCache();
  const stats: CompiledExecutionStats = { compiled: 0, refused: 0 };

  const compiledFor = (document: DocumentNode, operationName: string | undefined): Compiled => {
    const key = operationName ?? '';
    const known = cache.get(document, key);
    if (known) return known;
    const result = compileQuery(schema, document, operationName, { disableLeafSerialization: false });
    const compiled: Compiled = isCompiledQuery(result) ? result : 'refused';
    stats[compiled === 'refused' ? 'refused' : 'compiled'] += 1;
    cache.set(document, key, compiled);
    return compiled;
  };

  const executor: GatewayExecutor = async (request: GatewayGraphQLRequestContext) => {
    const { document, operationName } = request;
    const context = request.context as unknown as Context;
    const variables = request.request.variables ?? {};
    const compiled = compiledFor(document, operationName ?? undefined);
    const interpreted = () =>
      execute({ schema, document, contextValue: context, variableValues: variables, operationName }) as Promise<Answer>;
    if (compiled === 'refused') return interpreted();
    const result = await compiled.query(undefined, context, variables);
    // No data means the variables were refused before anything ran. graphql-js's errors for that
    // name the variable's definition, which is how Apollo tells BAD_USER_INPUT (and answers 400).
    if (!('data' in result)) return interpreted();
    return (result.errors ? { ...result, errors: result.errors.map(withExtensions) } : result) as Answer;
  };

  return {
    stats,
    async load() {
      return { executor };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => {};
    },
    async stop() {},
  };
}
