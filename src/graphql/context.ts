import type { OntologyStore } from '../ontology/OntologyStore';

/** What every resolver gets: the store of the ontology this server was started with. */
export interface ApiContext {
  store: OntologyStore;
}
