import type { AnalyzedText, Sentence } from '../../nlp/types';
import type { ActorMention, ArticleActor, ExtractedAgreement } from '../types';
import type { SpanIndex } from '../spanIndex';
import { squeeze } from '../textForms';
import { isCollectiveSpeaker } from '../actors/collectiveSpeakers';
import { laterStatus, statusOf } from './agreementStatus';
import commitments from './data/agreementTriggers.json';
import type { ArticleDates } from '../values/DateResolver';

interface Trigger {
  kind: string;
  pattern: RegExp;
}

/** What kinds of agreement news reports, and the words that name them. */
const TRIGGERS: Trigger[] = [
  { kind: 'prisoner exchange', pattern: /\b(prisoner (swap|exchange)s?|in exchange for|in return|(?<!heated |angry |testy |tense |sharp )(swap|exchange)(?! of (fire|views|words|blows)))\b/i },
  { kind: 'aid package', pattern: /\b((military|financial|humanitarian|economic) (aid|assistance|support)|aid package|assistance package|loan)\b/i },
  { kind: 'proposal', pattern: /\b(proposal|(?<!contract )offer|request|demand|plan)\b/i },
  // A "tariff truce" is a trade deal, not a military ceasefire.
  { kind: 'deal', pattern: /\b((tariff|trade) (truce|deal|agreement|war truce))\b/i },
  { kind: 'ceasefire', pattern: /\b(cease-?fire|truce|armistice|pause in the (conflict|fighting)|halt (aerial |air )?(strikes|attacks))\b/i },
  { kind: 'deal', pattern: /\b(peace deal|peace agreement|deal|agreement|accord|pact|treaty|compact|memorandum|(?:labou?r |union |new |latest )?contract(?! offer)|agreed (?:[A-Za-z]+ ){0,3}?to [a-z]+|agreed that)\b/i },
  // Commitments and refusals: "signed a spending pledge", "the target agreed in X", "its refusal to meet the target".
  { kind: 'deal', pattern: new RegExp(`\\b(?:${commitments.commitments.join('|')}|refus(?:al|ed|es|ing) to (?:${commitments.complianceVerbs.join('|')}))\\b`, 'i') },
];
/**
 * Every trigger's match holds one of these at the start of a word (an agreement, exchange, aid, proposal, truce
 * or deal word); they are looked for first, in one pass: most clauses name no agreement, and the triggers are
 * six passes of alternatives.
 */
