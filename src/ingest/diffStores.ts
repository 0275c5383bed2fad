import type { OntologyNode, OntologyStore } from '../ontology/OntologyStore';

export interface StoreDiff {
  /** Nodes of the new version whose id the old one did not have. */
  added: OntologyNode[];
  /** Nodes whose id both versions have but whose content differs (a new report, a changed title, ...). */
  changed: OntologyNode[];
  /** Ids the old version had and the new one has not (two merged into one, say). */
  removedIds: string[];
}

const LIST_OF_TYPE = { Source: 'sources', Actor: 'actors', Statement: 'statements', Meeting: 'meetings', Agreement: 'agreements' } as const;
const LISTS = Object.values(LIST_OF_TYPE);
type ListName = (typeof LISTS)[number];

/** Equality of plain data, as its JSON would compare but for field order: arrays element by element, objects by their defined fields. */
function sameContent(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    if (a.length !== other.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameContent(a[i], other[i])) return false;
    return true;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let fields = 0;
  for (const key in x) {
    if (x[key] === undefined) continue;
    fields++;
    if (!sameContent(x[key], y[key])) return false;
  }
  for (const key in y) if (y[key] !== undefined) fields--;
  return fields === 0;
}

/** `ids` (all in `list`) in the order of `list`; the list is read only when there are two or more to order. */
function inListOrder(list: readonly { id: string }[], ids: string[]): string[] {
  if (ids.length < 2) return ids;
  const wanted = new Set(ids);
  const ordered: string[] = [];
  for (const node of list) if (wanted.has(node.id)) ordered.push(node.id);
  return ordered;
}

/**
 * What an ontology version added, changed and removed relative to the one before, node by node, listed as the
 * lists of the ontology hold them (sources, actors, statements, meetings, agreements, each in its own order).
 * When the caller knows which ids can differ (`candidates`, e.g. what an incremental merge touched), only those
 * are compared, so the cost follows the change; the result is the same as comparing every node.
 */
export function diffStores(before: OntologyStore, after: OntologyStore, candidates?: ReadonlySet<string>): StoreDiff {
  const ids = candidates ?? new Set(LISTS.flatMap((list) => [...before[list], ...after[list]].map((n) => n.id)));
  const present = new Map<ListName, string[]>(LISTS.map((list) => [list, []]));
  const gone = new Map<ListName, string[]>(LISTS.map((list) => [list, []]));
  for (const id of ids) {
    const old = before.node(id);
    const now = after.node(id);
    if (now !== undefined) {
      if (old === undefined || !sameContent(old, now)) present.get(LIST_OF_TYPE[now.type])!.push(id);
    } else if (old !== undefined) gone.get(LIST_OF_TYPE[old.type])!.push(id);
  }
  const diff: StoreDiff = { added: [], changed: [], removedIds: [] };
  for (const list of LISTS) {
    for (const id of inListOrder(after[list], present.get(list)!)) (before.node(id) === undefined ? diff.added : diff.changed).push(after.node(id)!);
    diff.removedIds.push(...inListOrder(before[list], gone.get(list)!));
  }
  return diff;
}
