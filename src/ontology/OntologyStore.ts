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
import { indexAll, patchIndexes, type Indexes, type ListedNode, type NodeRelation, type OntologyNode, type SourceRelation } from './storeIndexes';

export type { OntologyNode };

const EMPTY: readonly never[] = Object.freeze([]);
const NO_SOURCES: ReadonlySet<string> = new Set();

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
  private readonly discrepanciesBySubject: ReadonlyMap<string, readonly DiscrepancyRecord[]>;
  private readonly views = new Map<(store: OntologyStore) => unknown, unknown>();
  /** The lists of ids by source, resolved to nodes on first read (per ids list, which versions share). */
  private readonly resolved = new WeakMap<readonly string[], readonly ListedNode[]>();

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
    this.indexes = previous ? patchIndexes(previous.store.indexes, previous.store, this, previous.touched) : indexAll(this);
    // Few (a few per hundred nodes), and the merge does not say which of them changed: indexed whole when the
    // list is not the one before.
    if (previous?.store.discrepancies === ontology.discrepancies) this.discrepanciesBySubject = previous.store.discrepanciesBySubject;
    else {
      const bySubject = new Map<string, DiscrepancyRecord[]>();
      for (const d of ontology.discrepancies) appendTo(bySubject, d.subjectId, d);
      this.discrepanciesBySubject = bySubject;
    }
  }

  /**
   * A view of this ontology version computed by `build` on first use and kept for the life of the store,
   * e.g. an ordering or the search index. `build` must be a module-level function: it is the cache key.
   */
  derived<T>(build: (store: OntologyStore) => T): T {
    if (!this.views.has(build)) this.views.set(build, build(this));
    return this.views.get(build) as T;
  }

  private listedUnder<N extends ListedNode>(relation: NodeRelation, key: string): readonly N[] {
    return (this.indexes.byNode[relation].get(key) ?? EMPTY) as readonly N[];
  }

  private inSource<N extends ListedNode>(relation: SourceRelation, sourceId: string): readonly N[] {
    const ids = this.indexes.bySource[relation].get(sourceId);
    if (ids === undefined) return EMPTY;
    let nodes = this.resolved.get(ids);
    if (nodes === undefined) this.resolved.set(ids, (nodes = ids.map((id) => this.indexes.listed.get(id)!)));
    return nodes as readonly N[];
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
    return this.listedUnder<StatementNode>('statementsBySpeaker', actorId);
  }
  statementsOfMeeting(meetingId: string): readonly StatementNode[] {
    return this.listedUnder<StatementNode>('statementsByMeeting', meetingId);
  }
  statementsInSource(sourceId: string): readonly StatementNode[] {
    return this.inSource<StatementNode>('statementsBySource', sourceId);
  }
  statementsAboutActor(actorId: string): readonly StatementNode[] {
    return this.listedUnder<StatementNode>('statementsAbout', actorId);
  }
  meetingsOfParticipant(actorId: string): readonly MeetingNode[] {
    return this.listedUnder<MeetingNode>('meetingsByParticipant', actorId);
  }
  meetingsInSource(sourceId: string): readonly MeetingNode[] {
    return this.inSource<MeetingNode>('meetingsBySource', sourceId);
  }
  agreementsOfParty(actorId: string): readonly AgreementNode[] {
    return this.listedUnder<AgreementNode>('agreementsByParty', actorId);
  }
  agreementsInSource(sourceId: string): readonly AgreementNode[] {
    return this.inSource<AgreementNode>('agreementsBySource', sourceId);
  }
  actorsInSource(sourceId: string): readonly ActorNode[] {
    return this.inSource<ActorNode>('actorsBySource', sourceId);
  }
  discrepanciesOf(subjectId: string): readonly DiscrepancyRecord[] {
    return this.discrepanciesBySubject.get(subjectId) ?? EMPTY;
  }
}
