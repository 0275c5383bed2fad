import type {
  ActorNode,
  AgreementNode,
  DiscrepancyRecord,
  MeetingNode,
  Ontology,
  SourceRecord,
  StatementNode,
} from './types';
import { appendTo } from '../listIndex';
import { OverlayMap } from './OverlayMap';

export type OntologyNode =
  | ({ type: 'Source' } & SourceRecord)
  | ({ type: 'Actor' } & ActorNode)
  | ({ type: 'Statement' } & StatementNode)
  | ({ type: 'Meeting' } & MeetingNode)
  | ({ type: 'Agreement' } & AgreementNode);


type ListName = 'actors' | 'statements' | 'meetings' | 'agreements';
type ListedNode = ActorNode | StatementNode | MeetingNode | AgreementNode;

const TYPE_OF_LIST = { actors: 'Actor', statements: 'Statement', meetings: 'Meeting', agreements: 'Agreement' } as const;
const LISTS = Object.keys(TYPE_OF_LIST) as ListName[];

/** A relation index: the nodes of one top-level list under each key they name (with repeats), in list order. */
interface Relation<N extends ListedNode> {
  list: ListName;
  keysOf: (node: N, sources: ReadonlySet<string>) => Iterable<string>;
}

const relation = <N extends ListedNode>(list: ListName, keysOf: Relation<N>['keysOf']) => ({ list, keysOf }) as Relation<ListedNode>;
const ofSources = (_node: ListedNode, sources: ReadonlySet<string>) => sources;

const RELATIONS = {
  statementsBySpeaker: relation<StatementNode>('statements', (s) => [s.speakerId]),
  statementsByMeeting: relation<StatementNode>('statements', (s) => (s.meetingId ? [s.meetingId] : [])),
  statementsAbout: relation<StatementNode>('statements', (s) => s.aboutIds),
  statementsBySource: relation('statements', ofSources),
  meetingsByParticipant: relation<MeetingNode>('meetings', (m) => m.participantIds),
  meetingsBySource: relation('meetings', ofSources),
  agreementsByParty: relation<AgreementNode>('agreements', (g) => g.partyIds),
  agreementsBySource: relation('agreements', ofSources),
  actorsBySource: relation('actors', ofSources),
};
type RelationName = keyof typeof RELATIONS;
const RELATION_NAMES = Object.keys(RELATIONS) as RelationName[];

/** Shared with the versions before and after: a version adds a layer of its own changes (see OverlayMap). */
interface Indexes {
  nodesById: OverlayMap<string, OntologyNode>;
  sourcesOfNode: OverlayMap<string, ReadonlySet<string>>;
  relations: Record<RelationName, OverlayMap<string, readonly ListedNode[]>>;
}

const EMPTY: readonly never[] = Object.freeze([]);
const NO_SOURCES: ReadonlySet<string> = new Set();

const sourcesOf = (node: ListedNode): ReadonlySet<string> => new Set(node.reports.map((r) => r.sourceId));

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

/**
 * The list under one key of a relation in the new version: the nodes that were under it and were not touched,
 * whose order among themselves is unchanged (they are the same nodes), interleaved by list position with the
 * touched nodes now under it.
 */
function relist(kept: readonly ListedNode[], touched: ReadonlySet<string>, arrived: readonly Placed[], positions: ListPositions): readonly ListedNode[] {
  const staying = kept.filter((n) => !touched.has(n.id));
  if (arrived.length === 0) return staying;
  if (staying.length === 0 || positions.last(staying[staying.length - 1]) < arrived[0].index) return staying.concat(arrived.map((a) => a.node));
  const out: ListedNode[] = [];
  let next = 0;
  let from = 0;
  let previous: ListedNode | undefined;
  for (const node of staying) {
    // A node listed twice under one key (a repeated id in aboutIds, say) sits twice in a row.
    if (next < arrived.length && node !== previous) {
      const index = positions.after(node, from);
      while (next < arrived.length && arrived[next].index < index) out.push(arrived[next++].node);
      from = index + 1;
    }
    out.push(node);
    previous = node;
  }
  while (next < arrived.length) out.push(arrived[next++].node);
  return out;
}

/**
 * The ontology indexed by id and by every relation the API walks, so that each field resolver is a map lookup
 * rather than a scan. Views that only some requests need (orderings, attribute indexes, the search index) are
 * built on first use by `derived` and kept with the store.
 */
