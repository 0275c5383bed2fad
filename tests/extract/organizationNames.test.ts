import { extractOne, quoteSpeakers } from '../support/oneArticle';

/** Unknown names that end in an organisation-type head noun are bodies, whatever their other words. */
const actorsOf = (text: string) => extractOne(text).actors;

test.each([
  ['The Three Rivers Workers Union said on Monday that the strike was over.', 'Three Rivers Workers Union', 'ORGANIZATION'],
  ['The Northern Coast Alliance announced a ceasefire on Tuesday.', 'Northern Coast Alliance', 'ORGANIZATION'],
  ['The 12th Lakeland Health Assembly voted on Tuesday to adopt the reef treaty.', 'Lakeland Health Assembly', 'ORGANIZATION'],
  ['The Four Valleys Alliance announced a truce on Tuesday.', 'Four Valleys Alliance', 'ORGANIZATION'],
  ['Fighters of the Red Hills Army attacked a convoy.', 'Red Hills Army', 'GROUP'],
])('"%s" names %s (%s)', (text, name, kind) => {
  expect(actorsOf(text).find((a) => a.name === name)?.kind).toBe(kind);
});

test('a body named after "at" is a venue, unless its session follows', () => {
  expect(actorsOf('Officials spoke on Monday. The vote took place at the Lakeland Health Assembly (LHA) plenary on Tuesday.').map((a) => a.name)).toContain('Lakeland Health Assembly');
  expect(actorsOf('Officials spoke on Monday. The ceremony took place at the Lakeland Health Assembly on Tuesday.').map((a) => a.name)).not.toContain('Lakeland Health Assembly');
});

test('a lower-case "union" after a capitalised name ends the name of an organisation', () => {
  const actors = actorsOf('Officials spoke on Monday. The Riverside District 12 union said on Tuesday that its members accepted the offer.');
  expect(actors.find((a) => a.name === 'Riverside District 12 union')?.kind).toBe('ORGANIZATION');
});

test('a named building is a place, not a person ("Harwick House", "Dunmore Castle")', () => {
  const names = actorsOf('Officials spoke on Monday. Harwick House hosted the envoys, and Dunmore Castle the banquet.').map((a) => a.name);
  expect(names).not.toContain('Harwick House');
  expect(names).not.toContain('Dunmore Castle');
});

describe('an acronym in brackets after a name', () => {
  test('refers back to the body later, alone', () => {
    const text = 'The Velmar Workers Union (VWU) met on Monday.\n\nThe VWU said: "We will not sign this offer."';
    expect(quoteSpeakers(text)).toEqual(['Velmar Workers Union']);
  });

  test('makes a person-shaped unknown name a body', () => {
    const text = 'Officials spoke on Monday. Volunteers of Marsh Watch (MW) gathered outside.\n\nMW said: "The marsh is not for sale."';
    expect(actorsOf(text).find((a) => a.name === 'Marsh Watch')?.kind).toBe('ORGANIZATION');
    expect(quoteSpeakers(text)).toEqual(['Marsh Watch']);
  });

  test('counts only when its letters are the name\'s initials', () => {
    expect(quoteSpeakers('Tomas Ulvik (OK) met the envoy.\n\nOK said: "Nothing was agreed."')).toEqual(['-']);
  });
});
