import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildGraphQLSchema } from '../../src/graphql/schema';
import { OntologyStore } from '../../src/ontology/OntologyStore';
import { handBuiltOntology, handBuiltStore, SOURCE } from '../support/handBuiltOntology';
import { startTestServer, type TestServer } from '../support/testServer';

const MEETING = 'meeting:2025-04-11-steve-witkoff-vladimir-putin';

let schema: GraphQLSchema;
let api: TestServer;
beforeAll(async () => {
  schema = buildGraphQLSchema();
  api = await startTestServer(schema, handBuiltStore());
});
afterAll(() => api?.server.stop());

test('the nested meeting question walks meeting → participants → statements → reports → sources', async () => {
  const data = await api.data(`{ meetings { nodes { title date place participants { name statements { text kind reports { source { id } excerpt } } } } } }`);

  expect(data.meetings.nodes).toEqual([
    {
      title: 'Witkoff–Putin talks',
      date: '2025-04-11',
      place: 'St Petersburg',
      participants: [
        {
          name: 'Steve Witkoff',
          statements: [
            {
              text: 'Putin was a "great leader" and "not a bad guy"',
              kind: 'PARAPHRASE',
              reports: [
                { source: { id: SOURCE.s000 }, excerpt: 'said Putin was a "great leader" and "not a bad guy"' },
                { source: { id: SOURCE.s003 }, excerpt: 'said Putin was a "great leader" and "not a bad guy"' },
              ],
            },
          ],
        },
        { name: 'Vladimir Putin', statements: [] },
      ],
    },
  ]);
});

test('a meeting lists the statements made at it, its sources and the facts the sources disagree on', async () => {
  const data = await api.data(
    `query ($id: ID!) { meeting(id: $id) {
      duration sourceCount
      statements { speaker { name } text kind date meeting { id } about { id } sourceCount }
      discrepancies { subject { __typename id } field kind values { value reports { source { id } excerpt } } }
    } }`,
    { id: MEETING },
  );

  expect(data.meeting).toEqual({
    duration: 'four and a half hours',
    sourceCount: 2,
    statements: [
      {
        speaker: { name: 'Kirill Dmitriev' },
        text: 'productive',
        kind: 'DIRECT_QUOTE',
        date: '2025-04-11',
        meeting: { id: MEETING },
        about: [{ id: 'actor:steve-witkoff' }, { id: 'actor:vladimir-putin' }],
        sourceCount: 2,
      },
    ],
    discrepancies: [
      {
        subject: { __typename: 'Meeting', id: MEETING },
        field: 'duration',
        kind: 'VARIANT',
        values: [
          {
            value: 'four and a half hours',
            reports: [
              { source: { id: SOURCE.s000 }, excerpt: 'lasted four and a half hours' },
              { source: { id: SOURCE.s001 }, excerpt: 'lasted four and a half hours' },
            ],
          },
          {
            value: 'over four hours',
            reports: [
              { source: { id: SOURCE.s002 }, excerpt: 'lasted over four hours' },
              { source: { id: SOURCE.s004 }, excerpt: 'lasted over four hours' },
            ],
          },
        ],
      },
    ],
  });
});

