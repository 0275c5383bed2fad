import 'reflect-metadata';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildGraphQLSchema } from '../../src/graphql/schema';
import { LiveOntology } from '../../src/ingest/LiveOntology';
import { tempCorpus } from '../support/tempCorpus';
import { startTestServer, type TestServer } from '../support/testServer';

/*
 * Who may write, over HTTP against the real server: no token, a wrong one, a malformed header, a read token, a
 * write token, a revoked one; who added an article; and that a refused write writes nothing.
 */

const schema = buildGraphQLSchema();
const WIRE = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'ingest', 'witkoff-putin-wire.json'), 'utf8'));
const ADD = `mutation ($input: ArticleInput!) { addArticle(input: $input) { source { id addedBy } counts { sources } } }`;
const WRITE_SECRET = 'w-9f2c1d7e5a3b8c4d6e0f1a2b';
const READ_SECRET = 'r-1a2b3c4d5e6f7a8b9c0d1e2f';

interface Answer {
  status: number;
  headers: Headers;
  body: { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
}

/** A POST to /graphql with exactly the headers given. */
async function post(api: TestServer, query: string, variables: object = {}, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(api.server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Answer['body'] };
}

const bearer = (secret: string) => ({ authorization: `Bearer ${secret}` });
const codeOf = (answer: Answer) => answer.body.errors?.[0]?.extensions?.code;
const addedFiles = (dir: string) => (existsSync(join(dir, 'added')) ? readdirSync(join(dir, 'added')) : []);

describe('with a write token and a read token configured', () => {
  const corpus = tempCorpus();
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer(schema, LiveOntology.open(corpus.dir), {
      env: { WRITE_TOKENS: `ingest:${WRITE_SECRET}`, READ_TOKENS: `analyst:${READ_SECRET}`, WRITE_RATE: 'off' },
    });
  });
  afterAll(async () => {
    await api.server.stop();
    corpus.remove();
  });

  test.each([
    ['no token', {}, 'Bearer'],
    ['a wrong token', bearer('not-the-secret'), 'Bearer error="invalid_token"'],
    ['a token of another scheme', { authorization: `Basic ${Buffer.from(`ingest:${WRITE_SECRET}`).toString('base64')}` }, 'Bearer error="invalid_request"'],
    ['an empty bearer', { authorization: 'Bearer ' }, 'Bearer error="invalid_request"'],
  ])('a write with %s is refused with 401 UNAUTHENTICATED and WWW-Authenticate, and nothing is written', async (_what, headers, challenge) => {
    const before = api.store;
    const answer = await post(api, ADD, { input: WIRE }, headers);

    expect(answer.status).toBe(401);
    expect(codeOf(answer)).toBe('UNAUTHENTICATED');
    expect(answer.headers.get('www-authenticate')).toBe(challenge);
    expect(answer.body.data ?? null).toBeNull();
    expect(api.store).toBe(before);
    expect(addedFiles(corpus.dir)).toEqual([]);
  });

  test('a read token may read but not write: 403 FORBIDDEN, nothing written', async () => {
    expect((await post(api, '{ sources { totalCount } }', {}, bearer(READ_SECRET))).body).toEqual({ data: { sources: { totalCount: 5 } } });

    const answer = await post(api, ADD, { input: WIRE }, bearer(READ_SECRET));
    expect(answer.status).toBe(403);
    expect(codeOf(answer)).toBe('FORBIDDEN');
    expect(answer.body.errors?.[0].message).toContain('"analyst" may read but not write');
    expect(addedFiles(corpus.dir)).toEqual([]);
  });

  test('a write token adds the article, which records the token name; addedBy shows to token holders only', async () => {
    const answer = await post(api, ADD, { input: WIRE }, bearer(WRITE_SECRET));
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ data: { addArticle: { source: { id: 'source:wire-2025-04-12-witkoff', addedBy: 'ingest' }, counts: { sources: 6 } } } });

    const QUERY = `{ source(id: "source:wire-2025-04-12-witkoff") { addedBy } seed: source(id: "source:000_032f559aabc36aa4") { addedBy } }`;
    expect((await post(api, QUERY, {}, bearer(READ_SECRET))).body.data).toEqual({ source: { addedBy: 'ingest' }, seed: { addedBy: null } });
    expect((await post(api, QUERY, {}, bearer(WRITE_SECRET))).body.data).toEqual({ source: { addedBy: 'ingest' }, seed: { addedBy: null } });
  });

  test('who added an article survives a restart: a new server on the same folder still knows', async () => {
    const restarted = await startTestServer(schema, LiveOntology.open(corpus.dir), { env: { WRITE_TOKENS: `other:${WRITE_SECRET}x` } });
    try {
      const QUERY = `{ source(id: "source:wire-2025-04-12-witkoff") { addedBy } }`;
      expect((await post(restarted, QUERY, {}, bearer(`${WRITE_SECRET}x`))).body.data).toEqual({ source: { addedBy: 'ingest' } });
      expect((await post(restarted, QUERY)).body.data).toEqual({ source: { addedBy: null } });
    } finally {
      await restarted.server.stop();
    }
  });
});

