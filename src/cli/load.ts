import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { repoRoot } from '../repoRoot';

/**
 * A bounded load test: sustained GraphQL traffic against a server on loopback, with throughput, latency,
 * errors and the server's memory before and after. `npm run load` starts the built service as its own process;
 * the test suite runs a few seconds of it against an in-process server.
 */

export const MEETING_QUESTION = `{ meetings { nodes { title date place participants { name statements { text kind reports { source { id } excerpt } } } } } }`;

export interface Operation {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

export interface MemorySample {
  atSecond: number;
  rssMB: number;
}

export interface LoadOptions {
  /** The GraphQL endpoint; must be on loopback. */
  url: string;
  durationSeconds: number;
  connections: number;
  /** Stop after this many responses even if time is left. */
  maxRequests: number;
  operations: Operation[];
  /** The server's resident memory in MB, sampled before, every `sampleEverySeconds`, and after. */
  memoryMB: () => number;
  sampleEverySeconds?: number;
}

export interface LoadReport {
  durationSeconds: number;
  connections: number;
  requests: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number };
  /** Connection errors and timeouts. */
  errors: number;
  non2xx: number;
  /** 200 responses whose body holds GraphQL errors. */
  graphqlErrors: number;
  memory: MemorySample[];
  perOperation: Record<string, number>;
}

function assertLoopback(url: string): void {
  const host = new URL(url).hostname;
  if (!['127.0.0.1', 'localhost', '[::1]', '::1'].includes(host) && !host.startsWith('127.')) {
    throw new Error(`the load test only targets loopback, not ${host}`);
  }
}

