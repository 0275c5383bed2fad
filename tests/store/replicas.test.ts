import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { testDatabase } from '../support/testDatabase';
import { ADD, article, canonicalDump, importSeeds, startReplica, stopReplica, untilApplied, type Replica } from '../support/replicas';

/*
 * Two replicas on one PostgreSQL log, over HTTP, as separate processes: additions on either are served by both,
 * every answer says which version answered it, and replicas at the same sequence serve the same ontology.
 */

const runFile = promisify(execFile);
const PEOPLE = ['Antony Blinken', 'Sergei Lavrov', 'Olaf Scholz', 'Emmanuel Macron', 'Wang Yi', 'Rishi Sunak'];
const PLACES = ['Geneva', 'Vienna', 'Doha', 'Istanbul', 'Rome', 'Riyadh'];

function story(n: number): string {
  return `${PEOPLE[n % 6]} met ${PEOPLE[(n + 1) % 6]} in ${PLACES[n % 6]} on Monday, story ${n}. They agreed to meet again.`;
}

let url: string;
let a: Replica;
let b: Replica;

beforeAll(async () => {
  url = await testDatabase();
  await importSeeds(url);
  [a, b] = await Promise.all([startReplica(url), startReplica(url)]);
}, 60_000);
afterAll(async () => {
  await Promise.all([stopReplica(a), stopReplica(b)]);
});

test('every answer names the ontology version, in extensions.ontologyVersion and X-Ontology-Version; /readyz reports sequence and lag', async () => {
  const first = await a.graphql('{ sources(first: 1) { totalCount } }');
  const cached = await a.graphql('{ sources(first: 1) { totalCount } }');
  const ready = await a.readyz();

  expect(first.body).toEqual({ data: { sources: { totalCount: 5 } }, extensions: { ontologyVersion: 5 } });
  expect(first.headers.get('x-ontology-version')).toBe('5');
  expect(cached.headers.get('x-response-cache')).toBe('HIT');
  expect(cached.headers.get('x-ontology-version')).toBe('5');
  expect(ready).toEqual({ status: 200, body: { status: 'ready', counts: expect.any(Object), log: { appliedSequence: 5, headSequence: 5, lag: 0, reachable: true } } });
});

test('an article added on one replica is served there when addArticle answers, and on the other shortly after', async () => {
  const added = await a.graphql(ADD, article('first-story', story(0)));
  const { sequence } = added.body.data.addArticle;
  const onA = await a.graphql('{ source(id: "source:first-story") { id } }');

  expect(sequence).toBe(6);
  expect(added.body.extensions).toEqual({ ontologyVersion: 6 });
  expect(onA.body).toEqual({ data: { source: { id: 'source:first-story' } }, extensions: { ontologyVersion: 6 } });
  await untilApplied(b, sequence);
  expect((await b.graphql('{ source(id: "source:first-story") { id } }')).body.data.source).toEqual({ id: 'source:first-story' });
});

test('concurrent additions on both replicas: each added once, the same article sent to both added once, and both converge', async () => {
  const sends = [];
  for (let n = 1; n <= 8; n++) sends.push((n % 2 ? a : b).graphql(ADD, article(`story-${n}`, story(n))));
  // The same article to both at once: the log's constraints let one through.
  sends.push(a.graphql(ADD, article('twice', story(100))), b.graphql(ADD, article('twice', story(100))));
  const answers = await Promise.all(sends);

  const failures = answers.filter((r) => r.body.errors).map((r) => r.body.errors[0].extensions.reason);
  expect(failures).toEqual(['DUPLICATE_ID']);
  const head = Math.max(...answers.filter((r) => !r.body.errors).map((r) => r.body.data.addArticle.sequence));
  await Promise.all([untilApplied(a, head), untilApplied(b, head)]);
  const [dumpA, dumpB] = await Promise.all([canonicalDump(a), canonicalDump(b)]);

  expect(dumpA).toEqual(dumpB);
  expect(dumpA.sources).toHaveLength(5 + 1 + 8 + 1);

  // A build of the log from scratch (build-ontology --dump) has the same nodes.
  const { stdout } = await runFile(process.execPath, ['-r', './tests/support/registerTs.js', 'src/cli/build-ontology.ts', '--database', url, '--dump', '--workers', '1']);
  const built = JSON.parse(stdout);
  for (const list of ['sources', 'actors', 'statements', 'meetings', 'agreements']) {
    expect([list, built[list].map((n: { id: string }) => n.id).sort()]).toEqual([list, dumpA[list]]);
  }
}, 60_000);

test('articles whose notifications never came (written with the trigger off) are caught up by sequence', async () => {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query('ALTER TABLE articles DISABLE TRIGGER articles_notify');
    await client.query(`INSERT INTO articles (id, text_hash, text) VALUES ('silent', 'not-a-real-hash', $1)`, [story(200)]);
    await client.query('ALTER TABLE articles ENABLE TRIGGER articles_notify');
    await client.query('COMMIT');
  } finally {
    await client.end();
  }
  const { rows } = await new Promise<{ rows: { head: string }[] }>((resolve, reject) => {
    const c = new Client({ connectionString: url });
    c.connect().then(() => c.query('SELECT max(sequence) AS head FROM articles')).then((r) => c.end().then(() => resolve(r)), reject);
  });

  await Promise.all([untilApplied(a, Number(rows[0].head)), untilApplied(b, Number(rows[0].head))]);
  expect((await b.graphql('{ source(id: "source:silent") { id } }')).body.data.source).toEqual({ id: 'source:silent' });
});

test('a replica started late builds from the log and serves what the others serve', async () => {
  const late = await startReplica(url);
  try {
    const [dumpA, dumpLate] = await Promise.all([canonicalDump(a), canonicalDump(late)]);
    expect(dumpLate).toEqual(dumpA);
    // Every article was extracted once already, by the replica that added it or the first to read it.
    expect(late.service.output()).toContain(`Extractions: ${dumpA.sources.length} from the log's cache, 0 re-extracted`);
  } finally {
    await stopReplica(late);
  }
}, 30_000);
