import 'reflect-metadata';
import { connect, type Socket } from 'node:net';
import { GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { corsOriginsFrom, serviceConfigFromEnv } from '../../src/config';
import { DEFAULT_QUERY_LIMITS } from '../../src/graphql/limits';
import { buildGraphQLSchema } from '../../src/graphql/schema';
import { createServer, type RunningServer, type ServerOptions } from '../../src/graphql/server';
import { handBuiltStore } from '../support/handBuiltOntology';

const schema = buildGraphQLSchema();
const store = handBuiltStore();
const QUERY = JSON.stringify({ query: '{ sources { totalCount } }' });

async function withServer<T>(options: Partial<ServerOptions>, run: (server: RunningServer, origin: string) => Promise<T>): Promise<T> {
  const server = await createServer({ store, port: 0, host: '127.0.0.1', schema, ...options });
  try {
    return await run(server, new URL(server.url).origin);
  } finally {
    await server.stop();
  }
}

function post(url: string, body: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
}

describe('readiness', () => {
  test('without a store: /healthz is live, /readyz and GraphQL answer 503 until setStore, then serve it', async () => {
    await withServer({ store: undefined }, async (server, origin) => {
      const health = await fetch(`${origin}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ status: 'ok' });

      const notReady = await fetch(`${origin}/readyz`);
      expect(notReady.status).toBe(503);
      expect(notReady.headers.get('retry-after')).toBe('1');
      expect(await notReady.json()).toEqual({ status: 'starting' });

      const early = await post(server.url, QUERY);
      expect(early.status).toBe(503);
      expect(await early.json()).toEqual({
        errors: [{ message: 'The ontology is still being built; try again shortly', extensions: { code: 'SERVICE_UNAVAILABLE' } }],
      });
      expect(server.isReady()).toBe(false);

      server.setStore(store);

      const ready = await fetch(`${origin}/readyz`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ status: 'ready', counts: expect.objectContaining({ sources: 5, meetings: 1 }) });
      expect(await (await post(server.url, QUERY)).json()).toEqual({ data: { sources: { totalCount: 5 } } });
      expect(server.isReady()).toBe(true);
    });
  });

  test('a server given a store is ready at once, and stops being ready when stop() begins', async () => {
    const server = await createServer({ store, port: 0, host: '127.0.0.1', schema });
    expect((await fetch(`${new URL(server.url).origin}/readyz`)).status).toBe(200);
    const stopped = server.stop();
    expect(server.isReady()).toBe(false);
    await stopped;
  });
});

describe('CORS', () => {
  const preflight = (url: string, origin: string) =>
    fetch(url, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,apollo-require-preflight' },
    });

  test('by default no origin is allowed: no Access-Control-Allow-Origin, on preflights or requests', async () => {
    await withServer({}, async (server) => {
      const options = await preflight(server.url, 'https://evil.example');
      expect(options.headers.get('access-control-allow-origin')).toBeNull();

      const response = await post(server.url, QUERY, { origin: 'https://evil.example' });
      expect(response.status).toBe(200);
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
    });
  });

  test('configured origins are allowed, with the headers GraphQL clients send; others are not', async () => {
    await withServer({ corsOrigins: ['https://dash.example.org', 'http://localhost:5173'] }, async (server) => {
      const options = await preflight(server.url, 'https://dash.example.org');
      expect(options.status).toBe(204);
      expect(options.headers.get('access-control-allow-origin')).toBe('https://dash.example.org');
      expect(options.headers.get('access-control-allow-methods')).toBe('GET,POST,OPTIONS');
      expect(options.headers.get('access-control-allow-headers')).toBe('content-type,accept,authorization,apollo-require-preflight,x-apollo-operation-name');

      const allowed = await post(server.url, QUERY, { origin: 'http://localhost:5173' });
      expect(allowed.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
      expect(allowed.headers.get('vary')).toMatch(/origin/i);

      const other = await post(server.url, QUERY, { origin: 'https://dash.example.org.evil.example' });
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
    });
  });

  test("'*' allows any origin", async () => {
    await withServer({ corsOrigins: '*' }, async (server) => {
      expect((await post(server.url, QUERY, { origin: 'https://anyone.example' })).headers.get('access-control-allow-origin')).toBe('*');
    });
  });

  test('CORS_ORIGINS is a comma-separated list of origins, or *; anything else stops the service at startup', () => {
    expect(corsOriginsFrom(undefined)).toEqual([]);
    expect(corsOriginsFrom('')).toEqual([]);
    expect(corsOriginsFrom('*')).toBe('*');
    expect(corsOriginsFrom(' https://dash.example.org , http://localhost:5173 ')).toEqual(['https://dash.example.org', 'http://localhost:5173']);
    for (const bad of ['dash.example.org', 'https://dash.example.org/', 'https://dash.example.org/app', '*,https://a.example']) {
      expect(() => corsOriginsFrom(bad)).toThrow(/CORS_ORIGINS must list origins like https:\/\/host:port \(or be \*\)/);
    }
  });
});

describe('configuration from the environment', () => {
  test('defaults', () => {
    expect(serviceConfigFromEnv({})).toEqual({
      port: 4000,
      host: undefined,
      corsOrigins: [],
      introspection: undefined,
      shutdownGraceMs: 10_000,
      limits: DEFAULT_QUERY_LIMITS,
      access: expect.objectContaining({ writeRate: { perSecond: 10, burst: 20 }, readRate: undefined }),
      accessReport: { lines: [expect.stringContaining('Writes (addArticle) are off')], warnings: [] },
    });
  });

  test('every variable', () => {
    expect(
      serviceConfigFromEnv({
        PORT: '8080',
        HOST: '127.0.0.1',
        CORS_ORIGINS: 'https://dash.example.org',
        GRAPHQL_INTROSPECTION: 'false',
        SHUTDOWN_GRACE_MS: '2500',
        GRAPHQL_MAX_DEPTH: '7',
        WRITE_RATE: '2/s burst 4',
        READ_RATE: '5/s',
      }),
    ).toEqual({
      port: 8080,
      host: '127.0.0.1',
      corsOrigins: ['https://dash.example.org'],
      introspection: false,
      shutdownGraceMs: 2500,
      limits: { ...DEFAULT_QUERY_LIMITS, maxDepth: 7 },
      access: expect.objectContaining({ writeRate: { perSecond: 2, burst: 4 }, readRate: { perSecond: 5, burst: 10 } }),
      accessReport: expect.any(Object),
    });
  });

  test('bad values are refused with the variable named', () => {
    expect(() => serviceConfigFromEnv({ PORT: '70000' })).toThrow('PORT must be a port number, got "70000"');
    expect(() => serviceConfigFromEnv({ GRAPHQL_INTROSPECTION: 'yes' })).toThrow('GRAPHQL_INTROSPECTION must be true or false, got "yes"');
    expect(() => serviceConfigFromEnv({ SHUTDOWN_GRACE_MS: '-1' })).toThrow('SHUTDOWN_GRACE_MS must be a whole number of at least 1, got "-1"');
  });
});

describe('graceful shutdown', () => {
  /** A schema whose one field takes `ms` to resolve, asynchronously, like a slow backend call. */
  const slowSchema = (ms: number) =>
    new GraphQLSchema({
      query: new GraphQLObjectType({
        name: 'Query',
        fields: { slow: { type: GraphQLString, resolve: () => new Promise((resolve) => setTimeout(() => resolve('done'), ms)) } },
      }),
    });

  function openSocket(port: number): Promise<Socket> {
    return new Promise((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => resolve(socket));
      socket.once('error', reject);
    });
  }
  const closed = (socket: Socket) => new Promise<void>((resolve) => (socket.destroyed ? resolve() : socket.once('close', () => resolve())));

  test('a request in flight finishes and gets its answer; the port closes', async () => {
    const server = await createServer({ store, port: 0, host: '127.0.0.1', schema: slowSchema(300), shutdownGraceMs: 5_000 });
    const inFlight = post(server.url, JSON.stringify({ query: '{ slow }' }));
    await new Promise((resolve) => setTimeout(resolve, 100));

    await server.stop();

    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { slow: 'done' } });
    await expect(fetch(server.url)).rejects.toThrow();
  });

  test('is bounded: a request that never completes is cut off once the grace period is over', async () => {
    const server = await createServer({ store, port: 0, host: '127.0.0.1', schema, shutdownGraceMs: 300 });
    // Headers promise 1,000 bytes of body, and only 10 ever come: the request stays in flight.
    const stuck = await openSocket(server.port);
    stuck.on('error', () => {});
    stuck.write(`POST /graphql HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n{"query":`);
    const idle = await openSocket(server.port);
    await new Promise((resolve) => setTimeout(resolve, 100));

    const started = Date.now();
    await server.stop();
    const took = Date.now() - started;

    expect(took).toBeGreaterThanOrEqual(250);
    expect(took).toBeLessThan(2_000);
    await Promise.all([closed(stuck), closed(idle)]);
  });
});

test('limits are on by default in a server started without options', async () => {
  await withServer({}, async (server) => {
    const deep = `{ actors { nodes { ${'affiliation { '.repeat(20)}id${' }'.repeat(20)} } } }`;
    const body = (await (await post(server.url, JSON.stringify({ query: deep }))).json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('DEPTH_LIMIT_EXCEEDED');
  });
});
