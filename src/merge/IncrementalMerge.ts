import type { ArticleExtraction, ExtractedStatement } from '../extract/types';
import type { ActorNode, AgreementNode, DiscrepancyRecord, MeetingNode, Ontology, SourceRecord, StatementNode } from '../ontology/types';
import { factDiscrepancy, factsIn, numbersInNode, quantityDiscrepancy, titleDiscrepancy, titlesIn, type SourcedTitle, type SourcedValue } from './findDiscrepancies';
import { actorIdOf } from './mergeActors';
import { agreementBaseId, agreementBlockKey, agreementNode, agreementOccurrences, closeInTime, sameAgreement, type AgreementOccurrence } from './mergeAgreements';
import { meetingOccurrences, mergeMeetings, participantsKey, type MeetingOccurrence } from './mergeMeetings';
import { siblingRootsOf, statementBaseId, statementNode, type StatementOccurrence } from './mergeStatements';
import { groupSiblingRemarks, siblingComponent } from './siblingRemarks';
import { PublishedClusters } from './PublishedClusters';
import { reportOf, sortReports, withReports } from './reports';
import { CohesiveSets } from './CohesiveSets';
import { passageKey, remarksOf } from './remarks';
import { StatementClusters } from './StatementClusters';
import { UnionFind } from './UnionFind';
import { appendTo, partitionPoint } from '../listIndex';

/*
 * The cross-source merge, kept up to date one article at a time. `mergeExtractions` over all extractions
 * rebuilds every index and node; this keeps the indexes (the actor map, the per-speaker word indexes and
 * union-find of statements, the participant keys of meetings, the kind/scope/party blocks and union-find of
 * agreements, the inputs of each discrepancy) and, for a new article, touches only what that article can
 * change, with the same pairwise tests. The result equals `mergeExtractions` over all extractions so far
 * (tests/merge/incrementalMerge.test.ts adds the annotated corpora one article at a time to prove it).
 */

/** `localeCompare` without a locale, as the full merge sorts, but without building a collator per call. */
const collate = new Intl.Collator().compare;

const compareMeetings = (a: MeetingNode, b: MeetingNode) => collate(a.date ?? '9999', b.date ?? '9999') || collate(a.id, b.id);

interface ActorState {
  name: string;
  kind: ActorNode['kind'];
  aliases: string[];
  titles: string[];
  affiliationKey?: string;
  reports: ActorNode['reports'];
}

/** A union-find cluster and its node, rebuilt only when its members or their links change. */
interface Cluster<N> {
  members: number[];
  baseId: string;
  node?: N;
}

/** What one call of `add` changed, by node id: for the store and the ingestion diff. */
export interface MergeChanges {
  /** Ids whose node is new, rebuilt or gone (a superset of what differs; identical rebuilds are possible). */
  touched: Set<string>;
}

export class IncrementalMerge {
  private readonly sources: SourceRecord[] = [];
  private readonly warnings: Ontology['warnings'];
  private readonly bySource = new Map<string, ArticleExtraction>();

  // Actors: the first telling fixes name, kind and affiliation; aliases, titles and reports accumulate.
  private readonly actorStates = new Map<string, ActorState>();
  private readonly actorNodes = new Map<string, ActorNode>();
  /** How many of each actor's reports its published node has: the rest are placed into them, not sorted again. */
  private readonly reportsPublished = new Map<string, number>();
  private readonly wantAffiliation = new Map<string, string[]>();
  private actorList: ActorNode[] = [];
  private readonly countryNames = new Set<string>();

  // Meetings, by set of participants: a new telling can only regroup the meetings of its own participants.
  private readonly meetingsByWho = new Map<string, MeetingOccurrence[]>();
  private readonly meetingsOfWho = new Map<string, MeetingNode[]>();
  private readonly meetingIdOf = new Map<string, string>();
  private readonly durations = new Map<string, SourcedValue[]>();
  private readonly whoByPlace = new Map<string, Set<string>>();
  private readonly whoByParticipant = new Map<string, Set<string>>();
  private meetingList: MeetingNode[] = [];

  /** Ids of the nodes of clusters merged into others since the last publish. */
  private readonly goneNodes: string[] = [];

