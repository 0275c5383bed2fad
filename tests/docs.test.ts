import 'reflect-metadata';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildGraphQLSchema } from '../src/graphql/schema';
import { LiveOntology } from '../src/ingest/LiveOntology';
import { codeBlocks, curlRequests, documentationPages, ROOT, type CodeBlock } from './support/docBlocks';
import { tempCorpus } from './support/tempCorpus';
import { startTestServer } from './support/testServer';

/*
 * What README.md and docs/*.md show still works: every GraphQL block and every curl command runs against the real
 * server on a copy of the seed corpus (one server per page, started with the `dev:dev` write token the pages
 * tell a developer to use), and an output block right after one is the answer, unless the text before it says
 * it is trimmed. Every npm script they name exists, every relative link leads to a file, and README links
 * every page of docs/.
 */

const schema = buildGraphQLSchema();
const pages = documentationPages();

/** A block that runs, with the output block after it, if any. */
interface Runnable {
  block: CodeBlock;
  requests: { path: string; method: 'GET' | 'POST'; headers: Record<string, string>; body?: string }[];
  output?: CodeBlock;
}

function runnablesOf(page: string): Runnable[] {
  const blocks = codeBlocks(page);
  const runnables: Runnable[] = [];
  blocks.forEach((block, i) => {
    let requests: Runnable['requests'] = [];
    if (block.lang === 'graphql') {
      requests = [{ path: '/graphql', method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: block.text }) }];
    } else if (block.lang === 'sh') {
      requests = curlRequests(block)
        .filter((r) => r.url.startsWith('http://localhost:4000/'))
        .map((r) => ({ path: r.url.slice('http://localhost:4000'.length), method: r.method, headers: r.headers, body: r.body }));
    }
    if (requests.length === 0) return;
    // The output follows the command, possibly after a `curl` block for the same GraphQL block.
    const next = blocks.slice(i + 1, i + 3).find((b) => b.lang === 'json' || b.lang === 'graphql' || b.lang === 'sh');
    const output = next?.lang === 'json' && !/trimmed/i.test(next.before) ? next : undefined;
    runnables.push({ block, requests, output });
  });
  return runnables;
}

describe.each(pages.filter((page) => runnablesOf(page).length > 0))('%s', (page) => {
  const corpus = tempCorpus();
  let origin: string;
  let stop: () => Promise<void>;
  beforeAll(async () => {
    const api = await startTestServer(schema, LiveOntology.open(corpus.dir), { env: { WRITE_TOKENS: 'dev:dev' } });
    origin = new URL(api.server.url).origin;
    stop = () => api.server.stop();
  });
  afterAll(async () => {
    await stop?.();
    corpus.remove();
  });

  test.each(runnablesOf(page).map((r) => [`${r.block.lang} block at line ${r.block.line}`, r] as const))('the %s runs', async (_name, { requests, output }) => {
    for (const request of requests) {
      const response = await fetch(`${origin}${request.path}`, { method: request.method, headers: request.headers, body: request.body });
      const answer = await response.json();

      expect({ status: response.status, errors: answer.errors }).toEqual({ status: 200, errors: undefined });
      if (output) expect(answer).toEqual(JSON.parse(output.text));
    }
  });
});

test('every npm script the documentation names exists', () => {
  const scripts = Object.keys(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts);
  const named = pages.flatMap((page) =>
    codeBlocks(page)
      .filter((b) => b.lang === 'sh')
      .flatMap((b) => [...b.text.matchAll(/npm (?:run(?: -s)? )?([a-z][\w:-]*)/g)].map((m) => m[1]))
      .filter((name) => name !== 'install'),
  );

  expect(named.length).toBeGreaterThan(5);
  expect([...new Set(named)].filter((name) => !scripts.includes(name))).toEqual([]);
});

test('every relative link of the documentation leads to a file', () => {
  const broken = pages.flatMap((page) => {
    const text = readFileSync(join(ROOT, page), 'utf8').replace(/```[\s\S]*?```/g, '');
    return [...text.matchAll(/\]\(([^)\s]+)\)/g)]
      .map((m) => m[1].split('#')[0])
      .filter((target) => target !== '' && !/^(https?|mailto):/.test(target))
      .filter((target) => !existsSync(join(ROOT, dirname(page), target)))
      .map((target) => `${page} → ${target}`);
  });

  expect(broken).toEqual([]);
});

test('README links every page of docs/, and stays short enough to read in five minutes', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const linked = new Set([...readme.matchAll(/\]\((docs\/[^)#\s]+\.md)/g)].map((m) => m[1]));

  expect(pages.filter((page) => page.startsWith('docs/') && !linked.has(page))).toEqual([]);
  expect(readme.split('\n').length).toBeLessThanOrEqual(210);
});

test('.ci/run runs exactly the commands the README gives for the tests', () => {
  const ci = readFileSync(join(ROOT, '.ci', 'run'), 'utf8');
  const readme = codeBlocks('README.md').find((b) => b.lang === 'sh')!.text;

  expect(readme).toMatch(/^npm install && npm test\b/m);
  expect(ci.trim().split('\n').at(-1)).toBe('npm install && npm test');
});
