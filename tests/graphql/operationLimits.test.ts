import 'reflect-metadata';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { DEFAULT_QUERY_LIMITS, isLimitErrorCode } from '../../src/graphql/limits';
import { operationCost } from '../../src/graphql/limits/cost';
import { buildGraphQLSchema } from '../../src/graphql/schema';
import { serveForTests, WRITER } from '../support/testServer';

/*
 * Every operation kept in operations/ (the examples, the dashboard's, codegen's input) runs against the real
 * server with the default limits: none may be refused by a limit, and each costs less than the default cost
 * limit with its variables at their defaults — and at the largest page its `$first` allows, when it has one.
 */

const OPERATIONS_DIR = join(__dirname, '..', '..', 'operations');

function graphqlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? graphqlFiles(join(dir, entry.name)) : entry.name.endsWith('.graphql') ? [join(dir, entry.name)] : []))
    .sort();
}

/** Values for the variables an operation requires, by operation name; a new operation with one must be added here. */
const REQUIRED: Record<string, Record<string, unknown>> = {
  ActorWithStatements: { id: 'actor:vladimir-putin' },
  NodeLookup: { id: 'meeting:2025-04-11-steve-witkoff-vladimir-putin' },
  SourceText: { id: 'source:000_032f559aabc36aa4' },
  Search: { text: 'Putin' },
  AddArticle: { input: { id: 'cost-check', text: 'Steve Witkoff met Vladimir Putin in St Petersburg on Friday.' } },
};

const schema = buildGraphQLSchema();
// A fixed ontology and a write token: AddArticle is costed and checked like the rest, then refused (FORBIDDEN) without writing.
const api = serveForTests(schema, undefined, WRITER);
const files = graphqlFiles(OPERATIONS_DIR);

test('operations/ holds the example and dashboard operations', () => {
  expect(files.length).toBeGreaterThanOrEqual(16);
});

describe.each(files.map((file) => [relative(OPERATIONS_DIR, file), file]))('%s', (_name, file) => {
  const text = readFileSync(file, 'utf8');
  const operation = parse(text).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const name = operation.name!.value;
  const required = (operation.variableDefinitions ?? []).filter((v) => v.type.kind === Kind.NON_NULL_TYPE && !v.defaultValue).map((v) => v.variable.name.value);
  const variables = REQUIRED[name] ?? {};
  const takesFirst = (operation.variableDefinitions ?? []).some((v) => v.variable.name.value === 'first');

  test('costs less than the default limit', () => {
    expect(Object.keys(variables).sort()).toEqual(required.sort());
    const cost = operationCost(schema, parse(text), name, variables);
    expect(typeof cost).toBe('number');
    expect(cost).toBeLessThan(DEFAULT_QUERY_LIMITS.maxCost);
    if (takesFirst) {
      const largest = name === 'Search' ? 100 : 500; // search allows 100 hits, pages 500
      expect(operationCost(schema, parse(text), name, { ...variables, first: largest })).toBeLessThan(DEFAULT_QUERY_LIMITS.maxCost);
    }
  });

  test('runs against the server without hitting a limit', async () => {
    const response = await api.query(text, variables);
    const limitErrors = (response.errors ?? []).filter((e) => isLimitErrorCode(e.extensions?.code));

    expect(limitErrors).toEqual([]);
    if (name === 'AddArticle') expect(response.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    else expect(response.errors).toBeUndefined();
  });
});
