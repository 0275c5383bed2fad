import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { execute, parse, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { OntologyStore } from '../ontology/OntologyStore';

/*
 * The two baselines each query's throughput is compared with, measured in the same run: the floor (plain
 * node:http answering the response's bytes, computed beforehand: what any server must at least do) and
 * plain graphql-js (node:http, the document parsed and validated once, then `execute` per request over the
 * same schema and store, and JSON.stringify: what GraphQL itself costs without Apollo, Express or a cache).
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
