import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { LIMIT_ERROR_CODES } from './queryLimits';

export function timeBudgetError(budgetMs: number): GraphQLError {
  return new GraphQLError(`Time budget of ${budgetMs} ms exceeded: execution stopped.`, {
    extensions: { code: LIMIT_ERROR_CODES.timeBudgetMs, limit: budgetMs },
  });
}

/** One request's budget, kept on its context object. */
interface Budget {
  budgetMs: number;
  deadline: number;
  now: () => number;
  exceeded: boolean;
}

const BUDGET = Symbol('time budget');
const BUDGETED = Symbol('resolvers check the time budget');

function budgetOf(context: unknown): Budget | undefined {
  return typeof context === 'object' && context !== null ? (context as { [BUDGET]?: Budget })[BUDGET] : undefined;
}

/** Whether the request with this context ran out of its time budget. */
export function timeBudgetExceeded(context: unknown): boolean {
  return budgetOf(context)?.exceeded === true;
}

function budgeted(resolve: GraphQLFieldResolver<unknown, unknown>): GraphQLFieldResolver<unknown, unknown> {
  return (source, args, context, info) => {
    const budget = budgetOf(context);
    if (budget !== undefined && (budget.exceeded || budget.now() > budget.deadline)) {
      budget.exceeded = true;
      throw timeBudgetError(budget.budgetMs);
    }
    return resolve(source, args, context, info);
  };
}

/**
 * Makes every resolver of `schema` check its request's time budget before it runs (once per schema; a request
 * without a budget is not checked). The work of a query is done in resolvers; a field without one only reads
 * a property of its parent. This costs a clock read per resolver call, where a `willResolveField` hook would
 * have Apollo wrap and instrument every field, resolver or not, on every request.
 */
export function checkTimeBudgetInResolvers(schema: GraphQLSchema): void {
  const marked = schema as GraphQLSchema & { [BUDGETED]?: true };
  if (marked[BUDGETED]) return;
  marked[BUDGETED] = true;
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.resolve) field.resolve = budgeted(field.resolve);
    }
  }
}

/**
 * Bounds the time one operation may execute. graphql-js has no timeout, and the resolvers here are synchronous,
 * so a timer could never fire mid-execution: instead every resolver checks the clock before it runs (see
 * checkTimeBudgetInResolvers, which the server applies to its schema). Past the budget each resolver fails;
 * the failures bubble up like any field error (to the nearest nullable field), and the response carries the
 * error once rather than once per field.
 */
export function timeBudgetPlugin(budgetMs: number, now: () => number = () => performance.now()): ApolloServerPlugin {
  return {
    async requestDidStart() {
      let budget: Budget | undefined;
      return {
        async executionDidStart({ contextValue }) {
          budget = { budgetMs, deadline: now() + budgetMs, now, exceeded: false };
          Object.defineProperty(contextValue, BUDGET, { value: budget });
        },
        async willSendResponse({ response }) {
          if (!budget?.exceeded || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          let seen = false;
          result.errors = result.errors?.filter((error) => {
            if (error.extensions?.code !== LIMIT_ERROR_CODES.timeBudgetMs) return true;
            const first = !seen;
            seen = true;
            return first;
          });
        },
      };
    },
  };
}
