import type { ExtractedStatement } from '../extract/types';
import { appendTo } from '../listIndex';
import { isPlatform, keepWords, pointWordsToShare, sameStatement, statementWords, wordsOfStatement, type StatementWords } from './sameStatement';
import { isStopword, wordsToMatch } from './wording';

/*
 * Finds, for each statement added, every earlier statement of its speaker that `sameStatement` joins it with,
 * without comparing it to all of them: an exact set-similarity join.
 *
 * Statements with the same words, kind, channel and date are one group: the test says the same of each of
 * them, so a group is compared once, and a retelling of something already said costs a map look-up.
 *
 * Each way the test can hold needs shared words: a quoted fragment inside another (`containedIn`) has all
 * but a few of its words in the other; a paraphrase shares at least half, and at least three, of the smaller
 * point's words; a post shares one point word. If a bag of words (counted with repeats) must have `need` of
 * its `total` in the other bag, then any part of it weighing `total - need + hits` has at least `hits` in the
 * other: that part, made of the bag's rarest words (by how many of the speaker's groups had them when the bag
 * came), is its signature. A pair is compared only when the signature of the one inside (or the smaller)
 * meets at least `hits` of the other's words, as every pair the test joins does. That holds whatever words a
 * signature takes, so the join is exact; rare words keep the lists it reads short. A new group's words are
 * read against the earlier signatures, and its own signatures against the earlier groups' words, so a pair is
 * found whichever of the two is inside.
 */

/**
 * Signature words the other bag must have before a pair is compared. More makes signatures longer (more list
 * entries read) and comparisons fewer: with 6, quotes that share one stock phrase are not compared (on the
 * generated 50k corpus, 0.27 million comparisons instead of 3.4 million with 3).
 */
const HITS = 6;

interface Group {
  /** One of its statements: the test says the same of each. */
  statement: ExtractedStatement;
  /** Statement numbers, in the order added. */
  members: number[];
  /** Whether its members are in one cluster: when the test joins it with itself or with any other group. */
  joined: boolean;
}

/** The sets the union-find keeps: `union` may do more (as the incremental merge's does), but must join the two. */
export interface StatementSets {
  find(i: number): number;
  union(a: number, b: number): void;
}

/** Per-number counters for one probe at a time, reset by a new stamp rather than by clearing. */
class Tally {
  private counts = new Int32Array(1024);
  private stamps = new Int32Array(1024);
  private stamp = 0;

  start(): void {
    this.stamp++;
  }

  /** Adds `weight` to the count of `id`: whether the count reaches `target` by it (once per probe and id). */
  reaches(id: number, weight: number, target: number): boolean {
    if (id >= this.counts.length) this.grow(id);
    const before = this.stamps[id] === this.stamp ? this.counts[id] : 0;
    this.stamps[id] = this.stamp;
    this.counts[id] = before + weight;
    return before < target && before + weight >= target;
  }

  /** Whether `id` was marked in this probe; marks it. */
  marked(id: number): boolean {
    if (id >= this.counts.length) this.grow(id);
    if (this.stamps[id] === this.stamp) return true;
    this.stamps[id] = this.stamp;
    return false;
  }

  private grow(id: number): void {
    const size = Math.max(2 * this.counts.length, id + 1);
    const counts = new Int32Array(size);
    const stamps = new Int32Array(size);
    counts.set(this.counts);
    stamps.set(this.stamps);
    this.counts = counts;
    this.stamps = stamps;
  }
}

/** A bag's signature: its words with their weights, and how many of them (by weight) the other bag must have. */
interface Signature {
  words: [string, number][];
  hits: number;
}

/** Groups and signatures by number, shared by the speakers' indexes. */
class Registry {
  readonly groups: Group[] = [];
  readonly signatureGroup: number[] = [];
  readonly signatureHits: number[] = [];
  /** Counts signature hits; marks groups met. */
  readonly tally = new Tally();
  readonly met = new Tally();

