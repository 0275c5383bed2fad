import type { Article } from '../corpus/types';
import type { Span } from '../nlp/types';
import type { ActorKind, AgreementStatus, StatementKind } from '../ontology/types';

/** A numeric fact kept as an interval so that vaguer and precise values can be compared as values. */
export interface Quantity {
  /** The words of the source ("over four hours", "around $50"). */
  text: string;
  /** "hour", "USD", "EUR", ... */
  unit: string;
  low: number;
  high: number;
}

/** An actor as one article knows it; `key` is shared across articles (slug of the canonical name). */
export interface ArticleActor {
  key: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
  titles: TitleMention[];
  affiliationKey?: string;
  fromLexicon: boolean;
}

export type MentionVia = 'name' | 'alias' | 'metonym' | 'unknown-name' | 'surname' | 'pronoun' | 'description';

export interface ActorMention extends Span {
  key: string;
  surface: string;
  via: MentionVia;
  sentence: number;
  /** Index of the first and last token covered. */
  firstToken: number;
  lastToken: number;
}

export interface TitleMention extends Span {
  title: string;
}

/** A run of text between quote marks. */
export interface QuoteSpan extends Span {
  /** The characters between the marks. */
  contentStart: number;
  contentEnd: number;
  /** False when the quote runs to the end of its paragraph without a closing mark. */
  closed: boolean;
  /** Quotes inside another quote are part of the outer speech, never speech on their own. */
  nested: boolean;
}

/** A quote span judged as someone's words (or not), for evaluation and for statements. */
export interface DetectedQuote extends Span {
  text: string;
  speakerKey?: string;
}

export interface ExtractedStatement {
  speakerKey: string;
  kind: StatementKind;
  text: string;
  /** Quoted fragments (normalised later for cross-source matching). */
  quotes: string[];
  /** Excerpt spans in this article (several when one statement is told in several places). */
  spans: Span[];
  channel?: string;
  date?: string;
  aboutKeys: string[];
  /** Index into the article's meetings when the statement is made at or about one. */
  meetingIndex?: number;
}

export interface ExtractedMeeting {
  participantKeys: string[];
  kind: 'MEETING' | 'CALL';
  date?: string;
  place?: string;
  duration?: Quantity;
  spans: Span[];
  durationSpan?: Span;
}

export interface ExtractedAgreement {
  kind: string;
  scope?: string;
  partyKeys: string[];
  status: AgreementStatus;
  date?: string;
  terms: string;
  spans: Span[];
}

/** "she donated around $50": a number a source asserts about an actor, compared across sources. */
export interface QuantityFact {
  subjectKey: string;
  predicate: string;
  value: Quantity;
  span: Span;
}

/** A number in the text with what it measures (hours, days, a currency, or the noun counted), for comparing sources. */
export interface NumericMention extends Span {
  value: Quantity;
}

/**
 * What one article says, as the merge and a live ontology keep it. The NLP analysis it was read from is not
 * kept: nothing after extraction reads it, and its tokens were about two thirds of an extraction's memory.
 */
export interface ArticleExtraction {
  article: Article;
  actors: ArticleActor[];
  mentions: ActorMention[];
  quotes: DetectedQuote[];
  /** Quotes told as speech ('"…," he said') whose speaker could not be resolved, each with its speech verb. */
  unattributedQuotes: Span[];
  statements: ExtractedStatement[];
  meetings: ExtractedMeeting[];
  agreements: ExtractedAgreement[];
  facts: QuantityFact[];
  numbers: NumericMention[];
}
