import { extractArticle } from '../../src/extract/extractArticle';

/**
 * Reported speech, one construction per sentence, with invented names: who speaks, and that the excerpt of
 * each report is exactly the source's text.
 */
function reported(text: string): { speaker: string | undefined; kind: string; text: string }[] {
  const result = extractArticle({ id: 'one', origin: 'one', text, publishedAt: '2025-04-12', metadata: {} });
  const names = new Map(result.actors.map((a) => [a.key, a.name]));
  return result.statements.map((s) => ({ speaker: names.get(s.speakerKey), kind: s.kind, text: s.text }));
}

function speakersOf(text: string): (string | undefined)[] {
  return reported(text).map((s) => s.speaker);
}

describe('a verb joined to an earlier one shares its subject', () => {
  test('"X launched ... and said ..."', () => {
    const found = reported('The Velmar Workers Union launched a legal challenge and said the ministers had broken the law.');
    expect(found.map((s) => [s.speaker, s.text])).toEqual([['Velmar Workers Union', 'said the ministers had broken the law']]);
  });

  test('"X handed ... to the agency, ..., and urged ..." is not the agency speaking', () => {
    expect(speakersOf('Deputy Premier Tomas Ulvik handed new funds to the Delmar Health Agency, at the meeting, and urged all members to do the same.')).toEqual(['Tomas Ulvik']);
  });

  test('"X met Y and urged ..., according to a statement from X\'s office" is the source\'s report, not X speaking', () => {
    expect(speakersOf('Deputy Premier Tomas Ulvik met the envoy and urged both sides to talk, according to a statement from his office.')).toEqual([]);
  });
});

test('"The union\'s statement said ..." is the union speaking', () => {
  expect(speakersOf('The Velmar Workers Union’s statement said the strike would end on Friday.')).toEqual(['Velmar Workers Union']);
});

test('"an estimated 600 fighters" reports no speech', () => {
  expect(reported('The Velmar Front, a splinter group with an estimated 600 fighters in the north, signed the accord on Monday.')).toEqual([]);
});
