import 'reflect-metadata';
import { defaultOperations, formatReport, runLoad } from '../../src/cli/load';
import { buildGraphQLSchema } from '../../src/graphql/schema';
import { startTestServer, type TestServer } from '../support/testServer';

let api: TestServer;
beforeAll(async () => {
  // Without the response cache: at cached rates (thousands a second) autocannon's stop() overshoots the
  // request cap checked below by hundreds, a limit of the load tool's cap rather than of the server.
  api = await startTestServer(buildGraphQLSchema(), undefined, { responseCache: false });
});
afterAll(() => api?.server.stop());

test('a few seconds of the load test: every response is a 200 without GraphQL errors, and it stops by itself', async () => {
  const operations = await defaultOperations(api.server.url);
  const started = Date.now();

  const report = await runLoad({
    url: api.server.url,
    durationSeconds: 3,
    connections: 4,
    maxRequests: 5_000,
    operations,
    memoryMB: () => Math.round(process.memoryUsage().rss / 1024 / 1024),
    sampleEverySeconds: 1,
  });

  console.log(formatReport(report));
  // Bounds only a run that would not stop; how many requests fit in 3 s is the bench's business, not a test's.
  expect(Date.now() - started).toBeLessThan(30_000);
  expect(report.requests).toBeGreaterThanOrEqual(operations.length);
  expect(report.requests).toBeLessThanOrEqual(5_000 + 4);
  expect({ errors: report.errors, non2xx: report.non2xx, graphqlErrors: report.graphqlErrors }).toEqual({ errors: 0, non2xx: 0, graphqlErrors: 0 });
  expect(Object.keys(report.perOperation).sort()).toEqual(operations.map((o) => o.name).sort());
  expect(report.memory.length).toBeGreaterThanOrEqual(3);
});

test('refuses to target anything but loopback', async () => {
  await expect(
    runLoad({ url: 'http://192.0.2.1:4000/graphql', durationSeconds: 1, connections: 1, maxRequests: 1, operations: [], memoryMB: () => 0 }),
  ).rejects.toThrow('the load test only targets loopback, not 192.0.2.1');
});
