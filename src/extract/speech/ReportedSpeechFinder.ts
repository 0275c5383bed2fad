import { SPEECH_NOUNS, SPEECH_VERBS } from '../lexicon';
import type { QuoteSpan } from '../types';
import type { SpanIndex } from '../spanIndex';
import { squeeze } from '../textForms';
import type { ResolvedSpeaker } from './SpeakerResolver';
import type { Cue, SpeechCues } from './SpeechCues';
import { trimQuote, type ArticleStatements } from './ArticleStatements';
import type { StatementContext } from './StatementExtractor';

/** Words that, after a comma, begin a clause that is no longer the reported content (", but" usually still is). */
const CLAUSE_BREAK = new Set(['while', 'although', 'though', 'whereas', 'adding', 'despite', 'according']);
/**
 * Verbs that report speech only when they introduce what was said ("agreed that", "added:"): otherwise they
 * report acts ("agree to a ceasefire", "expressed interest", "concluded talks", "rejected a proposal", "briefed lawmakers").
 */
const SPEECH_ONLY_WITH_CONTENT = new Set(['agree', 'rule', 'repeat', 'express', 'signal', 'indicate', 'conclude', 'report', 'add', 'reject', 'demand', 'brief', 'answer']);
/** Every word a paraphrase can start from: a cue (see SpeechCues) or "according (to)". Most tokens are none of them. */
const PARAPHRASE_STARTS = new Set(['quoted', 'according', ...SPEECH_VERBS.keys(), ...SPEECH_NOUNS]);

/** A reported-speech cue with its speaker: the verb, or "according to" (whose content is the rest of the sentence). */
interface Attribution {
  cue: Cue;
  speaker: ResolvedSpeaker;
  accordingTo: boolean;
}

/**
 * Reported speech: "X warned that ...", "X vowed to ...", "according to X, ...", with the quoted fragments
 * inside the clause kept for cross-source matching.
 */
export class ReportedSpeechFinder {
  constructor(
    private readonly ctx: StatementContext,
    private readonly cues: SpeechCues,
    private readonly found: ArticleStatements,
    private readonly topQuotes: SpanIndex<QuoteSpan>,
  ) {}

  private isQuoted = (pos: number): boolean => this.ctx.isQuoted(pos);

  /** The paraphrase introduced at token `i`, if any, added to the article's statements. */
  at(i: number): void {
    const attribution = this.attributionAt(i);
    if (!attribution) return;
    const { tokens, text } = this.ctx.analysis;
    const { cue, speaker, accordingTo } = attribution;
    const sentence = this.ctx.analysis.sentences[tokens[i].sentence];
    const contentStart = accordingTo ? sentence.start : tokens[i].start;
    const end = accordingTo ? i : this.clauseEnd(i, speaker);
    let contentEnd = tokens[end - 1]?.end ?? sentence.end;
    // Keep a closing quote mark that belongs to a fragment inside the clause.
    const around = this.topQuotes.containing(contentEnd);
    const openFragment = around && around.start < contentEnd ? around : undefined;
    if (openFragment) contentEnd = openFragment.end;
    if (contentEnd <= contentStart) return;
    const inside = (this.found.bySentence.get(tokens[i].sentence) ?? []).find((s) => s.speakerKey === speaker.key && s.spans.some((sp) => sp.start <= tokens[i].start && sp.end >= tokens[i].end));
    if (inside) return;
    const fragments = this.topQuotes.within(contentStart, contentEnd);
    // "described by <the agent and their titles> as “productive”": the agent is the speaker, not the words.
    const passiveAgentEnd = cue.passiveBy !== undefined && speaker.end > contentStart && speaker.end < contentEnd ? speaker.end : undefined;
    const words = passiveAgentEnd === undefined ? text.slice(contentStart, contentEnd) : `${tokens[i].value} ${text.slice(passiveAgentEnd, contentEnd)}`;
    const body = squeeze(words).replace(/[\s,.;:]+$/, '');
    // "reported that" with nothing after it reports nothing.
    if (body.split(' ').length < 3) return;
    const span = { start: Math.min(speaker.start, contentStart), end: Math.max(contentEnd, speaker.end) };
    this.found.add(speaker.key, 'PARAPHRASE', body, fragments.map((q) => trimQuote(text.slice(q.contentStart, q.contentEnd))), span, i);
    this.found.usedCues.add(i);
    for (const q of fragments) this.found.carry(q, speaker.key);
  }

  /** The cue at token `i` and its speaker, unless the token starts no reported speech. */
  private attributionAt(i: number): Attribution | undefined {
    const { tokens } = this.ctx.analysis;
    if (!PARAPHRASE_STARTS.has(tokens[i].normal) || this.found.usedCues.has(i) || this.ctx.nonProse.has(tokens[i].sentence)) return undefined;
    if (SPEECH_ONLY_WITH_CONTENT.has(SPEECH_VERBS.get(tokens[i].normal) ?? '') && !/^(that|:|“|"|‘|')$/.test(tokens[i + 1]?.value ?? '')) return undefined;
    const cue = this.cues.cueAt(i);
    if (cue) {
      const speaker = this.cues.speakerOf(cue);
      return speaker ? { cue, speaker, accordingTo: false } : undefined;
    }
    if (tokens[i].normal !== 'according' || tokens[i + 1]?.normal !== 'to' || this.isQuoted(tokens[i].start)) return undefined;
    // Another cue in the sentence speaks for it ("X said, according to Y"): only its tokens need asking.
    const own = tokens[i].sentence;
    const { firstToken, lastToken } = this.ctx.analysis.sentences[own] ?? { firstToken: 0, lastToken: tokens.length };
    for (let k = firstToken; k < lastToken; k++) if (tokens[k].sentence === own && k !== i && this.cues.cueAt(k)) return undefined;
    const speaker = this.ctx.speakers.resolveAgent(i);
    return speaker ? { cue: { token: i, subjectFrom: i }, speaker, accordingTo: true } : undefined;
  }

  /** Where the reported clause after the cue at `i` ends (token index, exclusive). */
  private clauseEnd(i: number, speaker: ResolvedSpeaker): number {
    const { tokens } = this.ctx.analysis;
    const sentence = this.ctx.analysis.sentences[tokens[i].sentence];
    for (let k = i + 1; k < sentence.lastToken; k++) {
      const t = tokens[k];
      // '... as "broken for too long," said Y': the comma inside a closing quote mark closes the clause too.
      if (/^["”'’]$/.test(t.value) && tokens[k - 1]?.value === ',' && this.cues.cueAt(k + 1)) return k + 1;
      if (this.isQuoted(t.start)) continue;
      // "..., who described it as X, said Y": a comma before another speech verb closes the clause.
      if (t.value === ';' || (t.value === ',' && (CLAUSE_BREAK.has(tokens[k + 1]?.normal ?? '') || this.cues.cueAt(k + 1)))) return k;
      // "While the Kremlin denied the accusation, Beijing urged ...": another speaker's clause starts.
      const other = this.cues.cueAt(k) ? this.ctx.speakers.resolveLeft(k) : undefined;
      if (other && other.key !== speaker.key && other.start > tokens[i].end) {
        const end = this.cues.tokenAt(other.start);
        return tokens[end - 1]?.value === ',' ? end - 1 : end;
      }
    }
    return sentence.lastToken;
  }
}