  // Statements: occurrences in input order, clustered per speaker through word indexes.
  private readonly statements: StatementOccurrence[] = [];
  private readonly statementSets = new UnionFind(0);
  private readonly statementClusters = new Map<number, Cluster<StatementNode>>();
  private readonly cohesiveStatements = new CohesiveSets({ find: (i) => this.statementSets.find(i), union: (a, b) => this.unionStatements(a, b) });
  private readonly sameStatements = new StatementClusters(this.cohesiveStatements);
  /** "source:<id>#<meeting index>" → the statement occurrences linked to that meeting telling. */
  private readonly statementsOfMeeting = new Map<string, number[]>();
  /** The remark occurrences of each told statement. */
  private readonly siblings = new Map<ExtractedStatement, number[]>();
  /** Statements: groups of remark clusters (siblingRemarks.ts), keyed by their lowest root. */
  private readonly statementGroups = new Map<number, Cluster<StatementNode>>();
  private readonly groupOfRoot = new Map<number, number>();
  private statementRoots: number[] = [];
  private statementList: StatementNode[] = [];
  private readonly statementNodes = new PublishedClusters<StatementNode>('x');

  // Agreements: occurrences in input order, compared within kind|scope|party blocks.
  private readonly agreements: AgreementOccurrence[] = [];
  private readonly agreementSets = new UnionFind(0);
  private readonly agreementClusters = new Map<number, Cluster<AgreementNode>>();
  private readonly blocks = new Map<string, number[]>();
  private readonly agreementRootsByParty = new Map<string, Set<number>>();
  private agreementList: AgreementNode[] = [];
  private readonly agreementNodes = new PublishedClusters<AgreementNode>('-2');

  // Discrepancies, each computed from its own inputs and kept until they change.
  private readonly facts = new Map<string, SourcedValue[]>();
  private readonly titlesOf = new Map<string, SourcedTitle[]>();
  private readonly discrepancyBuckets = new Map<string, DiscrepancyRecord[]>();
  private discrepancyList: DiscrepancyRecord[] = [];

  constructor(warnings: Ontology['warnings'] = []) {
    this.warnings = [...warnings];
  }

  /** Merges the extractions in order: the same as `add` for each, but it builds the node lists once. */
  static of(extractions: readonly ArticleExtraction[], sources: readonly SourceRecord[], warnings: Ontology['warnings']): IncrementalMerge {
    const merge = new IncrementalMerge(warnings);
    extractions.forEach((e, i) => merge.apply(e, sources[i]));
    merge.publish(new Set());
    return merge;
  }

  /** Merges one more article's extraction; returns the ids of the nodes it added, rebuilt or removed. */
  add(extraction: ArticleExtraction, source: SourceRecord): MergeChanges {
    const touched = new Set<string>([source.id]);
    this.apply(extraction, source);
    this.publish(touched);
    return { touched };
  }

  /** The current ontology: new arrays, sharing every node object the last addition did not change. */
  ontology(): Ontology {
    return {
      sources: [...this.sources],
      actors: this.actorList,
      statements: this.statementList,
      meetings: this.meetingList,
      agreements: this.agreementList,
      discrepancies: this.discrepancyList,
      warnings: [...this.warnings],
    };
  }

  // Dirty sets, filled by `apply` and emptied by `publish`.
  private readonly dirtyActors = new Set<string>();
  private newActors = false;
  private readonly dirtyWho = new Set<string>();
  private readonly dirtyStatementRoots = new Set<number>();
  private readonly goneStatementRoots = new Set<number>();
  private readonly dirtyAgreementRoots = new Set<number>();
  private readonly goneAgreementRoots = new Set<number>();
  private readonly dirtyFacts = new Set<string>();
  private readonly dirtyTitles = new Set<string>();

