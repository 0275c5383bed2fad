import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { ApiContext } from '../graphql/context';
import type { RequestGate } from './requestGate';

/**
 * Every mutation, this one and any added later, needs a write token: checked once the operation is known and
 * before anything executes, so a refused mutation writes nothing. The refusal carries its HTTP status
 * (401, 403 or 429) and headers (WWW-Authenticate, Retry-After).
 */
export function writeAccessPlugin(gate: RequestGate): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation !== 'mutation') return;
          const refusal = gate.checkWrite(contextValue.viewer);
          if (!refusal) return;
          // Apollo takes the status and headers from `extensions.http` (and drops it from the response); it wants a
          // HeaderMap there, where graphql-yoga's typings (installed for the playground) declare a plain record.
          const headers = new HeaderMap(Object.entries(refusal.headers)) as unknown as Record<string, string>;
          throw new GraphQLError(refusal.message, { extensions: { code: refusal.code, http: { status: refusal.status, headers } } });
        },
      };
    },
  };
}
