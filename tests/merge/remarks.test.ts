import type { ArticleExtraction, ExtractedStatement } from '../../src/extract/types';
import { remarksOf } from '../../src/merge/remarks';
import { sameStatement } from '../../src/merge/sameStatement';
import { mergeStatements, statementOccurrences } from '../../src/merge/mergeStatements';

/** An article whose statements are the given quoted passages, each list one statement of the speaker. */
function article(id: string, text: string, statements: string[][], kind: ExtractedStatement['kind'] = 'DIRECT_QUOTE'): ArticleExtraction {
  return {
    article: { id, text },
    statements: statements.map((passages) => ({
      speakerKey: 'ilse-varnholt',
      kind,
      text: passages.join(' '),
      quotes: passages,
      spans: passages.map((p) => ({ start: text.indexOf(p), end: text.indexOf(p) + p.length })),
      aboutKeys: [],
    })),
  } as unknown as ArticleExtraction;
}

const merged = (articles: ArticleExtraction[]) =>
  mergeStatements(statementOccurrences(articles, () => undefined), (key) => `actor:${key}`).map((s) => s.reports.map((r) => `${r.sourceId}:${r.excerpt}`).sort());

const first = 'The harbour tolls will fall by a third before winter';
const second = 'Nobody in the valley should pay for the dredging twice';

describe('the cross-source merge compares remarks', () => {
  it('keeps two passages that several outlets all quote as two statements, not one', () => {
    const text = `"${first}," Varnholt said. "${second}."`;
    const nodes = merged([article('a', text, [[first, second]]), article('b', `Intro. ${text}`, [[first, second]])]);
    expect(nodes).toEqual([
      [`source:a:${first}`, `source:b:${first}`],
      [`source:a:${second}`, `source:b:${second}`],
    ]);
  });

  it('does not let a long quote chain two different short quotes of two other outlets into one statement', () => {
    const long = `${first}, and ${second.toLowerCase()}`;
    const nodes = merged([
      article('a', `"${long}," she said.`, [[long]]),
      article('b', `"${first}," she said.`, [[first]]),
      article('c', `"${second}," she said.`, [[second]]),
    ]);
    // The long quote joins one of the two, never both.
    expect(nodes.some((reports) => reports.length === 2 && reports[0].startsWith('source:a'))).toBe(true);
    expect(nodes.every((reports) => reports.length <= 2)).toBe(true);
  });

  /** Another outlet's reported speech, without quoted words. */
  const reported = (id: string, clauses: string[]): ArticleExtraction => {
    const b = article(id, clauses.map((c) => `She said ${c}.`).join(' '), clauses.map((c) => [`She said ${c}.`]), 'PARAPHRASE');
    b.statements.forEach((s, k) => Object.assign(s, { quotes: [], text: clauses[k] }));
    return b;
  };

  it('tells an outlet\'s two passages apart when another outlet retells only one of them', () => {
    const text = `"${first}," Varnholt said. "${second}."`;
    const nodes = merged([article('a', text, [[first, second]]), reported('b', ['the harbour tolls would fall by a third before winter'])]);
    expect(nodes).toEqual([[`source:a:${first}`, 'source:b:She said the harbour tolls would fall by a third before winter.'], [`source:a:${second}`]]);
  });

  it('tells them apart when the other outlet quotes a fragment of one in reported speech', () => {
    const text = `"${first}," Varnholt said. "${second}."`;
    const b = reported('b', ['the tolls would "fall by a third before winter"']);
    b.statements[0].quotes.push('fall by a third before winter');
    expect(merged([article('a', text, [[first, second]]), b])).toHaveLength(2);
  });

  it('keeps an outlet\'s two passages together when every other outlet retells both', () => {
    const text = `"${first}," Varnholt said. "${second}."`;
    const b = reported('b', ['the harbour tolls would fall by a third before winter', 'nobody in the valley should pay for the dredging twice']);
    expect(merged([article('a', text, [[first, second]]), b])).toHaveLength(1);
    expect(merged([article('a', text, [[first, second]])])).toHaveLength(1);
  });

  it('keeps the sentences of one quoted passage together when another outlet retells only one of them', () => {
    const passage = `${first}. ${second}.`;
    const nodes = merged([article('a', `"${passage}" Varnholt said.`, [[passage]]), reported('b', ['the harbour tolls would fall by a third before winter'])]);
    expect(nodes).toHaveLength(1);
  });
});

describe('remarks inside quotes', () => {
  const quote = (text: string): ExtractedStatement => ({ speakerKey: 'x', kind: 'DIRECT_QUOTE', text, quotes: [text], spans: [{ start: 0, end: text.length }], aboutKeys: [] });

  it('finds one sentence of a long quote inside another outlet\'s quote of other sentences', () => {
    const a = quote(`We opened the northern locks for the barges today. ${first}.`);
    const b = quote(`${first}. The ferries will run every hour from May.`);
    expect(sameStatement(a, b)).toBe(true);
  });

  it('finds a fragment whose phrases another outlet put in another order', () => {
    const a = quote('Orsland will pay the harbour board fees of 12% from next year onwards');
    const b = quote('will pay fees of 12% to the harbour board');
    expect(sameStatement(a, b)).toBe(true);
  });
});

