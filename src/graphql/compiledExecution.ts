import type { GatewayExecutor, GatewayInterface, GatewaySchemaLoadOrUpdateCallback } from '@apollo/server-gateway-interface';
import { execute, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { timeBudgetExceeded } from './limits';

/*
 * Queries run as JavaScript compiled for each query by graphql-jit: the document is planned once (field
 * lookups, argument coercion, type checks, how to complete each list), where graphql-js's `execute` walks the
 * document and the schema again for every field of every request. Apollo Server still parses, validates,
 * runs the plugins and formats errors; only execution is replaced, through Apollo's `gateway` option, the one
 * place it accepts an executor of its own.
 */

/** Queries remembered (compiled, or seen once); the least recently used are forgotten first. */
const MAX_QUERIES = 1000;

/** A query seen once and not compiled yet. */
const SEEN_ONCE = 'seen once';
/** A query graphql-jit could not compile. */
const NOT_COMPILABLE = 'not compilable';

type Remembered = CompiledQuery | typeof SEEN_ONCE | typeof NOT_COMPILABLE;

/**
 * The executor: a query runs compiled from its second request on (compiled once per document and operation,
 * kept in a bounded LRU), so a query sent once, as a hostile client sending ever new ones would, never costs a
 * compilation. Its first request, mutations, operations Apollo could not resolve, and anything graphql-jit
 * cannot compile run on graphql-js. A compiled query that reports errors is run again on graphql-js and that
 * result is answered, so an error reads exactly as graphql-js words it (graphql-jit words some differently,
 * variable coercion for one); queries only read the ontology, so running one twice changes nothing. Except past
 * the time budget: there is no time left to run it again, and what was answered in time is kept.
 */
export function compiledExecutor(schema: GraphQLSchema): GatewayExecutor {
  const queries = new Map<string, Remembered>();
  const remember = (key: string, value: Remembered): void => {
    // Most recently used last, so eviction takes the oldest.
    queries.delete(key);
    if (queries.size >= MAX_QUERIES) queries.delete(queries.keys().next().value!);
    queries.set(key, value);
  };

  return async ({ document, operation, operationName, queryHash, context, request }) => {
    const onGraphqlJs = () => execute({ schema, document, contextValue: context, variableValues: request.variables, operationName: request.operationName });
    if (operation?.operation !== 'query') return onGraphqlJs();
    const key = `${queryHash}\u0000${operationName ?? ''}`;
    let query = queries.get(key);
    if (query === undefined) {
      remember(key, SEEN_ONCE);
      return onGraphqlJs();
    }
    if (query === SEEN_ONCE) {
      const compiled = compileQuery(schema, document, operationName ?? undefined);
      query = isCompiledQuery(compiled) ? compiled : NOT_COMPILABLE;
    }
    remember(key, query);
    if (query === NOT_COMPILABLE) return onGraphqlJs();
    const result = await query.query(undefined, context, request.variables);
    return result.errors === undefined || timeBudgetExceeded(context) ? result : onGraphqlJs();
  };
}

/** The `gateway` Apollo Server takes: it serves `schema`, executed by `compiledExecutor`. */
export function compiledExecutionGateway(schema: GraphQLSchema): GatewayInterface {
  const listeners = new Set<GatewaySchemaLoadOrUpdateCallback>();
  return {
    onSchemaLoadOrUpdate(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async load() {
      for (const listener of listeners) listener({ apiSchema: schema, coreSupergraphSdl: '' });
      return { executor: compiledExecutor(schema) };
    },
    async stop() {
      listeners.clear();
    },
  };
}
