import { PASSWORD, PASSWORD_USER, startCluster, type TestCluster } from '../support/postgresCluster';
import { waitFor } from '../support/serviceProcess';
import { ADD, article, importSeeds, startReplica, stopReplica, untilApplied, type Replica } from '../support/replicas';

/*
 * PostgreSQL restarted under two serving replicas (a cluster of this file's own, since it is stopped): reads go
 * on from the last version, /readyz says degraded, additions fail with SERVICE_UNAVAILABLE, and once the server
 * is back both replicas resume by themselves.
 */

let cluster: TestCluster;
let a: Replica;
let b: Replica;

beforeAll(async () => {
  cluster = await startCluster();
  const url = await cluster.createDatabase('restart');
  await importSeeds(url);
  // As a password user, so reconnections authenticate too.
  const withPassword = cluster.url('restart', `${PASSWORD_USER}:${PASSWORD}`);
  [a, b] = await Promise.all([startReplica(withPassword), startReplica(withPassword)]);
}, 60_000);
afterAll(async () => {
  await Promise.all([stopReplica(a), stopReplica(b)]);
  await cluster?.destroy();
});

test('reads keep answering while PostgreSQL is down, additions fail clearly, and both replicas resume by themselves', async () => {
  await cluster.stop();

  for (const replica of [a, b]) {
    const ready = await waitFor('degraded', async () => {
      const r = await replica.readyz();
      return r.body.status === 'degraded' ? r : undefined;
    });
    expect(ready.status).toBe(200);
    expect(ready.body.log).toMatchObject({ appliedSequence: 5, reachable: false, problem: expect.stringMatching(/^PostgreSQL at postgres:\/\/replica:\*\*\*@127\.0\.0\.1:\d+\/restart: /) });
    const read = await replica.graphql('{ sources(first: 1) { totalCount } }');
    expect(read.body).toEqual({ data: { sources: { totalCount: 5 } }, extensions: { ontologyVersion: 5 } });
  }
  const refused = await a.graphql(ADD, article('during-outage', 'Wang Yi met Sergei Lavrov in Moscow on Thursday.'));
  expect(refused.body.errors[0]).toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE', reason: 'UNAVAILABLE' } });
  expect(refused.body.errors[0].message).toMatch(/^The article log cannot be reached \(PostgreSQL at .*\); the article was not added\. Send it again shortly\.$/);

  await cluster.start();

  for (const replica of [a, b]) await waitFor('ready again', async () => ((await replica.readyz()).body.status === 'ready' ? true : undefined));
  const added = await a.graphql(ADD, article('after-outage', 'Wang Yi met Sergei Lavrov in Moscow on Thursday.'));
  expect(added.body.errors).toBeUndefined();
  await untilApplied(b, added.body.data.addArticle.sequence);
  expect((await b.graphql('{ source(id: "source:after-outage") { id } }')).body.data.source).toEqual({ id: 'source:after-outage' });
  expect(a.service.output() + b.service.output()).not.toContain(PASSWORD);
}, 60_000);
