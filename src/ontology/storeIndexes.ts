import { appendTo } from '../listIndex';
import { OverlayMap } from './OverlayMap';
import type { ActorNode, AgreementNode, MeetingNode, Ontology, SourceRecord, StatementNode } from './types';

/*
 * The indexes of an OntologyStore, built whole for a first version and patched for each later one. A version's
 * indexes share everything its change leaves alone with the version before (see OverlayMap), so a patch costs
 * what the touched nodes own: their entries, and the lists under the keys they had or have.
 */

export type OntologyNode =
  | ({ type: 'Source' } & SourceRecord)
  | ({ type: 'Actor' } & ActorNode)
  | ({ type: 'Statement' } & StatementNode)
  | ({ type: 'Meeting' } & MeetingNode)
  | ({ type: 'Agreement' } & AgreementNode);

export type ListedNode = ActorNode | StatementNode | MeetingNode | AgreementNode;
type ListName = 'actors' | 'statements' | 'meetings' | 'agreements';
export type Lists = { readonly [L in 'sources' | ListName]: readonly Ontology[L][number][] };

const TYPE_OF_LIST = { actors: 'Actor', statements: 'Statement', meetings: 'Meeting', agreements: 'Agreement' } as const;
const LISTS = Object.keys(TYPE_OF_LIST) as ListName[];

/** A relation index: the nodes of one top-level list under each key they name (with repeats), in list order. */
interface Relation {
  list: ListName;
  keysOf: (node: ListedNode) => Iterable<string>;
}

const relation = <N extends ListedNode>(list: ListName, keysOf: (node: N) => Iterable<string>) => ({ list, keysOf }) as Relation;

/** Lists of node objects: a node names few of these keys, so a changed node is relisted under each. */
const BY_NODE = {
  statementsBySpeaker: relation<StatementNode>('statements', (s) => [s.speakerId]),
  statementsByMeeting: relation<StatementNode>('statements', (s) => (s.meetingId ? [s.meetingId] : [])),
  statementsAbout: relation<StatementNode>('statements', (s) => s.aboutIds),
  meetingsByParticipant: relation<MeetingNode>('meetings', (m) => m.participantIds),
  agreementsByParty: relation<AgreementNode>('agreements', (g) => g.partyIds),
};

/**
 * Lists of node ids by source, read through `listed`: a much-reported actor is in thousands of sources and
 * changes with every article that names it, and lists of ids need no change when only the node's content does.
 */
const BY_SOURCE = {
  statementsBySource: 'statements',
  meetingsBySource: 'meetings',
  agreementsBySource: 'agreements',
  actorsBySource: 'actors',
} as const satisfies Record<string, ListName>;

export type NodeRelation = keyof typeof BY_NODE;
export type SourceRelation = keyof typeof BY_SOURCE;
const NODE_RELATIONS = Object.keys(BY_NODE) as NodeRelation[];
const SOURCE_RELATIONS = Object.keys(BY_SOURCE) as SourceRelation[];

export interface Indexes {
  nodesById: OverlayMap<string, OntologyNode>;
  /** The object each top-level list holds, by id: what the lists of ids resolve to. */
  listed: OverlayMap<string, ListedNode>;
  sourcesOfNode: OverlayMap<string, ReadonlySet<string>>;
  byNode: Record<NodeRelation, OverlayMap<string, readonly ListedNode[]>>;
  bySource: Record<SourceRelation, OverlayMap<string, readonly string[]>>;
}

const NO_SOURCES: ReadonlySet<string> = new Set();
function sourcesOf(node: ListedNode): ReadonlySet<string> {
  const sources = new Set<string>();
  for (let i = 0; i < node.reports.length; i++) sources.add(node.reports[i].sourceId);
  return sources;
}
const listOf = (lists: Lists, list: ListName): readonly ListedNode[] => lists[list];
const typed = (list: ListName, node: ListedNode) => ({ type: TYPE_OF_LIST[list], ...node }) as OntologyNode;