  private apply(e: ArticleExtraction, source: SourceRecord): void {
    const sourceId = `source:${e.article.id}`;
    this.sources.push(source);
    this.bySource.set(sourceId, e);
    this.applyActors(e, sourceId);
    for (const o of meetingOccurrences([e])) {
      const who = participantsKey(o.meeting);
      appendTo(this.meetingsByWho, who, o);
      this.dirtyWho.add(who);
      if (o.meeting.place) addTo(this.whoByPlace, o.meeting.place, who);
      for (const k of o.meeting.participantKeys) addTo(this.whoByParticipant, k, who);
    }
    this.applyStatements(e, sourceId);
    for (const o of agreementOccurrences([e])) this.applyAgreement(o);
    for (const [key, value] of factsIn(e)) {
      appendTo(this.facts, key, value);
      this.dirtyFacts.add(key);
    }
    for (const [key, titles] of titlesIn(e)) {
      if (titles.length === 0) continue;
      for (const title of titles) appendTo(this.titlesOf, key, title);
      this.dirtyTitles.add(key);
    }
  }

  private applyActors(e: ArticleExtraction, sourceId: string): void {
    for (const a of e.actors) {
      let state = this.actorStates.get(a.key);
      if (!state) {
        state = { name: a.name, kind: a.kind, aliases: [], titles: [], reports: [] };
        this.actorStates.set(a.key, state);
        this.newActors = true;
        if (a.kind === 'COUNTRY') this.addCountryName(a.name);
        // Whatever named this key before it was an actor (a meeting title, an affiliation) now changes.
        for (const who of this.whoByParticipant.get(a.key) ?? []) this.dirtyWho.add(who);
        for (const root of this.agreementRootsByParty.get(a.key) ?? []) this.dirtyAgreementRoots.add(root);
        for (const k of this.wantAffiliation.get(a.key) ?? []) this.dirtyActors.add(k);
      }
      this.dirtyActors.add(a.key);
      for (const alias of a.aliases) {
        if (alias !== state.name && !state.aliases.includes(alias)) {
          state.aliases.push(alias);
          if (state.kind === 'COUNTRY') this.addCountryName(alias);
        }
      }
      for (const t of a.titles) if (!state.titles.some((x) => x.toLowerCase() === t.title.toLowerCase())) state.titles.push(t.title);
      if (a.affiliationKey && !state.affiliationKey) {
        state.affiliationKey = a.affiliationKey;
        appendTo(this.wantAffiliation, a.affiliationKey, a.key);
      }
    }
    for (const m of e.mentions) {
      if (m.via === 'pronoun' || m.via === 'description') continue;
      const state = this.actorStates.get(m.key);
      if (state) {
        state.reports.push(reportOf(sourceId, e.article.text, m));
        this.dirtyActors.add(m.key);
      }
    }
  }

  /** A place that becomes a country's name no longer counts as a specific meeting place. */
  private addCountryName(name: string): void {
    if (this.countryNames.has(name)) return;
    this.countryNames.add(name);
    for (const who of this.whoByPlace.get(name) ?? []) this.dirtyWho.add(who);
  }

  private applyStatements(e: ArticleExtraction, sourceId: string): void {
    for (const { told, statement } of e.statements.flatMap((told) => remarksOf(told, e.article.text).map((statement) => ({ told, statement })))) {
      const occurrence: StatementOccurrence = {
        sourceId,
        text: e.article.text,
        statement,
        told,
        // Resolved when the meetings are regrouped (publish): the link goes through the merged meeting.
        meetingId: undefined,
      };
      const i = this.statementSets.add();
      this.statements.push(occurrence);
      if (statement.meetingIndex !== undefined) appendTo(this.statementsOfMeeting, `${sourceId}#${statement.meetingIndex}`, i);
      this.statementClusters.set(i, { members: [i], baseId: '' });
      appendTo(this.siblings, told, i);
      this.dirtyStatementRoots.add(i);
      this.cohesiveStatements.register(i, statement, sourceId, passageKey(sourceId, told, statement));
      this.sameStatements.add(i, statement);
    }
  }

