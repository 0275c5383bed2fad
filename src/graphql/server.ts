import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import type { GraphQLSchema } from 'graphql';
import { defaultAccessSettings, type AccessSettings } from '../access/accessSettings';
import { RequestGate } from '../access/requestGate';
import { writeAccessPlugin } from '../access/writeAccessPlugin';
import type { LiveOntology } from '../ingest/LiveOntology';
import type { OntologyStore } from '../ontology/OntologyStore';
import { countsByType } from '../ontology/summary';
import type { ApiContext } from './context';
import { repoRoot } from '../repoRoot';
import { compiledExecutionGateway } from './compiledExecution';
import { createFormatError } from './formatError';
import { KnownOperationTypesRule } from './knownOperationTypes';
import { landingPagePlugin } from './landingPage';
import { ontologyVersionPlugin } from './ontologyVersion';
import { checkTimeBudgetInResolvers, DEFAULT_QUERY_LIMITS, queryLimitOptions, type QueryLimits } from './limits';
import { ResponseCache, type ResponseCacheOptions } from './responseCache';
import { buildGraphQLSchema } from './schema';

export const JSON_BODY_LIMIT_BYTES = 1024 * 1024;
export const DEFAULT_SHUTDOWN_GRACE_MS = 10_000;
/** Node's own defaults (60 s for headers, 300 s for a request) let a slow client hold a socket for minutes. */
const HEADERS_TIMEOUT_MS = 20_000;
const REQUEST_TIMEOUT_MS = 30_000;

/** Origins a browser may call the API from: a list of exact origins, or '*' for any. */
export type CorsOrigins = readonly string[] | '*';

export interface ServerOptions {
  /**
   * The ontology to serve: a fixed `store`, or `live`, one that grows through `addArticle`. With neither the
   * server starts unready: /healthz answers, /readyz and GraphQL answer 503 until `setStore` or `setLive`.
   */
  store?: OntologyStore;
  live?: LiveOntology;
  /** 0 picks a free port; the one chosen is in the returned `port`. */
  port: number;
  /** Interface to listen on; all of them when omitted. */
  host?: string;
  /** A schema built earlier, so tests and reloads need not build one per server. */
  schema?: GraphQLSchema;
  /** Query limits; DEFAULT_QUERY_LIMITS when omitted. */
  limits?: QueryLimits;
  /** Cross-origin callers allowed; none when omitted (same-origin pages, curl and servers need none). */
  corsOrigins?: CorsOrigins;
  /** Schema introspection; on unless NODE_ENV=production when omitted. */
  introspection?: boolean;
  /** How long `stop()` lets requests in flight finish before it closes their connections. */
  shutdownGraceMs?: number;
  /** The built dashboard served on /dashboard; by default dist/dashboard/, which `npm run build` writes. */
  dashboardDir?: string;
  /** Whole responses of queries kept per ontology version (see ResponseCache); on unless `false`. */
  responseCache?: ResponseCacheOptions | false;
  /**
   * Queries run compiled by graphql-jit (see compiledExecution.ts) unless `false`, which leaves all execution
   * to Apollo's own graphql-js `execute`: the reference the compiled answers are tested against.
   */
  compiledQueries?: boolean;
  /**
   * Tokens, rate limits and the proxies trusted (see src/access/). By default no token exists, so every mutation
   * is refused, and reads are public.
   */
  access?: AccessSettings;
}

export interface RunningServer {
  /** The GraphQL endpoint, e.g. http://localhost:4000/graphql */
  url: string;
  port: number;
  /** True once a store is served and until `stop()` begins. */
  isReady(): boolean;
  /** Serves `store` from the next request on; the first call makes the server ready. */
  setStore(store: OntologyStore): void;
  /** Serves a live ontology (which `addArticle` grows) from the next request on. */
  setLive(live: LiveOntology): void;
  /**
   * Stops taking requests, lets the ones in flight finish for up to `shutdownGraceMs`, then closes what is
   * left and the port. An `addArticle` already running completes (written and served); one waiting its turn,
   * or arriving later, is refused with SERVICE_UNAVAILABLE before anything of it is written.
   */
  stop(): Promise<void>;
}

/**
 * What Apollo's default cache-control plugin answers for this schema, which has no cache hints: every response
 * `no-store`. The plugin itself hooks every field of every request to collect hints, so it is left out.
 */
const noStorePlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        response.http.headers.set('cache-control', 'no-store');
      },
    };
  },
};

