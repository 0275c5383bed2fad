import { extractOne } from '../support/oneArticle';

/**
 * Reported speech, one construction per sentence, with invented names: who speaks, and that the excerpt of
 * each report is exactly the source's text.
 */
function reported(text: string): { speaker: string | undefined; kind: string; text: string }[] {
  const result = extractOne(text);
  const names = new Map(result.actors.map((a) => [a.key, a.name]));
  return result.statements.map((s) => ({ speaker: names.get(s.speakerKey), kind: s.kind, text: s.text }));
}

function speakersOf(text: string): (string | undefined)[] {
  return reported(text).map((s) => s.speaker);
}

describe('a verb joined to an earlier one shares its subject', () => {
  test('"X filed ... and said ..."', () => {
    const found = reported('The Velmar Workers Union filed a complaint and said the ministers had ignored the rules.');
    expect(found.map((s) => [s.speaker, s.text])).toEqual([['Velmar Workers Union', 'the ministers had ignored the rules']]);
  });

  test('"X handed ... to the agency, ..., and urged ..." is not the agency speaking', () => {
    expect(speakersOf('Deputy Premier Tomas Ulvik handed new funds to the Delmar Health Agency, at the meeting, and urged all members to do the same.')).toEqual(['Tomas Ulvik']);
  });

  test('"X met Y and urged ..., according to a statement from X\'s office" is the source\'s report, not X speaking', () => {
    expect(speakersOf('Deputy Premier Tomas Ulvik met the envoy and urged both sides to talk, according to a statement from his office.')).toEqual([]);
  });

  test('"X said ..., according to an interview with <outlet>" is X speaking: the interview is the channel', () => {
    expect(speakersOf('Mira Lastovka, the regional governor, said the ferries could resume in May, according to an interview with the Harbour Ledger.')).toEqual(['Mira Lastovka']);
  });
});

test('"The union\'s statement said ..." is the union speaking', () => {
  expect(speakersOf('The Velmar Workers Union’s statement said the strike would end on Friday.')).toEqual(['Velmar Workers Union']);
});

test('"an estimated 600 fighters" reports no speech', () => {
  expect(reported('The Velmar Front, a splinter group with an estimated 600 fighters in the north, signed the accord on Monday.')).toEqual([]);
});

describe('what was said before the attribution', () => {
  test('"<content>, <title> <name> said yesterday."', () => {
    expect(reported('Velmaria and Ostland have agreed to a ceasefire from midnight, Farland Prime Minister Odile Marenko said yesterday.').map((s) => [s.speaker, s.text])).toEqual([
      ['Odile Marenko', 'Velmaria and Ostland have agreed to a ceasefire from midnight'],
    ]);
  });

  test('"<content>, <name> added." (a verb that needs content)', () => {
    expect(reported('The talks would resume in May, Odile Marenko added.').map((s) => [s.speaker, s.text])).toEqual([['Odile Marenko', 'The talks would resume in May']]);
  });

  test('"..., despite repeated diplomatic contacts." is no attribution', () => {
    expect(reported('Odile Marenko has won no concessions, despite repeated diplomatic contacts between the two sides.')).toEqual([]);
  });

  test('a sentence whose content has its own attribution is not given to the closing one', () => {
    expect(reported('Odile Marenko said the talks would resume in May, Tomas Ulvik added.').map((s) => s.speaker)).toEqual(['Odile Marenko']);
  });
});

test('"According to X, <content>." reports the content after the comma', () => {
  expect(reported('Odile Marenko met the envoy on Monday. According to Odile Marenko, the talks would resume in May.').map((s) => [s.speaker, s.text])).toEqual([
    ['Odile Marenko', 'the talks would resume in May'],
  ]);
});

test('"X signalled he would ..." reports what follows the pronoun', () => {
  expect(reported('Odile Marenko signalled she would renegotiate the trade pact.').map((s) => [s.speaker, s.text])).toEqual([['Odile Marenko', 'signalled she would renegotiate the trade pact']]);
});

describe('where the reported clause ends', () => {
  test('"X said Y and Z have agreed to ..." keeps the whole clause', () => {
    expect(reported('Odile Marenko said Velmaria and Ostland have agreed to a ceasefire from midnight.').map((s) => [s.speaker, s.text])).toEqual([
      ['Odile Marenko', 'Velmaria and Ostland have agreed to a ceasefire from midnight'],
    ]);
  });

  test('"X said ..., but Y warned that ..." ends at the other speaker', () => {
    expect(reported('Odile Marenko said the talks were useful, but Tomas Ulvik warned that nothing was settled.').map((s) => [s.speaker, s.text])).toEqual([
      ['Odile Marenko', 'the talks were useful'],
      ['Tomas Ulvik', 'nothing was settled'],
    ]);
  });
});

