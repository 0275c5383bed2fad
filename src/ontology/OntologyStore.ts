import type {
  ActorNode,
  AgreementNode,
  DiscrepancyRecord,
  MeetingNode,
  Ontology,
  SourceRecord,
  StatementNode,
} from './types';

export type OntologyNode =
  | ({ type: 'Source' } & SourceRecord)
  | ({ type: 'Actor' } & ActorNode)
  | ({ type: 'Statement' } & StatementNode)
  | ({ type: 'Meeting' } & MeetingNode)
  | ({ type: 'Agreement' } & AgreementNode);

/** Appends `value` to the list stored under `key`, creating it on first use. */
export function push<V>(index: Map<string, V[]>, key: string, value: V): void {
  const list = index.get(key);
  if (list) list.push(value);
  else index.set(key, [value]);
}

const EMPTY: readonly never[] = Object.freeze([]);
const NO_SOURCES: ReadonlySet<string> = new Set();

/**
 * The ontology indexed by id and by every relation the API walks, built once per ontology version,
 * so that each field resolver is a map lookup rather than a scan. Views that only some requests need
 * (orderings, attribute indexes, the search index) are built on first use by `derived` and kept with the store.
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

  private readonly nodesById = new Map<string, OntologyNode>();
  private readonly statementsBySpeaker = new Map<string, StatementNode[]>();
  private readonly statementsByMeeting = new Map<string, StatementNode[]>();
  private readonly statementsBySource = new Map<string, StatementNode[]>();
  private readonly statementsAbout = new Map<string, StatementNode[]>();
  private readonly meetingsByParticipant = new Map<string, MeetingNode[]>();
  private readonly meetingsBySource = new Map<string, MeetingNode[]>();
  private readonly agreementsByParty = new Map<string, AgreementNode[]>();
  private readonly agreementsBySource = new Map<string, AgreementNode[]>();
  private readonly actorsBySource = new Map<string, ActorNode[]>();
  private readonly discrepanciesBySubject = new Map<string, DiscrepancyRecord[]>();
  private readonly sourcesOfNode = new Map<string, ReadonlySet<string>>();
  private readonly views = new Map<(store: OntologyStore) => unknown, unknown>();

  constructor(ontology: Ontology) {
    this.sources = ontology.sources;
    this.actors = ontology.actors;
    this.statements = ontology.statements;
    this.meetings = ontology.meetings;
    this.agreements = ontology.agreements;
    this.discrepancies = ontology.discrepancies;
    this.warnings = ontology.warnings;

    for (const s of ontology.sources) this.nodesById.set(s.id, { type: 'Source', ...s });
    for (const a of ontology.actors) {
      this.nodesById.set(a.id, { type: 'Actor', ...a });
      for (const sourceId of this.indexSources(a)) push(this.actorsBySource, sourceId, a);
    }
    for (const s of ontology.statements) {
      this.nodesById.set(s.id, { type: 'Statement', ...s });
      push(this.statementsBySpeaker, s.speakerId, s);
      if (s.meetingId) push(this.statementsByMeeting, s.meetingId, s);
      for (const about of s.aboutIds) push(this.statementsAbout, about, s);
      for (const sourceId of this.indexSources(s)) push(this.statementsBySource, sourceId, s);
    }
    for (const m of ontology.meetings) {
      this.nodesById.set(m.id, { type: 'Meeting', ...m });
      for (const p of m.participantIds) push(this.meetingsByParticipant, p, m);
      for (const sourceId of this.indexSources(m)) push(this.meetingsBySource, sourceId, m);
    }
    for (const g of ontology.agreements) {
      this.nodesById.set(g.id, { type: 'Agreement', ...g });
      for (const p of g.partyIds) push(this.agreementsByParty, p, g);
      for (const sourceId of this.indexSources(g)) push(this.agreementsBySource, sourceId, g);
    }
    for (const d of ontology.discrepancies) push(this.discrepanciesBySubject, d.subjectId, d);
  }

  private indexSources(node: { id: string; reports: { sourceId: string }[] }): ReadonlySet<string> {
    const sources = new Set(node.reports.map((r) => r.sourceId));
    this.sourcesOfNode.set(node.id, sources);
    return sources;
  }

  /**
   * A view of this ontology version computed by `build` on first use and kept for the life of the store,
   * e.g. an ordering or the search index. `build` must be a module-level function: it is the cache key.
   */
  derived<T>(build: (store: OntologyStore) => T): T {
    if (!this.views.has(build)) this.views.set(build, build(this));
    return this.views.get(build) as T;
  }

  /** The distinct sources among the reports of the node with `id`. */
  sourceIdsOf(nodeId: string): ReadonlySet<string> {
    return this.sourcesOfNode.get(nodeId) ?? NO_SOURCES;
  }

  node(id: string): OntologyNode | undefined {
    return this.nodesById.get(id);
  }

  source(id: string): SourceRecord | undefined {
    const n = this.nodesById.get(id);
    return n?.type === 'Source' ? n : undefined;
  }
  actor(id: string): ActorNode | undefined {
    const n = this.nodesById.get(id);
    return n?.type === 'Actor' ? n : undefined;
  }
  statement(id: string): StatementNode | undefined {
    const n = this.nodesById.get(id);
    return n?.type === 'Statement' ? n : undefined;
  }
  meeting(id: string): MeetingNode | undefined {
    const n = this.nodesById.get(id);
    return n?.type === 'Meeting' ? n : undefined;
  }
  agreement(id: string): AgreementNode | undefined {
    const n = this.nodesById.get(id);
    return n?.type === 'Agreement' ? n : undefined;
  }

  statementsOfSpeaker(actorId: string): readonly StatementNode[] {
    return this.statementsBySpeaker.get(actorId) ?? EMPTY;
  }
  statementsOfMeeting(meetingId: string): readonly StatementNode[] {
    return this.statementsByMeeting.get(meetingId) ?? EMPTY;
  }
  statementsInSource(sourceId: string): readonly StatementNode[] {
    return this.statementsBySource.get(sourceId) ?? EMPTY;
  }
  statementsAboutActor(actorId: string): readonly StatementNode[] {
    return this.statementsAbout.get(actorId) ?? EMPTY;
  }
  meetingsOfParticipant(actorId: string): readonly MeetingNode[] {
    return this.meetingsByParticipant.get(actorId) ?? EMPTY;
  }
  meetingsInSource(sourceId: string): readonly MeetingNode[] {
    return this.meetingsBySource.get(sourceId) ?? EMPTY;
  }
  agreementsOfParty(actorId: string): readonly AgreementNode[] {
    return this.agreementsByParty.get(actorId) ?? EMPTY;
  }
  agreementsInSource(sourceId: string): readonly AgreementNode[] {
    return this.agreementsBySource.get(sourceId) ?? EMPTY;
  }
  actorsInSource(sourceId: string): readonly ActorNode[] {
    return this.actorsBySource.get(sourceId) ?? EMPTY;
  }
  discrepanciesOf(subjectId: string): readonly DiscrepancyRecord[] {
    return this.discrepanciesBySubject.get(subjectId) ?? EMPTY;
  }
}
