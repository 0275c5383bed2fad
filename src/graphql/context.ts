import type { LiveOntology } from '../ingest/LiveOntology';
import type { OntologyStore } from '../ontology/OntologyStore';

/**
 * What every resolver gets: the ontology version current when the request arrived (one version for the whole
 * request, even if an article is added meanwhile) and, when the server can take articles, the live ontology.
 */
export interface ApiContext {
  store: OntologyStore;
  live?: LiveOntology;
}
