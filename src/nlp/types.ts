/** Character offsets are half-open [start, end) into the article body. */
export interface Span {
  start: number;
  end: number;
}

export interface Token extends Span {
  /** Exact surface text: `text.slice(start, end)`. */
  value: string;
  /** Lower-cased normal form. */
  normal: string;
  /** Dictionary form ("said" → "say"). */
  lemma: string;
  /** Universal POS tag from the NLP model (PROPN, VERB, PUNCT, ...). */
  pos: string;
  /** Index of the sentence this token belongs to. */
  sentence: number;
}

export interface Sentence extends Span {
  index: number;
  /** Index range into `AnalyzedText.tokens`, half-open. */
  firstToken: number;
  lastToken: number;
  /** Paragraph index (paragraphs are separated by line breaks). */
  paragraph: number;
}

/** A date/duration/money expression the NLP model recognised. */
export interface NlpEntity extends Span {
  type: string;
  value: string;
}

export interface AnalyzedText {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  entities: NlpEntity[];
}
