import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { execute, parse, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { OntologyStore } from '../ontology/OntologyStore';

/*
 * The baselines each query's throughput is compared with, measured in the same run: the floor (plain
 * node:http answering the response's bytes, computed beforehand: what any server must at least do), plain
 * graphql-js (node:http, the document parsed and validated once, then `execute` per request over the same
 * schema and store, and JSON.stringify: what GraphQL itself costs without Apollo, Express or a cache), and
 * Apollo Server out of the box (what the same schema costs served the usual way, with nothing of ours).
 */

export interface Baseline {
  url: string;
  close(): Promise<void>;
}

function listen(server: Server): Promise<Baseline> {
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}/graphql`, close: () => new Promise<void>((done) => server.close(() => done())) });
      server.unref();
    });
  });
}

function readBody(req: import('node:http').IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Answers every request with `body`, after reading the request as any server must. */
export function floorServer(body: Buffer): Promise<Baseline> {
  return listen(
    createServer(async (req, res) => {
      await readBody(req);
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length });
      res.end(body);
    }),
  );
}

/** Runs the POSTed query with graphql-js `execute` over `schema` and `store`. */
export function graphqlJsServer(schema: GraphQLSchema, store: () => OntologyStore): Promise<Baseline> {
  const documents = new Map<string, DocumentNode>();
  return listen(
    createServer(async (req, res) => {
      const { query, variables, operationName } = JSON.parse(await readBody(req)) as { query: string; variables?: Record<string, unknown>; operationName?: string };
      let document = documents.get(query);
      if (!document) {
        document = parse(query);
        const errors = validate(schema, document);
        if (errors.length > 0) throw new Error(errors.map((e) => e.message).join('; '));
        documents.set(query, document);
      }
      const result = await execute({ schema, document, variableValues: variables, operationName, contextValue: { store: store() } });
      const body = Buffer.from(JSON.stringify(result));
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length });
      res.end(body);
    }),
  );
}

/**
 * `new ApolloServer({ schema })` with nothing else (no plugins, limits or cache) on @apollo/server's Express 5
 * integration, with the store in the context: the usual way to serve a type-graphql schema.
 */
export async function apolloServer(schema: GraphQLSchema, store: () => OntologyStore): Promise<Baseline> {
  const apollo = new ApolloServer({ schema });
  await apollo.start();
  const app = express();
  app.use('/graphql', express.json(), expressMiddleware(apollo, { context: async () => ({ store: store() }) }));
  const baseline = await listen(createServer(app));
  return {
    url: baseline.url,
    async close() {
      await apollo.stop();
      await baseline.close();
    },
  };
}
