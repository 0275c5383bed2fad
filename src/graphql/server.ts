import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type ErrorRequestHandler } from 'express';
import type { GraphQLSchema } from 'graphql';
import type { LiveOntology } from '../ingest/LiveOntology';
import type { OntologyStore } from '../ontology/OntologyStore';
import { countsByType } from '../ontology/summary';
import type { ApiContext } from './context';
import { repoRoot } from '../repoRoot';
import { formatError } from './formatError';
import { landingPagePlugin } from './landingPage';
import { buildGraphQLSchema } from './schema';

const JSON_BODY_LIMIT = '1mb';

export interface ServerOptions {
  /** A fixed ontology; or `live`, an ontology that grows through `addArticle`. */
  store?: OntologyStore;
  live?: LiveOntology;
  /** 0 picks a free port; the one chosen is in the returned `port`. */
  port: number;
  /** Interface to listen on; all of them when omitted. */
  host?: string;
  /** A schema built earlier, so tests and reloads need not build one per server. */
  schema?: GraphQLSchema;
  /** The built dashboard served on /dashboard; by default dist/dashboard/, which `npm run build` writes. */
  dashboardDir?: string;
}

export interface RunningServer {
  /** The GraphQL endpoint, e.g. http://localhost:4000/graphql */
  url: string;
  port: number;
  /** Stops taking requests, lets the ones in flight finish, then closes the port. */
  stop(): Promise<void>;
}

/**
 * Failures before GraphQL runs (a body over the limit, malformed JSON) answered in the GraphQL error shape,
 * without the stack trace Express's default handler would print.
 */
const answerHttpError: ErrorRequestHandler = (error, _req, res, next) => {
  if (res.headersSent) return next(error);
  const status = typeof error?.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 500;
  if (status === 500) console.error(error);
  const message = status === 500 ? 'Internal server error' : String(error.message);
  const code = status === 500 ? 'INTERNAL_SERVER_ERROR' : status === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST';
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
};

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
 * Serves the ontology over GraphQL on /graphql and / (a browser gets the GraphiQL playground there), the
 * dashboard on /dashboard/, and GET /healthz for probes. Resolves once listening.
 */
export async function createServer({
  store,
  live,
  port,
  host,
  schema = buildGraphQLSchema(),
  dashboardDir = join(repoRoot(), 'dist', 'dashboard'),
}: ServerOptions): Promise<RunningServer> {
  if (store === undefined && live === undefined) throw new Error('createServer needs a store or a live ontology');
  const current = (): OntologyStore => (live ? live.store : store!);
  const app = express();
  app.disable('x-powered-by');
  const httpServer = createHttpServer(app);

  const apollo = new ApolloServer<ApiContext>({
    schema,
    formatError,
    // Read per server, not once at import, so a test can start a production-mode server.
    includeStacktraceInErrorResponses: process.env.NODE_ENV !== 'production',
    // The schema is published as schema.graphql anyway, and GraphiQL needs introspection.
    introspection: true,
    // Signals belong to the process (src/main.ts), not to each server a test starts.
    stopOnTerminationSignals: false,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), landingPagePlugin(schema)],
  });
  await apollo.start();

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', counts: countsByType(current()) });
  });
  app.use('/dashboard', dashboard(dashboardDir));
  app.all(
    ['/graphql', '/'],
    express.json({ limit: JSON_BODY_LIMIT }),
    expressMiddleware(apollo, { context: async (): Promise<ApiContext> => ({ store: current(), live }) }),
  );
  app.use((_req, res) => {
    res.status(404).json({ errors: [{ message: 'Not found: GraphQL is served on /graphql', extensions: { code: 'NOT_FOUND' } }] });
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
    stop: () => apollo.stop(),
  };
}
