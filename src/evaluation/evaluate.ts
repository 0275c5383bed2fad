import { loadCorpus } from '../corpus/loadCorpus';
import { mergeExtractions } from '../merge/mergeExtractions';
import type { ActorNode, Ontology, ReportSpan } from '../ontology/types';
import { extractCorpus } from '../pipeline';
import { locate, type GoldAnchor, type GoldSet } from './gold';

export interface Figures {
  quotePrecision: number;
  quoteRecall: number;
  speakerAccuracy: number;
  statementPrecision: number;
  statementRecall: number;
  statementMergeAccuracy: number;
  mergePrecision: number;
  meetingPrecision: number;
  meetingRecall: number;
  agreementPrecision: number;
  agreementRecall: number;
  discrepancyRecall: number;
}

export interface Evaluation {
  figures: Figures;
  counts: Record<string, number>;
  errors: string[];
}

interface Span {
  start: number;
  end: number;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
const overlap = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const norm = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();

/** Whether a gold name denotes this actor: its name, an alias, or (for people) the same surname. */
export function nameMatches(gold: string, actor: Pick<ActorNode, 'name' | 'aliases' | 'kind'> | undefined): boolean {
  if (!actor) return false;
  const g = norm(gold);
  if ([actor.name, ...actor.aliases].some((n) => norm(n) === g)) return true;
  return actor.kind === 'PERSON' && norm(actor.name).split(/\s+/).pop() === g.split(/\s+/).pop();
}

/**
 * Scores the extractor and the merge against hand annotations, GGT-style for quotes (a detected quote
 * matches a gold quote when it covers more than 30 % of its characters) and by reporting sources for
 * merged nodes (a gold report is covered when a node's report in that source overlaps its anchor).
 */
export function evaluate(gold: GoldSet, corpusDir: string): Evaluation {
  const corpus = loadCorpus(corpusDir);
  const { extractions, sources, warnings } = extractCorpus(corpus);
  const ontology: Ontology = mergeExtractions(extractions, sources, warnings);
  const texts = new Map(corpus.articles.map((a) => [a.id, a.text]));
  const actors = new Map(ontology.actors.map((a) => [a.id, a]));
  const errors: string[] = [];
  const anchorSpan = (a: GoldAnchor) => {
    const span = locate(texts.get(a.source) ?? '', a.anchor, a.occurrence);
    if (!span) errors.push(`gold anchor not found in ${a.source}: ${a.anchor}`);
    return span;
  };

  // Direct quotes.
  let quoteHits = 0;
  let speakerHits = 0;
  const predicted = extractions.flatMap((e) => e.quotes.filter((q) => q.speakerKey).map((q) => ({ ...q, source: e.article.id })));
  const matchedPredicted = new Set<object>();
  for (const g of gold.quotes) {
    const span = locate(texts.get(g.source) ?? '', g.text, g.occurrence);
    if (!span) { errors.push(`gold quote not found in ${g.source}: ${g.text}`); continue; }
    const hit = predicted.find((p) => p.source === g.source && overlap(p, span) > 0.3 * (span.end - span.start));
    if (!hit) { errors.push(`missed quote [${g.source.slice(0, 3)}] ${g.speaker}: "${g.text.slice(0, 70)}"`); continue; }
    quoteHits++;
    matchedPredicted.add(hit);
    if (nameMatches(g.speaker, actors.get(`actor:${hit.speakerKey}`))) speakerHits++;
    else errors.push(`wrong speaker [${g.source.slice(0, 3)}] "${g.text.slice(0, 50)}": gold ${g.speaker}, got ${actors.get(`actor:${hit.speakerKey}`)?.name ?? hit.speakerKey}`);
  }
  for (const p of predicted) if (!matchedPredicted.has(p)) errors.push(`spurious quote [${p.source.slice(0, 3)}] "${p.text.slice(0, 60)}"`);

  // Statements: which node carries each gold report, and is each node's set of sources right?
  const covers = (reports: ReportSpan[], a: GoldAnchor, span: Span) => reports.some((r) => r.sourceId === `source:${a.source}` && overlap(r, span) > 0);
  let exact = 0;
  let foundStatements = 0;
  const goldOfNode = new Map<string, Set<string>>();
  for (const g of gold.statements) {
    const anchors = g.reports.map((a) => ({ a, span: anchorSpan(a) })).filter((x): x is { a: GoldAnchor; span: Span } => !!x.span);
    const goldSources = new Set(g.reports.map((r) => r.source));
    let best: { id: string; hits: number; sources: Set<string> } | undefined;
    for (const s of ontology.statements) {
      const hits = anchors.filter(({ a, span }) => covers(s.reports, a, span)).length;
      if (hits === 0) continue;
      const set = goldOfNode.get(s.id) ?? new Set<string>();
      set.add(g.key);
      goldOfNode.set(s.id, set);
      if (!best || hits > best.hits) best = { id: s.id, hits, sources: new Set(s.reports.map((r) => r.sourceId.slice('source:'.length))) };
    }
    if (best) foundStatements++;
    const right = best && best.sources.size === goldSources.size && [...goldSources].every((x) => best!.sources.has(x));
    if (right) exact++;
    else errors.push(`statement ${g.key}: gold sources ${[...goldSources].map((x) => x.slice(0, 3)).sort().join(',')}, best node ${best ? [...best.sources].map((x) => x.slice(0, 3)).sort().join(',') : 'none'}`);
  }
  const spuriousStatements = ontology.statements.filter((s) => !goldOfNode.has(s.id));
  for (const s of spuriousStatements) errors.push(`spurious statement [${s.reports[0].sourceId.slice(7, 10)}] ${actors.get(s.speakerId)?.name}: "${s.text.slice(0, 70)}"`);
  const multi = ontology.statements.filter((s) => new Set(s.reports.map((r) => r.sourceId)).size >= 2 && goldOfNode.has(s.id));
  const wrongMerges = multi.filter((s) => goldOfNode.get(s.id)!.size > 1);
  for (const s of wrongMerges) errors.push(`wrong merge ${s.id}: joins ${[...goldOfNode.get(s.id)!].join(' + ')}`);

  // Meetings that happened, matched by participants and (day) date.
  const happened = gold.meetings.filter((m) => m.happened);
  const meetingMatches = (gm: GoldSet['meetings'][number], m: Ontology['meetings'][number]) =>
    gm.participants.length === m.participantIds.length &&
    gm.participants.every((p) => m.participantIds.some((id) => nameMatches(p, actors.get(id)))) &&
    (!gm.date || gm.date.length < 10 || gm.date === m.date);
  const foundMeetings = happened.filter((gm) => ontology.meetings.some((m) => meetingMatches(gm, m)));
  for (const gm of happened) if (!foundMeetings.includes(gm)) errors.push(`missed meeting ${gm.key}`);
  const correctMeetings = ontology.meetings.filter((m) => happened.some((gm) => meetingMatches(gm, m)));
  for (const m of ontology.meetings) if (!correctMeetings.includes(m)) errors.push(`spurious meeting ${m.id}`);

  // Agreements, matched by the passages that report them and at least one party.
  const agreementMatches = (ga: GoldSet['agreements'][number], g: Ontology['agreements'][number]) =>
    ga.reports.some((a) => { const span = anchorSpan(a); return !!span && covers(g.reports, a, span); }) &&
    ga.parties.some((p) => g.partyIds.some((id) => nameMatches(p, actors.get(id))));
  const foundAgreements = gold.agreements.filter((ga) => ontology.agreements.some((g) => agreementMatches(ga, g)));
  for (const ga of gold.agreements) if (!foundAgreements.includes(ga)) errors.push(`missed agreement ${ga.key}`);
  const correctAgreements = ontology.agreements.filter((g) => gold.agreements.some((ga) => agreementMatches(ga, g)));
  for (const g of ontology.agreements) if (!correctAgreements.includes(g)) errors.push(`spurious agreement ${g.id}`);

  // Discrepancies: same kind, and the values' sources as annotated.
  const foundDiscrepancies = gold.discrepancies.filter((gd) =>
    ontology.discrepancies.some((d) => {
      const sources = new Set(d.values.flatMap((v) => v.reports.map((r) => r.sourceId.slice('source:'.length))));
      return d.kind === gd.kind && gd.values.every((v) => v.sources.every((s) => sources.has(s)));
    }),
  );
  for (const gd of gold.discrepancies) if (!foundDiscrepancies.includes(gd)) errors.push(`missed discrepancy ${gd.subject} ${gd.field} (${gd.kind})`);

  return {
    figures: {
      quotePrecision: ratio(matchedPredicted.size, predicted.length),
      quoteRecall: ratio(quoteHits, gold.quotes.length),
      speakerAccuracy: ratio(speakerHits, quoteHits),
      statementPrecision: ratio(ontology.statements.length - spuriousStatements.length, ontology.statements.length),
      statementRecall: ratio(foundStatements, gold.statements.length),
      statementMergeAccuracy: ratio(exact, gold.statements.length),
      mergePrecision: ratio(multi.length - wrongMerges.length, multi.length),
      meetingPrecision: ratio(correctMeetings.length, ontology.meetings.length),
      meetingRecall: ratio(foundMeetings.length, happened.length),
      agreementPrecision: ratio(correctAgreements.length, ontology.agreements.length),
      agreementRecall: ratio(foundAgreements.length, gold.agreements.length),
      discrepancyRecall: ratio(foundDiscrepancies.length, gold.discrepancies.length),
    },
    counts: {
      articles: corpus.articles.length,
      goldQuotes: gold.quotes.length,
      detectedQuotes: predicted.length,
      goldStatements: gold.statements.length,
      statements: ontology.statements.length,
      goldMeetings: happened.length,
      meetings: ontology.meetings.length,
      goldAgreements: gold.agreements.length,
      agreements: ontology.agreements.length,
      discrepancies: ontology.discrepancies.length,
    },
    errors,
  };
}
