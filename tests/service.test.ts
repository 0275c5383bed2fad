import { join } from 'node:path';
import { startService, waitFor, type Service } from './support/serviceProcess';

const FIXTURES = join(__dirname, 'fixtures', 'articles');

let service: Service | undefined;
afterEach(() => {
  if (service && service.child.exitCode === null) service.child.kill('SIGKILL');
  service = undefined;
});

test('the service listens before the ontology is built, is ready once it is, and stops on SIGTERM within the grace period', async () => {
  service = startService({ CORPUS_DIR: FIXTURES, SHUTDOWN_GRACE_MS: '1000' });
  const s = service;
  const origin = await waitFor('the listening line', () => /Listening on (http:\/\/127\.0\.0\.1:\d+)\/graphql/.exec(s.output())?.[1]);

  // 14 articles take a few seconds to extract, and the build lets the event loop answer probes in between.
  const early = await fetch(`${origin}/readyz`);
  expect(early.status).toBe(503);
  expect(await early.json()).toEqual({ status: 'starting' });
  expect((await fetch(`${origin}/healthz`)).status).toBe(200);

  await waitFor('readiness', async () => ((await fetch(`${origin}/readyz`)).status === 200 ? true : undefined));
  expect(s.output()).toContain(`GraphQL API ready at ${origin}/graphql`);
  const answer = await fetch(`${origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ sources { totalCount } }' }),
  });
  expect(await answer.json()).toEqual({ data: { sources: { totalCount: 14 } } });

  const stopping = Date.now();
  s.child.kill('SIGTERM');
  expect(await s.exited).toEqual({ code: 0, signal: null });
  expect(Date.now() - stopping).toBeLessThan(3_000);
  expect(s.output()).toContain('SIGTERM: finishing requests in flight (at most 1000 ms), then stopping');
});

test('a bad setting stops the service at startup with a message naming it', async () => {
  service = startService({ GRAPHQL_MAX_DEPTH: 'deep' });

  expect(await service.exited).toEqual({ code: 1, signal: null });
  expect(service.output()).toContain('GRAPHQL_MAX_DEPTH must be a whole number of at least 1, got "deep"');
});
