import type { Viewer } from '../access/tokenTable';
import type { LiveOntology } from '../ingest/LiveOntology';
import type { OntologyStore } from '../ontology/OntologyStore';

/**
 * What every resolver gets: the ontology version current when the request arrived (one version for the whole
 * request, even if an article is added meanwhile), when the server can take articles the live ontology, and
 * who sent the request when it came with a valid token.
 */
export interface ApiContext {
  store: OntologyStore;
  live?: LiveOntology;
  viewer?: Viewer;
}
