import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startReadyService, startService, type Service } from '../support/serviceProcess';
import { tempCorpus } from '../support/tempCorpus';

/*
 * The service as its own process, as an operator starts it: a production start without tokens, and one with
 * tokens where the secrets must show up in none of its output nor in any answer.
 */

const WIRE = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'ingest', 'witkoff-putin-wire.json'), 'utf8'));
const ADD = `mutation ($input: ArticleInput!) { addArticle(input: $input) { source { id addedBy } } }`;

let service: Service | undefined;
const corpus = tempCorpus();
afterEach(() => {
  if (service && service.child.exitCode === null) service.child.kill('SIGKILL');
  service = undefined;
});
afterAll(() => corpus.remove());

async function post(origin: string, body: object, headers: Record<string, string> = {}): Promise<{ status: number; text: string; headers: Headers }> {
  const response = await fetch(`${origin}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: response.status, text: await response.text(), headers: response.headers };
}

test('a production start without tokens serves reads, refuses writes, and says at startup how to enable them', async () => {
  const started = await startReadyService({ NODE_ENV: 'production', CORPUS_DIR: corpus.dir });
  service = started.service;

  expect(JSON.parse((await post(started.origin, { query: '{ sources { totalCount } }' })).text)).toEqual({ data: { sources: { totalCount: 5 } } });
  const write = await post(started.origin, { query: ADD, variables: { input: WIRE } });
  expect(write.status).toBe(401);
  expect(write.headers.get('www-authenticate')).toBe('Bearer');
  expect(JSON.parse(write.text).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  expect(service.output()).toContain('WRITE_TOKENS=dev:dev npm start');
});

test('secrets appear in none of the service output and in no answer, whatever is sent', async () => {
  const writeSecret = 'ws-5e1f0c3a9b7d2e4f6a8c0b1d3e5f7a9c';
  const readSecret = 'rs-0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e';
  const started = await startReadyService({
    NODE_ENV: 'production',
    CORPUS_DIR: corpus.dir,
    WRITE_TOKENS: `ops:${writeSecret}`,
    READ_TOKENS: `analyst:${readSecret}`,
    WRITE_RATE: '1/min burst 1',
  });
  service = started.service;
  const answers = [
    await post(started.origin, { query: ADD, variables: { input: WIRE } }, { authorization: `Bearer ${writeSecret}` }),
    await post(started.origin, { query: ADD, variables: { input: { ...WIRE, id: 'again' } } }, { authorization: `Bearer ${writeSecret}` }),
    await post(started.origin, { query: ADD, variables: { input: WIRE } }, { authorization: `Bearer ${readSecret}` }),
    await post(started.origin, { query: '{ sources { totalCount } }' }, { authorization: `Bearer ${writeSecret.slice(0, -1)}` }),
    await post(started.origin, { query: '{ sources { totalCount } }' }, { authorization: `Token ${writeSecret}` }),
    await post(started.origin, { query: '{ nope }' }, { authorization: `Bearer ${readSecret}` }),
    await post(started.origin, { query: '{ sources { totalCount } }' }),
  ];

  expect(answers.map((a) => a.status)).toEqual([200, 429, 403, 401, 401, 400, 401]);
  expect(JSON.parse(answers[0].text).data.addArticle.source).toEqual({ id: 'source:wire-2025-04-12-witkoff', addedBy: 'ops' });
  const output = service.output();
  // The token names are shown, so an operator can see what is configured.
  expect(output).toContain('write tokens from WRITE_TOKENS: ops');
  expect(output).toContain('read tokens from READ_TOKENS: analyst');
  for (const secret of [writeSecret, readSecret, writeSecret.slice(3, 20), readSecret.slice(3, 20)]) {
    expect(output).not.toContain(secret);
    for (const answer of answers) expect(answer.text).not.toContain(secret);
  }
});

test('a bad token setting stops the service at startup with a message naming the variable, never the secret', async () => {
  service = startService({ WRITE_TOKENS: 'ops:fine-secret-1234567890,broken no-colon-secret-0987654321' });

  expect(await service.exited).toEqual({ code: 1, signal: null });
  expect(service.output()).toContain('WRITE_TOKENS item 2 must be name:secret');
  expect(service.output()).not.toContain('no-colon-secret');
  expect(service.output()).not.toContain('fine-secret');
});
