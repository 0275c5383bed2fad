import { extractArticle } from '../../src/extract/extractArticle';
import { extractOne } from '../support/oneArticle';
import { laterStatus, statusOf } from '../../src/extract/events/agreementStatus';

/** The status of an agreement as the verbs of one invented clause tell it. */
test.each([
  ['Member states of the Coastal Fisheries Board formally adopted the first-ever reef treaty.', 'AGREED'],
  ['Dock workers voted on Friday to accept the new pay offer.', 'AGREED'],
  ['Members voted 61% in favour of the new contract.', 'AGREED'],
  ['The union had ratified a deal.', 'AGREED'],
  ['The mayor congratulated the two firms for reaching a deal.', 'AGREED'],
  ['The rebel council declared a temporary ceasefire on Friday.', 'AGREED'],
  ['Two earlier offers were voted down last month.', 'REJECTED'],
  ['Norland did not sign the fishing accord.', 'REJECTED'],
  ['Norland is expected to sign the fishing accord next month.', 'PROPOSED'],
  ['Norland will ratify the fishing accord.', 'PROPOSED'],
  ['The accord took effect at midnight.', 'IMPLEMENTED'],
  ['The deal includes a 9% wage rise over two years.', 'AGREED'],
  ['The deal would include pay raises of 20% over three years.', 'PROPOSED'],
])('"%s" → %s', (clause, status) => {
  expect(statusOf(clause)).toBe(status);
});

test('a later report moves an agreement forward, never back', () => {
  expect(laterStatus('PROPOSED', 'AGREED')).toBe('AGREED');
  expect(laterStatus('AGREED', 'PROPOSED')).toBe('AGREED');
  expect(laterStatus('AGREED', 'IMPLEMENTED')).toBe('IMPLEMENTED');
  expect(laterStatus('REJECTED', 'AGREED')).toBe('REJECTED');
});

test('a definite reference later in the article updates the status of the agreement it names', () => {
  const text = 'Norway and Iceland opened talks on a fishing accord with Denmark on Monday.\n\nThe accord was signed by Norway and Iceland on Tuesday.';
  const { agreements } = extractOne(text);
  expect(agreements.map((a) => a.status)).toContain('AGREED');
});

describe('a body that is itself the subject of an agreement is a party beside its state', () => {
  const partiesOf = (text: string) => extractArticle({ id: 'one', origin: 'one', text: `Officials spoke on Monday. ${text}`, publishedAt: '2025-04-12', metadata: {} }).agreements.flatMap((a) => a.partyKeys);
  test('subject', () => expect(partiesOf("Russia's SVR announced a temporary ceasefire on Friday.")).toEqual(expect.arrayContaining(['russia', 'svr'])));
  test('reporter only', () => expect(partiesOf('The SVR said on Friday that Russia and Ukraine had agreed to a temporary ceasefire.')).not.toContain('svr'));
});

describe('commitments and refusals are agreements', () => {
  const dealsOf = (text: string) => extractArticle({ id: 'one', origin: 'one', text: `Officials spoke on Monday. ${text}`, publishedAt: '2025-04-12', metadata: {} }).agreements.map((a) => `${a.status} ${a.partyKeys.join('+')}`);
  test('a pledge signed', () => expect(dealsOf('The leaders of the Commonwealth signed a new spending pledge on Wednesday.')).toContain('AGREED commonwealth-of-nations'));
  test('a target agreed', () => expect(dealsOf('Norway said it would meet the new targets agreed by Sweden in Oslo.')).toContainEqual(expect.stringMatching(/^AGREED .*norway/)));
  test('a refusal to meet a target', () => expect(dealsOf("Norway criticised Sweden's refusal to meet the spending target.")).toContainEqual(expect.stringMatching(/^REJECTED .*sweden/)));
  test('a refusal to talk is no agreement', () => expect(dealsOf('Norway and Sweden refused to sit down together on Tuesday.')).toEqual([]));
});

test('a hyphenated compound of parties before the agreement word names them all', () => {
  const text = 'Officials spoke on Monday. Sweden and the U.S. met. The president said he is willing to renegotiate the Sweden-U.S.-Finland Agreement next year.';
  const { agreements } = extractOne(text);
  expect(agreements.flatMap((a) => a.partyKeys)).toEqual(expect.arrayContaining(['finland', 'sweden', 'united-states']));
});
