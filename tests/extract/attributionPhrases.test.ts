import { extractOne, quoteSpeakers } from '../support/oneArticle';

/** Attribution phrases whose speaker is a description or sits apart from the verb. Invented sentences. */

test('"According to the president, ..." opening a sentence gives its quotes to the president named before', () => {
  const text = 'Velmarian President Tom Berg spoke on Monday. According to the president, the "best part" of the pact is that "our ports will open to trade."';
  expect(quoteSpeakers(text)).toEqual(['Tom Berg', 'Tom Berg']);
});

test('"referred to X as “...”" reports the quoted name as the subject\'s words; a verb coordinated after it goes on', () => {
  expect(quoteSpeakers('Tom Berg referred to the river as a “false border,” and insisted “the door stays open.”')).toEqual(['Tom Berg', 'Tom Berg']);
  expect(quoteSpeakers('Ana Petrov referred the case to a judge. The “Harbour File” was closed.')).toEqual(['-']);
});

function paraphraseSpeakers(text: string): string[] {
  const x = extractOne(text);
  const name = (key: string) => x.actors.find((a) => a.key === key)?.name ?? key;
  return x.statements.filter((s) => s.kind === 'PARAPHRASE').map((s) => name(s.speakerKey));
}

test('"The junta\'s statement said" gives the words to the actor the possessive description refers back to', () => {
  const text = 'The Tarsin Junta Council met on Monday in the capital.\n\nThe junta’s statement said that rebels were not allowed to move troops during the truce.';
  expect(paraphraseSpeakers(text)).toEqual(['Tarsin Junta Council']);
});

test('a plain modifier that names an institution decides which one a description means: "the military government"', () => {
  const text = 'Velmaria and the Velmar Military Council held talks on Monday.\n\nThe military government said it would keep the ferries running until May.';
  expect(paraphraseSpeakers(text)).toEqual(['Velmar Military Council']);
});

test('a participle fronted by "While" has the main clause\'s subject as speaker, and ends at the comma before it', () => {
  const text = 'While underscoring the need for firm defences against raids, Mira Olsen left the door open to new talks.';
  const x = extractOne(text);
  expect(x.statements.map((s) => s.text)).toEqual(['underscoring the need for firm defences against raids']);
  expect(paraphraseSpeakers(text)).toEqual(['Mira Olsen']);
});

test('a verbless segment between a possessive speech noun and its verb is passed over: "X\'s statement, broadcast on ..., said"', () => {
  const text = 'The Tarsin Junta Council met on Monday.\n\nThe ruling junta’s statement, broadcast on state-run television, said the truce would last until May.';
  expect(paraphraseSpeakers(text)).toEqual(['Tarsin Junta Council']);
});

test('a participle with quoted words of its own after a direct quote\'s attribution is a remark of its own', () => {
  const text = 'The port "will open in May," Mira Olsen added, concluding that "the city will grow again."';
  const x = extractOne(text);
  expect(x.statements.map((s) => s.quotes)).toEqual([['will open in May'], ['the city will grow again.']]);
});

test('"It said:" stands for a speaker the text introduced as an institution ("the charity X"), whatever kind its name got', () => {
  const text = 'Writing online, the charity Welsh Hope urged people “to stay calm” after the vote.\n\nIt said: “We will keep working for everyone.”';
  expect(quoteSpeakers(text)).toEqual(['Welsh Hope', 'Welsh Hope']);
});

test('a quote closing its paragraph after a descriptive sentence goes to that sentence\'s subject, past a fronted phrase', () => {
  const intro = 'Velmarian President Tom Berg met Ana Petrov on Monday.\n\n';
  expect(quoteSpeakers(`${intro}Despite his past remarks about the port, the president was upbeat as he sat with Petrov. "We will get there. I am sure of it."`)).toEqual(['Tom Berg']);
  // The quote does not close the paragraph: whoever goes on may be attributing it.
  expect(quoteSpeakers(`${intro}Despite his past remarks about the port, the president was upbeat as he sat with Petrov. "We will get there." Petrov nodded.`)).toEqual(['-']);
});

test('a participle going on from a speech noun with its issuer ("the statement issued by X ... asking") is the issuer\'s', () => {
  const text = 'Tom Berg met Ana Petrov on Monday. Tensions showed, for instance in the online statement issued by Tom Berg an hour before they met asking why the region is “funding the canal”.';
  expect(quoteSpeakers(text)).toEqual(['Tom Berg']);
});

test('a quote whose next sentence opens with a speaker who "announced the news" is that speaker\'s', () => {
  const lead = 'Velmaria has "opened a new chapter for the canal towns." ';
  expect(quoteSpeakers(`${lead}Velmarian President Tom Berg announced the news on Friday.`)).toEqual(['Tom Berg']);
  // Announcing something else takes nothing back.
  expect(quoteSpeakers(`${lead}Velmarian President Tom Berg announced new fees on Friday.`)).toEqual(['-']);
});

test('a quote introduced before it that goes on with ", but ..." reports the rest of the sentence too', () => {
  const text = 'Tom Berg also signalled he is willing to rework the port pact, saying "the canal towns will gain from it," but some rules need work.';
  const x = extractOne(text);
  const quote = x.statements.find((s) => s.kind === 'DIRECT_QUOTE')!;
  expect(quote.text).toBe('the canal towns will gain from it');
  expect(text.slice(quote.spans[0].start, quote.spans[0].end)).toBe('saying "the canal towns will gain from it," but some rules need work');
});

test('a backshifted sentence ("... would ...") right after a paraphrase, with nothing of its own, goes on with it', () => {
  const said = 'The Tarsin Junta Council met on Monday.\n\nThe junta’s statement said that rebels were not allowed to move troops.';
  const texts = (text: string) => extractOne(text).statements.map((s) => s.text);
  expect(texts(`${said} Any breach would be met with force.`)).toEqual(['rebels were not allowed to move troops. Any breach would be met with force']);
  expect(texts(`${said} The rebels moved anyway.`)).toEqual(['rebels were not allowed to move troops']);
});

test('a cue ending an object relative clause ("... that X had demanded,") reports the noun phrase it modifies', () => {
  const text = 'Council members approved a steep rise in ferry subsidies that Tom Berg had demanded, but others stayed silent.';
  expect(paraphraseSpeakers(text)).toEqual(['Tom Berg']);
  const x = extractOne(text);
  expect(x.statements.map((s) => s.text)).toEqual(['a steep rise in ferry subsidies']);
});
