import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpus } from '../corpus/loadCorpus';
import { mergeExtractions } from '../merge/mergeExtractions';
import type { ActorNode, Ontology, ReportSpan, StatementNode } from '../ontology/types';
import { extractCorpus } from '../pipeline';
import { locate } from './gold';

/**
 * Scores the whole pipeline against the real-news development set (`../shared/realnews/`, read at run time and
 * never copied into the repository). Its gold is per article, by phrase: a gold item is found when a node of
 * that source carries a report covering more than half of the phrase's characters.
 */
interface GoldPhrase { phrase: string; nth?: number; speakers: string[]; kind?: string; mixed?: boolean }
interface GoldMeeting { participants: string[]; happened: boolean; date?: string | null }
interface GoldAgreement { parties: string[]; status: string; also_acceptable_status?: string[] }
interface GoldArticle {
  quotes: GoldPhrase[];
  paraphrases: GoldPhrase[];
  non_speech_quotes?: (string | { phrase: string; nth?: number })[];
  meetings?: GoldMeeting[];
  agreements?: GoldAgreement[];
}
interface SameStatement { speaker: string; reports: { file: string; phrase: string; nth?: number }[] }
interface GoldFile { articles: Record<string, GoldArticle>; same_statement?: SameStatement[] }

export interface RealNewsFigures {
  quoteRecall: number;
  quoteSpeakerAccuracy: number;
  quoteEndToEnd: number;
  paraphraseRecall: number;
  paraphraseEndToEnd: number;
  nonSpeechQuotesAsSpeech: number;
  meetingRecall: number;
  meetingPrecision: number;
  agreementRecall: number;
  agreementStatusAccuracy: number;
  agreementPrecision: number;
  sameStatementExact: number;
  sameStatementMerged: number;
  mergePrecision: number;
}

export interface RealNewsEvaluation {
  figures: RealNewsFigures;
  counts: Record<string, number>;
  errors: string[];
}

