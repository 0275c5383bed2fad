import 'reflect-metadata';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildGraphQLSchema } from '../../src/graphql/schema';
import { LiveOntology } from '../../src/ingest/LiveOntology';
import type { OntologyStore } from '../../src/ontology/OntologyStore';
import { buildStore } from '../../src/pipeline';
import { tempCorpus } from '../support/tempCorpus';
import { SEEDS_DIR, serveForTests, startTestServer, WRITER } from '../support/testServer';

const schema = buildGraphQLSchema();
const WIRE = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'ingest', 'witkoff-putin-wire.json'), 'utf8'));

const ADD = `mutation ($input: ArticleInput!) {
  addArticle(input: $input) {
    source { id title outlet url publishedAt wordCount }
    added { __typename id }
    changed { __typename id }
    removedIds
    counts { sources statements }
  }
}`;

/** Everything a restart would rebuild, as one comparable string. */
function snapshot(store: OntologyStore): string {
  return JSON.stringify([store.sources, store.actors, store.statements, store.meetings, store.agreements, store.discrepancies]);
}

function allIds(store: OntologyStore): string[] {
  return [store.sources, store.actors, store.statements, store.meetings, store.agreements].flatMap((list) => list.map((n) => n.id));
}

function addedFiles(dir: string): string[] {
  const added = join(dir, 'added');
  return existsSync(added) ? readdirSync(added).sort() : [];
}

