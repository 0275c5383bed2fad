import { createHash } from 'node:crypto';
import type { ArticleExtraction, ExtractedStatement } from '../extract/types';
import type { StatementNode } from '../ontology/types';
import { mostCommon, reportOf, sortReports } from './reports';
import { StatementClusters } from './StatementClusters';
import { UnionFind } from './UnionFind';
import { wordsOf } from './wording';

export interface StatementOccurrence {
  sourceId: string;
  text: string;
  statement: ExtractedStatement;
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
  const clusters = new StatementClusters(sets);
  occurrences.forEach((o, i) => clusters.add(i, o.statement));
  const nodes: StatementNode[] = [];
  const usedIds = new Set<string>();
  for (const group of sets.groups()) {
    const members = group.map((i) => occurrences[i]);
    let id = statementBaseId(members[0], actorId);
    while (usedIds.has(id)) id += 'x';
    usedIds.add(id);
    nodes.push(statementNode(id, members, actorId));
  }
  return nodes;
}

/** A statement's id before collisions are resolved: its speaker and where its first telling starts. */
export function statementBaseId(first: StatementOccurrence, actorId: (key: string) => string): string {
  return `statement:${actorId(first.statement.speakerKey).slice('actor:'.length)}-${shortHash(`${first.sourceId}:${first.statement.spans[0].start}`)}`;
}

/** The statement node of one cluster of occurrences (in input order). */
export function statementNode(id: string, members: StatementOccurrence[], actorId: (key: string) => string): StatementNode {
  const direct = members.filter((m) => m.statement.kind === 'DIRECT_QUOTE');
  const pool = direct.length > 0 ? direct : members;
  const longest = pool.reduce((best, m) => (wordsOf(m.statement.text).length > wordsOf(best.statement.text).length ? m : best));
  const speakerId = actorId(members[0].statement.speakerKey);
  return {
    id,
    speakerId,
    text: longest.statement.text,
    kind: direct.length > 0 ? 'DIRECT_QUOTE' : 'PARAPHRASE',
    channel: mostCommon(members.map((m) => m.statement.channel)),
    date: mostCommon(members.map((m) => m.statement.date)),
    meetingId: mostCommon(members.map((m) => m.meetingId)),
    aboutIds: [...new Set(members.flatMap((m) => m.statement.aboutKeys.map(actorId)))].filter((a) => a !== speakerId),
    reports: sortReports(members.flatMap((m) => m.statement.spans.map((sp) => reportOf(m.sourceId, m.text, sp)))),
  };
}

export function statementOccurrences(extractions: ArticleExtraction[], meetingIdOf: (sourceId: string, index: number) => string | undefined): StatementOccurrence[] {
  return extractions.flatMap((e) =>
    e.statements.map((statement) => ({
      sourceId: `source:${e.article.id}`,
      text: e.article.text,
      statement,
      meetingId: statement.meetingIndex === undefined ? undefined : meetingIdOf(`source:${e.article.id}`, statement.meetingIndex),
    })),
  );
}
