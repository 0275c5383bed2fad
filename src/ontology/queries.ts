import { foldText } from './foldText';
import { ListIndex, type Ordering } from './ListIndex';
import { appendTo } from '../listIndex';
import type { OntologyStore } from './OntologyStore';
import type {
  ActorKind,
  ActorNode,
  AgreementNode,
  AgreementStatus,
  DiscrepancyKind,
  DiscrepancyRecord,
  MeetingNode,
  SourceRecord,
  StatementKind,
  StatementNode,
} from './types';

/*
 * Filtered, ordered top-level lists. Each filter field names an index that yields the items that may match
 * (a relation list, an attribute group, a range of an ordering) and a test for one item. A query starts from
 * the smallest index among its fields and tests every field on those items only, so the work is bounded by
 * the narrowest field; only a query with nothing but text tests (`textContains`, `nameContains`) reads the
 * whole list. Indexes and orderings are built once per ontology version (OntologyStore.derived).
 */

export type StatementOrderField = 'DATE' | 'SOURCE_COUNT';
export type ActorOrderField = 'NAME' | 'STATEMENT_COUNT' | 'SOURCE_COUNT';
export type MeetingOrderField = 'DATE' | 'SOURCE_COUNT';
export type AgreementOrderField = 'DATE' | 'SOURCE_COUNT';
export type SourceOrderField = 'PUBLISHED_AT' | 'WORD_COUNT' | 'STATEMENT_COUNT';
export type DiscrepancyOrderField = 'FIELD' | 'VALUE_COUNT';

export interface StatementFilter {
  speakerId?: string;
  kind?: StatementKind;
  channel?: string;
  meetingId?: string;
  sourceId?: string;
  aboutId?: string;
  minSources?: number;
  dateFrom?: string;
  dateTo?: string;
  textContains?: string;
}

export interface ActorFilter {
  kind?: ActorKind;
  nameContains?: string;
  hasStatements?: boolean;
  sourceId?: string;
}

export interface MeetingFilter {
  participantId?: string;
  place?: string;
  dateFrom?: string;
  dateTo?: string;
  sourceId?: string;
}

export interface AgreementFilter {
  status?: AgreementStatus;
  partyId?: string;
  dateFrom?: string;
  dateTo?: string;
  sourceId?: string;
}

export interface SourceFilter {
  outlet?: string;
  publishedFrom?: string;
  publishedTo?: string;
}

export interface DiscrepancyFilter {
  subjectId?: string;
  kind?: DiscrepancyKind;
  field?: string;
}

export interface OntologyLists {
  sources: ListIndex<SourceRecord, SourceOrderField>;
  actors: ListIndex<ActorNode, ActorOrderField>;
  statements: ListIndex<StatementNode, StatementOrderField>;
  meetings: ListIndex<MeetingNode, MeetingOrderField>;
  agreements: ListIndex<AgreementNode, AgreementOrderField>;
  discrepancies: ListIndex<DiscrepancyRecord, DiscrepancyOrderField>;
}

function buildLists(store: OntologyStore): OntologyLists {
  const sourceCount = (node: { id: string }): number => store.sourceIdsOf(node.id).size;
  const folded = foldedNames(store);
  return {
    sources: new ListIndex(store.sources, {
      PUBLISHED_AT: (s) => s.publishedAt,
      WORD_COUNT: (s) => s.wordCount,
      STATEMENT_COUNT: (s) => store.statementsInSource(s.id).length,
    }),
    actors: new ListIndex(store.actors, {
      NAME: (a) => folded.get(a.id),
      STATEMENT_COUNT: (a) => store.statementsOfSpeaker(a.id).length,
      SOURCE_COUNT: sourceCount,
    }),
    statements: new ListIndex(store.statements, { DATE: (s) => s.date, SOURCE_COUNT: sourceCount }),
    meetings: new ListIndex(store.meetings, { DATE: (m) => m.date, SOURCE_COUNT: sourceCount }),
    agreements: new ListIndex(store.agreements, { DATE: (g) => g.date, SOURCE_COUNT: sourceCount }),
    discrepancies: new ListIndex(store.discrepancies, { FIELD: (d) => d.field, VALUE_COUNT: (d) => d.values.length }),
  };
}

/** Every top-level list with its orderings, for this ontology version. */
export function listsOf(store: OntologyStore): OntologyLists {
  return store.derived(buildLists);
}

function foldedNames(store: OntologyStore): Map<string, string> {
  return new Map(store.actors.map((a) => [a.id, foldText(a.name)]));
}

function group<T>(items: readonly T[], key: (item: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k !== undefined) appendTo(groups, k, item);
  }
  return groups;
}