describe('addArticle on a copy of the seed corpus', () => {
  const corpus = tempCorpus();
  afterAll(() => corpus.remove());
  const api = serveForTests(schema, () => LiveOntology.open(corpus.dir), WRITER);
  let before: OntologyStore;
  beforeAll(() => {
    before = api.store;
  });

  test('merges the article into the live ontology, says what it added and changed, and keeps every existing id', async () => {
    const { addArticle } = await api.data(ADD, { input: WIRE });

    expect(addArticle.source).toEqual({
      id: 'source:wire-2025-04-12-witkoff',
      title: WIRE.title,
      outlet: 'Baltic Wire',
      url: WIRE.url,
      publishedAt: '2025-04-12',
      wordCount: expect.any(Number),
    });
    expect(addArticle.counts.sources).toBe(6);
    const after = api.store;
    expect(after).not.toBe(before);
    // Added: exactly the ids the old version lacked; removed: none, so every existing id still resolves.
    expect(addArticle.added.map((n: any) => n.id).sort()).toEqual(allIds(after).filter((id) => !before.node(id)).sort());
    expect(addArticle.added).toContainEqual({ __typename: 'Source', id: 'source:wire-2025-04-12-witkoff' });
    expect(addArticle.removedIds).toEqual([]);
    for (const id of allIds(before)) expect(after.node(id)).toBeDefined();
    // Changed: exactly the existing nodes whose content differs, e.g. the meeting the article also reports.
    const changed = allIds(before).filter((id) => JSON.stringify(before.node(id)) !== JSON.stringify(after.node(id)));
    expect(addArticle.changed.map((n: any) => n.id)).toEqual(changed);
    expect(addArticle.changed).toContainEqual({ __typename: 'Meeting', id: 'meeting:2025-04-11-steve-witkoff-vladimir-putin' });
  });

  test('the article is served at once: as a source, in filters, in search, and in the reports of the meeting', async () => {
    const data = await api.data(`{
      sources(where: { outlet: "baltic wire" }) { totalCount nodes { id statementCount } }
      meeting(id: "meeting:2025-04-11-steve-witkoff-vladimir-putin") { sourceCount reports(limit: 500) { source { id } excerpt } }
      search(text: "Baltic Wire", types: [SOURCE]) { node { id } field }
      statements(where: { sourceId: "source:wire-2025-04-12-witkoff" }) { totalCount }
    }`);

    expect(data.sources).toEqual({ totalCount: 1, nodes: [{ id: 'source:wire-2025-04-12-witkoff', statementCount: expect.any(Number) }] });
    expect(data.sources.nodes[0].statementCount).toBeGreaterThan(0);
    expect(data.statements.totalCount).toBe(data.sources.nodes[0].statementCount);
    expect(data.meeting.reports.map((r: any) => r.source.id)).toContain('source:wire-2025-04-12-witkoff');
    expect(data.search[0]).toEqual({ node: { id: 'source:wire-2025-04-12-witkoff' }, field: 'outlet' });
    const healthz = (await (await fetch(new URL('/healthz', api.server.url))).json()) as { counts: { sources: number } };
    expect(healthz.counts.sources).toBe(6);
  });

  test('the article is written to the corpus folder, so a restart builds the very same ontology', () => {
    expect(addedFiles(corpus.dir)).toEqual(['00000001_wire-2025-04-12-witkoff.jsonl']);
    const line = readFileSync(join(corpus.dir, 'added', '00000001_wire-2025-04-12-witkoff.jsonl'), 'utf8');
    // With the name of the token that added it, which a restart reads back as Source.addedBy.
    expect(JSON.parse(line)).toEqual({ ...WIRE, addedBy: 'tests' });

    expect(snapshot(buildStore(corpus.dir))).toBe(snapshot(api.store));
  });

  test.each([
    ['the same id', { ...WIRE, text: 'Another text entirely, about something else.' }, 'DUPLICATE_ID', 'already has an article with id "wire-2025-04-12-witkoff"'],
    ['the same text under another id', { ...WIRE, id: 'copy' }, 'DUPLICATE_TEXT', 'already has this text, as source:wire-2025-04-12-witkoff'],
    ['the same text with other line breaks and spacing', { ...WIRE, id: 'copy', text: `  ${WIRE.text.replace(/\n/g, '\r\n')}  ` }, 'DUPLICATE_TEXT', 'already has this text'],
    ['a seed article’s text', { text: readFileSync(join(SEEDS_DIR, '002_497e42434e3ba65f.txt'), 'utf8') }, 'DUPLICATE_TEXT', 'as source:002_497e42434e3ba65f'],
  ])('an article with %s is refused, and nothing changes', async (_what, input, reason, message) => {
    const current = api.store;
    const response = await api.query(ADD, { input });

    expect(response.data).toBeNull();
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason });
    expect(response.errors?.[0].message).toContain(message);
    expect(api.store).toBe(current);
    expect(addedFiles(corpus.dir)).toEqual(['00000001_wire-2025-04-12-witkoff.jsonl']);
  });

  test.each([
    ['empty text', { text: '' }, 'input.text must not be empty or blank'],
    ['blank text', { text: ' \n\t ' }, 'input.text must not be empty or blank'],
    ['text over the size limit', { text: 'x'.repeat(500_001) }, 'input.text must be at most 500000 characters long'],
    ['an id with spaces', { text: 'Body.', id: 'has spaces' }, 'input.id must be 1 to 128 letters, digits'],
    ['an id that is a path', { text: 'Body.', id: '../escape' }, 'input.id must be 1 to 128 letters, digits'],
    ['a url that is not one', { text: 'Body.', url: 'not a url' }, 'input.url must be an http or https URL'],
    ['an ftp url', { text: 'Body.', url: 'ftp://example.org/a' }, 'input.url must be an http or https URL'],
    ['a blank title', { text: 'Body.', title: '   ' }, 'input.title must not be blank'],
  ])('%s is BAD_USER_INPUT naming the field', async (_what, input, message) => {
    const response = await api.query(ADD, { input });

    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].message).toContain(message);
    expect(addedFiles(corpus.dir)).toHaveLength(1);
  });

  // The guards a `.txt` article meets in the corpus folder hold for addArticle too.
  test.each([
    ['text with a NUL character', { text: 'Talks went on.\u0000More talks.' }, 'input.text must not contain NUL characters'],
    ['a lone surrogate (not encodable as UTF-8)', { text: 'Talks went on \ud800 today.' }, 'input.text must be well-formed Unicode'],
    ['an id over 128 characters', { text: 'Body.', id: 'a'.repeat(129) }, 'input.id must be 1 to 128 letters, digits'],
    ['an id starting with a dot', { text: 'Body.', id: '.hidden' }, 'input.id must be 1 to 128 letters, digits'],
    ['a javascript: url', { text: 'Body.', url: 'javascript:alert(1)' }, 'input.url must be an http or https URL'],
  ])('%s is BAD_USER_INPUT naming the field; nothing is written or served', async (_what, input, message) => {
    const current = api.store;
    const response = await api.query(ADD, { input });

    expect(response.data).toBeNull();
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].message).toContain(message);
    expect(api.store).toBe(current);
    expect(addedFiles(corpus.dir)).toHaveLength(1);
  });

  test.each(['12/04/2025', '2025-4-12', '2025-04-12T10:00:00Z', 'yesterday'])('a publication date "%s" is BAD_USER_INPUT naming the field; nothing is written', async (publishedAt) => {
    const current = api.store;
    const response = await api.query(ADD, { input: { text: 'Body.', publishedAt } });

    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].message).toMatch(/at "input\.publishedAt"/);
    expect(api.store).toBe(current);
    expect(addedFiles(corpus.dir)).toHaveLength(1);
  });

  test('a publication date that is not a calendar day is refused before anything runs', async () => {
    const response = await api.query(ADD, { input: { text: 'Body.', publishedAt: '2025-02-30' } });

    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].message).toMatch(/at "input\.publishedAt"; Date must be a calendar date as YYYY-MM-DD/);
  });

  test('without an id, the article gets its date and a hash of its text, so sending it again is refused', async () => {
    const input = { text: 'Finnish President Alexander Stubb met NATO Secretary General Mark Rutte in Helsinki on Monday.', publishedAt: '2025-04-14' };
    const first = await api.data(ADD, { input });
    const again = await api.query(ADD, { input });

    expect(first.addArticle.source.id).toMatch(/^source:2025-04-14_[0-9a-f]{16}$/);
    expect(again.errors?.[0].extensions?.reason).toBe('DUPLICATE_ID');
  });
});