export class OntologyStore {
  private static versions = 0;
  /**
   * Distinct for every store built in this process, increasing: the ontology version a cached response was
   * computed on. A live ontology swaps in a new store per addition, so its version changes with every article.
   */
  readonly version = ++OntologyStore.versions;
  readonly sources: readonly SourceRecord[];
  readonly actors: readonly ActorNode[];
  readonly statements: readonly StatementNode[];
  readonly meetings: readonly MeetingNode[];
  readonly agreements: readonly AgreementNode[];
  readonly discrepancies: readonly DiscrepancyRecord[];
  readonly warnings: Ontology['warnings'];

  private readonly indexes: Indexes;
  private readonly discrepanciesBySubject = new Map<string, DiscrepancyRecord[]>();
  private readonly views = new Map<(store: OntologyStore) => unknown, unknown>();

  /**
   * Indexes `ontology`. With `previous`, the store of the version before, only the nodes whose ids are in
   * `touched` may differ (added, changed or gone); their entries are patched over its indexes, which gives the
   * same store as indexing everything, at a cost that follows the change rather than the size of the ontology.
   */
  constructor(ontology: Ontology, previous?: { store: OntologyStore; touched: ReadonlySet<string> }) {
    this.sources = ontology.sources;
    this.actors = ontology.actors;
    this.statements = ontology.statements;
    this.meetings = ontology.meetings;
    this.agreements = ontology.agreements;
    this.discrepancies = ontology.discrepancies;
    this.warnings = ontology.warnings;
    this.indexes = previous ? this.patch(previous.store.indexes, previous.touched) : this.indexAll();
    // Small (a few per hundred nodes), and the merge does not say which of them changed: indexed whole.
    for (const d of ontology.discrepancies) appendTo(this.discrepanciesBySubject, d.subjectId, d);
  }

  private indexAll(): Indexes {
    const nodesById = new Map<string, OntologyNode>();
    const sourcesOfNode = new Map<string, ReadonlySet<string>>();
    const relations = new Map<RelationName, Map<string, ListedNode[]>>();
    for (const s of this.sources) nodesById.set(s.id, { type: 'Source', ...s });
    for (const list of LISTS) {
      const own = RELATION_NAMES.filter((name) => RELATIONS[name].list === list);
      for (const name of own) relations.set(name, new Map());
      for (const node of this.listOf(list)) {
        const sources = sourcesOf(node);
        nodesById.set(node.id, { type: TYPE_OF_LIST[list], ...node } as OntologyNode);
        sourcesOfNode.set(node.id, sources);
        for (const name of own) for (const key of RELATIONS[name].keysOf(node, sources)) appendTo(relations.get(name)!, key, node);
      }
    }
    return {
      nodesById: OverlayMap.of(nodesById),
      sourcesOfNode: OverlayMap.of(sourcesOfNode),
      relations: Object.fromEntries([...relations].map(([name, map]) => [name, OverlayMap.of<string, readonly ListedNode[]>(map)])) as Indexes['relations'],
    };
  }

  /**
   * `previous`'s indexes with the entries of the touched nodes replaced, and, in each relation, the lists under
   * every key a touched node had or has listed again; the rest is shared with `previous`, whose nodes they are.
   */
  private patch(previous: Indexes, touched: ReadonlySet<string>): Indexes {
    const nodeChanges = new Map<string, OntologyNode | undefined>();
    const sourceChanges = new Map<string, ReadonlySet<string> | undefined>();
    const before: { node: OntologyNode; sources: ReadonlySet<string> }[] = [];
    for (const id of touched) {
      nodeChanges.set(id, undefined);
      sourceChanges.set(id, undefined);
      const node = previous.nodesById.get(id);
      if (node) before.push({ node, sources: previous.sourcesOfNode.get(id) ?? NO_SOURCES });
    }
    for (const s of this.sources) if (touched.has(s.id)) nodeChanges.set(s.id, { type: 'Source', ...s });
    const relations = {} as Indexes['relations'];
    for (const list of LISTS) {
      const type = TYPE_OF_LIST[list];
      const nodes = this.listOf(list);
      const arrived: Placed[] = [];
      nodes.forEach((node, index) => {
        if (touched.has(node.id)) arrived.push({ node, index });
      });
      const sources = new Map(arrived.map(({ node }) => [node.id, sourcesOf(node)]));
      for (const { node } of arrived) {
        nodeChanges.set(node.id, { type, ...node } as OntologyNode);
        sourceChanges.set(node.id, sources.get(node.id));
      }
      const positions = new ListPositions(nodes);
      for (const name of RELATION_NAMES) {
        const { list: listed, keysOf } = RELATIONS[name];
        if (listed !== list) continue;
        const keys = new Set<string>();
        // An OntologyNode of the list's type carries that node's relation fields.
        for (const old of before) if (old.node.type === type) for (const key of keysOf(old.node as ListedNode, old.sources)) keys.add(key);
        const arrivedUnder = new Map<string, Placed[]>();
        for (const placed of arrived) for (const key of keysOf(placed.node, sources.get(placed.node.id)!)) appendTo(arrivedUnder, key, placed);
        for (const key of arrivedUnder.keys()) keys.add(key);
        const changes = new Map<string, readonly ListedNode[] | undefined>();
        for (const key of keys) {
          const relisted = relist(previous.relations[name].get(key) ?? EMPTY, touched, arrivedUnder.get(key) ?? [], positions);
          changes.set(key, relisted.length > 0 ? relisted : undefined);
        }
        relations[name] = previous.relations[name].with(changes);
      }
    }
    return { nodesById: previous.nodesById.with(nodeChanges), sourcesOfNode: previous.sourcesOfNode.with(sourceChanges), relations };
  }

