import type { ExtractedStatement } from '../extract/types';
import { sameStatement } from './sameStatement';
import type { StatementSets } from './StatementClusters';

/*
 * Single links alone chain different remarks into one statement: a long quote shares a phrase with one short
 * fragment and another phrase with a second, and the two fragments are then "the same". Two clusters are
 * joined only when every pair of their quotes from different sources is the same remark (complete link), so
 * a cluster never holds two different quotes however it grew. The decision depends on the order of the joins, which is the
 * order of addition: the batch and the incremental merge add in the same order and get the same clusters.
 */

/** Distinct wordings compared per side at most: the tellings of one remark mostly share a few wordings. */
const MAX_WORDINGS = 24;

interface Wording {
  statement: ExtractedStatement;
  sources: Set<string>;
}

/** A cluster's distinct wordings, by the key that makes two tellings the same to the test. */
type Wordings = Map<string, Wording>;

function keyOf(s: ExtractedStatement): string {
  return [s.kind, s.channel ?? '', s.date ?? '', s.text].join('\n');
}

export class CohesiveSets implements StatementSets {
  private readonly wordings = new Map<number, Wordings>();
  /** The passages (a told statement's quoted spans, by `passageKey` of remarks.ts) that each cluster's remarks come from. */
  private readonly passages = new Map<number, Set<string>>();

  constructor(private readonly inner: StatementSets) {}

  /** Registers statement number `i`, told by `source` in `passage`, before it is added to the clusters. */
  register(i: number, statement: ExtractedStatement, source: string, passage: string): void {
    this.wordings.set(i, new Map([[keyOf(statement), { statement, sources: new Set([source]) }]]));
    this.passages.set(i, new Set([passage]));
  }

  /**
   * Whether the clusters of the given roots, remarks told together by one source, could be one Statement: every
   * source tells all of them or none (one that tells a remark without the other tells them apart), and no two
   * different quotes of different sources.
   */
  cohesiveRoots(group: readonly number[], root: number): boolean {
    if (!shareAPassage(group.map((r) => this.passages.get(r)!), this.passages.get(root)!) && !sameSources(sourcesOf(group.map((r) => this.wordings.get(r)!)), sourcesOf([this.wordings.get(root)!]))) return false;
    const merged: Wordings = new Map();
    for (const r of group) {
      for (const [key, w] of this.wordings.get(r)!) {
        const known = merged.get(key);
        if (known) merged.set(key, { statement: known.statement, sources: new Set([...known.sources, ...w.sources]) });
        else merged.set(key, w);
      }
    }
    return cohesive(merged, this.wordings.get(root)!);
  }

  find(i: number): number {
    return this.inner.find(i);
  }

  union(a: number, b: number): void {
    const ra = this.inner.find(a);
    const rb = this.inner.find(b);
    if (ra === rb) return;
    const [wa, wb] = [this.wordings.get(ra)!, this.wordings.get(rb)!];
    if (!cohesive(wa, wb)) return;
    this.inner.union(a, b);
    const root = this.inner.find(a);
    const merged = wa.size >= wb.size ? wa : wb;
    for (const [key, w] of merged === wa ? wb : wa) {
      const known = merged.get(key);
      if (known) for (const s of w.sources) known.sources.add(s);
      else merged.set(key, { statement: w.statement, sources: new Set(w.sources) });
    }
    this.wordings.delete(ra);
    this.wordings.delete(rb);
    this.wordings.set(root, merged);
    const [pa, pb] = [this.passages.get(ra)!, this.passages.get(rb)!];
    const passages = pa.size >= pb.size ? pa : pb;
    for (const p of passages === pa ? pb : pa) passages.add(p);
    this.passages.delete(ra);
    this.passages.delete(rb);
    this.passages.set(root, passages);
  }
}

/** Whether every pair of wordings of the two clusters told by different sources is one remark. */
function cohesive(a: Wordings, b: Wordings): boolean {
  const left = [...a.values()].slice(0, MAX_WORDINGS);
  const right = [...b.values()].slice(0, MAX_WORDINGS);
  for (const x of left) {
    for (const y of right) {
      if (onlySameSource(x, y) || !bothVerbatim(x, y)) continue;
      if (!sameStatement(x.statement, y.statement)) return false;
    }
  }
  return true;
}

/**
 * Quotes are verbatim: two quotes of one remark have the same words, so two quotes that the test does not join
 * are two remarks. Reported speech is told in any words, and one interview is retold in many overlapping
 * paraphrases, so pairs with a paraphrase are left to the single links.
 */
function bothVerbatim(x: Wording, y: Wording): boolean {
  return x.statement.kind === 'DIRECT_QUOTE' && y.statement.kind === 'DIRECT_QUOTE';
}

/** Sentences of one quoted passage are told as one: only remarks of different passages can be told apart. */
function shareAPassage(group: Set<string>[], root: Set<string>): boolean {
  return group.some((g) => [...root].some((p) => g.has(p)));
}

function sourcesOf(clusters: Wordings[]): Set<string> {
  const sources = new Set<string>();
  for (const wordings of clusters) for (const w of wordings.values()) for (const s of w.sources) sources.add(s);
  return sources;
}

function sameSources(a: Set<string>, b: Set<string>): boolean {
  return a.size === b.size && [...a].every((s) => b.has(s));
}

function onlySameSource(x: Wording, y: Wording): boolean {
  if (x.sources.size !== 1 || y.sources.size !== 1) return false;
  const [s] = x.sources;
  return y.sources.has(s);
}
