import 'reflect-metadata';
import { execFile, fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { loadCorpus } from '../corpus/loadCorpus';
import { extractArticle } from '../extract/extractArticle';
import { buildGraphQLSchema } from '../graphql/schema';
import { createServer, type RunningServer } from '../graphql/server';
import { LiveOntology } from '../ingest/LiveOntology';
import { mergeExtractions } from '../merge/mergeExtractions';
import { analyzeText } from '../nlp/analyzeText';
import { OntologyStore } from '../ontology/OntologyStore';
import { articleOf } from '../corpus/articleInput';
import { extractCorpusInParallel, extractWorkersFrom } from '../parallel/ExtractionPool';
import { extractCorpus, buildStore, type ExtractedCorpus } from '../pipeline';
import { repoRoot } from '../repoRoot';
import { apolloServer, floorServer, graphqlJsServer, type Baseline } from './baselines';
import { fixed, percentile, table } from './benchTables';
import { QUERIES } from './queries';
import { syntheticArticles, writeSyntheticCorpus } from './syntheticCorpus';

/*
 * `npm run bench`: every figure next to a baseline measured in the same run (see README, Performance).
 *   1. build throughput of a generated corpus against the NLP floor (the same texts through analyzeText only);
 *   2. scaling: build time and memory at 1k, 10k and (when the time budget allows) 50k generated articles;
 *   3. queries over HTTP with autocannon (fixed duration and connections) on the seeds and the 10k corpus:
 *      the service with its response cache (repeated query), the service without it, Apollo Server out of the
 *      box and plain graphql-js `execute` over the same schema and store, and the floor (precomputed bytes);
 *   4. addArticle on the 10k corpus, with and without the article's own extraction time.
 * Options: --articles N (the throughput corpus, 1000), --duration S (per autocannon run, 3),
 * --connections C (10), --additions A (100), --large N (the corpus served and grown, 10000),
 * --budget S (skip the 50k build if it would end the run later, 540).
 */

/** The seed of the articles built once, untimed, before the build throughput is measured. */
const WARM_UP_SEED = 7;

const started = Date.now();
const elapsed = () => (Date.now() - started) / 1000;
const log = (message: string) => console.error(`[${elapsed().toFixed(0).padStart(3)} s] ${message}`);

function time<T>(run: () => T): [T, number] {
  const start = process.hrtime.bigint();
  const value = run();
  return [value, Number(process.hrtime.bigint() - start) / 1e6];
}

const gc = (): void => (globalThis as { gc?: () => void }).gc?.();
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;

interface BuildFigures {
  articles: number;
  bytes: number;
  buildMs: number;
  rss: number;
  heap: number;
  baselineRss: number;
  baselineHeap: number;
  counts: string;
}

/** Builds a generated corpus of `count` articles as a live server does (the extractions are kept), with memory. */
function measureBuild(count: number, seed?: number): { figures: BuildFigures; extracted: ExtractedCorpus; dir: string } {
  gc();
  const baseline = process.memoryUsage();
  const dir = mkdtempSync(join(tmpdir(), `bench-${count}-`));
  const articles = syntheticArticles(count, seed);
  writeSyntheticCorpus(dir, count, articles);
  const bytes = articles.reduce((sum, a) => sum + Buffer.byteLength(a.text), 0);
  const [built, buildMs] = time(() => {
    const extracted = extractCorpus(loadCorpus(dir));
    return { extracted, store: new OntologyStore(mergeExtractions(extracted.extractions, extracted.sources, extracted.warnings)) };
  });
  gc();
  const after = process.memoryUsage();
  const s = built.store;
  return {
    figures: {
      articles: count,
      bytes,
      buildMs,
      rss: after.rss,
      heap: after.heapUsed,
      baselineRss: baseline.rss,
      baselineHeap: baseline.heapUsed,
      counts: `${s.actors.length} actors, ${s.statements.length} statements, ${s.meetings.length} meetings, ${s.agreements.length} agreements, ${s.discrepancies.length} discrepancies`,
    },
    extracted: built.extracted,
    dir,
  };
}

/**
 * Extraction of one corpus on the main thread and on a worker pool of one thread per core (EXTRACT_WORKERS as the
 * server uses it), both timed warm (a run of each first, untimed), wall clock; and whether the outputs are equal.
 */
async function measureParallelExtraction(dir: string, count: number): Promise<void> {
  const corpus = loadCorpus(dir);
  const workers = extractWorkersFrom({});
  const timed = async (threads: number) => {
    const start = process.hrtime.bigint();
    const extracted = threads === 1 ? extractCorpus(corpus) : await extractCorpusInParallel(corpus, threads);
    return { extracted, ms: Number(process.hrtime.bigint() - start) / 1e6 };
  };
  await timed(workers);
  const pool = await timed(workers);
  const one = await timed(1);
  const same = JSON.stringify(pool.extracted) === JSON.stringify(one.extracted);
  const speedup = one.ms / pool.ms;
  table(`Extraction of ${count} generated articles on worker threads (wall clock, warm)`, ['threads', 's', 'articles/s', 'articles/s per thread', 'vs one thread'], [
    [1, fixed(one.ms / 1000), fixed((count / one.ms) * 1000, 0), fixed((count / one.ms) * 1000, 0), '1.00×'],
    [workers, fixed(pool.ms / 1000), fixed((count / pool.ms) * 1000, 0), fixed((count / pool.ms) * 1000 / workers, 0), `${fixed(speedup, 2)}×`],
  ]);
  console.log(`\nThe pool's extractions ${same ? 'equal' : 'DIFFER FROM'} the single thread's.`);
  if (!same) process.exitCode = 1;
}

/** The 50k build in a fresh process, so its memory is its own. */
function buildInChild(count: number): Promise<BuildFigures> {
  return new Promise((resolve, reject) => {
    const child = fork(__filename, ['--child-build', String(count)], { execArgv: ['--expose-gc', '--max-old-space-size=8192'], stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
    child.on('message', (m) => resolve(m as BuildFigures));
    child.on('exit', (code) => (code === 0 ? undefined : reject(new Error(`the ${count}-article build exited with ${code}`))));
  });
}

interface Load {
  rps: number;
  p50: number;
  p99: number;
  /** CPU time of this process (where the servers run; autocannon has its own) per answered request, µs. */
  cpuPerRequest: number;
}

const AUTOCANNON = join(repoRoot(), 'node_modules', 'autocannon', 'autocannon.js');

/** autocannon in its own process (it would otherwise share the event loop with the servers it measures). */
async function load(url: string, query: string, duration: number, connections: number): Promise<Load> {
  const body = JSON.stringify({ query });
  const cpu = process.cpuUsage();
  const { stdout } = await promisify(execFile)(process.execPath, [AUTOCANNON, '-j', '-c', String(connections), '-d', String(duration), '-m', 'POST', '-H', 'content-type=application/json', '-b', body, url], { maxBuffer: 1 << 24 });
  const { user, system } = process.cpuUsage(cpu);
  const result = JSON.parse(stdout) as { requests: { average: number; total: number }; latency: { p50: number; p99: number }; non2xx: number; errors: number };
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, cpuPerRequest: (user + system) / result.requests.total };
}

const loadCell = (l: Load) => `${fixed(l.rps, 0)} (${fixed(l.p50, 0)}/${fixed(l.p99, 0)})`;

async function post(url: string, query: string): Promise<string> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const text = await response.text();
  if (!text.startsWith('{"data":')) throw new Error(`${url}: ${text.slice(0, 300)}`);
  return text;
}

// The ontology does not change while queries are measured, so the service serves a fixed store: stopping it
// then leaves the live ontology open for the additions measured after.
async function measureQueries(label: string, store: () => OntologyStore, duration: number, connections: number): Promise<(string | number)[][]> {
  const schema = buildGraphQLSchema();
  const servers: RunningServer[] = [];
  const baselines: Baseline[] = [];
  const serve = async (responseCache: boolean) => {
    const server = await createServer({ store: store(), port: 0, host: '127.0.0.1', schema, responseCache: responseCache ? {} : false });
    servers.push(server);
    return server.url.replace('localhost', '127.0.0.1');
  };
  const rows: (string | number)[][] = [];
  try {
    const cached = await serve(true);
    const uncached = await serve(false);
    // The baselines get a schema of their own, so that nothing the service does to its schema reaches them.
    const baselineSchema = buildGraphQLSchema();
    const js = await graphqlJsServer(baselineSchema, store);
    baselines.push(js);
    const apollo = await apolloServer(baselineSchema, store);
    baselines.push(apollo);
    for (const [name, query] of Object.entries(QUERIES)) {
      const bytes = Buffer.from(await post(uncached, query));
      // The same answer from every server, byte for byte.
      for (const url of [cached, js.url, apollo.url]) {
        const other = await post(url, query);
        if (other !== bytes.toString() && JSON.stringify(JSON.parse(other)) !== JSON.stringify(JSON.parse(bytes.toString()))) throw new Error(`${label} ${name}: ${url} answers differently`);
      }
      const floor = await floorServer(bytes);
      baselines.push(floor);
      const f = await load(floor.url, query, duration, connections);
      const c = await load(cached, query, duration, connections);
      const u = await load(uncached, query, duration, connections);
      const a = await load(apollo.url, query, duration, connections);
      const g = await load(js.url, query, duration, connections);
      log(`${label} ${name}: floor ${fixed(f.rps, 0)}, cached ${fixed(c.rps, 0)}, uncached ${fixed(u.rps, 0)}, Apollo ${fixed(a.rps, 0)}, graphql-js ${fixed(g.rps, 0)} req/s`);
      rows.push([
        label,
        name,
        `${(bytes.length / 1024).toFixed(1)} KB`,
        loadCell(f),
        loadCell(c),
        `${fixed((100 * c.rps) / f.rps, 0)}%`,
        loadCell(u),
        loadCell(a),
        `${fixed(u.rps / a.rps, 2)}×`,
        `${fixed(u.cpuPerRequest / 1000, 2)} / ${fixed(a.cpuPerRequest / 1000, 2)} (${fixed(a.cpuPerRequest / u.cpuPerRequest, 2)}×)`,
        loadCell(g),
        `${fixed(u.rps / g.rps, 2)}×`,
      ]);
    }
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    await Promise.all(baselines.map((b) => b.close()));
  }
  return rows;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '1000' },
      duration: { type: 'string', default: '3' },
      connections: { type: 'string', default: '10' },
      additions: { type: 'string', default: '100' },
      budget: { type: 'string', default: '540' },
      large: { type: 'string', default: '10000' },
      'child-build': { type: 'string' },
    },
  });
  if (values['child-build']) {
    const { figures, dir } = measureBuild(Number(values['child-build']));
    rmSync(dir, { recursive: true, force: true });
    process.send!(figures, () => process.exit(0));
    return;
  }
  const count = Number(values.articles);
  const duration = Number(values.duration);
  const largeCount = Number(values.large);
  const connections = Number(values.connections);
  const dirs: string[] = [];
  console.log(`# npm run bench — Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);

  // 1. Build throughput against the NLP floor, on the same generated articles. Both are timed warm: a build of
  // other articles (another seed) first loads the model and lets V8 optimise the extraction as well as the NLP,
  // which a cold first build would otherwise charge to the extraction alone (2× at 1k articles).
  const texts = syntheticArticles(count).map((a) => a.text);
  const megabytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0) / 1e6;
  rmSync(measureBuild(count, WARM_UP_SEED).dir, { recursive: true, force: true });
  const [, floorMs] = time(() => texts.forEach((t) => analyzeText(t)));
  const small = measureBuild(count);
  dirs.push(small.dir);
  const [, floorMs2] = time(() => texts.forEach((t) => analyzeText(t)));
  const nlpMs = (floorMs + floorMs2) / 2;
  const buildMs = small.figures.buildMs;
  table(`Build throughput (${count} generated articles, ${fixed(megabytes, 2)} MB)`, ['stage', 'articles/s', 'MB/s', 'of the NLP floor'], [
    ['NLP floor (analyzeText only; mean of a run before and after the build)', fixed((count / nlpMs) * 1000, 0), fixed((megabytes / nlpMs) * 1000, 2), '100%'],
    ['build: load, extract, merge, index', fixed((count / buildMs) * 1000, 0), fixed((megabytes / buildMs) * 1000, 2), `${fixed((100 * nlpMs) / buildMs, 0)}%`],
  ]);
  log(`throughput done`);

  // 2. Scaling; the 10k corpus is then served for 3 and grown for 4.
  const large = measureBuild(largeCount);
  dirs.push(large.dir);
  log(`${largeCount} built in ${fixed(large.figures.buildMs / 1000)} s`);
  const scaling = [small.figures, large.figures];
  await measureParallelExtraction(large.dir, largeCount);
  log('parallel extraction done');
  // Twice the linear projection: room for a slower child process (its own heap, a cold start) on a busy machine.
  const projected50k = (large.figures.buildMs / 1000) * 5 * 2;

  // 3. Queries over HTTP.
  const seedStore = buildStore(join(repoRoot(), 'seeds'));
  const rows = await measureQueries('seeds (5)', () => seedStore, duration, connections);
  const live = LiveOntology.of(large.dir, large.extracted);
  rows.push(...(await measureQueries(`${largeCount / 1000}k`, () => live.store, duration, connections)));
  table(
    `Queries over HTTP (autocannon: ${connections} connections, ${duration} s each, loopback; req/s (p50/p99 ms))`,
    ['corpus', 'query', 'response', 'floor: node:http, precomputed bytes', 'service, repeated (cache)', 'cache / floor', 'service, uncached', 'Apollo out of the box', 'uncached / Apollo out-of-the-box', 'CPU ms/request: uncached / Apollo (Apollo ÷ uncached)', 'plain graphql-js execute', 'uncached / graphql-js'],
    rows,
  );

  // 4. addArticle on the 10k corpus: articles the corpus does not have yet, retelling its events.
  const additions = syntheticArticles(largeCount + Number(values.additions))
    .slice(largeCount)
    .map((a, i) => ({ ...a, id: `bench-added-${i}`, text: `${a.text}\nReporting by the bench desk, update ${i}.\n` }));
  const totals: number[] = [];
  const extractions: number[] = [];
  for (const a of additions) {
    const [, extractMs] = time(() => extractArticle({ ...articleOf(a, ''), origin: 'bench' }));
    const start = process.hrtime.bigint();
    await live.addArticle(a);
    totals.push(Number(process.hrtime.bigint() - start) / 1e6);
    extractions.push(extractMs);
  }
  const beyond = totals.map((t, i) => t - extractions[i]);
  table(`addArticle on the ${largeCount / 1000}k corpus (${additions.length} additions, in process: extract, write the file, merge, index, diff)`, ['', 'p50 ms', 'p99 ms', 'max ms'], [
    ['the article\'s own extraction', fixed(percentile(extractions, 50)), fixed(percentile(extractions, 99)), fixed(Math.max(...extractions))],
    ['addArticle, all of it', fixed(percentile(totals, 50)), fixed(percentile(totals, 99)), fixed(Math.max(...totals))],
    ['addArticle minus its extraction', fixed(percentile(beyond, 50)), fixed(percentile(beyond, 99)), fixed(Math.max(...beyond))],
  ]);
  // The incremental result must be the full merge's.
  const all = {
    extractions: [...large.extracted.extractions, ...additions.map((a, i) => extractArticle({ ...articleOf(a, ''), origin: live.store.source(`source:bench-added-${i}`)!.origin }))],
    sources: live.store.sources,
  };
  const [full, fullMs] = time(() => mergeExtractions(all.extractions, [...all.sources], large.extracted.warnings));
  const same = JSON.stringify([full.actors, full.statements, full.meetings, full.agreements, full.discrepancies]) === JSON.stringify([live.store.actors, live.store.statements, live.store.meetings, live.store.agreements, live.store.discrepancies]);
  console.log(`\nAfter the additions the live ontology ${same ? 'equals' : 'DIFFERS FROM'} a full mergeExtractions of all ${all.extractions.length} extractions (which takes ${fixed(fullMs, 0)} ms: what each addition cost before).`);
  if (!same) process.exitCode = 1;
  log('additions done');

  // 2 (end). 50k in a fresh process when it fits the budget.
  if (elapsed() + projected50k < Number(values.budget)) {
    log(`building 50k in a child process (about ${fixed(projected50k, 0)} s)`);
    scaling.push(await buildInChild(50_000));
  } else {
    console.log(`\n50k articles skipped: at the 10k rate it would take about ${fixed(projected50k, 0)} s, past the ${values.budget} s budget (run with --budget to allow it).`);
  }
  table('Scaling (generated corpora; build = load, extract, merge, index; memory with the extractions kept, as a live server keeps them)', ['articles', 'build s', 'articles/s', 'ms/article', 'RSS', 'heap after GC', 'heap bytes/article', 'ontology'], scaling.map((f) => [
    f.articles,
    fixed(f.buildMs / 1000),
    fixed((f.articles / f.buildMs) * 1000, 0),
    fixed(f.buildMs / f.articles, 2),
    mb(f.rss),
    mb(f.heap),
    fixed((f.heap - f.baselineHeap) / f.articles, 0),
    f.counts,
  ]));
  const perArticle = scaling.map((f) => f.buildMs / f.articles);
  const growth = perArticle[perArticle.length - 1] / perArticle[0];
  console.log(`\nTime per article at ${scaling[scaling.length - 1].articles} is ${fixed(growth, 2)}× that at ${scaling[0].articles}: ${growth < 1.5 ? 'close to linear' : 'not linear'}.`);
  console.log(`\nTotal bench time ${fixed(elapsed(), 0)} s.`);
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