const TRIGGER_WORDS = new RegExp(`\\b(?:swap|exchange|in return|aid|assistance|support|loan|proposal|offer|request|demand|plan|truce|deal|agree|cease|armistice|pause in the|halt|accord|pact|treaty|compact|memorandum|contract|${commitments.leads.join('|')})`, 'i');
/** "the deal", "Under the truce", "welcomed the agreement": a reference to an agreement already reported. */
const DEFINITE = /\b(the|this|that|its|their|Saturday's|Friday's|Thursday's|Wednesday's|Tuesday's|Monday's|Sunday's)\s+([a-z0-9-]+\s+){0,2}$/i;

/** What tells two agreements of a kind apart: a named place first, else the kind of measure. */
const PLACE_SCOPE = /\b((?:[A-Z][a-z]+ )?(?:Sea|Strait|Gulf|Corridor|Region|Oblast))\b/;
const SCOPE = /\b(trade|energy|aerial|full|complete|comprehensive|unconditional|partial|temporary|limited|military|humanitarian|financial)\b/i;
/** Clauses of a sentence that may each report a different agreement ("X rejected A, while Y made B conditional"). */
const CLAUSE_SPLIT = /;|,\s+(?=(?:while|but|whereas|although)\b)/g;
const PLACE_PREPOSITIONS = /\b(in|at|from|near)\s+(the\s+)?$/i;

interface Context {
  analysis: AnalyzedText;
  mentionIndex: SpanIndex<ActorMention>;
  actors: ReadonlyMap<string, ArticleActor>;
  nonProse: ReadonlySet<number>;
  dates: ArticleDates;
  isQuoted: (pos: number) => boolean;
}

/**
 * The state or organisation an actor acts for: a person counts as their country ("Putin rejected" → Russia),
 * as far as the article itself names it — a party is always an actor the article mentions.
 */
function partyOf(key: string, actors: ReadonlyMap<string, ArticleActor>): string | undefined {
  let current = key;
  for (let depth = 0; depth < 3; depth++) {
    const actor = actors.get(current);
    if (!actor) return undefined;
    const parent = actor.affiliationKey;
    const acting = actor.kind !== 'PERSON' && !(actor.kind === 'ORGANIZATION' && parent);
    if (acting || !parent || !actors.has(parent)) return actor.kind === 'PERSON' ? undefined : current;
    current = parent;
  }
  return current;
}

/** "the Chile-U.K.-Peru Accord", "a Korea-U.S. fishing deal": a hyphenated compound of parties before the agreement word. */
const COMPOUND_BEFORE = /((?:[\p{L}.]+[-–]){1,3}[\p{L}.]+)\s+(?:[\p{Ll}-]+\s+){0,2}$/u;

function compoundParties(before: string, actors: ReadonlyMap<string, ArticleActor>): string[] {
  const compound = COMPOUND_BEFORE.exec(before)?.[1];
  if (!compound) return [];
  const byName = new Map<string, string>();
  for (const a of actors.values()) {
    if (a.kind !== 'COUNTRY' && a.kind !== 'ORGANIZATION') continue;
    for (const n of [a.name, ...a.aliases]) byName.set(n.toLowerCase(), a.key);
  }
  const parts = compound.split(/[-–]/).map((p) => byName.get(p.toLowerCase()));
  // Every part must be a party the article names: "Moscow-backed" or "long-term" are no compounds of parties.
  return parts.every((k) => k !== undefined) ? [...new Set(parts as string[])] : [];
}

/** The mention stands right before the agreement words, with no clause break or speech verb between. */
function isSubjectOf(m: ActorMention, triggerStart: number, text: string): boolean {
  if (m.end > triggerStart || triggerStart - m.end > 60) return false;
  return !/[,;:]|\b(said|says|told|according)\b/.test(text.slice(m.end, triggerStart));
}

function agreementIn(sentence: Sentence, clause: { start: number; end: number }, ctx: Context): { agreement: ExtractedAgreement; kind: string; definite: boolean; proposer: boolean } | undefined {
  const { text } = ctx.analysis;
  const clauseText = text.slice(clause.start, clause.end);
  if (!TRIGGER_WORDS.test(clauseText)) return undefined;
  let trigger: { t: Trigger; m: RegExpExecArray } | undefined;
  for (const t of TRIGGERS) {
    const m = t.pattern.exec(clauseText);
    if (m && !ctx.isQuoted(clause.start + m.index)) {
      trigger = { t, m };
      break;
    }
  }
  if (!trigger) return undefined;
  const definite = DEFINITE.test(clauseText.slice(0, trigger.m.index));
  // A proposal, offer or request is an agreement in the making when someone makes it: "a US proposal",
  // "Poland's offer", "a proposal by Poland" — not "denied making such a proposal".
  const triggerStart = clause.start + trigger.m.index;
  const triggerEnd = triggerStart + trigger.m[0].length;
  const proposer = ctx.mentionIndex.within(Math.max(0, triggerStart - 200), triggerEnd + 200).some(
    (m) => (m.end <= triggerStart && triggerStart - m.end <= 4) || (m.start >= triggerEnd && /^\s+(by|from)\s+(the\s+)?$/.test(text.slice(triggerEnd, m.start))),
  );
  const inClause = ctx.mentionIndex.within(clause.start, clause.end).filter((m) => !ctx.isQuoted(m.start));
  // Countries named as locations ("arrested in Cyprus") are not parties, unless nothing else is named; nor is
  // the agency in a dateline ("BOGOTA (AFP) -").
  const inParentheses = (m: ActorMention) => text[m.start - 1] === '(' && text[m.end] === ')';
  const acting = inClause.filter((m) => !PLACE_PREPOSITIONS.test(text.slice(Math.max(0, m.start - 12), m.start)) && !inParentheses(m));
  const partyKeys = new Set<string>();
  for (const m of acting.length > 0 ? acting : inClause.filter((x) => !inParentheses(x))) {
    const party = partyOf(m.key, ctx.actors);
    const kind = party ? ctx.actors.get(party)?.kind : undefined;
    // An unnamed group ("officials said") reports the agreement; it is not a party to it.
    const named = !isCollectiveSpeaker(party ? ctx.actors.get(party) : undefined);
    if (party && named && (kind === 'COUNTRY' || kind === 'ORGANIZATION' || kind === 'GROUP')) partyKeys.add(party);
    // A body that is itself the subject of the agreement ("Myanmar's junta announced a ceasefire") is a party
    // beside the state it acts for; one that only reports it ("the White House said") is not.
    if (party && party !== m.key && ctx.actors.get(m.key)?.kind === 'ORGANIZATION' && isSubjectOf(m, triggerStart, text)) partyKeys.add(m.key);
  }
  // Read from the text, not the clause: a sentence splitter may have cut the compound at "U.S.".
  for (const key of compoundParties(text.slice(Math.max(0, triggerStart - 60), triggerStart), ctx.actors)) partyKeys.add(key);
  if (partyKeys.size === 0 && !definite) return undefined;
  const status = statusOf(clauseText);
  const near = clauseText.slice(Math.max(0, trigger.m.index - 40), trigger.m.index + trigger.m[0].length + 30);
  const scope = (PLACE_SCOPE.exec(near)?.[1] ?? SCOPE.exec(near)?.[1]?.toLowerCase());
  const dates = ctx.dates.days(sentence, clause).filter((d) => !ctx.isQuoted(d.start));
  const agreement: ExtractedAgreement = {
    kind: trigger.t.kind,
    scope: scope === 'complete' || scope === 'comprehensive' || scope === 'unconditional' ? 'full' : scope,
    partyKeys: [...partyKeys].sort(),
    status,
    date: dates[0]?.date,
    terms: squeeze(clauseText).replace(/^[,;]\s*/, ''),
    spans: [clause],
  };
  return { agreement, kind: trigger.t.kind, definite, proposer };
}

/**
 * Agreements by kind (exchange, aid package, ceasefire, deal) with the parties named in the same sentence,
 * the scope words that tell two ceasefires apart ("Black Sea", "full") and a status that follows the verbs.
 */
export function extractAgreements(ctx: Context): ExtractedAgreement[] {
  const { analysis } = ctx;
  const out: ExtractedAgreement[] = [];
  for (const sentence of analysis.sentences) {
    if (ctx.nonProse.has(sentence.index)) continue;
    const sentenceText = analysis.text.slice(sentence.start, sentence.end);
    const cuts = [0, ...[...sentenceText.matchAll(CLAUSE_SPLIT)].map((m) => m.index ?? 0), sentenceText.length];
    for (let c = 0; c + 1 < cuts.length; c++) {
      const clause = { start: sentence.start + cuts[c], end: sentence.start + cuts[c + 1] };
      const found = agreementIn(sentence, clause, ctx);
      if (!found) continue;
      const earlier = found.definite ? [...out].reverse().find((a) => a.kind === found.kind || found.kind === 'deal') : undefined;
      if (earlier) {
        earlier.spans.push(clause);
        earlier.status = laterStatus(earlier.status, found.agreement.status);
      }
      else if (found.agreement.partyKeys.length > 0 && (found.kind !== 'proposal' || found.proposer)) out.push(found.agreement);
    }
  }
  return out;
}