test('"<words> “<quote>,” X announced." reports the words before the quote too', () => {
  const text = 'Velmaria will invest $5 billion in Ostland in “a deal like no other,” President Odile Marenko announced on Tuesday.';
  const { statements } = extractOne(text);
  expect(statements).toHaveLength(1);
  expect(text.slice(statements[0].spans[0].start, statements[0].spans[0].end)).toBe(text.replace(' on Tuesday.', ''));
});

test('"X, who led the talks as chair of <organisation>, said ..." is X speaking', () => {
  expect(speakersOf('Odile Marenko, who led the talks as chair of the Velmar Workers Union, said both sides had reached an understanding.')).toEqual(['Odile Marenko']);
});

describe('a headline reports a person\'s words', () => {
  test('"X vows to ..." on the first line, without a stop', () => {
    expect(reported('Odile Marenko vows to rebuild the northern railway\n\nPresident Odile Marenko took office on Monday in the capital.').map((s) => [s.speaker, s.text])).toEqual([
      ['Odile Marenko', 'vows to rebuild the northern railway'],
    ]);
  });

  test('"X tells Y Z, president praises ..." ends the first report at the second verb', () => {
    const found = reported("Odile Marenko tells Tomas Ulvik the port is not for sale, president praises her as a 'tough partner'\n\nPresident Odile Marenko met Tomas Ulvik on Monday in the capital.");
    expect(found.map((s) => [s.speaker, s.text])).toEqual([['Odile Marenko', 'tells Tomas Ulvik the port is not for sale']]);
  });

  test('a country "warns of" in a headline sums up acts, not words', () => {
    expect(reported('Velmaria warns of threats to grain shipping after cable damage\n\nThe navy sent two ships on Monday.')).toEqual([]);
  });

  test('a section title later in the article is still no report', () => {
    expect(reported('The talks began on Monday.\n\nOdile Marenko vows to rebuild the railway\n\nShe spoke in the capital.')).toEqual([]);
  });
});

test('"X complimented “Tomas” on his victory": a quoted word as the object is part of the paraphrase', () => {
  expect(reported('Odile Marenko met the envoy. Odile Marenko complimented “Tomas” on his narrow win in the vote.').map((s) => [s.speaker, s.kind, s.text])).toEqual([
    ['Odile Marenko', 'PARAPHRASE', 'complimented “Tomas” on his narrow win in the vote'],
  ]);
});

describe('the text is what was said, not the attribution around it', () => {
  test.each([
    ['Odile Marenko told reporters on Monday that the talks had not failed.', 'the talks had not failed'],
    ['Odile Marenko said the port might never reopen.', 'the port might never reopen'],
    ['Odile Marenko praised the agency for its work.', 'praised the agency for its work'],
    ['Odile Marenko told reporters the port would reopen.', 'told reporters the port would reopen'],
    ['Odile Marenko echoed that theme in her remarks on Monday.', 'echoed that theme in her remarks on Monday'],
  ])('"%s" → "%s"', (sentence, said) => {
    expect(reported(sentence).map((s) => s.text)).toEqual([said]);
  });
});

test('"X and Y have agreed to “<quote>,” Z said": an act before the quote is still reported with it', () => {
  const text = 'Odile Marenko and Tomas Ulvik have agreed to “an immediate ceasefire from midnight,” Farland Prime Minister Ana Vrell said.';
  const { statements } = extractOne(text);
  expect(statements.map((s) => text.slice(s.spans[0].start, s.spans[0].end))).toEqual([text.replace(/\.$/, '')]);
});

test('"“<quote>,” the minister reiterated that ..." opens a clause of its own, it does not attribute the quote before', () => {
  const found = reported('Prime Minister Odile Marenko met the envoy. After the visit, which Odile Marenko categorized as “a good start,” the prime minister reiterated that both were “equal partners.”');
  expect(found.map((s) => [s.speaker, s.text])).toEqual([
    ['Odile Marenko', 'categorized as “a good start,”'],
    ['Odile Marenko', 'both were “equal partners.”'],
  ]);
});

