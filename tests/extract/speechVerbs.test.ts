import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SPEECH_VERBS } from '../../src/extract/lexicon';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { generate } = require('../../scripts/generate-speech-verbs.js') as { generate: () => { verbs: string[][] } };

describe('speech verbs from WordNet', () => {
  it('the committed JSON is what the generator writes from WordNet and the curation file', () => {
    const committed = JSON.parse(readFileSync(join(__dirname, '../../src/extract/lexicon/data/speechVerbs.json'), 'utf8'));
    expect(committed.verbs).toEqual(generate().verbs);
  });

  it('covers speech acts whose content is their object, with their inflections', () => {
    for (const [form, lemma] of [['commended', 'commend'], ['congratulates', 'congratulate'], ['complimented', 'compliment'], ['slammed', 'slam'], ['vowed', 'vow'], ['conceded', 'concede'], ['said', 'say'], ['told', 'tell'], ['quipped', 'quip']]) {
      expect([form, SPEECH_VERBS.get(form)]).toEqual([form, lemma]);
    }
  });

  it('leaves out auxiliaries, orders and acts that WordNet also files under communication', () => {
    for (const form of ['will', 'signed', 'ordered', 'held', 'made', 'continued', 'attacked', 'expected']) expect([form, SPEECH_VERBS.has(form)]).toEqual([form, false]);
  });
});
