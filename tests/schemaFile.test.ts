import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, isInputObjectType, isInterfaceType, isObjectType, type GraphQLField, type GraphQLInputField } from 'graphql';
import { buildGraphQLSchema, printSortedSchema } from '../src/graphql/schema';

const sdl = readFileSync(join(__dirname, '..', 'schema.graphql'), 'utf8');

test('schema.graphql is the schema the code builds (run `npm run schema` after changing the API)', () => {
  expect(sdl).toBe(printSortedSchema(buildGraphQLSchema()) + '\n');
});

/** The agreed API: every name and type here is something a client already depends on. */
const CONTRACT: Record<string, Record<string, string>> = {
  Node: { id: 'ID!' },
  Report: { source: 'Source!', excerpt: 'String!', start: 'Int!', end: 'Int!' },
  Source: {
    id: 'ID!', title: 'String', outlet: 'String', url: 'String', publishedAt: 'Date', text: 'String!', wordCount: 'Int!',
    actors: '[Actor!]!', statements: '[Statement!]!', meetings: '[Meeting!]!', agreements: '[Agreement!]!',
  },
  Actor: {
    id: 'ID!', name: 'String!', kind: 'ActorKind!', aliases: '[String!]!', titles: '[String!]!', affiliation: 'Actor',
    statements: '[Statement!]!', meetings: '[Meeting!]!', agreements: '[Agreement!]!', reports: '[Report!]!', discrepancies: '[Discrepancy!]!',
  },
  Statement: {
    id: 'ID!', speaker: 'Actor!', text: 'String!', kind: 'StatementKind!', channel: 'String', date: 'Date', meeting: 'Meeting',
    about: '[Actor!]!', reports: '[Report!]!', sourceCount: 'Int!', discrepancies: '[Discrepancy!]!',
  },
  Meeting: {
    id: 'ID!', title: 'String!', date: 'Date', place: 'String', duration: 'String', participants: '[Actor!]!',
    statements: '[Statement!]!', reports: '[Report!]!', sourceCount: 'Int!', discrepancies: '[Discrepancy!]!',
  },
  Agreement: {
    id: 'ID!', title: 'String!', status: 'AgreementStatus!', date: 'Date', parties: '[Actor!]!', terms: 'String',
    reports: '[Report!]!', sourceCount: 'Int!', discrepancies: '[Discrepancy!]!',
  },
  Discrepancy: { subject: 'Node!', field: 'String!', kind: 'DiscrepancyKind!', values: '[ReportedValue!]!' },
  ReportedValue: { value: 'String!', reports: '[Report!]!' },
  PageInfo: { hasNextPage: 'Boolean!', endCursor: 'String' },
  Query: {
    node: 'Node', source: 'Source', actor: 'Actor', statement: 'Statement', meeting: 'Meeting', agreement: 'Agreement',
    sources: 'SourceConnection!', actors: 'ActorConnection!', statements: 'StatementConnection!', meetings: 'MeetingConnection!',
    agreements: 'AgreementConnection!', discrepancies: 'DiscrepancyConnection!',
    stats: 'Stats!', search: '[SearchHit!]!', timeline: '[TimelineEntry!]!',
  },
  Stats: {
    counts: 'TypeCounts!', speakerCount: 'Int!', statementsPerSpeaker: '[SpeakerStatementCount!]!', reportsPerSource: '[SourceStats!]!',
    coverage: 'CoverageMatrix!',
  },
  CoverageMatrix: { sources: '[Source!]!', rows: '[CoverageRow!]!', totalCount: 'Int!', pageInfo: 'PageInfo!' },
  CoverageRow: { statement: 'Statement!', cells: '[Boolean!]!' },
  SearchHit: { node: 'Node!', score: 'Float!', field: 'String!', snippet: 'String!', terms: '[String!]!' },
  TimelineEntry: { date: 'Date!', kind: 'TimelineKind!', node: 'TimelineNode!' },
};
const LISTS = ['Source', 'Actor', 'Statement', 'Meeting', 'Agreement', 'Discrepancy'];
for (const item of LISTS) {
  CONTRACT[`${item}Connection`] = { totalCount: 'Int!', nodes: `[${item}!]!`, edges: `[${item}Edge!]!`, pageInfo: 'PageInfo!' };
  CONTRACT[`${item}Edge`] = { cursor: 'String!', node: `${item}!` };
}

const published = buildSchema(sdl);

