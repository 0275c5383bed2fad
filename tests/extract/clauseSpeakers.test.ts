import { quoteSpeakers } from '../support/oneArticle';

/** Who speaks when the clause structure decides it: coordination, pronouns, fronted clauses. Invented sentences. */

test('a coordinated verb shares the subject of the first verb, not the object before "and"', () => {
  const text = 'Finance Minister Oren Vasquel pledged $5 million to the Harbour Relief Council, at the meeting, and urged donors to "give without delay".';
  expect(quoteSpeakers(text)).toEqual(['Oren Vasquel']);
});

test('a verb coordinated after a quote continues the clause; it does not attribute the quote', () => {
  const text = 'The Harbour Relief Council met on Monday.\n\nThe campaign group Marsh Watch reacted angrily, stating it was "deeply saddened", and claimed it would fail.';
  expect(quoteSpeakers(text)).not.toContain('Harbour Relief Council');
});

test('a pronoun does not stand for the name its own clause goes on to name', () => {
  const text = 'Governor Ana Petrov welcomed Tomas Brenner to the capital, but she said Brenner is "a tough negotiator."';
  expect(quoteSpeakers(text)).toEqual(['Ana Petrov']);
});

test('after a fronted subordinate clause, a pronoun stands for that clause\'s subject', () => {
  const text = 'While Ana Petrov listened as Tomas Brenner spoke, she called the plan "a good start."';
  expect(quoteSpeakers(text)).toEqual(['Ana Petrov']);
});

test('an infinitive after "and" has no subject of its own', () => {
  const text = 'Ana Petrov said the fund would help cities to prepare and respond "faster than ever."';
  expect(quoteSpeakers(text)).toEqual(['Ana Petrov']);
});

test('"according to a statement from ..." names the issuer as the source, so the subject is not given the words', () => {
  expect(quoteSpeakers('Ana Petrov asked the two councils to "share the costs", according to a statement from the Harbour Relief Council.')).toEqual(['-']);
  expect(quoteSpeakers('Ana Petrov asked the two councils to "share the costs", according to the Daily Courier.')).toEqual(['Ana Petrov']);
});

test('an inverted attribution reaches the name past an honorific: "..., said Dr X"', () => {
  expect(quoteSpeakers('"The clinic opens today," said Dr Ilse Marendt, the health director.')).toEqual(['Ilse Marendt']);
});

test('a quote that opens its sentence and ends in a comma is attributed by the clause after it, whatever its verb', () => {
  expect(quoteSpeakers('"We expect a long winter," Ilse Marendt predicted.')).toEqual(['Ilse Marendt']);
  expect(quoteSpeakers('Ilse Marendt spoke first.\n\n"The first step is done," she continued. "The next one is harder."')).toEqual(['Ilse Marendt', 'Ilse Marendt']);
});

test('a quoted term inside a sentence is not attributed by the clause after it', () => {
  expect(quoteSpeakers('Under the so-called "winter plan," Ilse Marendt wants more beds.')).toEqual(['-']);
});

test('a whole-sentence quote right after a sentence reporting someone\'s words goes on with that speaker', () => {
  expect(quoteSpeakers('Ilse Marendt said the clinic would open in May. "This is the first step."')).toEqual(['Ilse Marendt']);
  expect(quoteSpeakers('Ilse Marendt said the clinic would open in May. "This is the first step." Tomas Brenner disagreed.')).toEqual(['-']);
});

test('two quotes joined only by a conjunction are one speaker\'s remark', () => {
  expect(quoteSpeakers('On trade, Ilse Marendt said, "We will talk to our neighbours," but "we will not give up our ports."')).toEqual(['Ilse Marendt', 'Ilse Marendt']);
});

test('a headline quotes the name right before its speech verb, and only that', () => {
  const text = 'Ilse Marendt hails \'a new dawn\' for the harbour\n\nIlse Marendt opened the harbour on Monday.';
  expect(quoteSpeakers(text)).toEqual(['Ilse Marendt']);
  expect(quoteSpeakers('Harbour plan hailed as \'a new dawn\'\n\nIlse Marendt opened the harbour on Monday.')).toEqual(['-']);
});

test('the head of an appositive subject speaks, not the name inside the apposition', () => {
  expect(quoteSpeakers('Ana Ruiz, an adviser to President Luis Mora, said: "We are close."')).toEqual(['Ana Ruiz']);
});

test('a name in an "of" phrase after a person modifies the subject; the person speaks', () => {
  expect(quoteSpeakers('Asha Ruiz of the lobby group Harbour Relief Council was unmoved, telling reporters that the plan was "a paper tiger."')).toEqual(['Asha Ruiz']);
});

test('a long attribution after a quote may hold name particles: "..., the envoy, Prince Omar bin Tarik, told"', () => {
  expect(quoteSpeakers('"We are close," the Velorian envoy, Prince Omar bin Tarik, told reporters.')).toEqual(['Omar bin Tarik']);
});

test('"adding he will ..." reports a that-less clause, with its quoted fragment', () => {
  expect(quoteSpeakers('"We will rebuild," Ilse Marendt said, adding she would "start with the schools."')).toEqual(['Ilse Marendt', 'Ilse Marendt']);
});

test('a headline description refers to the person the story goes on to introduce with that office', () => {
  const text = 'Velorian president says harbour will \'open by May\'\n\nVelorian President Ilse Marendt spoke on Monday in the capital.';
  expect(quoteSpeakers(text)).toEqual(['Ilse Marendt']);
  expect(quoteSpeakers('Velorian minister says harbour will \'open by May\'\n\nVelorian President Ilse Marendt spoke on Monday in the capital.')).toEqual(['-']);
});

test('a headline verb tagged as a noun still attributes ("president praises X as ...")', () => {
  const text = 'Harbour deal signed, president praises mayor as \'a good partner\'\n\nPresident Ilse Marendt signed the harbour deal on Monday.';
  expect(quoteSpeakers(text)).toEqual(['Ilse Marendt']);
});