export function indexAll(lists: Lists): Indexes {
  const nodesById = new Map<string, OntologyNode>();
  const listed = new Map<string, ListedNode>();
  const sourcesOfNode = new Map<string, ReadonlySet<string>>();
  const byNode = new Map(NODE_RELATIONS.map((name) => [name, new Map<string, ListedNode[]>()]));
  const bySource = new Map(SOURCE_RELATIONS.map((name) => [name, new Map<string, string[]>()]));
  for (const s of lists.sources) nodesById.set(s.id, { type: 'Source', ...s });
  for (const list of LISTS) {
    const own = NODE_RELATIONS.filter((name) => BY_NODE[name].list === list);
    const sourceRelation = bySource.get(SOURCE_RELATIONS.find((name) => BY_SOURCE[name] === list)!)!;
    for (const node of lists[list]) {
      const sources = sourcesOf(node);
      nodesById.set(node.id, typed(list, node));
      listed.set(node.id, node);
      sourcesOfNode.set(node.id, sources);
      for (const name of own) for (const key of BY_NODE[name].keysOf(node)) appendTo(byNode.get(name)!, key, node);
      for (const sourceId of sources) appendTo(sourceRelation, sourceId, node.id);
    }
  }
  const overlay = <V>(maps: Map<string, Map<string, V>>): Record<string, OverlayMap<string, V>> => Object.fromEntries([...maps].map(([name, map]) => [name, OverlayMap.of(map)]));
  return {
    nodesById: OverlayMap.of(nodesById),
    listed: OverlayMap.of(listed),
    sourcesOfNode: OverlayMap.of(sourcesOfNode),
    byNode: overlay<readonly ListedNode[]>(byNode) as Indexes['byNode'],
    bySource: overlay<readonly string[]>(bySource) as Indexes['bySource'],
  };
}

/** A node of a top-level list of the new version and where it stands in that list. */
interface Placed {
  node: ListedNode;
  index: number;
}

/**
 * Where the nodes of one top-level list stand. The nodes a patch did not touch are normally the very objects of
 * the version before, found by identity with a native scan; if one is not (an equal copy), the positions of the
 * whole list are mapped by id once and used from then on.
 */
class ListPositions {
  private byId?: Map<string, number>;

  constructor(private readonly list: readonly ListedNode[]) {}

  /** The index of `node` (or of the node with its id) at or after `from`. */
  after(node: ListedNode, from: number): number {
    if (!this.byId) {
      const index = this.list.indexOf(node, from);
      if (index >= 0) return index;
      this.byId = new Map(this.list.map((n, i) => [n.id, i]));
    }
    return this.byId.get(node.id)!;
  }

  /** The index of `node`, searched from the end: cheap for the nodes near it, where additions usually land. */
  last(node: ListedNode): number {
    const index = this.byId ? -1 : this.list.lastIndexOf(node);
    return index >= 0 ? index : this.after(node, 0);
  }
}

/** How a relation holds a node: the node itself or its id. */
interface Entry<E> {
  of: (node: ListedNode) => E;
  /** The node of the new version an entry stands for. */
  node: (entry: E) => ListedNode;
  id: (entry: E) => string;
}

/**
 * The list under one key of a relation in the new version: the entries that were under it and were not touched,
 * whose order among themselves is unchanged (they are the same nodes), interleaved by list position with the
 * touched nodes now under it.
 */
function relist<E>(kept: readonly E[], touched: ReadonlySet<string>, arrived: readonly Placed[], positions: ListPositions, entry: Entry<E>): readonly E[] {
  const staying = kept.filter((e) => !touched.has(entry.id(e)));
  if (arrived.length === 0) return staying;
  if (staying.length === 0 || positions.last(entry.node(staying[staying.length - 1])) < arrived[0].index) return staying.concat(arrived.map((a) => entry.of(a.node)));
  const out: E[] = [];
  let next = 0;
  let from = 0;
  let previous: E | undefined;
  for (const e of staying) {
    // A node listed twice under one key (a repeated id in aboutIds, say) sits twice in a row.
    if (next < arrived.length && e !== previous) {
      const index = positions.after(entry.node(e), from);
      while (next < arrived.length && arrived[next].index < index) out.push(entry.of(arrived[next++].node));
      from = index + 1;
    }
    out.push(e);
    previous = e;
  }
  while (next < arrived.length) out.push(entry.of(arrived[next++].node));
  return out;
}

