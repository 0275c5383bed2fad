import 'reflect-metadata';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, print } from 'graphql';
import { buildGraphQLSchema } from '../../src/graphql/schema';
import { createServer, type RunningServer } from '../../src/graphql/server';
import { EXAMPLE_QUERIES, examplesFor } from '../../src/graphql/landingPage';
import { handBuiltStore } from '../support/handBuiltOntology';

const schema = buildGraphQLSchema();
const store = handBuiltStore();

/** A server whose /dashboard serves `dashboardDir`, a temporary folder, so these tests need no build. */
async function serverWithDashboard(dashboardDir: string): Promise<{ origin: string; server: RunningServer }> {
  const server = await createServer({ store, port: 0, host: '127.0.0.1', schema, dashboardDir });
  return { origin: new URL(server.url).origin, server };
}

describe('the playground', () => {
  let origin: string;
  let server: RunningServer;
  beforeAll(async () => {
    ({ origin, server } = await serverWithDashboard(join(tmpdir(), 'no-dashboard-here')));
  });
  afterAll(() => server?.stop());

  test.each(['/graphql', '/'])('a browser asking for %s gets GraphiQL, with every script and style inline', async (path) => {
    const response = await fetch(origin + path, { headers: { accept: 'text/html' } });

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).toContain('<div id="root"></div>');
    expect(html).toContain('renderYogaGraphiQL');
    // Nothing is loaded from elsewhere: no <script src>, no stylesheet link, and the icon is a data: URL.
    expect(html).not.toMatch(/<script[^>]*\ssrc=/i);
    expect(html).not.toMatch(/<link[^>]*rel="stylesheet"/i);
    expect(html).toMatch(/<link rel="icon" href="data:/);
  });

  test('the example queries are its tabs, the nested meeting question first', async () => {
    const html = await (await fetch(`${origin}/graphql`, { headers: { accept: 'text/html' } })).text();

    const tabs = JSON.parse(html.match(/YogaGraphiQL\.renderYogaGraphiQL\([^,]+,\s*(\{.*\}),\s*\);/s)![1]).defaultTabs;
    expect(tabs.map((tab: { query: string }) => tab.query.match(/query (\w+)/)![1])).toEqual(['MeetingParticipants', 'ActorStatements', 'Discrepancies', 'Search']);
    expect(tabs[1].variables).toBe(JSON.stringify({ id: 'actor:vladimir-putin' }, null, 2));
    // The first tab is the README's question, as operations/ has it (so codegen checks it too).
    const operation = readFileSync(join(__dirname, '..', '..', 'operations', 'MeetingParticipants.graphql'), 'utf8');
    expect(print(parse(tabs[0].query))).toBe(print(parse(operation)));
  });

  test('a client asking for JSON still gets GraphQL on the same paths', async () => {
    const response = await fetch(`${origin}/graphql?query=${encodeURIComponent('{ sources { totalCount } }')}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });

    expect(await response.json()).toEqual({ data: { sources: { totalCount: 5 } } });
  });
});

describe('the example queries', () => {
  test('are all valid against the schema', () => {
    // An example that stopped validating would be dropped from the page silently: this is where it shows.
    expect(examplesFor(schema)).toEqual(EXAMPLE_QUERIES);
  });
});

describe('/dashboard', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'dashboard-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('says how to build it while it is not built, then serves the built files', async () => {
    const { origin, server } = await serverWithDashboard(dir);
    try {
      const unbuilt = await fetch(`${origin}/dashboard/`);
      expect(unbuilt.status).toBe(503);
      expect(await unbuilt.text()).toMatch(/npm run build/);

      writeFileSync(join(dir, 'index.html'), '<!doctype html><title>dashboard</title>');
      writeFileSync(join(dir, 'app.js'), 'console.log(1)');

      const redirect = await fetch(`${origin}/dashboard`, { redirect: 'manual' });
      expect(redirect.status).toBe(301);
      expect(redirect.headers.get('location')).toBe('/dashboard/');
      const page = await fetch(`${origin}/dashboard/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<title>dashboard</title>');
      expect((await fetch(`${origin}/dashboard/app.js`)).headers.get('content-type')).toMatch(/javascript/);
      expect((await fetch(`${origin}/dashboard/nope.js`)).status).toBe(404);
    } finally {
      await server.stop();
    }
  });
});
