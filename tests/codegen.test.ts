import 'reflect-metadata';
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildGraphQLSchema } from '../src/graphql/schema';
import { handBuiltStore } from './support/handBuiltOntology';
import { startTestServer, type TestServer } from './support/testServer';

const ROOT = join(__dirname, '..');
const GENERATED = join(ROOT, 'client', 'generated');

function run(bin: string, args: string[]): { status: number | null; output: string } {
  const result = spawnSync(join(ROOT, 'node_modules', '.bin', bin), args, { cwd: ROOT, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** The shape of client/typedClient.ts, loaded at run time because it only compiles once codegen has run. */
interface TypedClient {
  lookUpSource(endpoint: string, id: string): Promise<{ __typename: 'Source'; id: string; publishedAt: string | null; wordCount: number } | undefined>;
  allStatements(endpoint: string, pageSize: number): Promise<{ id: string; speaker: { id: string } }[]>;
  meetingLines(endpoint: string): Promise<string[]>;
}

let api: TestServer;
beforeAll(async () => {
  // The seed articles plus a hand-built meeting, so every query has something to return before extraction lands.
  api = await startTestServer(buildGraphQLSchema(), handBuiltStore());
});
afterAll(() => api?.server.stop());

describe('a client typed by graphql-codegen from schema.graphql and operations/', () => {
  beforeAll(() => {
    rmSync(GENERATED, { recursive: true, force: true });
  });

  test('`graphql-codegen --config codegen.yml` generates typed documents on this Node version', () => {
    const codegen = run('graphql-codegen', ['--config', 'codegen.yml']);

    expect(codegen).toEqual({ status: 0, output: expect.any(String) });
    expect(existsSync(join(GENERATED, 'graphql.ts'))).toBe(true);
  });

  test('the client type-checks against the generated documents', () => {
    const tsc = run('tsc', ['--noEmit', '-p', join('client', 'tsconfig.json')]);

    expect(tsc.output.trim()).toBe('');
    expect(tsc.status).toBe(0);
  });

  test('its queries run against the real server and return what their types say', async () => {
    const client: TypedClient = require(join(ROOT, 'client', 'typedClient'));

    const source = await client.lookUpSource(api.server.url, 'source:003_0b1de31f74846667');
    expect(source).toEqual(expect.objectContaining({ __typename: 'Source', id: 'source:003_0b1de31f74846667', publishedAt: '2025-04-11' }));
    expect(source?.wordCount).toBeGreaterThan(300);
    expect(await client.lookUpSource(api.server.url, 'source:nope')).toBeUndefined();

    const statements = await client.allStatements(api.server.url, 1);
    expect(statements.map((s) => [s.id, s.speaker.id])).toEqual([
      ['statement:kirill-dmitriev-productive', 'actor:kirill-dmitriev'],
      ['statement:steve-witkoff-great-leader', 'actor:steve-witkoff'],
    ]);

    expect(await client.meetingLines(api.server.url)).toEqual(['Witkoff–Putin talks (2025-04-11): Steve Witkoff, Vladimir Putin']);
  });
});
