import type { OntologyNode, OntologyStore } from '../ontology/OntologyStore';

export interface StoreDiff {
  /** Nodes of the new version whose id the old one did not have. */
  added: OntologyNode[];
  /** Nodes whose id both versions have but whose content differs (a new report, a changed title, ...). */
  changed: OntologyNode[];
  /** Ids the old version had and the new one has not (two merged into one, say). */
  removedIds: string[];
}

const LISTS = ['sources', 'actors', 'statements', 'meetings', 'agreements'] as const;

/**
 * What an ontology version added, changed and removed relative to the one before, node by node. When the
 * caller knows which ids can differ (`candidates`, e.g. what an incremental merge touched), only those are
 * compared; the lists are still walked in order, so the result is the same as comparing every node.
 */
export function diffStores(before: OntologyStore, after: OntologyStore, candidates?: ReadonlySet<string>): StoreDiff {
  const diff: StoreDiff = { added: [], changed: [], removedIds: [] };
  for (const list of LISTS) {
    for (const item of after[list]) {
      if (candidates && !candidates.has(item.id)) continue;
      const old = before.node(item.id);
      if (old === undefined) diff.added.push(after.node(item.id)!);
      else if (JSON.stringify(old) !== JSON.stringify(after.node(item.id))) diff.changed.push(after.node(item.id)!);
    }
    for (const item of before[list]) if ((!candidates || candidates.has(item.id)) && after.node(item.id) === undefined) diff.removedIds.push(item.id);
  }
  return diff;
}