  private listOf(list: ListName): readonly ListedNode[] {
    return this[list];
  }

  /**
   * A view of this ontology version computed by `build` on first use and kept for the life of the store,
   * e.g. an ordering or the search index. `build` must be a module-level function: it is the cache key.
   */
  derived<T>(build: (store: OntologyStore) => T): T {
    if (!this.views.has(build)) this.views.set(build, build(this));
    return this.views.get(build) as T;
  }

  private listed<N extends ListedNode>(relation: RelationName, key: string): readonly N[] {
    return (this.indexes.relations[relation].get(key) ?? EMPTY) as readonly N[];
  }

  /** The distinct sources among the reports of the node with `id`. */
  sourceIdsOf(nodeId: string): ReadonlySet<string> {
    return this.indexes.sourcesOfNode.get(nodeId) ?? NO_SOURCES;
  }

  node(id: string): OntologyNode | undefined {
    return this.indexes.nodesById.get(id);
  }

  source(id: string): SourceRecord | undefined {
    const n = this.indexes.nodesById.get(id);
    return n?.type === 'Source' ? n : undefined;
  }
  actor(id: string): ActorNode | undefined {
    const n = this.indexes.nodesById.get(id);
    return n?.type === 'Actor' ? n : undefined;
  }
  statement(id: string): StatementNode | undefined {
    const n = this.indexes.nodesById.get(id);
    return n?.type === 'Statement' ? n : undefined;
  }
  meeting(id: string): MeetingNode | undefined {
    const n = this.indexes.nodesById.get(id);
    return n?.type === 'Meeting' ? n : undefined;
  }
  agreement(id: string): AgreementNode | undefined {
    const n = this.indexes.nodesById.get(id);
    return n?.type === 'Agreement' ? n : undefined;
  }

  statementsOfSpeaker(actorId: string): readonly StatementNode[] {
    return this.listed<StatementNode>('statementsBySpeaker', actorId);
  }
  statementsOfMeeting(meetingId: string): readonly StatementNode[] {
    return this.listed<StatementNode>('statementsByMeeting', meetingId);
  }
  statementsInSource(sourceId: string): readonly StatementNode[] {
    return this.listed<StatementNode>('statementsBySource', sourceId);
  }
  statementsAboutActor(actorId: string): readonly StatementNode[] {
    return this.listed<StatementNode>('statementsAbout', actorId);
  }
  meetingsOfParticipant(actorId: string): readonly MeetingNode[] {
    return this.listed<MeetingNode>('meetingsByParticipant', actorId);
  }
  meetingsInSource(sourceId: string): readonly MeetingNode[] {
    return this.listed<MeetingNode>('meetingsBySource', sourceId);
  }
  agreementsOfParty(actorId: string): readonly AgreementNode[] {
    return this.listed<AgreementNode>('agreementsByParty', actorId);
  }
  agreementsInSource(sourceId: string): readonly AgreementNode[] {
    return this.listed<AgreementNode>('agreementsBySource', sourceId);
  }
  actorsInSource(sourceId: string): readonly ActorNode[] {
    return this.listed<ActorNode>('actorsBySource', sourceId);
  }
  discrepanciesOf(subjectId: string): readonly DiscrepancyRecord[] {
    return this.discrepanciesBySubject.get(subjectId) ?? EMPTY;
  }
}
