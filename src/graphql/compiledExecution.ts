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

/** Compiled queries kept; the least recently used are dropped first. */
const MAX_COMPILED = 1000;

/**
 * The executor: a query runs compiled (compiled once per document and operation, kept in a bounded LRU);
 * mutations, operations Apollo could not resolve, and anything graphql-jit cannot compile run on graphql-js.
 * A compiled query that reports errors is run again on graphql-js and that result is answered, so an error
 * reads exactly as graphql-js words it (graphql-jit words some differently, variable coercion for one);
 * queries only read the ontology, so running one twice changes nothing. Except past the time budget: there
 * is no time left to run it again, and what was answered in time is kept.
 */
export function compiledExecutor(schema: GraphQLSchema): GatewayExecutor {
  const compiled = new Map<string, CompiledQuery | undefined>();
  const compiledFor = (key: string, compile: () => CompiledQuery | undefined): CompiledQuery | undefined => {
    if (compiled.has(key)) {
      const query = compiled.get(key);
      // Most recently used last, so eviction takes the oldest.
      compiled.delete(key);
      compiled.set(key, query);
      return query;
    }
    const query = compile();
    if (compiled.size >= MAX_COMPILED) compiled.delete(compiled.keys().next().value!);
    compiled.set(key, query);
    return query;
  };

  return async ({ document, operation, operationName, queryHash, context, request }) => {
    const onGraphqlJs = () => execute({ schema, document, contextValue: context, variableValues: request.variables, operationName: request.operationName });
    if (operation?.operation !== 'query') return onGraphqlJs();
    const query = compiledFor(`${queryHash}\u0000${operationName ?? ''}`, () => {
      const result = compileQuery(schema, document, operationName ?? undefined);
      return isCompiledQuery(result) ? result : undefined;
    });
    if (query === undefined) return onGraphqlJs();
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
