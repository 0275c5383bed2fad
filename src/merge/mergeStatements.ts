import { createHash } from 'node:crypto';
import type { ArticleExtraction, ExtractedStatement } from '../extract/types';
import type { StatementNode } from '../ontology/types';
import { mostCommon, reportOf, sortReports } from './reports';
import { sameStatement } from './sameStatement';
import { UnionFind } from './UnionFind';
import { contentWords, wordsOf } from './wording';
import { appendTo } from '../listIndex';

export interface StatementOccurrence {
  sourceId: string;
  text: string;
  statement: ExtractedStatement;
  /** Merged meeting id this article's statement is linked to, if any. */
  meetingId?: string;
}

/** Words that say nothing about which statement it is: on this many of a speaker's statements, a word is no clue. */
export const BLOCKING_CAP = 500;

/** The words a statement is found by in the candidate index: content words of its wording and its quotes. */
export function blockingWords(s: ExtractedStatement): Set<string> {
  return new Set([...contentWords(s.text), ...s.quotes.flatMap((q) => [...contentWords(q)])]);
}

/**
 * Every pair that could be one statement shares at least one content word (of its quotes or its wording), so
 * only pairs found through a word index are compared: linear in practice where all pairs would be quadratic.
 */
export function candidatePairs(members: number[], statementOf: (i: number) => ExtractedStatement): [number, number][] {
  const byWord = new Map<string, number[]>();
  for (const i of members) {
    for (const w of blockingWords(statementOf(i))) appendTo(byWord, w, i);
  }
  const seen = new Set<string>();
  const pairs: [number, number][] = [];
  for (const list of byWord.values()) {
    if (list.length > BLOCKING_CAP) continue;
    for (let a = 0; a < list.length; a++) {
      for (let b = a + 1; b < list.length; b++) {
        const key = `${list[a]}:${list[b]}`;
        if (seen.has(key)) continue;
        seen.add(key);
        pairs.push([list[a], list[b]]);
      }
    }
  }
  return pairs;
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
  const bySpeaker = new Map<string, number[]>();
  occurrences.forEach((o, i) => appendTo(bySpeaker, o.statement.speakerKey, i));
  const sets = new UnionFind(occurrences.length);
  for (const members of bySpeaker.values()) {
    for (const [x, y] of candidatePairs(members, (i) => occurrences[i].statement)) {
      if (sets.find(x) === sets.find(y)) continue;
      if (sameStatement(occurrences[x].statement, occurrences[y].statement)) sets.union(x, y);
    }
  }
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