function fieldsOf(typeName: string): Record<string, GraphQLField<unknown, unknown>> {
  const type = published.getType(typeName);
  if (!isObjectType(type) && !isInterfaceType(type)) throw new Error(`${typeName} is not an object or interface type`);
  return type.getFields();
}

function inputFieldsOf(typeName: string): Record<string, GraphQLInputField> {
  const type = published.getType(typeName);
  if (!isInputObjectType(type)) throw new Error(`${typeName} is not an input type`);
  return type.getFields();
}

test.each(Object.keys(CONTRACT))('schema.graphql keeps the agreed fields of %s', (typeName) => {
  const actual = Object.fromEntries(Object.entries(fieldsOf(typeName)).map(([name, field]) => [name, String(field.type)]));

  expect(actual).toEqual(expect.objectContaining(CONTRACT[typeName]));
});

test('every node type implements Node, and the enums have the agreed values', () => {
  for (const name of ['Source', 'Actor', 'Statement', 'Meeting', 'Agreement']) {
    const type = published.getType(name);
    expect(isObjectType(type) && type.getInterfaces().map(String)).toEqual(['Node']);
  }
  const values = (name: string) => (published.getType(name) as any).getValues().map((v: { name: string }) => v.name).sort();
  expect(values('ActorKind')).toEqual(['COUNTRY', 'GROUP', 'ORGANIZATION', 'PERSON']);
  expect(values('StatementKind')).toEqual(['DIRECT_QUOTE', 'PARAPHRASE']);
  expect(values('AgreementStatus')).toEqual(['AGREED', 'CONDITIONAL', 'IMPLEMENTED', 'PROPOSED', 'REJECTED']);
  expect(values('DiscrepancyKind')).toEqual(['CONFLICT', 'VARIANT']);
});

test('every top-level list takes first: Int = 50, after: String, a typed where and a typed orderBy', () => {
  const query = fieldsOf('Query');
  for (const [list, item] of [['sources', 'Source'], ['actors', 'Actor'], ['statements', 'Statement'], ['meetings', 'Meeting'], ['agreements', 'Agreement'], ['discrepancies', 'Discrepancy']]) {
    const args = Object.fromEntries(query[list].args.map((a) => [a.name, [String(a.type), a.defaultValue]]));
    expect(args).toEqual({ first: ['Int', 50], after: ['String', undefined], where: [`${item}Where`, undefined], orderBy: [`${item}Order`, undefined] });
    expect(Object.fromEntries(Object.entries(inputFieldsOf(`${item}Order`)).map(([name, field]) => [name, String(field.type)]))).toEqual({
      field: `${item}OrderField!`,
      direction: 'OrderDirection!',
    });
  }
});

test('the lists inside a node that grow with the corpus take limit: Int = 50 and offset: Int = 0', () => {
  const growing = { Actor: ['statements', 'meetings', 'agreements', 'reports'], Source: ['actors', 'statements', 'meetings', 'agreements'], Meeting: ['statements', 'reports'], Statement: ['reports'], Agreement: ['reports'] };
  for (const [type, fields] of Object.entries(growing)) {
    for (const field of fields) {
      const args = Object.fromEntries(fieldsOf(type)[field].args.map((a) => [a.name, [String(a.type), a.defaultValue]]));
      expect({ [`${type}.${field}`]: args }).toEqual({ [`${type}.${field}`]: { limit: ['Int', 50], offset: ['Int', 0] } });
    }
  }
});

/**
 * A client holding `ID!` values from earlier answers passes them straight back: every argument and input field
 * that takes a node id is an `ID`. ArticleInput.id is not one: it is the file stem an article is stored under,
 * which becomes "source:<id>", so a node id would be refused there.
 */
test('every argument and input field that takes a node id is an ID', () => {
  const takesNodeId = (name: string) => name === 'id' || /[a-z]Id$/.test(name);
  const found: Record<string, string> = {};
  for (const type of Object.values(published.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        for (const arg of field.args) if (takesNodeId(arg.name)) found[`${type.name}.${field.name}(${arg.name})`] = String(arg.type).replace(/!$/, '');
      }
    }
    if (isInputObjectType(type) && type.name !== 'ArticleInput') {
      for (const field of Object.values(type.getFields())) if (takesNodeId(field.name)) found[`${type.name}.${field.name}`] = String(field.type).replace(/!$/, '');
    }
  }

  expect(Object.keys(found).length).toBeGreaterThanOrEqual(16);
  expect(Object.entries(found).filter(([, type]) => type !== 'ID')).toEqual([]);
  expect(String(inputFieldsOf('ArticleInput').id.type)).toBe('String');
});
