import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import { getOperationAST, parse, print } from 'graphql';
import type { OntologyStore } from '../ontology/OntologyStore';

/*
 * Whole responses of read-only operations, kept per ontology version. The ontology only changes when an
 * article is added, and every addition makes a new store with a new version number, so a response computed on
 * version V is the answer to the same request for as long as V is served. Keyed by the normalized document
 * (parsed and printed, so spacing and comments do not matter), the variables, the operation name, the
 * Accept header (it decides the response's content type) and the audience (whether the request came with a
 * valid token, which decides Source.addedBy); a hit is written straight to the socket, without
 * GraphQL. Only successful queries are kept: a response with errors, a mutation, anything that is not a
 * JSON POST with a query, or a response not answered 200 goes through untouched.
 */

export interface ResponseCacheOptions {
  /** Most responses kept; the least recently used go first. */
  maxEntries?: number;
  /** Most bytes kept, all responses together; a larger single response is not kept. */
  maxBytes?: number;
}

interface Entry {
  body: Buffer;
  /** The response headers GraphQL set that say what the body is (not CORS: that depends on the caller). */
  headers: [string, string][];
}

const REPLAYED_HEADERS = ['content-type', 'cache-control', 'vary', 'x-ontology-version'];

/** A raw query string → its normalized text, or null when it is not a single read-only operation we cache. */
type Normalized = { text: string } | null;

const MAX_DOCUMENTS = 1000;
/** Requests with more variables than this are not worth a cache key. */
const MAX_VARIABLES_LENGTH = 16 * 1024;

export class ResponseCache {
  private version: number | undefined;
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;
  private readonly documents = new Map<string, Normalized>();
  private readonly maxEntries: number;
  private readonly maxBytes: number;
  hits = 0;
  misses = 0;

  constructor({ maxEntries = 500, maxBytes = 256 * 1024 * 1024 }: ResponseCacheOptions = {}) {
    this.maxEntries = maxEntries;
    this.maxBytes = maxBytes;
  }

  /** The store `answer` pinned for this request, if any. */
  storeOf(req: IncomingMessage): OntologyStore | undefined {
    return this.pinned.get(req);
  }

  private readonly pinned = new WeakMap<IncomingMessage, OntologyStore>();

  /**
   * Answers `req` (whose JSON body is parsed into `req.body`) from the cache, for the store `current` gives,
   * which it pins for the request (see storeOf) so that the GraphQL context uses the version the response is
   * kept under even if an article is added meanwhile. Otherwise it calls `next`, and `capture` keeps
   * the response if it can be reused. `audience` is what else the answer depends on: requests of different
   * audiences (with a valid token or without) never share a response.
   */
  answer(req: IncomingMessage & { body?: unknown }, res: ServerResponse, current: () => OntologyStore | undefined, next: () => void, audience: string): void {
    {
      const store = current();
      if (store) this.pinned.set(req, store);
      const key = store && req.method === 'POST' ? this.keyOf(req.body, req.headers.accept, audience) : undefined;
      if (!store || key === undefined) return next();
      if (this.version !== store.version) this.clear(store.version);
      const entry = this.entries.get(key);
      if (entry) {
        this.hits++;
        // Most recently used last, so eviction takes the oldest.
        this.entries.delete(key);
        this.entries.set(key, entry);
        writeEntry(res, entry);
        return;
      }
      this.misses++;
      // Express adds `send` to the response when it takes it: wrapped then, on its way to Apollo.
      this.onSend.set(req, (body: unknown) => {
        if (res.statusCode === 200 && typeof body === 'string') {
          const headers = REPLAYED_HEADERS.flatMap((name): [string, string][] => {
            const value = res.getHeader(name);
            return value === undefined ? [] : [[name, String(value)]];
          });
          this.keep(store.version, key, body, headers);
        }
      });
      res.setHeader('x-response-cache', 'MISS');
      next();
    }
  }

  private readonly onSend = new WeakMap<IncomingMessage, (body: unknown) => void>();

  /** Express middleware just before Apollo: lets a missed request's response be kept when it is sent. */
  capture(): RequestHandler {
    return (req, res, next) => {
      const keep = this.onSend.get(req);
      if (keep) {
        const send = res.send.bind(res);
        res.send = (body?: unknown) => {
          keep(body);
          return send(body);
        };
      }
      next();
    };
  }

  private clear(version: number): void {
    this.version = version;
    this.entries.clear();
    this.bytes = 0;
  }

  private keep(version: number, key: string, text: string, headers: [string, string][]): void {
    // Apollo writes errors first: a body that starts with data has none.
    if (version !== this.version || !text.startsWith('{"data":')) return;
    const body = Buffer.from(text);
    if (body.length > this.maxBytes) return;
    const old = this.entries.get(key);
    if (old) this.bytes -= old.body.length;
    this.entries.delete(key);
    this.entries.set(key, { body, headers });
    this.bytes += body.length;
    for (const [oldest, entry] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= entry.body.length;
    }
  }

  private keyOf(body: unknown, accept: string | undefined, audience: string): string | undefined {
    if (typeof body !== 'object' || body === null) return undefined;
    const { query, variables, operationName, extensions } = body as Record<string, unknown>;
    if (typeof query !== 'string' || extensions !== undefined) return undefined;
    if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') return undefined;
    if (variables !== undefined && variables !== null && (typeof variables !== 'object' || Array.isArray(variables))) return undefined;
    const normalized = this.normalize(query, operationName ?? undefined);
    if (normalized === null) return undefined;
    let vars: string;
    try {
      vars = JSON.stringify(variables ?? {});
    } catch {
      // Variables nested too deep to print (a hostile request): Apollo refuses them; nothing is kept.
      return undefined;
    }
    if (vars.length > MAX_VARIABLES_LENGTH) return undefined;
    return `${audience}\u0000${normalized.text}\u0000${vars}\u0000${operationName ?? ''}\u0000${accept ?? ''}`;
  }

  private normalize(query: string, operationName: string | undefined): Normalized {
    const memo = `${operationName ?? ''}\u0000${query}`;
    let normalized = this.documents.get(memo);
    if (normalized === undefined) {
      normalized = null;
      try {
        const document = parse(query, { maxTokens: 10_000 });
        const operation = getOperationAST(document, operationName);
        if (operation?.operation === 'query') normalized = { text: print(document) };
      } catch {
        // Not valid GraphQL: Apollo answers it, with an error, and nothing is kept.
      }
      if (this.documents.size >= MAX_DOCUMENTS) this.documents.delete(this.documents.keys().next().value!);
      this.documents.set(memo, normalized);
    }
    return normalized;
  }
}

function writeEntry(res: ServerResponse<IncomingMessage>, entry: Entry): void {
  res.statusCode = 200;
  for (const [name, value] of entry.headers) res.setHeader(name, value);
  res.setHeader('content-length', entry.body.length);
  res.setHeader('x-response-cache', 'HIT');
  res.end(entry.body);
}
