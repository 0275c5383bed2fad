import type { IncomingMessage, ServerResponse } from 'node:http';
import proxyAddr from 'proxy-addr';
import type { AccessSettings } from './accessSettings';
import { credentialsOf } from './bearer';
import { RateLimiter } from './rateLimiter';
import type { Viewer } from './tokenTable';

/** Why a request is not served, as the client gets it: HTTP status, `extensions.code`, message and headers. */
export interface Refusal {
  status: 401 | 403 | 429;
  code: 'UNAUTHENTICATED' | 'FORBIDDEN' | 'RATE_LIMITED';
  message: string;
  headers: Record<string, string>;
}

const NEEDS_TOKEN: Refusal = {
  status: 401,
  code: 'UNAUTHENTICATED',
  message: 'This needs a token: send Authorization: Bearer <token>.',
  headers: { 'www-authenticate': 'Bearer' },
};

/*
 * The door every GraphQL request passes, before the response cache and before GraphQL:
 * - it reads the bearer token, if any: a request with a token that is not valid (wrong, revoked, malformed) is
 *   refused, never served as anonymous, so a client finds out its token no longer works;
 * - with private reads (READ_TOKENS), a request without a valid token is refused;
 * - with READ_RATE, requests without a write token are limited per client address.
 * Writes are checked later, once GraphQL knows the operation is a mutation (writeAccessPlugin).
 */
export class RequestGate {
  private readonly viewers = new WeakMap<IncomingMessage, Viewer | null>();
  private readonly reads: RateLimiter | undefined;
  private readonly writes: RateLimiter | undefined;

  constructor(private readonly settings: AccessSettings) {
    this.reads = settings.readRate && new RateLimiter(settings.readRate);
    this.writes = settings.writeRate && new RateLimiter(settings.writeRate);
  }

  /**
   * Admits `req` or answers it with the refusal. Runs once per request (the result is kept), so the fast
   * path and Express can both call it.
   */
  admit(req: IncomingMessage, res: ServerResponse): boolean {
    if (this.viewers.has(req)) return true;
    // A GET without a query is the playground page (or a 400): no operation, nothing to guard.
    if (req.method === 'GET' && !/[?&]query=/.test(req.url ?? '')) {
      this.viewers.set(req, null);
      return true;
    }
    const refusal = this.check(req);
    if (refusal) {
      answer(res, refusal);
      return false;
    }
    return true;
  }

  /** Who sent the request (admitted already), or undefined when no token came with it. */
  viewerOf(req: IncomingMessage): Viewer | undefined {
    return this.viewers.get(req) ?? undefined;
  }

  /** Whether `viewer` may run a mutation now: refused without a write token, or over the write rate. */
  checkWrite(viewer: Viewer | undefined): Refusal | undefined {
    if (viewer === undefined) {
      const message = this.settings.tokens.writesConfigured
        ? 'Writes need a write token: send Authorization: Bearer <token>.'
        : 'Writes are off: the service has no write token configured (set WRITE_TOKENS or WRITE_TOKENS_FILE; see docs/security.md).';
      return { ...NEEDS_TOKEN, message };
    }
    if (!viewer.canWrite) {
      return { status: 403, code: 'FORBIDDEN', message: `Token "${viewer.name}" may read but not write; writes need a write token.`, headers: {} };
    }
    const admission = this.writes?.take(viewer.name);
    if (admission && !admission.ok) return rateLimited(admission.retryAfterSeconds, `Too many writes for token "${viewer.name}"`);
    return undefined;
  }

  private check(req: IncomingMessage): Refusal | undefined {
    const credentials = credentialsOf(req.headers.authorization);
    let viewer: Viewer | undefined;
    if (credentials.kind === 'malformed') {
      return { ...NEEDS_TOKEN, message: 'The Authorization header must be "Bearer <token>".', headers: { 'www-authenticate': 'Bearer error="invalid_request"' } };
    }
    if (credentials.kind === 'bearer') {
      viewer = this.settings.tokens.lookUp(credentials.token);
      if (viewer === undefined) {
        return { ...NEEDS_TOKEN, message: 'The token is not valid (unknown or revoked).', headers: { 'www-authenticate': 'Bearer error="invalid_token"' } };
      }
    }
    if (viewer === undefined && this.settings.tokens.privateReads) return { ...NEEDS_TOKEN, message: 'This API is private: send Authorization: Bearer <token>.' };
    if (this.reads && !viewer?.canWrite) {
      const admission = this.reads.take(this.clientAddress(req));
      if (!admission.ok) return rateLimited(admission.retryAfterSeconds, 'Too many requests from this address');
    }
    this.viewers.set(req, viewer ?? null);
    return undefined;
  }

  /** The client's address: the connection's, or what trusted proxies say in X-Forwarded-For (TRUST_PROXY). */
  clientAddress(req: IncomingMessage): string {
    return proxyAddr(req, this.settings.trustProxy);
  }
}

function rateLimited(retryAfterSeconds: number, what: string): Refusal {
  return {
    status: 429,
    code: 'RATE_LIMITED',
    message: `${what}: try again in ${retryAfterSeconds} s.`,
    headers: { 'retry-after': String(retryAfterSeconds) },
  };
}

/** The refusal in the GraphQL error shape, as every other error before GraphQL runs. */
export function answer(res: ServerResponse, refusal: Refusal): void {
  const body = JSON.stringify({ errors: [{ message: refusal.message, extensions: { code: refusal.code } }] });
  res.statusCode = refusal.status;
  for (const [name, value] of Object.entries(refusal.headers)) res.setHeader(name, value);
  res.setHeader('cache-control', 'no-store');
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('content-length', Buffer.byteLength(body));
  res.end(body);
}
