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

export type OntologyNode =
  | ({ type: 'Source' } & SourceRecord)
  | ({ type: 'Actor' } & ActorNode)
  | ({ type: 'Statement' } & StatementNode)
  | ({ type: 'Meeting' } & MeetingNode)
  | ({ type: 'Agreement' } & AgreementNode);


/** The ids a patch re-indexes, and the keys of each index whose lists it rebuilds. */
interface Keys {
  ids: ReadonlySet<string>;
  statementsBySpeaker: Set<string>;
  statementsByMeeting: Set<string>;
  statementsAbout: Set<string>;
  statementsBySource: Set<string>;
  meetingsByParticipant: Set<string>;
  meetingsBySource: Set<string>;
  agreementsByParty: Set<string>;
  agreementsBySource: Set<string>;
  actorsBySource: Set<string>;
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

  /**
   * Indexes `ontology`. With `previous`, the store of the version before, only the nodes whose ids are in
   * `touched` may differ (added, changed or gone); their entries are patched into copies of its indexes,
   * which gives the same store as indexing everything, in a fraction of the time on a large ontology.
   */
  constructor(ontology: Ontology, previous?: { store: OntologyStore; touched: ReadonlySet<string> }) {
    this.sources = ontology.sources;
    this.actors = ontology.actors;
    this.statements = ontology.statements;
    this.meetings = ontology.meetings;
    this.agreements = ontology.agreements;
    this.discrepancies = ontology.discrepancies;
    this.warnings = ontology.warnings;
    if (previous) this.patch(previous.store, previous.touched);
    else this.indexAll();
    for (const d of ontology.discrepancies) appendTo(this.discrepanciesBySubject, d.subjectId, d);
  }

  private indexAll(): void {
    for (const s of this.sources) this.nodesById.set(s.id, { type: 'Source', ...s });
    for (const a of this.actors) this.indexActor(a);
    for (const s of this.statements) this.indexStatement(s, undefined);
    for (const m of this.meetings) this.indexMeeting(m, undefined);
    for (const g of this.agreements) this.indexAgreement(g, undefined);
  }

  private indexActor(a: ActorNode, keys?: Keys): void {
    this.nodesById.set(a.id, { type: 'Actor', ...a });
    for (const sourceId of this.indexSources(a)) if (!keys || keys.actorsBySource.has(sourceId)) appendTo(this.actorsBySource, sourceId, a);
  }

  private indexStatement(s: StatementNode, keys: Keys | undefined): void {
    if (!keys || keys.ids.has(s.id)) this.nodesById.set(s.id, { type: 'Statement', ...s });
    const sources = keys && !keys.ids.has(s.id) ? this.sourceIdsOf(s.id) : this.indexSources(s);
    if (!keys || keys.statementsBySpeaker.has(s.speakerId)) appendTo(this.statementsBySpeaker, s.speakerId, s);
    if (s.meetingId && (!keys || keys.statementsByMeeting.has(s.meetingId))) appendTo(this.statementsByMeeting, s.meetingId, s);
    for (const about of s.aboutIds) if (!keys || keys.statementsAbout.has(about)) appendTo(this.statementsAbout, about, s);
    for (const sourceId of sources) if (!keys || keys.statementsBySource.has(sourceId)) appendTo(this.statementsBySource, sourceId, s);
  }

  private indexMeeting(m: MeetingNode, keys: Keys | undefined): void {
    if (!keys || keys.ids.has(m.id)) this.nodesById.set(m.id, { type: 'Meeting', ...m });
    const sources = keys && !keys.ids.has(m.id) ? this.sourceIdsOf(m.id) : this.indexSources(m);
    for (const p of m.participantIds) if (!keys || keys.meetingsByParticipant.has(p)) appendTo(this.meetingsByParticipant, p, m);
    for (const sourceId of sources) if (!keys || keys.meetingsBySource.has(sourceId)) appendTo(this.meetingsBySource, sourceId, m);
  }

  private indexAgreement(g: AgreementNode, keys: Keys | undefined): void {
    if (!keys || keys.ids.has(g.id)) this.nodesById.set(g.id, { type: 'Agreement', ...g });
    const sources = keys && !keys.ids.has(g.id) ? this.sourceIdsOf(g.id) : this.indexSources(g);
    for (const p of g.partyIds) if (!keys || keys.agreementsByParty.has(p)) appendTo(this.agreementsByParty, p, g);
    for (const sourceId of sources) if (!keys || keys.agreementsBySource.has(sourceId)) appendTo(this.agreementsBySource, sourceId, g);
  }