describe('when the article cannot be written', () => {
  /** Starts a live server on a seed copy that `block` has tampered with, adds WIRE, and checks that nothing changed. */
  async function addBlocked(block: (dir: string) => void): Promise<void> {
    const corpus = tempCorpus();
    const live = LiveOntology.open(corpus.dir);
    block(corpus.dir);
    const api = await startTestServer(schema, live, WRITER);
    try {
      const current = api.store;
      const response = await api.query(ADD, { input: WIRE });

      expect(response.errors?.[0].extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', reason: 'WRITE_FAILED' });
      expect(response.errors?.[0].message).toMatch(/could not be written to the corpus folder/);
      expect(api.store).toBe(current);
      expect((await api.data(`{ source(id: "source:wire-2025-04-12-witkoff") { id } }`)).source).toBeNull();
      const added = join(corpus.dir, 'added');
      const leftovers = existsSync(added) && statSync(added).isDirectory() ? readdirSync(added).filter((f) => f.endsWith('.tmp')) : [];
      expect(leftovers).toEqual([]);
    } finally {
      await api.server.stop();
      corpus.remove();
    }
  }

  test('the added/ folder cannot be made (a file is in the way): addArticle fails and the ontology stays as it was', async () => {
    // Permissions would not stop a test run as root; a file where the folder should be stops everyone.
    await addBlocked((dir) => writeFileSync(join(dir, 'added'), 'in the way'));
  });

  test('the file cannot be renamed into place: the temporary file is removed and the ontology stays as it was', async () => {
    await addBlocked((dir) => {
      const target = join(dir, 'added', '00000001_wire-2025-04-12-witkoff.jsonl');
      mkdirSync(target, { recursive: true });
      writeFileSync(join(target, 'occupied'), '');
    });
  });
});

test('a server started on a fixed ontology refuses addArticle, even with a write token', async () => {
  const api = await startTestServer(schema, undefined, WRITER);
  try {
    const response = await api.query(ADD, { input: WIRE });
    expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  } finally {
    await api.server.stop();
  }
});

describe('where ids cannot stay: the merge forms some ids from what all sources say', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ids-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const api = serveForTests(schema, () => {
    writeFileSync(join(dir, 'a.txt'), 'French President Emmanuel Macron met German Chancellor Friedrich Merz in Paris, officials said.\n');
    return LiveOntology.open(dir);
  }, WRITER);

  test('an article that dates an undated meeting, or names another party of an agreement, lists the old id in removedIds', async () => {
    expect(api.store.meetings.map((m) => m.id)).toEqual(['meeting:undated-emmanuel-macron-friedrich-merz']);

    const dated = (
      await api.data(ADD, {
        input: {
          id: 'b',
          publishedAt: '2025-05-06',
          text: 'French President Emmanuel Macron met German Chancellor Friedrich Merz in Paris on Monday.\n\nRussia and Ukraine agreed to a ceasefire covering energy targets, officials said.\n',
        },
      })
    ).addArticle;
    expect(dated.removedIds).toEqual(['meeting:undated-emmanuel-macron-friedrich-merz']);
    expect(dated.added).toContainEqual({ __typename: 'Meeting', id: 'meeting:2025-05-05-emmanuel-macron-friedrich-merz' });
    expect(dated.added).toContainEqual({ __typename: 'Agreement', id: 'agreement:ceasefire-energy-russia-ukraine' });

    const party = (
      await api.data(ADD, {
        input: { id: 'c', publishedAt: '2025-05-07', text: 'Russia, Ukraine and the United States agreed to a ceasefire covering energy targets, officials said on Tuesday.\n' },
      })
    ).addArticle;
    expect(party.removedIds).toEqual(['agreement:ceasefire-energy-russia-ukraine']);
    expect(party.added).toContainEqual({ __typename: 'Agreement', id: 'agreement:ceasefire-energy-russia-ukraine-united-states' });
  });
});

describe('addArticle with an article on one line', () => {
  const corpus = tempCorpus();
  afterAll(() => corpus.remove());
  const api = serveForTests(schema, () => LiveOntology.open(corpus.dir), WRITER);

  test('an article on one long line, as scraped articles often are, is accepted and extracted', async () => {
    const response = await api.query(ADD, { input: { id: 'one-line', text: 'Putin said the talks were useful. '.repeat(600) } });

    expect(response.errors).toBeUndefined();
    expect(api.store.source('source:one-line')?.text.includes('\n')).toBe(false);
    expect(api.store.statementsInSource('source:one-line').length).toBeGreaterThan(0);
  });
});