  /** Regroups the remark clusters a change can move; returns the group keys rebuilt and those gone. */
  private regroupStatements(setNumbers: (id: string, node: StatementNode | undefined) => void): { dirty: Set<number>; gone: Set<number> } {
    const siblingRoots = (root: number) => siblingRootsOf(this.statementClusters.get(root)!.members, this.statements, this.siblings, (i) => this.statementSets.find(i));
    const start = new Set([...this.dirtyStatementRoots].map((i) => this.statementSets.find(i)));
    const component = siblingComponent(start, siblingRoots);
    const oldKeys = new Set<number>();
    for (const root of [...component, ...this.goneStatementRoots]) {
      const key = this.groupOfRoot.get(root);
      if (key !== undefined) oldKeys.add(key);
      this.groupOfRoot.delete(root);
    }
    // Every root of an old group is in the component: its roots are siblings of one another.
    const dirty = new Set<number>();
    for (const roots of groupSiblingRemarks(component, siblingRoots, (g, r) => this.cohesiveStatements.cohesiveRoots(g, r))) {
      const key = roots[0];
      const members = roots.flatMap((r) => this.statementClusters.get(r)!.members).sort((a, b) => a - b);
      const group = this.statementGroups.get(key);
      if (group) group.members = members;
      else this.statementGroups.set(key, { members, baseId: '' });
      for (const r of roots) this.groupOfRoot.set(r, key);
      dirty.add(key);
      oldKeys.delete(key);
    }
    for (const key of oldKeys) {
      const node = this.statementGroups.get(key)?.node;
      if (node) setNumbers(node.id, undefined);
      this.statementGroups.delete(key);
    }
    // The keys are ascending: those that went are taken out and new ones put in where they stand.
    for (const key of oldKeys) {
      const at = partitionPoint(0, this.statementRoots.length, (i) => this.statementRoots[i] < key);
      if (this.statementRoots[at] === key) this.statementRoots.splice(at, 1);
    }
    for (const key of dirty) {
      const at = partitionPoint(0, this.statementRoots.length, (i) => this.statementRoots[i] < key);
      if (this.statementRoots[at] !== key) this.statementRoots.splice(at, 0, key);
    }
    return { dirty, gone: oldKeys };
  }

  private unionStatements(a: number, b: number): void {
    const ra = this.statementSets.find(a);
    const rb = this.statementSets.find(b);
    if (ra === rb) return;
    this.statementSets.union(ra, rb);
    const [keep, gone] = ra < rb ? [ra, rb] : [rb, ra];
    const kept = this.statementClusters.get(keep)!;
    kept.members = mergeSorted(kept.members, this.dropCluster(this.statementClusters, gone).members);
    this.goneStatementRoots.add(gone);
    this.dirtyStatementRoots.add(keep);
  }

  private dropCluster<N extends { id: string }>(clusters: Map<number, Cluster<N>>, root: number): Cluster<N> {
    const cluster = clusters.get(root)!;
    clusters.delete(root);
    if (cluster.node) this.goneNodes.push(cluster.node.id);
    return cluster;
  }

  private applyAgreement(o: AgreementOccurrence): void {
    const i = this.agreementSets.add();
    this.agreements.push(o);
    this.agreementClusters.set(i, { members: [i], baseId: '' });
    this.dirtyAgreementRoots.add(i);
    const candidates = new Set<number>();
    for (const party of o.agreement.partyKeys) {
      const key = agreementBlockKey(o.agreement, party);
      for (const j of this.blocks.get(key) ?? []) candidates.add(j);
      appendTo(this.blocks, key, i);
    }
    for (const j of [...candidates].sort((a, b) => a - b)) {
      const rj = this.agreementSets.find(j);
      const ri = this.agreementSets.find(i);
      if (rj === ri || !closeInTime(this.agreements[j], o) || !sameAgreement(this.agreements[j].agreement, o.agreement)) continue;
      this.agreementSets.union(rj, ri);
      const [keep, gone] = rj < ri ? [rj, ri] : [ri, rj];
      const kept = this.agreementClusters.get(keep)!;
      kept.members = mergeSorted(kept.members, this.dropCluster(this.agreementClusters, gone).members);
      this.goneAgreementRoots.add(gone);
      this.dirtyAgreementRoots.add(keep);
    }
  }

  private readonly actorName = (key: string) => this.actorStates.get(key)?.name ?? key;
  private readonly isCountry = (place: string) => this.countryNames.has(place);

