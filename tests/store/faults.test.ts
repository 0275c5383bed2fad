import { createServer } from 'node:net';
import { Client } from 'pg';
import { PASSWORD_USER } from '../support/postgresCluster';
import { clusterPort, testDatabase } from '../support/testDatabase';
import { ADD, article, importSeeds, spawnReplica, startReplica, stopReplica, untilApplied, type Replica } from '../support/replicas';

/* Faults tried for real, on service processes over HTTP: a replica killed mid-addition, and databases it cannot use. */

async function countArticles(url: string, id: string): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return Number((await client.query('SELECT count(*) AS n FROM articles WHERE id = $1', [id])).rows[0].n);
  } finally {
    await client.end();
  }
}

describe('kill -9 of a replica during an addition', () => {
  let url: string;
  let a: Replica;
  let b: Replica;
  let restarted: Replica | undefined;
  beforeAll(async () => {
    url = await testDatabase();
    await importSeeds(url);
    [a, b] = await Promise.all([startReplica(url), startReplica(url)]);
  }, 60_000);
  afterAll(() => Promise.all([stopReplica(a), stopReplica(b), stopReplica(restarted)]));

  test('the article is in the log and served everywhere, or nowhere; the restarted replica catches up', async () => {
    const sent = a.graphql(ADD, article('killed-mid-way', 'Wang Yi met Antony Blinken in Vienna on Tuesday, in talks cut short.')).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 15));
    a.service.child.kill('SIGKILL');
    await Promise.all([sent, a.service.exited]);
    // Meanwhile another addition lands through the other replica.
    const other = await b.graphql(ADD, article('while-down', 'Olaf Scholz met Rishi Sunak in Rome on Wednesday.'));
    restarted = await startReplica(url);

    const inLog = await countArticles(url, 'killed-mid-way');
    expect([0, 1]).toContain(inLog);
    await untilApplied(restarted, other.body.data.addArticle.sequence);
    for (const replica of [b, restarted]) {
      await untilApplied(replica, other.body.data.addArticle.sequence);
      const { body } = await replica.graphql('{ killed: source(id: "source:killed-mid-way") { id } other: source(id: "source:while-down") { id } }');
      expect(body.data).toEqual({ killed: inLog === 1 ? { id: 'source:killed-mid-way' } : null, other: { id: 'source:while-down' } });
    }
  }, 60_000);
});

function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe('a database the service cannot use stops it at startup, saying why, never the password', () => {
  const secret = 'wrong-secret-4242';
  const cases: [string, () => Promise<string>, RegExp][] = [
    ['not a URL', async () => `${secret} is not a url`, /DATABASE_URL must be a URL such as postgres:\/\/user:password@host:5432\/database/],
    ['another scheme', async () => `mysql://root:${secret}@localhost/db`, /DATABASE_URL must start with postgres:\/\/ or postgresql:\/\//],
    ['a wrong password', async () => `postgres://${PASSWORD_USER}:${secret}@127.0.0.1:${clusterPort()}/postgres`, /PostgreSQL at postgres:\/\/replica:\*\*\*@127\.0\.0\.1:\d+\/postgres: the password was refused/],
    ['an unreachable server', async () => `postgres://${PASSWORD_USER}:${secret}@127.0.0.1:${await closedPort()}/postgres`, /PostgreSQL at postgres:\/\/replica:\*\*\*@127\.0\.0\.1:\d+\/postgres: nothing accepts connections there/],
    ['a database that does not exist', async () => `postgres://postgres@127.0.0.1:${clusterPort()}/no_such_db`, /PostgreSQL at postgres:\/\/postgres@127\.0\.0\.1:\d+\/no_such_db: the database does not exist/],
  ];

  test.each(cases)('%s', async (_name, urlOf, message) => {
    const service = spawnReplica({ DATABASE_URL: await urlOf() });
    const { code } = await service.exited;

    expect(code).not.toBe(0);
    expect(service.output()).toMatch(message);
    expect(service.output()).not.toContain(secret);
    expect(service.output()).not.toMatch(/Listening on/);
  });
});