/** The id of the nearest node before `index` that the patch did not touch; '' at the head of the list. */
function untouchedBefore(nodes: readonly ListedNode[], index: number, touched: ReadonlySet<string>): string {
  for (let i = index - 1; i >= 0; i--) if (!touched.has(nodes[i].id)) return nodes[i].id;
  return '';
}

/**
 * The touched nodes of a list, present in both versions, that stand where they stood among the other nodes: after
 * the same untouched node, and in the same order as the touched nodes beside them. A list under a key such a node
 * keeps has it at the same place, so only the keys it gained or lost need a new list of ids.
 */
function inPlace(before: readonly ListedNode[], after: readonly ListedNode[], previous: Indexes, arrived: readonly Placed[], touched: ReadonlySet<string>): Set<string> {
  const positions = new ListPositions(before);
  // Per gap between untouched nodes, in the new order: where each of its touched nodes stood before.
  const gaps = new Map<string, { id: string; old: number }[]>();
  for (const { node, index } of arrived) {
    const old = previous.listed.get(node.id);
    if (old === undefined) continue;
    const oldIndex = positions.last(old);
    const gap = untouchedBefore(after, index, touched);
    if (gap === untouchedBefore(before, oldIndex, touched)) appendTo(gaps, gap, { id: node.id, old: oldIndex });
  }
  const staying = new Set<string>();
  for (const members of gaps.values()) {
    if (members.every((m, i) => i === 0 || members[i - 1].old < m.old)) for (const m of members) staying.add(m.id);
  }
  return staying;
}

/**
 * The touched nodes of a top-level list and their places in it. The list is read from the first place where
 * it differs from the list before, or where a touched node stood before (`wasHere`, found by `oldIndex`), if
 * earlier: a list that only grew at its end, as the sources do, costs the nodes it gained.
 */
function touchedIn<T extends { id: string }>(before: readonly T[], after: readonly T[], touched: ReadonlySet<string>, wasHere: readonly string[], oldIndex: (id: string) => number): { node: T; index: number }[] {
  let from = 0;
  const common = Math.min(before.length, after.length);
  while (from < common && before[from] === after[from]) from++;
  for (const id of wasHere) from = Math.min(from, Math.max(0, oldIndex(id)));
  const found: { node: T; index: number }[] = [];
  for (let i = from; i < after.length; i++) if (touched.has(after[i].id)) found.push({ node: after[i], index: i });
  return found;
}

/**
 * The indexes of the version listed in `lists`, where only the nodes whose ids are in `touched` may differ from
 * `previous`, the indexes of the version before, whose lists were `before`.
 */
