import { analyzeText } from '../../src/nlp/analyzeText';

/** Sentence boundaries where abbreviations sit inside a word; invented sentences. */
function sentencesOf(text: string): string[] {
  return analyzeText(text).sentences.map((s) => text.slice(s.start, s.end));
}

test('an abbreviation inside a hyphenated word does not end the sentence', () => {
  const text = 'Ana Petrov wants to revise the Chile-U.K.-Peru pact, saying "it is good for all," but not yet. She left.';
  expect(sentencesOf(text)).toEqual(['Ana Petrov wants to revise the Chile-U.K.-Peru pact, saying "it is good for all," but not yet.', 'She left.']);
});

test('every token belongs to the sentence that holds it', () => {
  const analysis = analyzeText('Talks on the Chile-U.K.-Peru pact ended. She left.');
  for (const s of analysis.sentences) for (let t = s.firstToken; t < s.lastToken; t++) expect(analysis.tokens[t].sentence).toBe(s.index);
});