  signature(group: number, hits: number): number {
    this.signatureGroup.push(group);
    this.signatureHits.push(hits);
    return this.signatureGroup.length - 1;
  }
}

/** Lists of numbers by word: groups, or signatures followed by the word's weight in them. */
type WordIndex = Map<string, number[]>;

/** One speaker's groups, with their words indexed for both sides of each test. */
class SpeakerIndex {
  readonly groups = new Map<string, number>();
  /** How many groups had each word, apart for fragment words and point words (stemmed, no stopwords). */
  private readonly fragmentCounts = new Map<string, number>();
  private readonly pointCounts = new Map<string, number>();
  /** Fragments by signature (as the one inside, with weights) and by every word (as the one around). */
  private readonly fragmentSignatures: WordIndex = new Map();
  private readonly fragmentWords: WordIndex = new Map();
  /** Points by signature (as the smaller) and by every word, apart for direct quotes, which `samePoint` pairs only by stricter thresholds. */
  private readonly pointSignatures = { direct: new Map() as WordIndex, other: new Map() as WordIndex };
  private readonly pointWords = { direct: new Map() as WordIndex, other: new Map() as WordIndex };
  /** Point words of posts, by platform. */
  private readonly postWords: WordIndex = new Map();

  constructor(private readonly registry: Registry) {}

  /** Calls `meet` with each earlier group the new group may be the same as, once each; then indexes it. */
  probe(id: number, meet: (other: number) => void): void {
    const { registry } = this;
    const { tally, met } = registry;
    const statement = registry.groups[id].statement;
    const { fragments, point } = wordsOfStatement(statement);
    met.start();
    const visit = (other: number) => {
      if (!met.marked(other)) meet(other);
    };

    // An earlier fragment inside one of this group's.
    const words = new Set(fragments.flat());
    tally.start();
    for (const w of words) {
      const list = this.fragmentSignatures.get(w);
      if (!list) continue;
      for (let k = 0; k < list.length; k += 2) {
        const s = list[k];
        if (tally.reaches(s, list[k + 1], registry.signatureHits[s])) visit(registry.signatureGroup[s]);
      }
    }
    // One of this group's fragments inside an earlier one.
    const signatures = fragments.flatMap((f) => (f.every(isStopword) ? [] : [signatureOf(bagOf(f), f.length, wordsToMatch(f.length), this.fragmentCounts)]));
    for (const signature of signatures) this.meetSignature(signature, this.fragmentWords, visit);

    // Paraphrases, this point the larger or the smaller.
    const need = pointWordsToShare(point.size);
    const pointSignature = need === Infinity ? undefined : signatureOf(bagOf(point), point.size, need, this.pointCounts);
    const kind = statement.kind === 'DIRECT_QUOTE' ? 'direct' : 'other';
    for (const other of ['direct', 'other'] as const) {
      if (!pointSignature) break;
      tally.start();
      for (const w of point) {
        for (const s of this.pointSignatures[other].get(w) ?? []) if (tally.reaches(s, 1, registry.signatureHits[s])) visit(registry.signatureGroup[s]);
      }
      this.meetSignature(pointSignature, this.pointWords[other], visit);
    }

    // Posts on one platform sharing a point word.
    const channel = statement.channel;
    if (isPlatform(channel)) for (const w of point) for (const other of this.postWords.get(`${channel} ${w}`) ?? []) visit(other);

    // Indexed after the probe, so that it does not meet itself.
    for (const w of words) {
      appendTo(this.fragmentWords, w, id);
      this.fragmentCounts.set(w, (this.fragmentCounts.get(w) ?? 0) + 1);
    }
    for (const signature of signatures) {
      const s = registry.signature(id, signature.hits);
      for (const [w, weight] of signature.words) {
        const list = this.fragmentSignatures.get(w);
        if (list) list.push(s, weight);
        else this.fragmentSignatures.set(w, [s, weight]);
      }
    }
    for (const w of point) this.pointCounts.set(w, (this.pointCounts.get(w) ?? 0) + 1);
    if (pointSignature) {
      const s = registry.signature(id, pointSignature.hits);
      for (const [w] of pointSignature.words) appendTo(this.pointSignatures[kind], w, s);
      for (const w of point) appendTo(this.pointWords[kind], w, id);
    }
    if (isPlatform(channel)) for (const w of point) appendTo(this.postWords, `${channel} ${w}`, id);
  }