export function patchIndexes(previous: Indexes, before: Lists, lists: Lists, touched: ReadonlySet<string>): Indexes {
  const nodeChanges = new Map<string, OntologyNode | undefined>();
  const listedChanges = new Map<string, ListedNode | undefined>();
  const sourceChanges = new Map<string, ReadonlySet<string> | undefined>();
  // The touched nodes as they were.
  const was: { node: OntologyNode; sources: ReadonlySet<string> }[] = [];
  for (const id of touched) {
    nodeChanges.set(id, undefined);
    listedChanges.set(id, undefined);
    sourceChanges.set(id, undefined);
    const node = previous.nodesById.get(id);
    if (node) was.push({ node, sources: previous.sourcesOfNode.get(id) ?? NO_SOURCES });
  }
  const wasSource = was.filter((w) => w.node.type === 'Source').map((w) => w.node.id);
  const oldSource = (id: string) => before.sources.findIndex((s) => s.id === id);
  for (const { node } of touchedIn(before.sources, lists.sources, touched, wasSource, oldSource)) nodeChanges.set(node.id, { type: 'Source', ...node });
  const arrivedIn = new Map<ListName, Placed[]>();
  const sources = new Map<string, ReadonlySet<string>>();
  for (const list of LISTS) {
    const wasListed = was.filter((w) => w.node.type === TYPE_OF_LIST[list]).map((w) => w.node.id);
    const oldIndex = (id: string) => listOf(before, list).lastIndexOf(previous.listed.get(id)!);
    const arrived = touchedIn(listOf(before, list), listOf(lists, list), touched, wasListed, oldIndex);
    arrivedIn.set(list, arrived);
    for (const { node } of arrived) {
      sources.set(node.id, sourcesOf(node));
      nodeChanges.set(node.id, typed(list, node));
      listedChanges.set(node.id, node);
      sourceChanges.set(node.id, sources.get(node.id));
    }
  }
  const listed = previous.listed.with(listedChanges);
  const byNode = {} as Indexes['byNode'];
  const bySource = {} as Indexes['bySource'];
  for (const list of LISTS) {
    const type = TYPE_OF_LIST[list];
    const arrived = arrivedIn.get(list)!;
    const positions = new ListPositions(lists[list]);
    // An OntologyNode of the list's type has its relation fields.
    const old = was.filter((w) => w.node.type === type).map((w) => ({ node: w.node as ListedNode, sources: w.sources }));

    for (const name of NODE_RELATIONS) {
      const { list: listedIn, keysOf } = BY_NODE[name];
      if (listedIn !== list) continue;
      const arrivedUnder = new Map<string, Placed[]>();
      for (const placed of arrived) for (const key of keysOf(placed.node)) appendTo(arrivedUnder, key, placed);
      const keys = new Set(arrivedUnder.keys());
      for (const o of old) for (const key of keysOf(o.node)) keys.add(key);
      const entry: Entry<ListedNode> = { of: (n) => n, node: (n) => n, id: (n) => n.id };
      const changes = new Map<string, readonly ListedNode[] | undefined>();
      for (const key of keys) {
        const relisted = relist(previous.byNode[name].get(key) ?? [], touched, arrivedUnder.get(key) ?? [], positions, entry);
        changes.set(key, relisted.length > 0 ? relisted : undefined);
      }
      byNode[name] = previous.byNode[name].with(changes);
    }

    const name = SOURCE_RELATIONS.find((n) => BY_SOURCE[n] === list)!;
    const staying = inPlace(before[list], lists[list], previous, arrived, touched);
    // A node in place keeps its entry under the sources it had and still has: only those it gained or lost change.
    const keys = new Set<string>();
    // forEach: a much-reported node has thousands of sources, and a for-of would allocate a step for each.
    for (const o of old) {
      const now = staying.has(o.node.id) ? sources.get(o.node.id)! : NO_SOURCES;
      o.sources.forEach((key) => now.has(key) || keys.add(key));
    }
    for (const { node } of arrived) {
      const had = staying.has(node.id) ? previous.sourcesOfNode.get(node.id)! : NO_SOURCES;
      sources.get(node.id)!.forEach((key) => had.has(key) || keys.add(key));
    }
    const arrivedUnder = (key: string) => arrived.filter((p) => sources.get(p.node.id)!.has(key));
    const entry: Entry<string> = { of: (n) => n.id, node: (id) => listed.get(id)!, id: (id) => id };
    const changes = new Map<string, readonly string[] | undefined>();
    for (const key of keys) {
      const relisted = relist(previous.bySource[name].get(key) ?? [], touched, arrivedUnder(key), positions, entry);
      changes.set(key, relisted.length > 0 ? relisted : undefined);
    }
    bySource[name] = previous.bySource[name].with(changes);
  }
  return { nodesById: previous.nodesById.with(nodeChanges), listed, sourcesOfNode: previous.sourcesOfNode.with(sourceChanges), byNode, bySource };
}
