import 'reflect-metadata';
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type ErrorRequestHandler } from 'express';
import type { GraphQLSchema } from 'graphql';
import type { OntologyStore } from '../ontology/OntologyStore';
import { countsByType } from '../ontology/summary';
import type { ApiContext } from './context';
import { createFormatError } from './formatError';
import { landingPagePlugin } from './landingPage';
import { DEFAULT_QUERY_LIMITS, queryLimitOptions, type QueryLimits } from './limits';
import { buildGraphQLSchema } from './schema';

const JSON_BODY_LIMIT = '1mb';

export interface ServerOptions {
  store: OntologyStore;
  /** 0 picks a free port; the one chosen is in the returned `port`. */
  port: number;
  /** Interface to listen on; all of them when omitted. */
  host?: string;
  /** A schema built earlier, so tests and reloads need not build one per server. */
  schema?: GraphQLSchema;
  /** Query limits; DEFAULT_QUERY_LIMITS when omitted. */
  limits?: QueryLimits;
  /** Schema introspection; on unless NODE_ENV=production when omitted. */
  introspection?: boolean;
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

/** Serves `store` over GraphQL on /graphql and /, with GET /healthz for probes. Resolves once listening. */
export async function createServer({
  store,
  port,
  host,
  schema = buildGraphQLSchema(),
  limits = DEFAULT_QUERY_LIMITS,
  introspection,
}: ServerOptions): Promise<RunningServer> {
  const app = express();
  app.disable('x-powered-by');
  const httpServer = createHttpServer(app);

  // Read per server, not once at import, so a test can start a production-mode server.
  const production = process.env.NODE_ENV === 'production';
  const introspectionOn = introspection ?? !production;
  const limitOptions = queryLimitOptions(limits);
  const apollo = new ApolloServer<ApiContext>({
    schema,
    formatError: createFormatError({ maskInternalErrors: production }),
    includeStacktraceInErrorResponses: !production,
    introspection: introspectionOn,
    // Without introspection, "Did you mean …" suggestions would spell out the schema field by field.
    hideSchemaDetailsFromClientErrors: !introspectionOn,
    parseOptions: limitOptions.parseOptions,
    validationRules: limitOptions.validationRules,
    // Signals belong to the process (src/main.ts), not to each server a test starts.
    stopOnTerminationSignals: false,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), landingPagePlugin(), ...limitOptions.plugins],
  });
  await apollo.start();

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', counts: countsByType(store) });
  });
  app.all(
    ['/graphql', '/'],
    express.json({ limit: JSON_BODY_LIMIT }),
    expressMiddleware(apollo, { context: async () => ({ store }) }),
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