function errorBody(message: string, code: string): { errors: { message: string; extensions: { code: string } }[] } {
  return { errors: [{ message, extensions: { code } }] };
}

const HTTP_ERROR_CODES: Record<number, string> = {
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
};

/**
 * Failures before GraphQL runs (a body over the limit, malformed JSON, an unsupported charset) answered in the
 * GraphQL error shape, without the stack trace Express's default handler would print.
 */
const answerHttpError: ErrorRequestHandler = (error, _req, res, next) => {
  if (res.headersSent) return next(error);
  const status = typeof error?.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 500;
  if (status === 500) console.error(error);
  const message = status === 500 ? 'Internal server error' : String(error.message);
  const code = status === 500 ? 'INTERNAL_SERVER_ERROR' : (HTTP_ERROR_CODES[status] ?? 'BAD_REQUEST');
  res.status(status).json(errorBody(message, code));
};

/**
 * Where a replica of a shared log stands: the sequence it serves, how far the log is ahead, and whether the
 * database answers. Degraded is still ready: reads are answered from the last version; additions fail.
 */
function logReadiness(live: LiveOntology): { status: 'ready' | 'degraded'; log: Record<string, unknown> } {
  const { applied, head, reachable, problem } = live.position();
  return { status: reachable ? 'ready' : 'degraded', log: { appliedSequence: applied, headSequence: head, lag: head - applied, reachable, ...(problem !== undefined && { problem }) } };
}

function listen(httpServer: Server, port: number, host: string | undefined): Promise<number> {
  return new Promise((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, host, () => {
      httpServer.off('error', reject);
      resolve((httpServer.address() as AddressInfo).port);
    });
  });
}

/** A host a person can paste into a browser: "localhost" for the wildcard addresses, IPv6 in brackets. */
function displayHost(host: string | undefined): string {
  if (host === undefined || host === '0.0.0.0' || host === '::') return 'localhost';
  return host.includes(':') ? `[${host}]` : host;
}

/** The dashboard's files when they are built; otherwise a page that says how to build them. */
function dashboard(dir: string): express.RequestHandler {
  const serveFiles = express.static(dir, { index: 'index.html' });
  return (req, res, next) => {
    if (existsSync(join(dir, 'index.html'))) return serveFiles(req, res, next);
    res.status(503).type('text/plain').send(`The dashboard is not built: run \`npm run build\` (it writes ${dir}).\n`);
  };
}

/**
 * CORS for the GraphQL routes: only the configured origins get `Access-Control-Allow-Origin`, and preflights
 * allow the headers a GraphQL client sends, including Apollo's CSRF-prevention ones.
 */
function corsFor(origins: CorsOrigins): RequestHandler {
  return cors({
    origin: origins === '*' ? '*' : [...origins],
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: ['content-type', 'accept', 'authorization', 'apollo-require-preflight', 'x-apollo-operation-name'],
    maxAge: 600,
  });
}

/**
 * Serves the ontology over GraphQL on /graphql and / (a browser gets the GraphiQL playground there), the
 * dashboard on /dashboard/, GET /healthz (liveness) and GET /readyz (readiness). Resolves once listening.
 */