async function graphql(url: string, query: string, variables?: Record<string, unknown>): Promise<any> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data?: any; errors?: unknown[] };
  if (body.errors) throw new Error(`${query}: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/**
 * The traffic: the README's nested meeting question, and lookups and pages a dashboard makes (an actor with
 * what they said, a meeting by id, a node by id, a page of statements after a cursor, sources with their text).
 * Ids and the cursor are read from the server first, so any corpus works.
 */
export async function defaultOperations(url: string): Promise<Operation[]> {
  const seen = await graphql(url, `{ actors(first: 500) { nodes { id statements { id } } } meetings(first: 1) { nodes { id } } statements(first: 10) { pageInfo { endCursor } } }`);
  const actors = [...seen.actors.nodes].sort((a: any, b: any) => b.statements.length - a.statements.length);
  const talker = actors[0]?.id ?? 'actor:none';
  return [
    { name: 'meeting question', query: MEETING_QUESTION },
    {
      name: 'actor with statements and sources',
      query: `query ($id: ID!) { actor(id: $id) { name kind titles statements { text kind date reports { source { id title } excerpt start end } } } }`,
      variables: { id: talker },
    },
    {
      name: 'meeting by id',
      query: `query ($id: ID!) { meeting(id: $id) { title date place duration participants { name } statements { text } sourceCount } }`,
      variables: { id: seen.meetings.nodes[0]?.id ?? 'meeting:none' },
    },
    { name: 'node by id', query: `query ($id: ID!) { node(id: $id) { id ... on Actor { name aliases affiliation { name } } } }`, variables: { id: actors[1]?.id ?? talker } },
    {
      name: 'statements page after a cursor',
      query: `query ($after: String) { statements(first: 20, after: $after) { totalCount nodes { text speaker { name } sourceCount } pageInfo { hasNextPage endCursor } } }`,
      variables: { after: seen.statements.pageInfo.endCursor },
    },
    { name: 'sources with text', query: `{ sources(first: 10) { totalCount nodes { id title publishedAt wordCount text } } }` },
  ];
}

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

export async function runLoad(options: LoadOptions): Promise<LoadReport> {
  assertLoopback(options.url);
  const { pathname, origin } = new URL(options.url);
  const perOperation: Record<string, number> = {};
  let graphqlErrors = 0;
  let responses = 0;
  const memory: MemorySample[] = [{ atSecond: 0, rssMB: options.memoryMB() }];
  const started = Date.now();

  let finish!: (error: Error | null, result: autocannon.Result) => void;
  const finished = new Promise<autocannon.Result>((resolveResult, reject) => {
    finish = (error, result) => (error ? reject(error) : resolveResult(result));
  });
  const instance = autocannon({
    url: origin,
    connections: options.connections,
    duration: options.durationSeconds,
    timeout: 10,
    requests: options.operations.map((op) => ({
      method: 'POST' as const,
      path: pathname,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: op.query, variables: op.variables }),
      onResponse: (status: number, body: string) => {
        responses++;
        perOperation[op.name] = (perOperation[op.name] ?? 0) + 1;
        if (status === 200 && body.includes('"errors"')) graphqlErrors++;
        if (responses >= options.maxRequests) instance.stop();
      },
    })),
  }, (error, result) => finish(error, result));
  const sampler = setInterval(
    () => memory.push({ atSecond: Math.round((Date.now() - started) / 1000), rssMB: options.memoryMB() }),
    (options.sampleEverySeconds ?? 10) * 1000,
  );
  // autocannon stops itself after `duration`; this is the bound if it somehow does not.
  const hardStop = setTimeout(() => instance.stop(), (options.durationSeconds + 15) * 1000);
  let result: autocannon.Result;
  try {
    result = await finished;
  } finally {
    clearInterval(sampler);
    clearTimeout(hardStop);
  }
  memory.push({ atSecond: round((Date.now() - started) / 1000, 0), rssMB: options.memoryMB() });

  return {
    durationSeconds: result.duration,
    connections: result.connections,
    requests: result.requests.total,
    requestsPerSecond: round(result.requests.total / result.duration),
    latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
    errors: result.errors,
    non2xx: result.non2xx,
    graphqlErrors,
    memory,
    perOperation,
  };
}

export function formatReport(report: LoadReport): string {
  const mem = report.memory;
  return [
    `${report.requests} requests in ${round(report.durationSeconds)} s over ${report.connections} connections: ${report.requestsPerSecond} req/s`,
    `latency p50 ${report.latencyMs.p50} ms, p90 ${report.latencyMs.p90} ms, p99 ${report.latencyMs.p99} ms, max ${report.latencyMs.max} ms`,
    `errors ${report.errors}, non-2xx ${report.non2xx}, GraphQL errors ${report.graphqlErrors}`,
    `server RSS ${mem[0].rssMB} MB before, ${mem[mem.length - 1].rssMB} MB after; samples (s: MB) ${mem.map((m) => `${m.atSecond}: ${m.rssMB}`).join(', ')}`,
    `per operation: ${Object.entries(report.perOperation).map(([name, n]) => `${name} ${n}`).join(', ')}`,
  ].join('\n');
}

/** Resident memory of a process, from /proc (Linux). */
function rssOfProcessMB(pid: number): number {
  const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? round(Number(match[1]) / 1024) : NaN;
}

/** The seed articles and the test fixtures together: 19 articles, several reported by more than one source. */
function defaultCorpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'load-corpus-'));
  for (const from of [join(repoRoot(), 'seeds'), join(repoRoot(), 'tests', 'fixtures', 'articles')]) {
    for (const file of readdirSync(from).filter((f) => f.endsWith('.txt'))) copyFileSync(join(from, file), join(dir, file));
  }
  return dir;
}

/** Starts `node dist/src/main.js` on a free loopback port in production mode; resolves with its URL once ready. */
function startService(corpusDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [join(repoRoot(), 'dist', 'src', 'main.js'), '--corpus', corpusDir], {
    env: { ...process.env, NODE_ENV: 'production', PORT: '0', HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolveUrl, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`the service did not get ready in 60 s:\n${output}`)), 60_000);
    child.stdout!.on('data', (chunk) => {
      output += chunk;
      const ready = /GraphQL API ready at (\S+)/.exec(output);
      if (ready) {
        clearTimeout(timer);
        resolveUrl({ child, url: ready[1] });
      }
    });
    child.once('exit', (code) => reject(new Error(`the service exited with ${code}:\n${output}`)));
  });
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      duration: { type: 'string', default: '60' },
      connections: { type: 'string', default: '10' },
      'max-requests': { type: 'string', default: '2000000' },
      corpus: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const durationSeconds = Number(values.duration);
  if (!(durationSeconds > 0 && durationSeconds <= 600)) throw new Error('--duration must be 1–600 seconds');
  const corpusDir = values.corpus ? resolve(process.env.INIT_CWD || process.cwd(), values.corpus) : defaultCorpus();

  const { child, url } = await startService(corpusDir);
  try {
    const operations = await defaultOperations(url);
    const memoryMB = () => rssOfProcessMB(child.pid!);
    // Warm-up, not measured: JIT, caches, the first allocation of every code path.
    await runLoad({ url, durationSeconds: 5, connections: Number(values.connections), maxRequests: 100_000, operations, memoryMB });
    const report = await runLoad({
      url,
      durationSeconds,
      connections: Number(values.connections),
      maxRequests: Number(values['max-requests']),
      operations,
      memoryMB,
    });
    console.log(values.json ? JSON.stringify(report, null, 2) : formatReport(report));
    return report.errors + report.non2xx + report.graphqlErrors === 0 ? 0 : 1;
  } finally {
    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGTERM');
    await exited;
    if (!values.corpus) rmSync(corpusDir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