  /** Rebuilds the nodes the applied extractions touched and the lists that hold them. */
  private publish(touched: Set<string>): void {
    const numbersDirty = new Map<string, { id: string; reports: StatementNode['reports'] } | undefined>();
    // A node gone (undefined) never hides one published under the same id in this pass.
    const setNumbers = (id: string, node: { id: string; reports: StatementNode['reports'] } | undefined) => {
      if (node === undefined && numbersDirty.get(id) !== undefined) return;
      numbersDirty.set(id, node);
      touched.add(id);
    };
    for (const id of this.goneNodes) setNumbers(id, undefined);
    this.goneNodes.length = 0;

    // Actors.
    if (this.dirtyActors.size > 0) {
      for (const key of this.dirtyActors) {
        const s = this.actorStates.get(key)!;
        const published = this.actorNodes.get(key);
        const reports = published ? withReports(published.reports, s.reports.slice(this.reportsPublished.get(key))) : sortReports(s.reports);
        this.reportsPublished.set(key, s.reports.length);
        const node: ActorNode = { id: actorIdOf(key), name: s.name, kind: s.kind, aliases: [...s.aliases], titles: [...s.titles], reports };
        if (s.affiliationKey && this.actorStates.has(s.affiliationKey)) node.affiliationId = actorIdOf(s.affiliationKey);
        this.actorNodes.set(key, node);
        touched.add(node.id);
      }
      this.actorList = this.newActors
        ? [...this.actorNodes.values()].sort((a, b) => collate(a.name, b.name) || collate(a.id, b.id))
        : this.actorList.map((a) => this.actorNodes.get(a.id.slice('actor:'.length))!);
    }

    // Meetings, per set of participants; statements linked to a telling whose meeting changed are rebuilt.
    if (this.dirtyWho.size > 0) {
      const replaced = new Set<MeetingNode>();
      const rebuilt: MeetingNode[] = [];
      for (const who of this.dirtyWho) {
        for (const old of this.meetingsOfWho.get(who) ?? []) {
          this.durations.delete(old.id);
          setNumbers(old.id, undefined);
          replaced.add(old);
        }
        const merged = mergeMeetings(this.meetingsByWho.get(who)!, actorIdOf, this.actorName, this.isCountry);
        this.meetingsOfWho.set(who, merged.nodes);
        rebuilt.push(...merged.nodes);
        for (const node of merged.nodes) setNumbers(node.id, node);
        for (const [id, values] of merged.durations) this.durations.set(id, values);
        for (const [telling, id] of merged.idOf) {
          if (this.meetingIdOf.get(telling) === id) continue;
          this.meetingIdOf.set(telling, id);
          for (const i of this.statementsOfMeeting.get(telling) ?? []) this.dirtyStatementRoots.add(i);
        }
      }
      this.meetingList = placeInOrder(this.meetingList, replaced, rebuilt, compareMeetings) ?? [...this.meetingsOfWho.values()].flat().sort(compareMeetings);
    }

    // Statements: the remark clusters that changed are grouped again with every cluster their siblings reach.
    if (this.dirtyStatementRoots.size > 0 || this.goneStatementRoots.size > 0) {
      const { dirty, gone } = this.regroupStatements(setNumbers);
      this.statementList = this.statementNodes.publish(this.statementRoots, this.statementGroups, dirty, gone, {
        prepare: (c) => {
          for (const i of c.members) this.statements[i].meetingId = this.linkedMeeting(i);
          return statementBaseId(this.statements[c.members[0]], actorIdOf);
        },
        build: (id, c) => statementNode(id, c.members.map((i) => this.statements[i]), actorIdOf),
        setNumbers,
      });
      this.dirtyStatementRoots.clear();
      this.goneStatementRoots.clear();
    }

    // Agreements.
    if (this.dirtyAgreementRoots.size > 0) {
      const dirty = new Set([...this.dirtyAgreementRoots].map((i) => this.agreementSets.find(i)));
      const roots = [...this.agreementClusters.keys()].sort((a, b) => a - b);
      const list = this.agreementNodes.publish(roots, this.agreementClusters, dirty, this.goneAgreementRoots, {
        prepare: (c) => {
          for (const k of new Set(c.members.flatMap((i) => this.agreements[i].agreement.partyKeys))) addTo(this.agreementRootsByParty, k, c.members[0]);
          return agreementBaseId(c.members.map((i) => this.agreements[i]));
        },
        build: (id, c) => agreementNode(id, c.members.map((i) => this.agreements[i]), actorIdOf, this.actorName),
        setNumbers,
      });
      this.agreementList = [...list].sort((a, b) => collate(a.id, b.id));
      this.dirtyAgreementRoots.clear();
      this.goneAgreementRoots.clear();
    }

    // Discrepancies: each bucket is recomputed from its inputs when they changed.
    const buckets = this.discrepancyBuckets;
    const changed = numbersDirty.size + this.dirtyFacts.size + this.dirtyTitles.size > 0;
    for (const [id, node] of numbersDirty) {
      // A meeting's own duration is compared from the words that give it, so hours are skipped in its reports.
      const isMeeting = id.startsWith('meeting:');
      const values = this.durations.get(id);
      const duration = node && values ? quantityDiscrepancy(id, 'duration', values) : undefined;
      setBucket(buckets, `duration ${id}`, duration ? [duration] : []);
      setBucket(buckets, `numbers ${id}`, node ? numbersInNode(node, this.bySource, isMeeting ? new Set(['hour']) : new Set()) : []);
    }
    for (const key of this.dirtyFacts) {
      const d = factDiscrepancy(key, this.facts.get(key)!);
      setBucket(buckets, `fact ${key}`, d ? [d] : []);
    }
    for (const key of this.dirtyTitles) {
      const d = titleDiscrepancy(actorIdOf(key), this.titlesOf.get(key)!);
      setBucket(buckets, `title ${key}`, d ? [d] : []);
      touched.add(actorIdOf(key));
    }
    if (changed) this.discrepancyList = [...buckets.values()].flat().sort((a, b) => collate(a.id, b.id));
    for (const d of this.discrepancyList) if (touched.has(d.subjectId)) touched.add(d.id);

    this.dirtyActors.clear();
    this.newActors = false;
    this.dirtyWho.clear();
    this.dirtyFacts.clear();
    this.dirtyTitles.clear();
  }

