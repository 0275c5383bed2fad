import type { Article } from '../corpus/types';
import { analyzeText } from '../nlp/analyzeText';
import { lexiconIndex } from './actors/ActorLexiconIndex';
import { ActorRecognizer } from './actors/ActorRecognizer';
import { extractAgreements } from './events/AgreementExtractor';
import { extractMeetings } from './events/MeetingExtractor';
import { extractTransfers } from './events/transfers';
import { extractQuantityFacts } from './events/QuantityFactExtractor';
import { findNonProseSentences } from './layout';
import { SpanIndex } from './spanIndex';
import { ArticleDates } from './values/DateResolver';
import { findQuotes, insideSpans } from './speech/QuoteFinder';
import { SpeakerResolver } from './speech/SpeakerResolver';
import { StatementExtractor } from './speech/StatementExtractor';
import type { ArticleExtraction, ExtractedAgreement, ExtractedMeeting, ExtractedStatement, NumericMention } from './types';
import type { AnalyzedText } from '../nlp/types';
import { findCounts, findDurations, findMoney, findPeriods } from './values/quantities';

const MEETING_REFERENCE = /\b(meeting|talks|discussions|summit|call|conversation)\b/i;

/** Links a statement to the meeting it is made at or about: one named in its sentence, else the latest before it. */
function linkStatementsToMeetings(text: string, statements: ExtractedStatement[], meetings: ExtractedMeeting[]): void {
  if (meetings.length === 0) return;
  for (const s of statements) {
    const span = s.spans[0];
    const sentenceStart = Math.max(text.lastIndexOf('.', span.start - 2), text.lastIndexOf('\n', span.start - 1)) + 1;
    const sentenceEnd = span.end;
    if (!MEETING_REFERENCE.test(text.slice(sentenceStart, sentenceEnd))) continue;
    let chosen: number | undefined;
    meetings.forEach((m, index) => {
      if (m.spans.some((sp) => sp.start <= span.end && sp.end >= span.start)) chosen ??= index;
    });
    if (chosen === undefined) {
      meetings.forEach((m, index) => {
        if (m.spans[0].start < span.start) chosen = index;
      });
    }
    s.meetingIndex = chosen ?? 0;
  }
}

/** Every number in the prose with what it measures; a converted amount in parentheses restates the one before. */
function findNumbers(analysis: AnalyzedText, nonProse: ReadonlySet<number>, isQuoted: (pos: number) => boolean): NumericMention[] {
  const out: NumericMention[] = [];
  for (const s of analysis.sentences) {
    if (nonProse.has(s.index)) continue;
    const fromThisSentence = out.length;
    const text = analysis.text.slice(s.start, s.end);
    for (const q of [...findDurations(text), ...findPeriods(text), ...findMoney(text), ...findCounts(text)]) {
      const start = s.start + q.index;
      if (isQuoted(start) || /\(\s*[^()]*$/.test(text.slice(0, q.index))) continue;
      if (out.slice(fromThisSentence).some((o) => o.start < start + q.text.length && start < o.end)) continue;
      out.push({ start, end: start + q.text.length, value: { text: q.text, unit: q.unit, low: q.low, high: q.high } });
    }
  }
  return out;
}

/** Everything one article says, extracted independently of every other article. */
export function extractArticle(article: Article): ArticleExtraction {
  const analysis = analyzeText(article.text);
  const lexicon = lexiconIndex();
  const nonProse = findNonProseSentences(analysis);
  const quotes = findQuotes(article.text);
  const topQuotes = quotes.filter((q) => !q.nested).map((q) => ({ start: q.contentStart, end: q.contentEnd }));
  const isQuoted = insideSpans(topQuotes);

  const { actors, mentions, modifiers, places } = new ActorRecognizer(lexicon).recognize(analysis, nonProse, topQuotes);
  const mentionIndex = new SpanIndex(mentions);
  const speakers = new SpeakerResolver(analysis, mentions, modifiers, actors, lexicon, isQuoted, topQuotes);
  const dates = new ArticleDates(article.text, article.publishedAt);
  const { statements, quotes: detected, unattributedQuotes } = new StatementExtractor({ analysis, quotes, nonProse, mentions, mentionIndex, actors, speakers, dates, isQuoted }).extract();
  const meetings = extractMeetings({ analysis, mentions, mentionIndex, actors, places, modifiers, nonProse, speakers, dates, isQuoted });
  // A transfer sentence's "deal" is the transfer: the generic reading of it (parties named nearby) gives way.
  const transfers = extractTransfers({ analysis, actors, mentions, nonProse, isQuoted });
  const inTransfer = (a: ExtractedAgreement) => transfers.some((t) => t.spans[0].start <= a.spans[0].start && a.spans[0].end <= t.spans[0].end);
  const agreements = [...extractAgreements({ analysis, mentionIndex, actors, nonProse, dates, isQuoted }).filter((a) => !inTransfer(a)), ...transfers];
  const facts = extractQuantityFacts({ analysis, actors, speakers, nonProse, isQuoted });

  for (const s of statements) {
    const inside = s.spans.flatMap((sp) => mentionIndex.within(sp.start, sp.end)).filter((m) => m.key !== s.speakerKey);
    s.aboutKeys = [...new Set(inside.map((m) => m.key))];
  }
  linkStatementsToMeetings(article.text, statements, meetings);

  return { article, actors: [...actors.values()], mentions, quotes: detected, unattributedQuotes, statements, meetings, agreements, facts, numbers: findNumbers(analysis, nonProse, isQuoted) };
}