export async function createServer({
  store: initialStore,
  live: initialLive,
  port,
  host,
  schema = buildGraphQLSchema(),
  limits = DEFAULT_QUERY_LIMITS,
  corsOrigins = [],
  introspection,
  shutdownGraceMs = DEFAULT_SHUTDOWN_GRACE_MS,
  dashboardDir = join(repoRoot(), 'dist', 'dashboard'),
  responseCache = {},
  compiledQueries = true,
  access = defaultAccessSettings(),
}: ServerOptions): Promise<RunningServer> {
  let fixed = initialStore;
  let live = initialLive;
  let stopping = false;
  const current = (): OntologyStore | undefined => live?.store ?? fixed;
  const cache = responseCache === false ? undefined : new ResponseCache(responseCache);
  const gate = new RequestGate(access);
  const app = express();
  app.disable('x-powered-by');
  const graphqlCors = corsFor(corsOrigins);
  const parseJson = express.json({ limit: JSON_BODY_LIMIT_BYTES });
  /**
   * Repeated queries are answered before Express routes them: a JSON POST to the GraphQL path, once ready, has
   * its body parsed here (by the same parser, so the same errors) and the cache looks it up. What the cache
   * cannot answer goes on to Express with the body already parsed (the parser there skips a read body).
   */
  const httpServer = createHttpServer((req, res) => {
    const path = req.url?.split('?')[0];
    if (!cache || req.method !== 'POST' || (path !== '/graphql' && path !== '/') || !current() || !/^application\/json\b/i.test(req.headers['content-type'] ?? '')) return app(req, res);
    graphqlCors(req as express.Request, res as express.Response, () => {
      // Tokens and read limits first: a cached answer is an answer, and private reads are private.
      if (!gate.admit(req, res)) return;
      parseJson(req as express.Request, res as express.Response, (error?: unknown) => {
        if (error) {
          (req as { bodyError?: unknown }).bodyError = error;
          return app(req, res);
        }
        // Source.addedBy shows only to requests with a valid token: they and anonymous ones never share an answer.
        cache.answer(req, res, current, () => app(req, res), gate.viewerOf(req) ? 'token' : 'anonymous');
      });
    });
  });
  httpServer.headersTimeout = HEADERS_TIMEOUT_MS;
  httpServer.requestTimeout = REQUEST_TIMEOUT_MS;

  // Read per server, not once at import, so a test can start a production-mode server.
  const production = process.env.NODE_ENV === 'production';
  const introspectionOn = introspection ?? !production;
  const limitOptions = queryLimitOptions(limits);
  checkTimeBudgetInResolvers(schema);
  const apollo = new ApolloServer<ApiContext>({
    ...(compiledQueries ? { gateway: compiledExecutionGateway(schema) } : { schema }),
    formatError: createFormatError({ maskInternalErrors: production }),
    includeStacktraceInErrorResponses: !production,
    introspection: introspectionOn,
    // Without introspection, "Did you mean …" suggestions would spell out the schema field by field.
    hideSchemaDetailsFromClientErrors: !introspectionOn,
    parseOptions: limitOptions.parseOptions,
    validationRules: [KnownOperationTypesRule, ...limitOptions.validationRules],
    // Signals belong to the process (src/main.ts), not to each server a test starts.
    stopOnTerminationSignals: false,
    plugins: [
      writeAccessPlugin(gate),
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: shutdownGraceMs }),
      landingPagePlugin(schema),
      ApolloServerPluginCacheControlDisabled(),
      noStorePlugin,
      ontologyVersionPlugin(() => live),
      ...limitOptions.plugins,
    ],
  });
  await apollo.start();

  const ready = (): boolean => current() !== undefined && !stopping;

  app.get('/healthz', (_req, res) => {
    const store = current();
    res.json(store ? { status: 'ok', counts: countsByType(store) } : { status: 'ok' });
  });
  app.get('/readyz', (_req, res) => {
    if (ready()) {
      res.json({ status: 'ready', counts: countsByType(current()!), ...(live?.log.shared && logReadiness(live)) });
    } else {
      res.status(503).set('retry-after', '1').json({ status: stopping ? 'stopping' : 'starting' });
    }
  });
  const whenReady: RequestHandler = (_req, res, next) => {
    if (current()) return next();
    res.status(503).set('retry-after', '1').json(errorBody('The ontology is still being built; try again shortly', 'SERVICE_UNAVAILABLE'));
  };
  app.use('/dashboard', dashboard(dashboardDir));
  app.use(['/graphql', '/'], graphqlCors);
  app.all(
    ['/graphql', '/'],
    (req, res, next) => {
      if (gate.admit(req, res)) next();
    },
    whenReady,
    // A body the fast path above read and could not parse fails here, as the parser would have failed it.
    (req, _res, next) => next((req as { bodyError?: unknown }).bodyError),
    parseJson,
    ...(cache ? [cache.capture()] : []),
    // The store the cache pinned for this request, so the response is computed on the version it is kept under.
    expressMiddleware(apollo, { context: async ({ req }): Promise<ApiContext> => ({ store: cache?.storeOf(req) ?? current()!, live, viewer: gate.viewerOf(req) }) }),
  );
  app.use((_req, res) => {
    res.status(404).json(errorBody('Not found: GraphQL is served on /graphql', 'NOT_FOUND'));
  });
  app.use(answerHttpError);

  let boundPort: number;
  try {
    boundPort = await listen(httpServer, port, host);
  } catch (error) {
    await apollo.stop();
    throw error;
  }
  return {
    url: `http://${displayHost(host)}:${boundPort}/graphql`,
    port: boundPort,
    isReady: ready,
    setStore(next) {
      fixed = next;
      live = undefined;
    },
    setLive(next) {
      live = next;
    },
    async stop() {
      stopping = true;
      // Additions waiting their turn are refused at once; the one running finishes before the process may exit.
      const additions = live?.close();
      await apollo.stop();
      await additions;
    },
  };
}
