import { createHash } from 'node:crypto';
import type { ArticleExtraction, ExtractedStatement } from '../extract/types';
import type { ReportSpan, StatementNode } from '../ontology/types';
import { mostCommon, reportOf, sortReports } from './reports';
import { CohesiveSets } from './CohesiveSets';
import { passageKey, remarksOf } from './remarks';
import { groupSiblingRemarks } from './siblingRemarks';
import { StatementClusters } from './StatementClusters';
import { UnionFind } from './UnionFind';
import { wordsOf } from './wording';

export interface StatementOccurrence {
  sourceId: string;
  text: string;
  statement: ExtractedStatement;
  /** The extracted statement this remark is a passage of (the statement itself when it has one place). */
  told: ExtractedStatement;
  /** Merged meeting id this article's statement is linked to, if any. */
  meetingId?: string;
}

function shortHash(s: string): string {
  return createHash('sha1').update(s).digest('hex').slice(0, 8);
}

/**
 * One statement per thing said, across sources: the same speaker and overlapping wording (a partial quote
 * inside a longer one, with typos, "[sic]", "(are)" or different punctuation), or for paraphrases without
 * quoted words, largely the same content words on a compatible date. Every wording stays as its own Report.
 */
export function mergeStatements(occurrences: StatementOccurrence[], actorId: (key: string) => string): StatementNode[] {
  const sets = new UnionFind(occurrences.length);
  const cohesive = new CohesiveSets(sets);
  const clusters = new StatementClusters(cohesive);
  occurrences.forEach((o, i) => {
    cohesive.register(i, o.statement, o.sourceId, passageKey(o.sourceId, o.told, o.statement));
    clusters.add(i, o.statement);
  });
  const siblings = siblingsByTold(occurrences);
  const roots = sets.groups().map((g) => g[0]);
  const membersOf = new Map(sets.groups().map((g) => [g[0], g]));
  const grouped = groupSiblingRemarks(roots, (root) => siblingRootsOf(membersOf.get(root)!, occurrences, siblings, (i) => sets.find(i)), (g, r) => cohesive.cohesiveRoots(g, r));
  const nodes: StatementNode[] = [];
  const usedIds = new Set<string>();
  for (const group of grouped.map((g) => g.flatMap((r) => membersOf.get(r)!).sort((a, b) => a - b))) {
    const members = group.map((i) => occurrences[i]);
    let id = statementBaseId(members[0], actorId);
    while (usedIds.has(id)) id += 'x';
    usedIds.add(id);
    nodes.push(statementNode(id, members, actorId));
  }
  return nodes;
}

/**
 * The reports of a node's members, where the sentences of one told passage that the node holds side by side
 * are one report again (they have nothing but white space between them).
 */
function reportsOf(members: StatementOccurrence[]): ReportSpan[] {
  const passageOf = new Map<ReportSpan, string>();
  const toldNumber = new Map<ExtractedStatement, number>();
  const textOf = new Map(members.map((m) => [m.sourceId, m.text]));
  for (const m of members) if (!toldNumber.has(m.told)) toldNumber.set(m.told, toldNumber.size);
  const reports = members.flatMap((m) =>
    m.statement.spans.map((sp) => {
      const r = reportOf(m.sourceId, m.text, sp);
      const k = m.told.spans.findIndex((t) => t.start <= sp.start && sp.end <= t.end);
      passageOf.set(r, `${toldNumber.get(m.told)}:${k}`);
      return r;
    }),
  );
  const out: ReportSpan[] = [];
  let lastPassage: string | undefined;
  for (const r of sortReports(reports)) {
    const last = out[out.length - 1];
    const passage = passageOf.get(r);
    const text = textOf.get(r.sourceId)!;
    if (last && passage === lastPassage && last.sourceId === r.sourceId && r.start >= last.end && text.slice(last.end, r.start).trim() === '') {
      out[out.length - 1] = { ...last, end: r.end, excerpt: text.slice(last.start, r.end) };
    } else out.push(r);
    lastPassage = passage;
  }
  return out;
}

/** The occurrence numbers of each told statement's remarks. */
export function siblingsByTold(occurrences: readonly StatementOccurrence[]): Map<ExtractedStatement, number[]> {
  const byTold = new Map<ExtractedStatement, number[]>();
  occurrences.forEach((o, i) => (byTold.get(o.told) ?? byTold.set(o.told, []).get(o.told)!).push(i));
  return byTold;
}

/** The roots of the clusters that hold remarks told with any of `members` (their own root included). */
export function siblingRootsOf(members: readonly number[], occurrences: readonly StatementOccurrence[], siblings: ReadonlyMap<ExtractedStatement, number[]>, find: (i: number) => number): Set<number> {
  const roots = new Set<number>();
  for (const i of members) for (const j of siblings.get(occurrences[i].told) ?? []) roots.add(find(j));
  return roots;
}

/** A statement's id before collisions are resolved: its speaker and where its first telling starts. */
export function statementBaseId(first: StatementOccurrence, actorId: (key: string) => string): string {
  return `statement:${actorId(first.statement.speakerKey).slice('actor:'.length)}-${shortHash(`${first.sourceId}:${first.statement.spans[0].start}`)}`;
}

/** The statement node of one cluster of occurrences (in input order). */
export function statementNode(id: string, members: StatementOccurrence[], actorId: (key: string) => string): StatementNode {
  const direct = members.filter((m) => m.statement.kind === 'DIRECT_QUOTE');
  const pool = direct.length > 0 ? direct : members;
  // A told statement's remarks in one node read as it was told: their texts in order.
  const told = new Map<ExtractedStatement, string[]>();
  for (const m of pool) (told.get(m.told) ?? told.set(m.told, []).get(m.told)!).push(m.statement.text);
  const tellings = [...told.values()].map((texts) => texts.join(' '));
  const longest = tellings.length === 1 ? tellings[0] : tellings.map((text) => ({ text, words: wordsOf(text).length })).reduce((best, t) => (t.words > best.words ? t : best)).text;
  const speakerId = actorId(members[0].statement.speakerKey);
  return {
    id,
    speakerId,
    text: longest,
    kind: direct.length > 0 ? 'DIRECT_QUOTE' : 'PARAPHRASE',
    channel: mostCommon(members.map((m) => m.statement.channel)),
    date: mostCommon(members.map((m) => m.statement.date)),
    meetingId: mostCommon(members.map((m) => m.meetingId)),
    aboutIds: [...new Set(members.flatMap((m) => m.statement.aboutKeys.map(actorId)))].filter((a) => a !== speakerId),
    reports: reportsOf(members),
  };
}

export function statementOccurrences(extractions: ArticleExtraction[], meetingIdOf: (sourceId: string, index: number) => string | undefined): StatementOccurrence[] {
  return extractions.flatMap((e) =>
    e.statements.flatMap((told) => remarksOf(told, e.article.text).map((statement) => ({ told, statement }))).map(({ told, statement }) => ({
      sourceId: `source:${e.article.id}`,
      text: e.article.text,
      statement,
      told,
      meetingId: statement.meetingIndex === undefined ? undefined : meetingIdOf(`source:${e.article.id}`, statement.meetingIndex),
    })),
  );
}
