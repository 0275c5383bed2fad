import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { LIMIT_ERROR_CODES } from './queryLimits';

export function timeBudgetError(budgetMs: number): GraphQLError {
  return new GraphQLError(`Time budget of ${budgetMs} ms exceeded: execution stopped.`, {
    extensions: { code: LIMIT_ERROR_CODES.timeBudgetMs, limit: budgetMs },
  });
}

/**
 * Bounds the time one operation may execute. graphql-js has no timeout, and the resolvers here are synchronous,
 * so a timer could never fire mid-execution: instead every field checks the clock before it resolves. Past the
 * budget each field fails; the failures bubble up like any field error (to the nearest nullable field), and
 * the response carries the error once rather than once per field.
 */
export function timeBudgetPlugin(budgetMs: number, now: () => number = () => performance.now()): ApolloServerPlugin {
  return {
    async requestDidStart() {
      let exceeded = false;
      return {
        async executionDidStart() {
          const deadline = now() + budgetMs;
          return {
            willResolveField() {
              if (exceeded || now() > deadline) {
                exceeded = true;
                throw timeBudgetError(budgetMs);
              }
            },
          };
        },
        async willSendResponse({ response }) {
          if (!exceeded || response.body.kind !== 'single') return;
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