interface Span { start: number; end: number }

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[’‘]/g, "'").toLowerCase();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The gold's rule: one of the alternatives occurs in the system's name, case-insensitively, at a word start. */
export function nameAtWordStart(gold: string, name: string): boolean {
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escape(fold(gold.trim()))}`, 'u').test(fold(name));
}

function actorMatches(alternatives: string[], actor: Pick<ActorNode, 'name' | 'aliases'> | undefined): boolean {
  if (!actor) return false;
  return alternatives.some((g) => [actor.name, ...actor.aliases].some((n) => nameAtWordStart(g, n)));
}

function carries(reports: ReportSpan[], sourceId: string, span: Span): boolean {
  const need = 0.5 * (span.end - span.start);
  return reports.some((r) => r.sourceId === sourceId && Math.min(r.end, span.end) - Math.max(r.start, span.start) > need);
}

/** The realnews folder beside the repository, or undefined when `../shared` is absent. */
export function realNewsDir(root: string): string | undefined {
  const dir = join(root, '..', 'shared', 'realnews');
  return existsSync(join(dir, 'articles')) ? dir : undefined;
}

export function evaluateRealNews(dir: string): RealNewsEvaluation {
  const gold: GoldFile = { articles: {}, same_statement: [] };
  for (const part of ['gold-a.json', 'gold-b.json']) {
    const file = JSON.parse(readFileSync(join(dir, part), 'utf8')) as GoldFile;
    Object.assign(gold.articles, file.articles);
    gold.same_statement!.push(...(file.same_statement ?? []));
  }
  const corpus = loadCorpus(join(dir, 'articles'));
  const { extractions, sources, warnings } = extractCorpus(corpus);
  const ontology: Ontology = mergeExtractions(extractions, sources, warnings);
  return score(gold, ontology, new Map(corpus.articles.map((a) => [a.id, a.text])));
}

function score(gold: GoldFile, ontology: Ontology, texts: Map<string, string>): RealNewsEvaluation {
  const errors: string[] = [];
  const actors = new Map(ontology.actors.map((a) => [a.id, a]));
  const speakerName = (s: StatementNode) => actors.get(s.speakerId)?.name ?? s.speakerId;
  const stem = (file: string) => file.replace(/\.txt$/, '');
  const spanOf = (file: string, phrase: string, nth?: number) => {
    const span = locate(texts.get(stem(file)) ?? '', phrase, nth);
    if (!span) errors.push(`gold phrase not found in ${file}: ${phrase}`);
    return span;
  };
  const statementsCarrying = (file: string, span: Span) =>
    ontology.statements.filter((s) => carries(s.reports, `source:${stem(file)}`, span));

  const speech = (kind: 'quote' | 'paraphrase', items: [string, GoldPhrase][]) => {
    let found = 0;
    let right = 0;
    for (const [file, g] of items) {
      const span = spanOf(file, g.phrase, g.nth);
      if (!span) continue;
      const carriers = statementsCarrying(file, span);
      const tag = `[${stem(file).slice(0, 40)}] ${g.speakers[0]}: "${g.phrase.slice(0, 70)}"`;
      if (carriers.length === 0) { errors.push(`missed ${kind} ${tag}`); continue; }
      found++;
      if (carriers.some((s) => actorMatches(g.speakers, actors.get(s.speakerId)))) right++;
      else errors.push(`wrong speaker, ${kind} ${tag}: got ${carriers.map(speakerName).join(' / ')}`);
    }
    return { found, right, total: items.length };
  };
  const articles = Object.entries(gold.articles);
  const quotes = speech('quote', articles.flatMap(([f, a]) => a.quotes.map((q) => [f, q] as [string, GoldPhrase])));
  const paraphrases = speech('paraphrase', articles.flatMap(([f, a]) => a.paraphrases.map((q) => [f, q] as [string, GoldPhrase])));

  let nonSpeech = 0;
  const nonSpeechItems = articles.flatMap(([f, a]) => (a.non_speech_quotes ?? []).map((q) => [f, typeof q === 'string' ? { phrase: q } : q] as const));
  // A term quoted inside someone's quote (‘tariff’ inside a minister's words) is carried by that quote's report:
  // a statement carrying a gold quote of the same paragraph reads the term as part of that speech, not as speech.
  const sameParagraphQuotes = (file: string, span: Span) => {
    const text = texts.get(stem(file)) ?? '';
    const apart = (a: Span, b: Span) => text.slice(Math.min(a.end, b.end), Math.max(a.start, b.start)).includes('\n');
    return (gold.articles[file]?.quotes ?? []).map((g) => spanOf(file, g.phrase, g.nth)).filter((g): g is Span => !!g && !apart(g, span));
  };
  for (const [file, q] of nonSpeechItems) {
    const span = spanOf(file, q.phrase, q.nth);
    const around = span ? sameParagraphQuotes(file, span) : [];
    const asSpeech = (s: StatementNode) => s.kind === 'DIRECT_QUOTE' && !around.some((g) => carries(s.reports, `source:${stem(file)}`, g));
    if (span && statementsCarrying(file, span).some(asSpeech)) {
      nonSpeech++;
      errors.push(`non-speech quote taken as speech [${stem(file).slice(0, 40)}] "${q.phrase}"`);
    }
  }

  const events = scoreEvents(gold, ontology, actors, errors);
  const merge = scoreSameStatements(gold, ontology, spanOf, statementsCarrying, errors);
  return {
    figures: {
      quoteRecall: ratio(quotes.found, quotes.total),
      quoteSpeakerAccuracy: ratio(quotes.right, quotes.found),
      quoteEndToEnd: ratio(quotes.right, quotes.total),
      paraphraseRecall: ratio(paraphrases.found, paraphrases.total),
      paraphraseEndToEnd: ratio(paraphrases.right, paraphrases.total),
      nonSpeechQuotesAsSpeech: ratio(nonSpeech, nonSpeechItems.length),
      ...events.figures,
      ...merge.figures,
    },
    counts: {
      articles: articles.length,
      goldQuotes: quotes.total,
      quotesFound: quotes.found,
      quotesRight: quotes.right,
      goldParaphrases: paraphrases.total,
      paraphrasesRight: paraphrases.right,
      statements: ontology.statements.length,
      unattributedQuotes: ontology.sources.reduce((n, s) => n + s.unattributedQuotes.length, 0),
      ...events.counts,
      ...merge.counts,
    },
    errors,
  };
}

function scoreEvents(gold: GoldFile, ontology: Ontology, actors: Map<string, ActorNode>, errors: string[]) {
  const inSource = <T extends { reports: ReportSpan[] }>(nodes: T[], file: string) =>
    nodes.filter((n) => n.reports.some((r) => r.sourceId === `source:${file.replace(/\.txt$/, '')}`));
  const slotsMatch = (slots: string[], ids: string[]) => slots.every((slot) => ids.some((id) => actorMatches(slot.split('|'), actors.get(id))));
  const name = (id: string) => actors.get(id)?.name ?? id;

  let happened = 0, meetingsFound = 0, systemMeetings = 0, meetingsRight = 0;
  let agreements = 0, agreementsFound = 0, statusRight = 0, systemAgreements = 0, agreementsRight = 0;
  for (const [file, a] of Object.entries(gold.articles)) {
    const meetings = inSource(ontology.meetings, file);
    for (const gm of (a.meetings ?? []).filter((m) => m.happened)) {
      happened++;
      if (meetings.some((m) => slotsMatch(gm.participants, m.participantIds))) meetingsFound++;
      else errors.push(`missed meeting [${file.slice(0, 40)}] ${gm.participants.join(' + ')}`);
    }
    for (const m of meetings) {
      systemMeetings++;
      if ((a.meetings ?? []).some((gm) => slotsMatch(gm.participants, m.participantIds))) meetingsRight++;
      else errors.push(`spurious meeting [${file.slice(0, 40)}] ${m.participantIds.map(name).join(' + ')}`);
    }
    const deals = inSource(ontology.agreements, file);
    for (const ga of a.agreements ?? []) {
      agreements++;
      const hits = deals.filter((g) => slotsMatch(ga.parties, g.partyIds));
      if (hits.length === 0) { errors.push(`missed agreement [${file.slice(0, 40)}] ${ga.parties.join(' + ')} (${ga.status})`); continue; }
      agreementsFound++;
      const statuses = [ga.status, ...(ga.also_acceptable_status ?? [])];
      if (hits.some((g) => statuses.includes(g.status))) statusRight++;
      else errors.push(`wrong agreement status [${file.slice(0, 40)}] gold ${statuses.join('|')}, got ${hits.map((g) => g.status).join('/')}`);
    }
    for (const g of deals) {
      systemAgreements++;
      if ((a.agreements ?? []).some((ga) => slotsMatch(ga.parties, g.partyIds))) agreementsRight++;
      else errors.push(`spurious agreement [${file.slice(0, 40)}] ${g.partyIds.map(name).join(' + ')}: ${g.title}`);
    }
  }
  return {
    figures: {
      meetingRecall: ratio(meetingsFound, happened),
      meetingPrecision: ratio(meetingsRight, systemMeetings),
      agreementRecall: ratio(agreementsFound, agreements),
      agreementStatusAccuracy: ratio(statusRight, agreementsFound),
      agreementPrecision: ratio(agreementsRight, systemAgreements),
    },
    counts: { goldMeetings: happened, meetingsFound, meetings: systemMeetings, goldAgreements: agreements, agreementsFound, agreements: systemAgreements },
  };
}

/**
 * A group is merged exactly when one Statement carries a report of every source the group names and no other
 * source. Merge precision is judged on pairs of reports from two sources that one Statement joins, where both
 * reports carry an annotated remark: right when the two remarks are the same group.
 */
function scoreSameStatements(
  gold: GoldFile,
  ontology: Ontology,
  spanOf: (file: string, phrase: string, nth?: number) => Span | undefined,
  statementsCarrying: (file: string, span: Span) => StatementNode[],
  errors: string[],
) {
  const groups = gold.same_statement ?? [];
  let exact = 0, merged = 0;
  groups.forEach((group, g) => {
    const files = new Set(group.reports.map((r) => `source:${r.file.replace(/\.txt$/, '')}`));
    const carriers = new Map<string, Set<string>>();
    for (const r of group.reports) {
      const span = spanOf(r.file, r.phrase, r.nth);
      if (!span) continue;
      for (const s of statementsCarrying(r.file, span)) (carriers.get(s.id) ?? carriers.set(s.id, new Set()).get(s.id)!).add(`source:${r.file.replace(/\.txt$/, '')}`);
    }
    const byId = new Map(ontology.statements.map((s) => [s.id, s]));
    const isExact = [...carriers].some(([id, carried]) => {
      const sources = new Set(byId.get(id)!.reports.map((r) => r.sourceId));
      return carried.size === files.size && sources.size === files.size && [...files].every((f) => sources.has(f));
    });
    if (isExact) exact++;
    if ([...carriers.values()].some((c) => c.size >= 2)) merged++;
    if (!isExact) errors.push(`same statement not merged exactly #${g} ${group.speaker}: "${group.reports[0].phrase.slice(0, 60)}" (${files.size} sources; best ${Math.max(0, ...[...carriers.values()].map((c) => c.size))})`);
  });

  // Remarks by report: each annotated quote or paraphrase is its own remark unless a group names it.
  const remarksAt = new Map<string, { span: Span; remark: string }[]>();
  const note = (file: string, span: Span | undefined, remark: string) => {
    if (!span) return;
    const key = `source:${file.replace(/\.txt$/, '')}`;
    (remarksAt.get(key) ?? remarksAt.set(key, []).get(key)!).push({ span, remark });
  };
  groups.forEach((group, g) => group.reports.forEach((r) => note(r.file, spanOf(r.file, r.phrase, r.nth), `group:${g}`)));
  for (const [file, a] of Object.entries(gold.articles)) {
    [...a.quotes, ...a.paraphrases].forEach((q, k) => note(file, spanOf(file, q.phrase, q.nth), `${file}:${k}`));
  }
  const remarksOf = (r: ReportSpan) =>
    new Set((remarksAt.get(r.sourceId) ?? []).filter((x) => carries([r], r.sourceId, x.span)).map((x) => x.remark));
  let pairs = 0, rightPairs = 0;
  for (const s of ontology.statements) {
    const judged = s.reports.map((r) => ({ r, remarks: remarksOf(r) })).filter((x) => x.remarks.size > 0);
    for (let i = 0; i < judged.length; i++) {
      for (let j = i + 1; j < judged.length; j++) {
        if (judged[i].r.sourceId === judged[j].r.sourceId) continue;
        pairs++;
        if ([...judged[i].remarks].some((x) => judged[j].remarks.has(x))) rightPairs++;
        else errors.push(`wrong merge ${s.id}: "${judged[i].r.excerpt.slice(0, 50)}" + "${judged[j].r.excerpt.slice(0, 50)}"`);
      }
    }
  }
  return {
    figures: { sameStatementExact: ratio(exact, groups.length), sameStatementMerged: ratio(merged, groups.length), mergePrecision: ratio(rightPairs, pairs) },
    counts: { sameStatementGroups: groups.length, mergedExactly: exact, mergedPairs: pairs },
  };
}
