import type { OntologyStore } from '../ontology/OntologyStore';
import type { ActorNode } from '../ontology/types';

/**
 * The node an id held by `holder` points at. An id that points at nothing is a bug in the merge stage:
 * failing the field with a message naming both ids makes it visible, where dropping the item would hide it
 * and quietly change counts.
 */
export function referenced<T>(node: T | undefined, kind: string, id: string, holder: string): T {
  if (node === undefined) throw new Error(`${holder} refers to ${kind} "${id}", which is not in the ontology`);
  return node;
}

export function actorsByIds(store: OntologyStore, ids: readonly string[], holder: string): ActorNode[] {
  return ids.map((id) => referenced(store.actor(id), 'actor', id, holder));
}
