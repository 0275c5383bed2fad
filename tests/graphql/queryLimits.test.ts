import 'reflect-metadata';
import { GraphQLInt, GraphQLList, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { DEFAULT_QUERY_LIMITS, queryLimitsFromEnv, type QueryLimits } from '../../src/graphql/limits';
import { buildGraphQLSchema } from '../../src/graphql/schema';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOCS_DIR, readmeMeetingQuestion } from '../support/docBlocks';
import { handBuiltStore } from '../support/handBuiltOntology';
import { startTestServer, type GraphQLErrorJson, type TestServer } from '../support/testServer';

const schema = buildGraphQLSchema();
let api: TestServer;
beforeAll(async () => {
  api = await startTestServer(schema, handBuiltStore());
});
afterAll(() => api?.server.stop());

/** `{ actors { nodes { affiliation { … { id } } } } }` nested to exactly `depth` levels of fields. */
export function queryOfDepth(depth: number): string {
  const hops = depth - 3;
  return `{ actors { nodes { ${'affiliation { '.repeat(hops)}id${' }'.repeat(hops)} } } }`;
}

async function expectRefused(response: Awaited<ReturnType<TestServer['query']>>, code: string, message: RegExp, status = 400): Promise<GraphQLErrorJson> {
  expect(response.status).toBe(status);
  expect(response.data).toBeUndefined();
  expect(response.errors).toHaveLength(1);
  const [error] = response.errors!;
  expect(error.extensions?.code).toBe(code);
  expect(error.message).toMatch(message);
  return error;
}

test('the defaults', () => {
  expect(DEFAULT_QUERY_LIMITS).toEqual({ maxDepth: 10, maxCost: 3_000_000, maxAliases: 30, maxTokens: 2_000, maxDirectives: 50, timeBudgetMs: 5_000 });
});

describe('depth', () => {
  test(`a query ${DEFAULT_QUERY_LIMITS.maxDepth} fields deep is answered, one deeper is DEPTH_LIMIT_EXCEEDED`, async () => {
    expect((await api.query(queryOfDepth(10))).errors).toBeUndefined();

    const error = await expectRefused(await api.query(queryOfDepth(11)), 'DEPTH_LIMIT_EXCEEDED', /^Query depth limit of 10 exceeded, found 11\.$/);
    expect(error.extensions?.limit).toBe(10);
  });

  test('fragments add no depth of their own, and cannot hide any', async () => {
    // actors, nodes, then affiliation in A, in B, in the inline fragment, `hops` more, and id.
    const viaFragments = (hops: number) => `{ actors { nodes { ...A } } }
      fragment A on Actor { affiliation { ...B } }
      fragment B on Actor { affiliation { ... on Actor { affiliation { ${'affiliation { '.repeat(hops)}id${' }'.repeat(hops)} } } } }`;

    expect((await api.query(viaFragments(4))).errors).toBeUndefined();
    await expectRefused(await api.query(viaFragments(5)), 'DEPTH_LIMIT_EXCEEDED', /found 11/);
  });
});

