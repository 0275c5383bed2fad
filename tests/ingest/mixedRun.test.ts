import 'reflect-metadata';
import { buildGraphQLSchema } from '../../src/graphql/schema';
import { LiveOntology } from '../../src/ingest/LiveOntology';
import { buildStore } from '../../src/pipeline';
import { tempCorpus } from '../support/tempCorpus';
import { serveForTests, WRITER, type GraphQLResponse } from '../support/testServer';
import { readmeMeetingQuestion } from '../support/docBlocks';

/*
 * A short mixed run over HTTP: the README's nested meeting question from four clients in a loop while another
 * client adds articles one after another, for RUN_MS. No request may fail, and every article added is served
 * afterwards and kept in the corpus folder.
 */

const RUN_MS = 3_000;
const QUESTION = readmeMeetingQuestion();
const ADD = `mutation ($input: ArticleInput!) { addArticle(input: $input) { source { id } } }`;
const PLACES = ['Riyadh', 'Kyiv', 'Moscow', 'Geneva', 'Istanbul', 'Rome', 'Doha', 'Vienna'];

const corpus = tempCorpus();
afterAll(() => corpus.remove());
const api = serveForTests(buildGraphQLSchema(), () => LiveOntology.open(corpus.dir), WRITER);

test(`${RUN_MS / 1000} s of the nested question with concurrent addArticle calls: 0 errors, every added article served`, async () => {
  const end = Date.now() + RUN_MS;
  const failures: GraphQLResponse<unknown>[] = [];
  let questions = 0;
  const asker = async (): Promise<void> => {
    while (Date.now() < end) {
      const response = await api.query<{ meetings: { nodes: unknown[] } }>(QUESTION);
      questions++;
      if (response.status !== 200 || response.errors || !(response.data!.meetings.nodes.length >= 2)) failures.push(response);
    }
  };
  const added: string[] = [];
  const adder = async (client: number): Promise<void> => {
    for (let i = 0; Date.now() < end; i++) {
      const id = `mixed-${client}-${i}`;
      const place = PLACES[i % PLACES.length];
      const response = await api.query<{ addArticle: { source: { id: string } } }>(ADD, {
        input: { id, publishedAt: '2025-05-12', text: `Marco Rubio met Sergei Lavrov in ${place} on Monday, officials said.\n\n"We spoke about round ${client}-${i}," Rubio said.\n` },
      });
      if (response.status !== 200 || response.errors) failures.push(response);
      else added.push(response.data!.addArticle.source.id);
    }
  };

  await Promise.all([asker(), asker(), asker(), asker(), adder(1), adder(2)]);

  expect(failures).toEqual([]);
  expect(questions).toBeGreaterThan(10);
  expect(added.length).toBeGreaterThanOrEqual(2);
  for (const id of added) expect((await api.data(`query ($id: ID!) { source(id: $id) { id } }`, { id })).source).toEqual({ id });
  expect((await api.data(`{ sources { totalCount } }`)).sources.totalCount).toBe(5 + added.length);
  const restarted = buildStore(corpus.dir);
  for (const id of added) expect(restarted.source(id)).toBeDefined();
  expect(restarted.sources).toHaveLength(5 + added.length);
});
