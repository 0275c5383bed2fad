import 'reflect-metadata';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildGraphQLSchema } from '../../src/graphql/schema';
import { buildStore } from '../../src/pipeline';
import { serveForTests } from '../support/testServer';

// A remark told as speech whose speaker the text never names: "his spokesman" has no one to belong to.
const ARTICLE = [
  'title: Harbour reopens after strike',
  'outlet: Test Wire',
  'date: 2026-03-02',
  '',
  'The harbour at Velmora reopened on Monday after a nine-day strike by crane operators.',
  '',
  '"We will honour every clause of the settlement," his spokesman said.',
  '',
  'Marta Olsen, the harbour director, said: "Ships are moving again."',
].join('\n');

describe('a quote whose speaker cannot be resolved', () => {
  const dir = mkdtempSync(join(tmpdir(), 'unattributed-'));
  writeFileSync(join(dir, 'harbour.txt'), ARTICLE);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const api = serveForTests(buildGraphQLSchema(), () => buildStore(dir));

  test('is kept on its source with its speech verb, exactly as printed, and is not given to anyone', async () => {
    const { source, statements } = await api.data(`{
      source(id: "source:harbour") { text unattributedQuotes { excerpt start end source { id } } }
      statements { nodes { text speaker { name } } }
    }`);
    expect(source.unattributedQuotes).toEqual([
      { excerpt: '"We will honour every clause of the settlement," his spokesman said', start: expect.any(Number), end: expect.any(Number), source: { id: 'source:harbour' } },
    ]);
    const [quote] = source.unattributedQuotes;
    expect(source.text.slice(quote.start, quote.end)).toBe(quote.excerpt);
    expect(statements.nodes).toEqual([{ text: 'Ships are moving again.', speaker: { name: 'Marta Olsen' } }]);
  });
});
