import { partitionPoint } from '../listIndex';
import type { AnalyzedText } from './types';

/** The first token ending after `pos` (the last token when none does), by binary search. */
export function tokenAt({ tokens }: AnalyzedText, pos: number): number {
  return partitionPoint(0, tokens.length - 1, (i) => tokens[i].end <= pos);
}

/** The index of the sentence holding `pos`, or -1 when `pos` falls between sentences, by binary search. */
export function sentenceContaining({ sentences }: AnalyzedText, pos: number): number {
  const i = partitionPoint(0, sentences.length, (k) => sentences[k].end <= pos);
  return sentences[i] && sentences[i].start <= pos ? sentences[i].index : -1;
}
