import { extractOne } from '../support/oneArticle';

/**
 * Speakers named in the shapes real text uses, none of them in the lexicon: each sentence is invented and
 * exercises one construction.
 */
function speakersOf(text: string): string[] {
  const x = extractOne(text);
  const name = (key: string) => x.actors.find((a) => a.key === key)?.name ?? key;
  return x.statements.filter((s) => s.kind === 'DIRECT_QUOTE').map((s) => name(s.speakerKey));
}

test.each([
  ['Opening the session, Lord Tarvin said: "The appeal is dismissed."', 'Lord Tarvin'],
  ['In March, Dame Orla Pennick said: "The appeal is dismissed."', 'Orla Pennick'],
  ['After the vote, Ms Quarrie said: "We will appeal."', 'Quarrie'],
  ['After the vote, Ms van der Hoeven said: "We will appeal."', 'van der Hoeven'],
  ['Speaking online, Brantsen said: "We will appeal."', 'Brantsen'],
])('"%s" is said by %s', (text, speaker) => {
  expect(speakersOf(text)).toEqual([speaker]);
});

test('a capitalised word opening a sentence is not taken for a one-word name', () => {
  expect(speakersOf('Insiders said: "The water came fast."')).toEqual([]);
});

test('a surname two people share goes to the one introduced first, unless the other is named in that sentence', () => {
  const text = [
    'Park Min-seo won the vote on Sunday.',
    'Her rival Park Ji-hoon came second.',
    'Park said: "I will serve everyone."',
    'Park Ji-hoon congratulated her, and Park said: "Thank you."',
  ].join('\n\n');
  expect(speakersOf(text)).toEqual(['Park Min-seo']);
});

test('a one-word lexicon alias followed by another capitalised word is part of a longer, unknown name', () => {
  expect(speakersOf('After the match, Cruz Albarrán said: "We played well."')).toEqual(['Cruz Albarrán']);
});