describe('content words of reported speech', () => {
  const said = (text: string): ExtractedStatement => ({ speakerKey: 'x', kind: 'PARAPHRASE', text, quotes: [], spans: [{ start: 0, end: text.length }], aboutKeys: [] });
  const quote = (text: string): ExtractedStatement => ({ speakerKey: 'x', kind: 'DIRECT_QUOTE', text, quotes: [text], spans: [{ start: 0, end: text.length }], aboutKeys: [] });

  it('meet across possessives, "-ly" adverbs and a speech-act verb', () => {
    const a = said("emphasizing that it will raise the valley's collective power to foresee and withstand floods");
    const b = quote('It will mean we, collectively, can better guard the valley against floods and foresee them');
    expect(sameStatement(a, b)).toBe(true);
  });
});

describe('one remark in two renderings', () => {
  const quote = (text: string): ExtractedStatement => ({ speakerKey: 'x', kind: 'DIRECT_QUOTE', text, quotes: [text], spans: [{ start: 0, end: text.length }], aboutKeys: [] });

  it('joins two translations of one quote that keep nearly all its content words', () => {
    expect(sameStatement(quote('I will rebuild the harbour by using regional pride as my guiding force'), quote('rebuild harbour through regional pride as the guiding force'))).toBe(true);
  });

  it('keeps apart two quotes of one speaker that share only some content words', () => {
    expect(sameStatement(quote('I will rebuild the harbour with regional money'), quote('The harbour money was spent on regional roads before the storm'))).toBe(false);
  });
});

describe('remarksOf', () => {
  const text = '"The dunes stay closed," Okafor said. "Rangers will patrol at night."';
  const spans = [{ start: 0, end: 37 }, { start: 38, end: text.length }];
  const told: ExtractedStatement = { speakerKey: 'x', kind: 'DIRECT_QUOTE', text: '', quotes: ['The dunes stay closed', 'Rangers will patrol at night.'], spans, aboutKeys: [] };

  it('gives each place of a statement with its own quotes', () => {
    expect(remarksOf(told, text).map((r) => [r.quotes, r.spans])).toEqual([
      [['The dunes stay closed'], [spans[0]]],
      [['Rangers will patrol at night.'], [spans[1]]],
    ]);
  });

  it('keeps a statement whole when a place has no quoted words of its own', () => {
    expect(remarksOf({ ...told, quotes: ['The dunes stay closed'] }, text)).toHaveLength(1);
  });
});

describe('sentences of a quoted passage', () => {
  const s1 = 'The harbour tolls will fall by a third before winter.';
  const s2 = 'Nobody in the valley should pay for the dredging twice.';

  it('join, each, the outlets that quote that sentence alone', () => {
    const nodes = merged([
      article('a', `"${s1} ${s2}" she said.`, [[`${s1} ${s2}`]]),
      article('b', `"${s1}" she said.`, [[s1]]),
      article('c', `"${s2}" she said.`, [[s2]]),
    ]);
    expect(nodes).toEqual([
      [`source:a:${s1}`, `source:b:${s1}`],
      [`source:a:${s2}`, `source:c:${s2}`],
    ]);
  });

  it('are one report again when nothing tells them apart', () => {
    const text = `"${s1} ${s2}" she said.`;
    expect(merged([article('a', text, [[`${s1} ${s2}`]])])).toEqual([[`source:a:${s1} ${s2}`]]);
  });

  it('are joined only within one told passage, not with a statement beside it', () => {
    const text = `${s1}\n\n${s1} ${s2}`;
    expect(merged([article('a', text, [[s1], [`${s1} ${s2}`]])])).toEqual([[`source:a:${s1}`, `source:a:${s1} ${s2}`]]);
  });
});

describe('what a retelling keeps', () => {
  const quote = (text: string): ExtractedStatement => ({ speakerKey: 'x', kind: 'DIRECT_QUOTE', text, quotes: [text], spans: [{ start: 0, end: text.length }], aboutKeys: [] });

  it('its numbers: two quotes alike but for a number are two remarks', () => {
    expect(sameStatement(quote('We are still far apart after round 3 of the harbour talks'), quote('We are still far apart after round 14 of the harbour talks'))).toBe(false);
  });

  it('its content words: a phrase of two other content words makes another remark, a typo does not', () => {
    const said = quote('This was a useful first step on grain corridors yet trust must be rebuilt slowly');
    expect(sameStatement(said, quote('This was a useful first step on a fishing quota yet trust must be rebuilt slowly'))).toBe(false);
    expect(sameStatement(said, quote('This was a usefull first step on grain corridors yet trust must be rebuilt slowly'))).toBe(true);
  });
});

describe('numbers in reported speech', () => {
  const said = (text: string): ExtractedStatement => ({ speakerKey: 'x', kind: 'PARAPHRASE', text, quotes: [], spans: [{ start: 0, end: text.length }], aboutKeys: [] });

  it('may be left out by one telling but not changed', () => {
    const ten = said('said the harbour fees would rise by 10 percent next spring for trawlers');
    expect(sameStatement(ten, said('said harbour fees would rise by 25 percent next spring for trawlers'))).toBe(false);
    expect(sameStatement(ten, said('said harbour fees for trawlers would rise next spring'))).toBe(true);
  });
});