  /** Earlier groups whose words meet the signature's words at least `hits` times (by weight). */
  private meetSignature(signature: Signature, index: WordIndex, visit: (other: number) => void): void {
    const tally = this.registry.tally;
    tally.start();
    for (const [w, weight] of signature.words) {
      const list = index.get(w);
      if (!list) continue;
      for (let k = 0; k < list.length; k++) if (tally.reaches(list[k], weight, signature.hits)) visit(list[k]);
    }
  }
}

function bagOf(words: Iterable<string>): Map<string, number> {
  const bag = new Map<string, number>();
  for (const w of words) bag.set(w, (bag.get(w) ?? 0) + 1);
  return bag;
}

/**
 * The signature of a bag of `total` words of which at least `need` (by weight) recur in the other bag of a
 * pair: its rarest words, stopwords last, weighing at least `total - need + hits`.
 */
function signatureOf(bag: Map<string, number>, total: number, need: number, counts: Map<string, number>): Signature {
  const hits = Math.min(HITS, need);
  const ranked = [...bag].map(([w, weight]) => ({ w, weight, stop: isStopword(w) ? 1 : 0, count: counts.get(w) ?? 0 }));
  ranked.sort((a, b) => a.stop - b.stop || a.count - b.count || (a.w < b.w ? -1 : a.w > b.w ? 1 : 0));
  const words: [string, number][] = [];
  let weight = 0;
  for (const r of ranked) {
    if (weight >= total - need + hits) break;
    words.push([r.w, r.weight]);
    weight += r.weight;
  }
  return { words, hits };
}

/** Statements with the same key are the same to the test: same words, kind, channel and date. */
function groupKey(s: ExtractedStatement, { fragments, point }: StatementWords): string {
  return [s.kind, s.channel ?? '', s.date ?? '', fragments.map((f) => f.join(' ')).join('|'), [...point].sort().join(' ')].join('\n');
}

/**
 * Clusters statements as they are added: each joins, through `sets`, every earlier statement of its speaker
 * that `sameStatement` holds for. The clusters are those of comparing every pair, in any order of addition.
 */
export class StatementClusters {
  private readonly speakers = new Map<string, SpeakerIndex>();
  private readonly registry = new Registry();

  constructor(private readonly sets: StatementSets) {}

  /** Adds statement number `i`. */
  add(i: number, statement: ExtractedStatement): void {
    let index = this.speakers.get(statement.speakerKey);
    if (!index) this.speakers.set(statement.speakerKey, (index = new SpeakerIndex(this.registry)));
    // Only the first statement of a group is compared, so only its words are kept.
    const words = statementWords(statement);
    const key = groupKey(statement, words);
    const known = index.groups.get(key);
    if (known !== undefined) {
      const group = this.registry.groups[known];
      group.members.push(i);
      if (group.joined) this.sets.union(group.members[0], i);
      return;
    }
    keepWords(statement, words);
    const group: Group = { statement, members: [i], joined: sameStatement(statement, statement) };
    const id = this.registry.groups.push(group) - 1;
    index.groups.set(key, id);
    index.probe(id, (o) => {
      const other = this.registry.groups[o];
      if (other.joined && this.sets.find(other.members[0]) === this.sets.find(i)) return;
      if (sameStatement(other.statement, statement)) this.join(other, group);
    });
  }

  private join(a: Group, b: Group): void {
    for (const g of [a, b]) {
      if (g.joined) continue;
      g.joined = true;
      for (const m of g.members.slice(1)) this.sets.union(g.members[0], m);
    }
    this.sets.union(a.members[0], b.members[0]);
  }
}
