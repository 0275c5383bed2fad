import { createHash } from 'node:crypto';
import { CHANNELS } from '../extract/lexicon';
import type { ArticleExtraction, ExtractedStatement } from '../extract/types';
import type { StatementNode } from '../ontology/types';
import { mostCommon, reportOf, sortReports } from './reports';
import { UnionFind } from './UnionFind';
import { containedIn, contentWords, overlapCoefficient, sharedCount, wordsOf } from './wording';
import { appendTo } from '../listIndex';

export interface StatementOccurrence {
  sourceId: string;
  text: string;
  statement: ExtractedStatement;
  /** Merged meeting id this article's statement is linked to, if any. */
  meetingId?: string;
}

/** Measured on the gold sets: 0.4 gains one seed merge but joins two different statements in the fixtures. */
const PARAPHRASE_OVERLAP = 0.5;
const PARAPHRASE_MIN_SHARED = 3;
/** Speech-act words every statement has in common; they say nothing about what was said. */
const SPEECH_ACT = /^(say|said|tell|told|add|state|note|comment|remark|speak|spok)/;

/** Word features of a statement, computed once per statement rather than once per compared pair. */
const features = new WeakMap<ExtractedStatement, { fragments: string[][]; point: Set<string> }>();

function featuresOf(s: ExtractedStatement): { fragments: string[][]; point: Set<string> } {
  let f = features.get(s);
  if (!f) {
    const fragments = s.quotes.map(wordsOf).filter((w) => w.length > 0);
    if (s.kind === 'DIRECT_QUOTE' && s.quotes.length > 1) fragments.push(wordsOf(s.quotes.join(' ')));
    f = { fragments, point: pointOf(s) };
    features.set(s, f);
  }
  return f;
}

export function sameWords(a: ExtractedStatement, b: ExtractedStatement): boolean {
  const fa = featuresOf(a).fragments;
  const fb = featuresOf(b).fragments;
  for (const x of fa) {
    for (const y of fb) {
      const [short, long] = x.length <= y.length ? [x, y] : [y, x];
      if (containedIn(short, long)) return true;
    }
  }
  return false;
}

/**
 * What a statement is about, as comparable words: without the speech act, and without proper names, which
 * in news about one conflict recur in everything anyone says ("Russia", "Ukraine").
 */
function pointOf(s: ExtractedStatement): Set<string> {
  const common = s.text.replace(/\b\p{Lu}[\p{L}'’-]*/gu, ' ');
  return new Set([...contentWords(common)].filter((w) => !SPEECH_ACT.test(w)));
}

/** Different wordings of the same point: most content words of the shorter one recur in the other. */
export function samePoint(a: ExtractedStatement, b: ExtractedStatement): boolean {
  if (a.kind === 'DIRECT_QUOTE' && b.kind === 'DIRECT_QUOTE') return false;
  const pa = featuresOf(a).point;
  const pb = featuresOf(b).point;
  return sharedCount(pa, pb) >= PARAPHRASE_MIN_SHARED && overlapCoefficient(pa, pb) >= PARAPHRASE_OVERLAP;
}

const PLATFORMS = new Set(CHANNELS.filter((c) => c.platform).map((c) => c.name));

/**
 * Reports of one speaker's post on one platform ("he said later on X", "writing on X, he said", "he later
 * clarified on X") tell of the same post when they share any content at all.
 */
export function samePost(a: ExtractedStatement, b: ExtractedStatement): boolean {
  if (!a.channel || a.channel !== b.channel || !PLATFORMS.has(a.channel)) return false;
  return sharedCount(featuresOf(a).point, featuresOf(b).point) >= 1;
}

export function datesAgree(a: ExtractedStatement, b: ExtractedStatement): boolean {
  return !a.date || !b.date || a.date === b.date;
}

/** Words that say nothing about which statement it is: on this many of a speaker's statements, a word is no clue. */
export const BLOCKING_CAP = 500;

/** Whether two statements of one speaker are one thing said: the test every candidate pair gets. */
export function sameStatement(a: ExtractedStatement, b: ExtractedStatement): boolean {
  return datesAgree(a, b) && (sameWords(a, b) || samePoint(a, b) || samePost(a, b));
}

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
