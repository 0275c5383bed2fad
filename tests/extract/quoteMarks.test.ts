import { findQuotes } from '../../src/extract/speech/QuoteFinder';

/** Quote marks as real text prints them: each case is one way outlets misprint or mix the marks. */
function contents(text: string): string[] {
  return findQuotes(text)
    .filter((q) => !q.nested)
    .map((q) => text.slice(q.contentStart, q.contentEnd));
}

test('an opening curly mark printed as the closing one after a comma closes the quote', () => {
  expect(contents('“The bridge will open in May,“ Mira Olsen said.')).toEqual(['The bridge will open in May,']);
});

test('a closing curly mark printed as the opening one before a word opens the quote', () => {
  expect(contents('Mira Olsen said ”the bridge will open in May.”')).toEqual(['the bridge will open in May.']);
});

test('a straight opening mark is closed by a curly closing one', () => {
  expect(contents('Mira Olsen said "the bridge will open in May.” Then she left.')).toEqual(['the bridge will open in May.']);
});