describe('private reads (READ_TOKENS set)', () => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer(schema, undefined, { env: { READ_TOKENS: `analyst:${READ_SECRET}`, WRITE_TOKENS: `ingest:${WRITE_SECRET}` } });
  });
  afterAll(() => api.server.stop());

  test('a read without a valid token gets 401, even when the answer is in the cache', async () => {
    const QUERY = '{ sources { totalCount } }';
    expect((await post(api, QUERY, {}, bearer(READ_SECRET))).status).toBe(200);
    const cached = await post(api, QUERY, {}, bearer(READ_SECRET));
    expect(cached.headers.get('x-response-cache')).toBe('HIT');

    for (const headers of [{}, bearer('guess')]) {
      const answer = await post(api, QUERY, {}, headers);
      expect(answer.status).toBe(401);
      expect(codeOf(answer)).toBe('UNAUTHENTICATED');
      expect(answer.body.data).toBeUndefined();
      expect(answer.headers.get('x-response-cache')).toBeNull();
    }
    const get = await fetch(`${api.server.url}?query=${encodeURIComponent(QUERY)}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(get.status).toBe(401);
  });

  test('a write token also grants reads', async () => {
    expect((await post(api, '{ sources { totalCount } }', {}, bearer(WRITE_SECRET))).body).toEqual({ data: { sources: { totalCount: 5 } } });
  });

  test('the playground page still loads (it holds no data); its requests need the token like any other', async () => {
    const page = await fetch(api.server.url, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
  });

  test('a browser on an allowed origin may send the Authorization header', async () => {
    const withCors = await startTestServer(schema, undefined, { corsOrigins: ['https://dash.example.org'] });
    try {
      const preflight = await fetch(withCors.server.url, {
        method: 'OPTIONS',
        headers: { origin: 'https://dash.example.org', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization' },
      });
      expect(preflight.headers.get('access-control-allow-headers')).toContain('authorization');
    } finally {
      await withCors.server.stop();
    }
  });
});

test('with no write token configured, every write is refused and the error says how to enable writes', async () => {
  const corpus = tempCorpus();
  const api = await startTestServer(schema, LiveOntology.open(corpus.dir));
  try {
    const answer = await post(api, ADD, { input: WIRE });
    expect(answer.status).toBe(401);
    expect(codeOf(answer)).toBe('UNAUTHENTICATED');
    expect(answer.body.errors?.[0].message).toContain('no write token configured');
    expect((await post(api, '{ sources { totalCount } }')).body).toEqual({ data: { sources: { totalCount: 5 } } });
    expect(addedFiles(corpus.dir)).toEqual([]);
  } finally {
    await api.server.stop();
    corpus.remove();
  }
});

describe('a token file (WRITE_TOKENS_FILE)', () => {
  const folder = mkdtempSync(join(tmpdir(), 'tokens-'));
  const file = join(folder, 'write-tokens');
  const corpus = tempCorpus();
  let api: TestServer;
  const hashed = createHash('sha256').update('a-secret-kept-only-as-its-hash').digest('hex');
  beforeAll(async () => {
    writeFileSync(file, `# who may add articles\nci:${WRITE_SECRET}\n\npipeline:sha256:${hashed}\n`);
    api = await startTestServer(schema, LiveOntology.open(corpus.dir), { env: { WRITE_TOKENS_FILE: file, WRITE_RATE: 'off' } });
  });
  afterAll(async () => {
    await api.server.stop();
    corpus.remove();
    rmSync(folder, { recursive: true, force: true });
  });

  test('a secret stored as its sha256 works like a plain one', async () => {
    const answer = await post(api, ADD, { input: { id: 'hashed-1', text: 'Steve Witkoff met Vladimir Putin in Moscow on Friday.' } }, bearer('a-secret-kept-only-as-its-hash'));
    expect(answer.body.data?.addArticle.source).toEqual({ id: 'source:hashed-1', addedBy: 'pipeline' });
    // The hash itself is not a secret that works.
    expect((await post(api, '{ sources { totalCount } }', {}, bearer(hashed))).status).toBe(401);
  });

  test('a token removed from the file is refused within about a second, without a restart', async () => {
    expect((await post(api, ADD, { input: { id: 'before-revoke', text: 'Marco Rubio met Sergei Lavrov in Riyadh on Monday.' } }, bearer(WRITE_SECRET))).status).toBe(200);

    writeFileSync(file, `pipeline:sha256:${hashed}\n`);
    // Polled with a read, which a revoked token cannot do either, so no article slips in while waiting.
    const revokedAt = Date.now();
    while ((await post(api, '{ sources { totalCount } }', {}, bearer(WRITE_SECRET))).status === 200 && Date.now() - revokedAt < 3_000) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(Date.now() - revokedAt).toBeLessThan(2_000);
    const answer = await post(api, ADD, { input: { id: 'after-revoke', text: 'Marco Rubio met Sergei Lavrov in Geneva on Tuesday.' } }, bearer(WRITE_SECRET));
    expect(answer.status).toBe(401);
    expect(answer.headers.get('www-authenticate')).toBe('Bearer error="invalid_token"');
    expect(addedFiles(corpus.dir).filter((f) => f.includes('after-revoke'))).toEqual([]);
    // The token still in the file works.
    expect((await post(api, '{ sources { totalCount } }', {}, bearer('a-secret-kept-only-as-its-hash'))).status).toBe(200);
  });

  test('a file that turns invalid grants nothing until it is fixed, rather than leaving the old tokens in force', async () => {
    const works = async () => (await post(api, '{ sources { totalCount } }', {}, bearer('a-secret-kept-only-as-its-hash'))).status;
    const waitFor = async (status: number) => {
      const until = Date.now() + 3_000;
      while ((await works()) !== status && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 100));
      return works();
    };
    writeFileSync(file, `pipeline:sha256:${hashed}\nthis line is not a token\n`);
    expect(await waitFor(401)).toBe(401);
    writeFileSync(file, `pipeline:sha256:${hashed}\n`);
    expect(await waitFor(200)).toBe(200);
  });
});