/** Attribute indexes (kind, channel, place, ...) and folded texts, built once per ontology version. */
interface AttributeIndexes {
  statementsByKind: Map<string, StatementNode[]>;
  statementsByChannel: Map<string, StatementNode[]>;
  statementText: Map<string, string>;
  actorsByKind: Map<string, ActorNode[]>;
  speakers: ActorNode[];
  actorNames: Map<string, string[]>;
  meetingsByPlace: Map<string, MeetingNode[]>;
  agreementsByStatus: Map<string, AgreementNode[]>;
  sourcesByOutlet: Map<string, SourceRecord[]>;
  discrepanciesByKind: Map<string, DiscrepancyRecord[]>;
}

function buildAttributeIndexes(store: OntologyStore): AttributeIndexes {
  const foldOptional = (s: string | undefined) => (s === undefined ? undefined : foldText(s));
  return {
    statementsByKind: group(store.statements, (s) => s.kind),
    statementsByChannel: group(store.statements, (s) => foldOptional(s.channel)),
    statementText: new Map(store.statements.map((s) => [s.id, foldText(s.text)])),
    actorsByKind: group(store.actors, (a) => a.kind),
    speakers: store.actors.filter((a) => store.statementsOfSpeaker(a.id).length > 0),
    actorNames: new Map(store.actors.map((a) => [a.id, [a.name, ...a.aliases].map(foldText)])),
    meetingsByPlace: group(store.meetings, (m) => foldOptional(m.place)),
    agreementsByStatus: group(store.agreements, (g) => g.status),
    sourcesByOutlet: group(store.sources, (s) => foldOptional(s.outlet)),
    discrepanciesByKind: group(store.discrepancies, (d) => d.kind),
  };
}

function attributesOf(store: OntologyStore): AttributeIndexes {
  return store.derived(buildAttributeIndexes);
}

/** One filter field: the items an index says may match (when it has one) and the test each item must pass. */
interface Condition<T> {
  candidates?: readonly T[];
  test: (item: T) => boolean;
}

const NONE: readonly never[] = Object.freeze([]);

/**
 * The items of `list` that pass every condition, in `order` (the list's own order without one). Starts from
 * the smallest candidate list, so a selective field keeps the work small whatever else the filter holds.
 */
function select<T extends { id: string }, F extends string>(
  list: ListIndex<T, F>,
  conditions: readonly (Condition<T> | undefined)[],
  order: Ordering<F> | undefined,
): readonly T[] {
  const active = conditions.filter((c): c is Condition<T> => c !== undefined);
  if (active.length === 0) return list.ordered(order);
  let narrowest: readonly T[] | undefined;
  for (const c of active) {
    if (c.candidates !== undefined && (narrowest === undefined || c.candidates.length < narrowest.length)) narrowest = c.candidates;
  }
  const passes = (item: T) => active.every((c) => c.test(item));
  // Every test decides on its own, so the ordered list filtered is the answer too; it is cheaper than sorting
  // the candidates (about m·log2 m comparisons) once they are a large part of the list.
  if (narrowest === undefined || narrowest.length * Math.log2(narrowest.length + 1) > list.items.length) return list.ordered(order).filter(passes);
  const matches = narrowest.filter(passes);
  // Candidates come in the list's order or in a range's order: put the matches in the order asked for, each
  // rank looked up once rather than at every comparison.
  const ranks = new Map(matches.map((item) => [item, list.rank(item.id, order)!]));
  return matches.sort((a, b) => ranks.get(a)! - ranks.get(b)!);
}

/** A condition only when the filter has the field. */
function when<V, T>(value: V | undefined, make: (value: V) => Condition<T>): Condition<T> | undefined {
  return value === undefined || value === null ? undefined : make(value);
}

function inRange(value: string | undefined, from: string | undefined, to: string | undefined): boolean {
  return value !== undefined && (from === undefined || value >= from) && (to === undefined || value <= to);
}

function dateRange<T extends { id: string }, F extends string>(list: ListIndex<T, F>, field: F, from: string | undefined, to: string | undefined, value: (item: T) => string | undefined): Condition<T> | undefined {
  if (from === undefined && to === undefined) return undefined;
  return { candidates: list.range(field, from, to), test: (item) => inRange(value(item), from, to) };
}

function reportedIn<T extends { id: string }>(store: OntologyStore, candidates: (sourceId: string) => readonly T[]) {
  return (sourceId: string): Condition<T> => ({ candidates: candidates(sourceId), test: (item) => store.sourceIdsOf(item.id).has(sourceId) });
}