  /**
   * Copies `previous`'s indexes and re-lists, in list order, every index entry (key) a touched node had or
   * has; the lists under other keys are shared with `previous`, as their nodes are the same.
   */
  private patch(previous: OntologyStore, touched: ReadonlySet<string>): void {
    const keys: Keys = {
      ids: new Set(touched),
      statementsBySpeaker: new Set(),
      statementsByMeeting: new Set(),
      statementsAbout: new Set(),
      statementsBySource: new Set(),
      meetingsByParticipant: new Set(),
      meetingsBySource: new Set(),
      agreementsByParty: new Set(),
      agreementsBySource: new Set(),
      actorsBySource: new Set(),
    };
    const noteKeys = (node: OntologyNode | undefined, sources: ReadonlySet<string>) => {
      if (!node) return;
      const add = (set: Set<string>, values: Iterable<string | undefined>) => {
        for (const v of values) if (v !== undefined) set.add(v);
      };
      if (node.type === 'Statement') {
        add(keys.statementsBySpeaker, [node.speakerId]);
        add(keys.statementsByMeeting, [node.meetingId]);
        add(keys.statementsAbout, node.aboutIds);
        add(keys.statementsBySource, sources);
      } else if (node.type === 'Meeting') {
        add(keys.meetingsByParticipant, node.participantIds);
        add(keys.meetingsBySource, sources);
      } else if (node.type === 'Agreement') {
        add(keys.agreementsByParty, node.partyIds);
        add(keys.agreementsBySource, sources);
      } else if (node.type === 'Actor') {
        add(keys.actorsBySource, sources);
      }
    };
    for (const id of touched) noteKeys(previous.node(id), previous.sourceIdsOf(id));
    for (const [key, value] of previous.nodesById) if (!touched.has(key)) this.nodesById.set(key, value);
    for (const [key, value] of previous.sourcesOfNode) if (!touched.has(key)) this.sourcesOfNode.set(key, value);
    for (const s of this.sources) if (touched.has(s.id)) this.nodesById.set(s.id, { type: 'Source', ...s });
    const lists = [this.actors, this.statements, this.meetings, this.agreements] as const;
    for (const list of lists) {
      for (const node of list) {
        if (!touched.has(node.id)) continue;
        const sources = new Set(node.reports.map((r) => r.sourceId));
        // Typed by where it is listed; noteKeys only reads the relation fields.
        const type = list === this.actors ? 'Actor' : list === this.statements ? 'Statement' : list === this.meetings ? 'Meeting' : 'Agreement';
        noteKeys({ type, ...node } as OntologyNode, sources);
      }
    }
    const copyExcept = <V>(from: Map<string, V[]>, to: Map<string, V[]>, except: Set<string>) => {
      for (const [key, value] of from) if (!except.has(key)) to.set(key, value);
    };
    copyExcept(previous.statementsBySpeaker, this.statementsBySpeaker, keys.statementsBySpeaker);
    copyExcept(previous.statementsByMeeting, this.statementsByMeeting, keys.statementsByMeeting);
    copyExcept(previous.statementsAbout, this.statementsAbout, keys.statementsAbout);
    copyExcept(previous.statementsBySource, this.statementsBySource, keys.statementsBySource);
    copyExcept(previous.meetingsByParticipant, this.meetingsByParticipant, keys.meetingsByParticipant);
    copyExcept(previous.meetingsBySource, this.meetingsBySource, keys.meetingsBySource);
    copyExcept(previous.agreementsByParty, this.agreementsByParty, keys.agreementsByParty);
    copyExcept(previous.agreementsBySource, this.agreementsBySource, keys.agreementsBySource);
    copyExcept(previous.actorsBySource, this.actorsBySource, keys.actorsBySource);
    for (const a of this.actors) {
      if (touched.has(a.id)) this.indexActor(a, keys);
      else for (const sourceId of this.sourceIdsOf(a.id)) if (keys.actorsBySource.has(sourceId)) appendTo(this.actorsBySource, sourceId, a);
    }
    for (const s of this.statements) this.indexStatement(s, keys);
    for (const m of this.meetings) this.indexMeeting(m, keys);
    for (const g of this.agreements) this.indexAgreement(g, keys);
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
