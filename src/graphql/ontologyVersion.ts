import type { ApolloServerPlugin } from '@apollo/server';
import type { LiveOntology } from '../ingest/LiveOntology';
import type { ApiContext } from './context';

/** The response header that names the ontology version (log sequence) an answer was computed on. */
export const ONTOLOGY_VERSION_HEADER = 'x-ontology-version';

/**
 * With a shared log (PostgreSQL), every GraphQL response says which ontology version answered it, in
 * `extensions.ontologyVersion` and the X-Ontology-Version header: replicas behind a load balancer may be at
 * different versions for a moment, and a client can tell. A folder-backed service answers as it always did.
 */
export function ontologyVersionPlugin(live: () => LiveOntology | undefined): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue, operation }) {
          const current = live();
          if (!current?.log.shared || contextValue.store === undefined) return;
          // A query is answered on the version it started on; an addition's answer includes the article.
          const version = current.sequenceOf(operation?.operation === 'mutation' ? current.store : contextValue.store);
          if (version === undefined) return;
          response.http.headers.set(ONTOLOGY_VERSION_HEADER, String(version));
          if (response.body.kind === 'single') {
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, ontologyVersion: version };
          }
        },
      };
    },
  };
}