describe('rate limits', () => {
  test('a flood of writes from one token hits 429 RATE_LIMITED with Retry-After; another token is not held up', async () => {
    const corpus = tempCorpus();
    const api = await startTestServer(schema, LiveOntology.open(corpus.dir), {
      env: { WRITE_TOKENS: `flood:${WRITE_SECRET},calm:${READ_SECRET}`, WRITE_RATE: '1/min burst 3' },
    });
    try {
      const answers: Answer[] = [];
      for (let i = 0; i < 6; i++) answers.push(await post(api, ADD, { input: { id: `flood-${i}`, text: `Flood article ${i}: Zelensky met Rutte in Kyiv.` } }, bearer(WRITE_SECRET)));

      expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 429, 429, 429]);
      const limited = answers[3];
      expect(codeOf(limited)).toBe('RATE_LIMITED');
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(Number(limited.headers.get('retry-after'))).toBeLessThanOrEqual(60);
      expect(addedFiles(corpus.dir)).toHaveLength(3);
      expect((await post(api, ADD, { input: { id: 'calm-1', text: 'Calm article: Macron met Merz in Paris.' } }, bearer(READ_SECRET))).status).toBe(200);
    } finally {
      await api.server.stop();
      corpus.remove();
    }
  });

  test('READ_RATE limits reads per client address; X-Forwarded-For counts only from a trusted proxy (TRUST_PROXY)', async () => {
    const QUERY = '{ sources { totalCount } }';
    const direct = await startTestServer(schema, undefined, { env: { READ_RATE: '1/min burst 2' } });
    const proxied = await startTestServer(schema, undefined, { env: { READ_RATE: '1/min burst 2', TRUST_PROXY: 'loopback' } });
    try {
      // Not behind a trusted proxy, a forged X-Forwarded-For does not get a client a bucket of its own.
      const forged = [];
      for (let i = 0; i < 3; i++) forged.push(await post(direct, QUERY, {}, { 'x-forwarded-for': `203.0.113.${i}` }));
      expect(forged.map((a) => a.status)).toEqual([200, 200, 429]);
      expect(codeOf(forged[2])).toBe('RATE_LIMITED');
      expect(Number(forged[2].headers.get('retry-after'))).toBeGreaterThanOrEqual(1);

      // Behind one (the test's loopback connection is the proxy), each forwarded client has its own bucket.
      const a = [];
      for (let i = 0; i < 3; i++) a.push((await post(proxied, QUERY, {}, { 'x-forwarded-for': '198.51.100.1' })).status);
      const b = (await post(proxied, QUERY, {}, { 'x-forwarded-for': '198.51.100.2' })).status;
      expect(a).toEqual([200, 200, 429]);
      expect(b).toBe(200);
    } finally {
      await direct.server.stop();
      await proxied.server.stop();
    }
  });
});

test('with public reads, an anonymous read is served while an anonymous write is refused with 401 and WWW-Authenticate', async () => {
  const corpus = tempCorpus();
  const api = await startTestServer(schema, LiveOntology.open(corpus.dir), { env: { WRITE_TOKENS: `ingest:${WRITE_SECRET}` } });
  try {
    const QUERY = `{ sources { totalCount } wire: source(id: "source:wire-2025-04-12-witkoff") { addedBy } }`;
    expect((await post(api, QUERY)).body).toEqual({ data: { sources: { totalCount: 5 }, wire: null } });
    const answer = await post(api, ADD, { input: WIRE });
    expect(answer.status).toBe(401);
    expect(answer.headers.get('www-authenticate')).toBe('Bearer');
    expect(answer.body.errors?.[0].message).toBe('Writes need a write token: send Authorization: Bearer <token>.');
    expect(addedFiles(corpus.dir)).toEqual([]);
    expect((await post(api, ADD, { input: WIRE }, bearer(WRITE_SECRET))).status).toBe(200);
    expect((await post(api, QUERY)).body).toEqual({ data: { sources: { totalCount: 6 }, wire: { addedBy: null } } });
  } finally {
    await api.server.stop();
    corpus.remove();
  }
});