  /** The merged meeting a statement occurrence's meeting telling belongs to. */
  private linkedMeeting(i: number): string | undefined {
    const o = this.statements[i];
    const index = o.statement.meetingIndex;
    return index === undefined ? undefined : this.meetingIdOf.get(`${o.sourceId}#${index}`);
  }
}


function addTo<V>(map: Map<string, Set<V>>, key: string, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

function setBucket(buckets: Map<string, DiscrepancyRecord[]>, key: string, records: DiscrepancyRecord[]): void {
  if (records.length > 0) buckets.set(key, records);
  else buckets.delete(key);
}

/** More added nodes than this are sorted with the rest: placing each would move the list once per node. */
const MOST_PLACED = 32;

/**
 * `list` (sorted by `compare`) without `removed` and with `added`, each placed by binary search: what sorting
 * them all gives, without comparing every pair again. Undefined when an added node ties with another (the full
 * sort's stable order then decides, which only the caller knows) or when there are many to place.
 */
function placeInOrder<N>(list: readonly N[], removed: ReadonlySet<N>, added: readonly N[], compare: (a: N, b: N) => number): N[] | undefined {
  if (added.length > MOST_PLACED) return undefined;
  const out = removed.size > 0 ? list.filter((n) => !removed.has(n)) : [...list];
  const sorted = [...added].sort(compare);
  for (let i = 1; i < sorted.length; i++) if (compare(sorted[i - 1], sorted[i]) === 0) return undefined;
  // From the last, so that each binary search runs over a list that is sorted already.
  for (let i = sorted.length - 1; i >= 0; i--) {
    const at = partitionPoint(0, out.length, (k) => compare(out[k], sorted[i]) <= 0);
    if (at > 0 && compare(out[at - 1], sorted[i]) === 0) return undefined;
    out.splice(at, 0, sorted[i]);
  }
  return out;
}

function mergeSorted(a: number[], b: number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) out.push(j >= b.length || (i < a.length && a[i] < b[j]) ? a[i++] : b[j++]);
  return out;
}