test('"..., adding “<fragment>” he would ..." is reported, running on after the quoted fragment', () => {
  const text = '“It takes time,” Odile Marenko said, adding “as a builder at heart” she would love to see the railway reach the coast.';
  const { statements } = extractOne(text);
  expect(statements.map((s) => s.text)).toEqual(['It takes time']);
  expect(text.slice(statements[0].spans[0].start, statements[0].spans[0].end)).toBe(text);
});

test('"X announced ... as the toll rose and desperate residents pleaded for help": the residents\' plea is not X\'s', () => {
  expect(reported('Odile Marenko announced a truce on Monday as the toll rose and desperate residents pleaded for more help.').map((s) => [s.speaker, s.text])).toEqual([
    ['Odile Marenko', 'announced a truce on Monday as the toll rose'],
  ]);
});

test('"While X smiled as Y spoke, he referred ... and insisted ...": the pronoun could be either, so no speaker is guessed', () => {
  expect(reported('While Odile Marenko smiled as Tomas Ulvik spoke, he also described the river as a “paper wall,” and insisted “we shall see.”').map((s) => s.speaker)).not.toContain('Tomas Ulvik');
});

describe('a participle after the attribution goes on with the same statement', () => {
  test('"X welcomed the deal in a post, calling it ..."', () => {
    const text = 'Odile Marenko welcomed the agreement in a post on Monday, calling it “a step forward for both peoples”.';
    const { statements } = extractOne(text);
    expect(statements).toHaveLength(1);
    expect(statements[0].text).toBe('welcomed the agreement in a post on Monday, calling it “a step forward for both peoples”');
    expect(text.slice(statements[0].spans[0].start, statements[0].spans[0].end)).toBe(text);
  });

  test('"“...,” he said, noting ..." keeps the quote\'s text and reports the participle with it', () => {
    const text = 'Odile Marenko spoke in the capital. “Only strong walls protect a city,” she said, noting she had discussed the walls with Tomas Ulvik.';
    const { statements } = extractOne(text);
    expect(statements.map((s) => [s.kind, s.text])).toEqual([['DIRECT_QUOTE', 'Only strong walls protect a city']]);
    expect(text.slice(statements[0].spans[0].start, statements[0].spans[0].end)).toMatch(/noting she had discussed the walls with Tomas Ulvik\.$/);
  });
});

test('"<headline words>: <actor>" credits the headline to the actor after the colon', () => {
  // A real country, since a headline's names are found only when the lexicon knows them.
  expect(reported('Two rail firms agree to ‘immediate’ wage deal: Norway\n\nNorway said on Monday that both sides had signed.').map((s) => [s.speaker, s.text])).toEqual([
    ['Norway', 'Two rail firms agree to ‘immediate’ wage deal'],
    ['Norway', 'both sides had signed'],
  ]);
});

test('"<content>, X reported, without giving details." ends the attribution at the aside', () => {
  expect(reported('The two ministers held talks in the capital on Wednesday, the Velmar Workers Union reported, without giving details.').map((s) => [s.speaker, s.text])).toEqual([
    ['Velmar Workers Union', 'The two ministers held talks in the capital on Wednesday'],
  ]);
});

test('"X has projected that ..." reports a forecast; "projected growth" does not', () => {
  expect(reported('The Velmar Workers Union has projected that wages will rise by a wide margin in 2026.').map((s) => s.text)).toEqual(['wages will rise by a wide margin in 2026']);
  expect(reported('The Velmar Workers Union has projected growth of two percent.')).toEqual([]);
});

describe('an attribution ending in a colon, then the points', () => {
  test('"X said: <points>." reports the points', () => {
    expect(reported('Odile Marenko said: the port would reopen, and the tolls would fall.').map((s) => s.text)).toEqual(['the port would reopen, and the tolls would fall']);
  });

  test('"X outlined three steps:" closing a paragraph, then list items', () => {
    const text = 'Odile Marenko outlined three steps on Monday:\n- the port would reopen;\n- the tolls would fall.\n\nThe ministry did not comment.';
    const { statements } = extractOne(text);
    expect(statements).toHaveLength(1);
    expect(text.slice(statements[0].spans[0].start, statements[0].spans[0].end)).toBe('Odile Marenko outlined three steps on Monday:\n- the port would reopen;\n- the tolls would fall.');
  });
});

test('"X expressed optimism that ..." reports what follows; "X expressed interest in ..." does not', () => {
  expect(reported('Odile Marenko expressed optimism that the accord would bring the ferries back.').map((s) => s.text)).toEqual(['the accord would bring the ferries back']);
  expect(reported('Odile Marenko expressed interest in the port.')).toEqual([]);
});