test('an actor links to its affiliation, what it said, its meetings, its agreements and its reports', async () => {
  const data = await api.data(`{
    witkoff: actor(id: "actor:steve-witkoff") { name kind aliases titles affiliation { id kind } meetings { id } statements { id } discrepancies { field } }
    dmitriev: actor(id: "actor:kirill-dmitriev") { affiliation { name } statements { text } reports { excerpt source { id } } }
    russia: actor(id: "actor:russia") { affiliation { id } agreements { title status terms parties { name } sourceCount } }
  }`);

  expect(data.witkoff).toEqual({
    name: 'Steve Witkoff',
    kind: 'PERSON',
    aliases: ['Witkoff'],
    titles: ['US envoy'],
    affiliation: { id: 'actor:united-states', kind: 'COUNTRY' },
    meetings: [{ id: MEETING }],
    statements: [{ id: 'statement:steve-witkoff-great-leader' }],
    discrepancies: [],
  });
  expect(data.dmitriev).toEqual({
    affiliation: { name: 'Russia' },
    statements: [{ text: 'productive' }],
    reports: [{ excerpt: 'special envoy Kirill Dmitriev', source: { id: SOURCE.s002 } }],
  });
  expect(data.russia.affiliation).toBeNull();
  expect(data.russia.agreements).toEqual([
    {
      title: 'Full ceasefire',
      status: 'CONDITIONAL',
      terms: expect.stringContaining('stay out of NATO'),
      parties: [{ name: 'Russia' }],
      sourceCount: 1,
    },
  ]);
});

test('a source lists the actors, statements, meetings and agreements it reports', async () => {
  const data = await api.data(`{
    s002: source(id: "${SOURCE.s002}") { publishedAt actors { id } statements { id } meetings { id } agreements { id } }
    s004: source(id: "${SOURCE.s004}") { agreements { id } }
    s003: source(id: "${SOURCE.s003}") { publishedAt actors { id } statements { id } meetings { id } }
  }`);

  expect(data.s002).toEqual({
    publishedAt: null,
    actors: [{ id: 'actor:steve-witkoff' }, { id: 'actor:vladimir-putin' }, { id: 'actor:kirill-dmitriev' }],
    statements: [{ id: 'statement:kirill-dmitriev-productive' }],
    meetings: [{ id: MEETING }],
    agreements: [],
  });
  expect(data.s004.agreements).toEqual([{ id: 'agreement:ceasefire-russia' }]);
  expect(data.s003).toEqual({
    publishedAt: '2025-04-11',
    actors: [],
    statements: [{ id: 'statement:steve-witkoff-great-leader' }],
    meetings: [],
  });
});

test('node(id) resolves every type of node from its id', async () => {
  const ids = {
    Source: SOURCE.s000,
    Actor: 'actor:vladimir-putin',
    Statement: 'statement:kirill-dmitriev-productive',
    Meeting: MEETING,
    Agreement: 'agreement:ceasefire-russia',
  };
  for (const [typename, id] of Object.entries(ids)) {
    const data = await api.data(`query ($id: ID!) { node(id: $id) { __typename id } }`, { id });
    expect(data.node).toEqual({ __typename: typename, id });
  }
});

describe('an ontology with a broken reference or a bad date', () => {
  let broken: TestServer;
  beforeAll(async () => {
    const ontology = handBuiltOntology();
    ontology.statements[0].speakerId = 'actor:nobody';
    ontology.meetings[0].date = '2025-02-30';
    broken = await startTestServer(schema, new OntologyStore(ontology));
  });
  afterAll(() => broken?.server.stop());

  test('a dangling reference fails up to the nearest nullable field, naming both ids, and the server keeps serving', async () => {
    const response = await broken.query(
      `{ statement(id: "statement:kirill-dmitriev-productive") { text speaker { name } } sources { totalCount } }`,
    );

    expect(response.status).toBe(200);
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0].message).toBe(
      'statement:kirill-dmitriev-productive refers to actor "actor:nobody", which is not in the ontology',
    );
    expect(response.errors![0].path).toEqual(['statement', 'speaker']);
    expect(response.data).toEqual({ statement: null, sources: { totalCount: 5 } });
    expect((await broken.query('{ actors { totalCount } }')).data.actors.totalCount).toBe(5);
  });

  test('refuses to serve a stored date that is not a calendar day', async () => {
    const response = await broken.query(`{ meeting(id: "${MEETING}") { title date } }`);

    expect(response.data.meeting).toEqual({ title: 'Witkoff–Putin talks', date: null });
    expect(response.errors![0].message).toMatch(/Date must be a calendar date as YYYY-MM-DD, got "2025-02-30"/);
  });
});