describe('aliases', () => {
  const aliased = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: sources { totalCount }`).join(' ')} }`;

  test('30 aliases are answered, 31 are ALIAS_LIMIT_EXCEEDED', async () => {
    expect((await api.query(aliased(30))).errors).toBeUndefined();
    await expectRefused(await api.query(aliased(31)), 'ALIAS_LIMIT_EXCEEDED', /^Aliases limit of 30 exceeded, found 31\.$/);
  });

  test('aliases inside a fragment count once per spread', async () => {
    const fragment = `fragment M on Meeting { ${Array.from({ length: 10 }, (_, i) => `m${i}: title`).join(' ')} }`;
    const spreadUnder = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `q${i}: meetings { nodes { ...M } }`).join(' ')} } ${fragment}`;

    // 2 + 2 × 10 = 22 aliases; 3 + 3 × 10 = 33.
    expect((await api.query(spreadUnder(2))).errors).toBeUndefined();
    await expectRefused(await api.query(spreadUnder(3)), 'ALIAS_LIMIT_EXCEEDED', /found 33/);
  });
});

describe('directives', () => {
  const directed = (n: number) => `{ sources { ${Array.from({ length: n }, () => 'totalCount @include(if: true)').join(' ')} } }`;

  test('50 directives are answered, 51 are DIRECTIVE_LIMIT_EXCEEDED', async () => {
    expect((await api.query(directed(50))).errors).toBeUndefined();
    await expectRefused(await api.query(directed(51)), 'DIRECTIVE_LIMIT_EXCEEDED', /^Directives limit of 50 exceeded, found 51\.$/);
  });
});

describe('tokens', () => {
  // Braces (2), then `sources(first: 1) { totalCount }` (9 tokens) and `__typename` (1) as often as needed.
  // Distinct work rather than one field repeated: graphql-js gives up comparing ~1,000 identical fields.
  const tokens = (n: number) => {
    const units = Math.floor((n - 2) / 9);
    return `{ ${'sources(first: 1) { totalCount } '.repeat(units)}${'__typename '.repeat(n - 2 - 9 * units)}}`;
  };

  test('a document of 2,000 tokens is parsed, one of 2,001 is TOKEN_LIMIT_EXCEEDED before any validation', async () => {
    expect((await api.query(tokens(2000))).errors).toBeUndefined();
    const error = await expectRefused(await api.query(tokens(2001)), 'TOKEN_LIMIT_EXCEEDED', /^Token limit of 2000 exceeded: parsing aborted\.$/);
    expect(error.extensions?.limit).toBe(2000);
  });
});

describe('cost', () => {
  // Lists that take `limit` cost their limit; unlimited ones (participants, about) are assumed to hold 5:
  // (1 + 5·(1 + k·(1 + 5·(1 + k·(1 + 5))))) + 1 per meeting, 3,907 with k = 5.
  const FAN_OUT = `query ($n: Int, $k: Int) { meetings(first: $n) { nodes { participants { statements(limit: $k) { about { statements(limit: $k) { about { name } } } } } } } }`;

  test('is computed with the request variables: the same document is answered with $n = 10 and refused with $n = 10, $k = 50', async () => {
    expect((await api.query(FAN_OUT, { n: 10, k: 5 })).errors).toBeUndefined();

    const error = await expectRefused(await api.query(FAN_OUT, { n: 10, k: 50 }), 'COST_LIMIT_EXCEEDED', /^Query cost limit of 3000000 exceeded, found 3765071\.$/);
    expect(error.extensions).toEqual(expect.objectContaining({ limit: 3_000_000, cost: 3_765_071 }));
    // Leaving `limit` out costs its default, 50, like asking for 50.
    await expectRefused(await api.query(FAN_OUT, { n: 10 }), 'COST_LIMIT_EXCEEDED', /found 3765071\.$/);
  });

  test('a nested list costs the limit it is given: limit 500 on statements and their reports is refused where limit 5 is answered', async () => {
    // Lists inside a node were once costed at 5 items whatever their limit, so 500 × 500 × 500 reports cost what limit 5 costs.
    const wide = (limit: number) => `{ meetings(first: 500) { nodes { statements(limit: ${limit}) { reports(limit: ${limit}) { excerpt } } } } }`;

    expect((await api.query(wide(5))).errors).toBeUndefined();
    await expectRefused(await api.query(wide(500)), 'COST_LIMIT_EXCEEDED', /found 125251001\.$/);
  });

  test('a limit outside 0–500 on a nested list is its own BAD_USER_INPUT, not a cost error', async () => {
    const response = await api.query(FAN_OUT, { n: 10, k: 501 });

    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].message).toMatch(/limit must not be greater than 500/);
  });

  test('the README question is answered at the default page; 500 meetings need their nested lists limited', async () => {
    // The README's question with its page sizes as variables, as docs/query-limits.md costs it.
    const question = readmeMeetingQuestion()
      .replace('{ meetings {', 'query ($n: Int, $s: Int, $r: Int) { meetings(first: $n) {')
      .replace('statements {', 'statements(limit: $s) {')
      .replace('reports {', 'reports(limit: $r) {');
    // The costs docs/query-limits.md gives for it are the ones the server computes.
    const page = readFileSync(join(DOCS_DIR, 'query-limits.md'), 'utf8');
    const [atDefault, limited] = [/costs ([\d,]+) at the default page/, /\(([\d,]+)\)\. Every operation/].map((pattern) => Number(pattern.exec(page)![1].replace(/,/g, '')));
    const costing = await startTestServer(schema, handBuiltStore(), { limits: { ...DEFAULT_QUERY_LIMITS, maxCost: 1 } });
    try {
      await expectRefused(await costing.query(question), 'COST_LIMIT_EXCEEDED', new RegExp(`found ${atDefault}\\.$`));
      await expectRefused(await costing.query(question, { n: 500, s: 10, r: 5 }), 'COST_LIMIT_EXCEEDED', new RegExp(`found ${limited}\\.$`));
    } finally {
      await costing.server.stop();
    }
    expect((await api.query(question)).errors).toBeUndefined();
    expect((await api.query(question, { n: 500, s: 10, r: 5 })).errors).toBeUndefined();
    await expectRefused(await api.query(question, { n: 500 }), 'COST_LIMIT_EXCEEDED', /found 19132501\.$/);
  });

  test('a variable of the wrong type is still BAD_USER_INPUT, not a failure to cost the query', async () => {
    const response = await api.query(FAN_OUT, { n: 'many', k: 5 });

    expect(response.status).toBe(400);
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].message).toMatch(/Variable "\$n" got invalid value "many"; Int cannot represent non-integer value/);
  });

  test('a first over the contract is its own BAD_USER_INPUT, not a cost error', async () => {
    const response = await api.query(FAN_OUT, { n: 100_000, k: 5 });

    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].message).toMatch(/first must not be greater than 500/);
  });
});

/** A schema with one slow list: each item's `n` spins for `msPerItem`, as an expensive resolver would. */
function slowSchema(items: number, msPerItem: number): GraphQLSchema {
  const Item = new GraphQLObjectType({
    name: 'Item',
    fields: {
      n: {
        type: GraphQLInt,
        resolve: (i: number) => {
          const until = performance.now() + msPerItem;
          while (performance.now() < until);
          return i;
        },
      },
    },
  });
  return new GraphQLSchema({
    query: new GraphQLObjectType({
      name: 'Query',
      fields: {
        slow: { type: new GraphQLList(Item), resolve: () => Array.from({ length: items }, (_, i) => i) },
        fast: { type: GraphQLString, resolve: () => 'ok' },
      },
    }),
  });
}

describe('time budget', () => {
  test('execution past the budget stops: fields not started fail, with one TIME_BUDGET_EXCEEDED error', async () => {
    const limits: QueryLimits = { ...DEFAULT_QUERY_LIMITS, timeBudgetMs: 50 };
    const slow = await startTestServer(slowSchema(40, 10), handBuiltStore(), { limits });
    try {
      // The first request runs on graphql-js, the second compiled (see compiledExecution.ts): both stop alike.
      for (let request = 0; request < 2; request++) {
        const started = Date.now();
        const response = await slow.query('{ fast slow { n } }');
        const elapsed = Date.now() - started;

        expect(response.status).toBe(200);
        expect(response.errors).toHaveLength(1);
        expect(response.errors![0]).toEqual(
          expect.objectContaining({ message: 'Time budget of 50 ms exceeded: execution stopped.', extensions: expect.objectContaining({ code: 'TIME_BUDGET_EXCEEDED', limit: 50 }) }),
        );
        // 40 items at 10 ms would take 400 ms; the budget stops it after about 5.
        const done = response.data.slow.filter((item: { n: number } | null) => item?.n !== null && item?.n !== undefined);
        expect(done.length).toBeGreaterThan(0);
        expect(done.length).toBeLessThan(20);
        expect(response.data.fast).toBe('ok');
        expect(elapsed).toBeLessThan(1_000);
      }

      // Every request has its own budget.
      expect((await slow.query('{ fast }')).data).toEqual({ fast: 'ok' });
    } finally {
      await slow.server.stop();
    }
  });
});

describe('configuration', () => {
  test('each limit is read from its environment variable, with the default when unset', () => {
    expect(queryLimitsFromEnv({})).toEqual(DEFAULT_QUERY_LIMITS);
    expect(
      queryLimitsFromEnv({
        GRAPHQL_MAX_DEPTH: '4',
        GRAPHQL_MAX_COST: '1000',
        GRAPHQL_MAX_ALIASES: '2',
        GRAPHQL_MAX_TOKENS: '300',
        GRAPHQL_MAX_DIRECTIVES: '1',
        GRAPHQL_TIME_BUDGET_MS: '250',
      }),
    ).toEqual({ maxDepth: 4, maxCost: 1000, maxAliases: 2, maxTokens: 300, maxDirectives: 1, timeBudgetMs: 250 });
  });

  test.each(['0', '-3', '2.5', 'ten', '1e400'])('GRAPHQL_MAX_DEPTH=%s is refused at startup with a message', (value) => {
    expect(() => queryLimitsFromEnv({ GRAPHQL_MAX_DEPTH: value })).toThrow(`GRAPHQL_MAX_DEPTH must be a whole number of at least 1, got "${value}"`);
  });

  test('a server started with other limits enforces those', async () => {
    const strict = await startTestServer(schema, api.store, {
      limits: { ...DEFAULT_QUERY_LIMITS, maxDepth: 4, maxCost: 200, maxAliases: 1, maxTokens: 40, maxDirectives: 1 },
    });
    try {
      expect((await strict.query(queryOfDepth(4))).errors).toBeUndefined();
      expect((await strict.query(queryOfDepth(5))).errors?.[0].extensions?.code).toBe('DEPTH_LIMIT_EXCEEDED');
      expect((await strict.query('{ sources(first: 199) { totalCount } }')).errors).toBeUndefined();
      expect((await strict.query('{ sources(first: 200) { totalCount } }')).errors?.[0].extensions?.code).toBe('COST_LIMIT_EXCEEDED');
      expect((await strict.query('{ a: sources { totalCount } b: sources { totalCount } }')).errors?.[0].extensions?.code).toBe('ALIAS_LIMIT_EXCEEDED');
      expect((await strict.query('{ sources { totalCount @skip(if: false) @include(if: true) } }')).errors?.[0].extensions?.code).toBe('DIRECTIVE_LIMIT_EXCEEDED');
      expect((await strict.query(`{ sources { ${'totalCount '.repeat(40)}} }`)).errors?.[0].extensions?.code).toBe('TOKEN_LIMIT_EXCEEDED');
    } finally {
      await strict.server.stop();
    }
  });
});

describe('NODE_ENV=production', () => {
  const originalNodeEnv = process.env.NODE_ENV;
  afterEach(() => {
    process.env.NODE_ENV = originalNodeEnv;
  });

  async function under<T>(nodeEnv: string, options: Parameters<typeof startTestServer>[2], run: (server: TestServer) => Promise<T>, onSchema = schema): Promise<T> {
    process.env.NODE_ENV = nodeEnv;
    const server = await startTestServer(onSchema, api.store, options);
    try {
      return await run(server);
    } finally {
      await server.server.stop();
    }
  }
  const INTROSPECTION = '{ __schema { queryType { name } } }';

  test('turns introspection and field suggestions off', async () => {
    const [introspection, typo] = await under('production', {}, (s) => Promise.all([s.query(INTROSPECTION), s.query('{ sources { nodes { titel } } }')]));

    expect(introspection.status).toBe(400);
    expect(introspection.errors?.[0].message).toMatch(/introspection is not allowed/);
    expect(typo.errors?.[0].message).toBe('Cannot query field "titel" on type "Source".');
  });

  test('GRAPHQL_INTROSPECTION=true (introspection: true) turns it back on; outside production it is on', async () => {
    expect((await under('production', { introspection: true }, (s) => s.query(INTROSPECTION))).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    expect((await under('development', {}, (s) => s.query(INTROSPECTION))).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    expect((await under('development', {}, (s) => s.query('{ sources { nodes { titel } } }'))).errors?.[0].message).toMatch(/Did you mean "title"\?/);
  });

  test("a resolver's own exception reaches the client as 'Internal server error', without its message or a stack trace", async () => {
    const leaky = new GraphQLSchema({
      query: new GraphQLObjectType({
        name: 'Query',
        fields: {
          secret: {
            type: GraphQLString,
            resolve: () => {
              throw new Error("ENOENT: no such file or directory, open '/srv/corpus/private/notes.txt'");
            },
          },
        },
      }),
    });
    const logged: unknown[] = [];
    const spy = jest.spyOn(console, 'error').mockImplementation((...args) => void logged.push(args));
    try {
      const response = await under('production', {}, (s) => s.query('{ secret }'), leaky);

      expect(response.status).toBe(200);
      expect(response.data).toEqual({ secret: null });
      expect(response.errors).toEqual([
        { message: 'Internal server error', locations: [{ line: 1, column: 3 }], path: ['secret'], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      ]);
      expect(logged.flat().map(String).join(' ')).toMatch(/notes\.txt/);

      const development = await under('development', {}, (s) => s.query('{ secret }'), leaky);
      expect(development.errors?.[0].message).toMatch(/ENOENT/);
      expect(development.errors?.[0].extensions?.stacktrace).toBeDefined();
    } finally {
      spy.mockRestore();
    }
  });
});
