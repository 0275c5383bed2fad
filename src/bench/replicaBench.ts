import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { articleOf, textFingerprint } from '../corpus/articleInput';
import { LiveOntology } from '../ingest/LiveOntology';
import { extractWorkersFrom } from '../parallel/ExtractionPool';
import { databaseUrlOf, type DatabaseUrl } from '../store/postgres/databaseUrl';
import { importIntoLog } from '../store/postgres/importFolder';
import { PostgresLog } from '../store/postgres/PostgresLog';
import { fixed, percentile, table } from './benchTables';
import { QUERIES } from './queries';
import { loadOf, roundRobinProxy, startReplicaProcess } from './roundRobin';
import { syntheticArticles } from './syntheticCorpus';

/*
 * `npm run bench:replicas -- --database URL`: replicas on a PostgreSQL log (an empty database; see
 * docs/postgresql.md for one on this machine).
 *   1. a new replica's catch-up at N generated articles (10k): from scratch (every article extracted, on
 *      EXTRACT_WORKERS threads) and from the cached extractions;
 *   2. replica lag: two replicas in this process, additions on one at a steady rate (20/s), the time from the
 *      commit to the other serving the article, p50/p99;
 *   3. read throughput of the README's nested question through a round-robin proxy on loopback: to one replica
 *      process, and to two.
 */

async function timedReplica(database: DatabaseUrl, extractor: string, workers: number): Promise<{ live: LiveOntology; ms: number }> {
  const start = performance.now();
  const live = await LiveOntology.openLog(await PostgresLog.open(database, { extractor, pollMs: 1000 }), workers);
  return { live, ms: performance.now() - start };
}

/** Until `live` serves `sequence`, checked every millisecond. */
async function servedAt(live: LiveOntology, sequence: number): Promise<number> {
  while (live.position().applied < sequence) await new Promise((resolve) => setTimeout(resolve, 1));
  return performance.now();
}

async function measureLag(writer: LiveOntology, reader: LiveOntology, additions: number, perSecond: number, count: number): Promise<number[]> {
  const lags: number[] = [];
  const fresh = syntheticArticles(count + additions).slice(count);
  for (let i = 0; i < fresh.length; i++) {
    const due = performance.now() + 1000 / perSecond;
    const a = fresh[i];
    const added = await writer.addArticle({ ...a, id: `lag-${i}`, text: `${a.text}\nUpdate ${i}.\n` });
    // addArticle answers after the commit and the writer's own merge: the commit is no later than that.
    const committed = performance.now();
    lags.push((await servedAt(reader, added.sequence)) - committed);
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  }
  return lags;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { database: { type: 'string' }, articles: { type: 'string', default: '10000' }, additions: { type: 'string', default: '200' }, rate: { type: 'string', default: '20' }, duration: { type: 'string', default: '5' }, connections: { type: 'string', default: '10' } } });
  const database = databaseUrlOf(values.database, process.env);
  if (database === undefined) throw new Error('usage: npm run bench:replicas -- --database URL (an empty database)');
  const count = Number(values.articles);
  const workers = extractWorkersFrom(process.env);
  const extractor = `bench-${randomBytes(4).toString('hex')}`;
  console.log(`# npm run bench:replicas — Node ${process.version}, ${new Date().toISOString().slice(0, 10)}, ${workers} extraction threads`);

  const articles = syntheticArticles(count).map((a) => ({ ...articleOf(a, `bench:${a.id}`), id: a.id }));
  const importStart = performance.now();
  const imported = await importIntoLog(database, articles.map((article) => ({ article, fingerprint: textFingerprint(article.text) })), () => undefined);
  const importMs = performance.now() - importStart;

  const scratch = await timedReplica(database, extractor, workers);
  await scratch.live.close();
  const cachedA = await timedReplica(database, extractor, workers);
  const cachedB = await timedReplica(database, extractor, workers);
  table(`A new replica's catch-up at ${count} articles (log head ${imported.head})`, ['', 's', 'articles/s', 'extracted', 'from the cache'], [
    ['import (npm run import)', fixed(importMs / 1000), fixed((count / importMs) * 1000, 0), '-', '-'],
    ['replica, from scratch', fixed(scratch.ms / 1000), fixed((count / scratch.ms) * 1000, 0), scratch.live.startup.reextracted, scratch.live.startup.fromCache],
    ['replica, cached extractions', fixed(cachedA.ms / 1000), fixed((count / cachedA.ms) * 1000, 0), cachedA.live.startup.reextracted, cachedA.live.startup.fromCache],
    ['second replica, cached extractions', fixed(cachedB.ms / 1000), fixed((count / cachedB.ms) * 1000, 0), cachedB.live.startup.reextracted, cachedB.live.startup.fromCache],
  ]);

  const additions = Number(values.additions);
  const rate = Number(values.rate);
  const lags = await measureLag(cachedA.live, cachedB.live, additions, rate, count);
  table(`Replica lag: commit on one replica to served on the other (${additions} additions at ${rate}/s, two replicas in one process, LISTEN/NOTIFY)`, ['p50 ms', 'p99 ms', 'max ms'], [
    [fixed(percentile(lags, 50)), fixed(percentile(lags, 99)), fixed(Math.max(...lags))],
  ]);
  await Promise.all([cachedA.live.close(), cachedB.live.close()]);

  const duration = Number(values.duration);
  const connections = Number(values.connections);
  const replicas = await Promise.all([startReplicaProcess(database.url), startReplicaProcess(database.url)]);
  try {
    const rows: (string | number)[][] = [];
    for (const ports of [[replicas[0].port], replicas.map((r) => r.port)]) {
      const proxy = await roundRobinProxy(ports);
      const load = await loadOf(`http://127.0.0.1:${proxy.port}/graphql`, QUERIES['nested meeting question'], duration, connections);
      proxy.server.close();
      rows.push([ports.length, fixed(load.rps, 0), fixed(load.p50, 0), fixed(load.p99, 0)]);
    }
    table(`Reads through a round-robin proxy on loopback (nested meeting question, ${count + additions} articles, response cache on, autocannon ${connections} connections, ${duration} s)`, ['replicas', 'req/s', 'p50 ms', 'p99 ms'], rows);
  } finally {
    for (const r of replicas) r.child.kill('SIGTERM');
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