export function queryStatements(store: OntologyStore, filter: StatementFilter = {}, order?: Ordering<StatementOrderField>): readonly StatementNode[] {
  const list = listsOf(store).statements;
  const index = attributesOf(store);
  const text = filter.textContains === undefined ? undefined : foldText(filter.textContains);
  return select(
    list,
    [
      when(filter.speakerId, (id) => ({ candidates: store.statementsOfSpeaker(id), test: (s) => s.speakerId === id })),
      when(filter.kind, (kind) => ({ candidates: index.statementsByKind.get(kind) ?? NONE, test: (s) => s.kind === kind })),
      when(filter.channel, (channel) => {
        const key = foldText(channel);
        return { candidates: index.statementsByChannel.get(key) ?? NONE, test: (s) => s.channel !== undefined && foldText(s.channel) === key };
      }),
      when(filter.meetingId, (id) => ({ candidates: store.statementsOfMeeting(id), test: (s) => s.meetingId === id })),
      when(filter.aboutId, (id) => ({ candidates: store.statementsAboutActor(id), test: (s) => s.aboutIds.includes(id) })),
      when(filter.sourceId, reportedIn(store, (id) => store.statementsInSource(id))),
      when(filter.minSources, (min) => ({ candidates: list.range('SOURCE_COUNT', min, undefined), test: (s) => store.sourceIdsOf(s.id).size >= min })),
      dateRange(list, 'DATE', filter.dateFrom, filter.dateTo, (s) => s.date),
      when(text, (t) => ({ test: (s) => index.statementText.get(s.id)!.includes(t) })),
    ],
    order,
  );
}

export function queryActors(store: OntologyStore, filter: ActorFilter = {}, order?: Ordering<ActorOrderField>): readonly ActorNode[] {
  const index = attributesOf(store);
  const name = filter.nameContains === undefined ? undefined : foldText(filter.nameContains);
  return select(
    listsOf(store).actors,
    [
      when(filter.kind, (kind) => ({ candidates: index.actorsByKind.get(kind) ?? NONE, test: (a) => a.kind === kind })),
      when(name, (n) => ({ test: (a) => index.actorNames.get(a.id)!.some((folded) => folded.includes(n)) })),
      when(filter.hasStatements, (has) => ({
        candidates: has ? index.speakers : undefined,
        test: (a) => store.statementsOfSpeaker(a.id).length > 0 === has,
      })),
      when(filter.sourceId, reportedIn(store, (id) => store.actorsInSource(id))),
    ],
    order,
  );
}

export function queryMeetings(store: OntologyStore, filter: MeetingFilter = {}, order?: Ordering<MeetingOrderField>): readonly MeetingNode[] {
  const list = listsOf(store).meetings;
  const index = attributesOf(store);
  return select(
    list,
    [
      when(filter.participantId, (id) => ({ candidates: store.meetingsOfParticipant(id), test: (m) => m.participantIds.includes(id) })),
      when(filter.place, (place) => {
        const key = foldText(place);
        return { candidates: index.meetingsByPlace.get(key) ?? NONE, test: (m) => m.place !== undefined && foldText(m.place) === key };
      }),
      dateRange(list, 'DATE', filter.dateFrom, filter.dateTo, (m) => m.date),
      when(filter.sourceId, reportedIn(store, (id) => store.meetingsInSource(id))),
    ],
    order,
  );
}

export function queryAgreements(store: OntologyStore, filter: AgreementFilter = {}, order?: Ordering<AgreementOrderField>): readonly AgreementNode[] {
  const list = listsOf(store).agreements;
  const index = attributesOf(store);
  return select(
    list,
    [
      when(filter.status, (status) => ({ candidates: index.agreementsByStatus.get(status) ?? NONE, test: (g) => g.status === status })),
      when(filter.partyId, (id) => ({ candidates: store.agreementsOfParty(id), test: (g) => g.partyIds.includes(id) })),
      dateRange(list, 'DATE', filter.dateFrom, filter.dateTo, (g) => g.date),
      when(filter.sourceId, reportedIn(store, (id) => store.agreementsInSource(id))),
    ],
    order,
  );
}

export function querySources(store: OntologyStore, filter: SourceFilter = {}, order?: Ordering<SourceOrderField>): readonly SourceRecord[] {
  const list = listsOf(store).sources;
  const index = attributesOf(store);
  return select(
    list,
    [
      when(filter.outlet, (outlet) => {
        const key = foldText(outlet);
        return { candidates: index.sourcesByOutlet.get(key) ?? NONE, test: (s) => s.outlet !== undefined && foldText(s.outlet) === key };
      }),
      dateRange(list, 'PUBLISHED_AT', filter.publishedFrom, filter.publishedTo, (s) => s.publishedAt),
    ],
    order,
  );
}

export function queryDiscrepancies(store: OntologyStore, filter: DiscrepancyFilter = {}, order?: Ordering<DiscrepancyOrderField>): readonly DiscrepancyRecord[] {
  const index = attributesOf(store);
  return select(
    listsOf(store).discrepancies,
    [
      when(filter.subjectId, (id) => ({ candidates: store.discrepanciesOf(id), test: (d) => d.subjectId === id })),
      when(filter.kind, (kind) => ({ candidates: index.discrepanciesByKind.get(kind) ?? NONE, test: (d) => d.kind === kind })),
      when(filter.field, (field) => ({ test: (d) => d.field === field })),
    ],
    order,
  );
}
