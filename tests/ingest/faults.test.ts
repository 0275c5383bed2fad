import 'reflect-metadata';
import { chmodSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { buildGraphQLSchema } from '../../src/graphql/schema';
import { LiveOntology } from '../../src/ingest/LiveOntology';
import { buildStore } from '../../src/pipeline';
import { tempCorpus } from '../support/tempCorpus';
import { startTestServer, WRITER, type TestServer } from '../support/testServer';

/*
 * addArticle when the disk fails it, and when the service shuts down under it, over HTTP against the real
 * server on a copy of the seeds. Write failures the real file system cannot produce on demand (a full disk, a
 * failing fsync, a read-only folder when the tests run as root) are injected into node:fs/promises, which
 * src/ingest/corpusFiles.ts calls, so the real write path runs up to the failure.
 */

// The module object itself (an `import * as` namespace has fixed properties), as corpusFiles.ts calls it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const fsp: typeof import('node:fs/promises') = require('node:fs/promises');

const schema = buildGraphQLSchema();
const WIRE = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'ingest', 'witkoff-putin-wire.json'), 'utf8'));
const ADD = `mutation ($input: ArticleInput!) { addArticle(input: $input) { source { id } counts { sources } } }`;
const SEED_SOURCES = 5;

function errnoError(code: string, message: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${message}`), { code });
}

/** Every file under the corpus folder's added/, temporary ones included. */
function addedFiles(dir: string): string[] {
  const added = join(dir, 'added');
  return existsSync(added) ? readdirSync(added).sort() : [];
}

/** A live server on a fresh seed copy; stopped and removed afterwards. */
async function withLiveServer(run: (api: TestServer, dir: string) => Promise<void>): Promise<void> {
  const corpus = tempCorpus();
  const api = await startTestServer(schema, LiveOntology.open(corpus.dir), WRITER);
  try {
    await run(api, corpus.dir);
  } finally {
    await api.server.stop();
    corpus.remove();
  }
}

/** The article was refused as unwritable and left no trace: not served, not counted, no file, and the next one gets sequence 1. */
async function expectWriteFailedWithoutTrace(api: TestServer, dir: string, detail: RegExp): Promise<void> {
  const current = api.store;
  const response = await api.query(ADD, { input: WIRE });

  expect(response.data).toBeNull();
  expect(response.errors?.[0].extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', reason: 'WRITE_FAILED' });
  expect(response.errors?.[0].message).toMatch(/^The article could not be written to the corpus folder: /);
  expect(response.errors?.[0].message).toMatch(detail);
  expect(api.store).toBe(current);
  const served = await api.data(`{
    source(id: "source:wire-2025-04-12-witkoff") { id }
    sources(where: { outlet: "Baltic Wire" }) { totalCount }
    stats { counts { sources } }
  }`);
  expect(served).toEqual({ source: null, sources: { totalCount: 0 }, stats: { counts: { sources: SEED_SOURCES } } });
  const healthz = (await (await fetch(new URL('/healthz', api.server.url))).json()) as { counts: { sources: number } };
  expect(healthz.counts.sources).toBe(SEED_SOURCES);
  expect(addedFiles(dir)).toEqual([]);
}

afterEach(() => jest.restoreAllMocks());

describe('addArticle when the write fails', () => {
  const runsAsRoot = process.getuid?.() === 0;

  // As root, permissions do not stop a write, so this case runs only for another user; the next one stands in.
  (runsAsRoot ? test.skip : test)('a read-only corpus folder (chmod 555): WRITE_FAILED, nothing served, counted or left behind', async () => {
    await withLiveServer(async (api, dir) => {
      chmodSync(dir, 0o555);
      try {
        await expectWriteFailedWithoutTrace(api, dir, /EACCES|EPERM|EROFS/);
      } finally {
        chmodSync(dir, 0o755);
      }
    });
  });

  test('a read-only file system (EROFS on creating the file): WRITE_FAILED, nothing served, counted or left behind', async () => {
    await withLiveServer(async (api, dir) => {
      jest.spyOn(fsp, 'open').mockRejectedValue(errnoError('EROFS', 'read-only file system'));
      await expectWriteFailedWithoutTrace(api, dir, /EROFS: read-only file system/);

      jest.restoreAllMocks();
      expect((await api.data(ADD, { input: WIRE })).addArticle).toEqual({ source: { id: 'source:wire-2025-04-12-witkoff' }, counts: { sources: SEED_SOURCES + 1 } });
      expect(addedFiles(dir)).toEqual(['00000001_wire-2025-04-12-witkoff.jsonl']);
    });
  });

  test('a full disk half-way through the write (ENOSPC): the partial temporary file is removed', async () => {
    await withLiveServer(async (api, dir) => {
      const realOpen = fsp.open;
      let partial: string | undefined;
      jest.spyOn(fsp, 'open').mockImplementation(async (path, flags, mode) => {
        const handle: FileHandle = await realOpen(path, flags, mode);
        // Half the line reaches the disk, then the disk is full.
        handle.writeFile = async (data: any) => {
          await handle.write(String(data).slice(0, String(data).length / 2));
          partial = String(path);
          throw errnoError('ENOSPC', 'no space left on device');
        };
        return handle;
      });
      await expectWriteFailedWithoutTrace(api, dir, /ENOSPC: no space left on device/);
      expect(partial).toMatch(/\.tmp$/);
      expect(existsSync(partial!)).toBe(false);
    });
  });

  test('a failing fsync (EIO): the written but unflushed file is removed, not renamed into place', async () => {
    await withLiveServer(async (api, dir) => {
      const realOpen = fsp.open;
      jest.spyOn(fsp, 'open').mockImplementation(async (path, flags, mode) => {
        const handle: FileHandle = await realOpen(path, flags, mode);
        handle.sync = async () => {
          throw errnoError('EIO', 'i/o error');
        };
        return handle;
      });
      await expectWriteFailedWithoutTrace(api, dir, /EIO: i\/o error/);
    });
  });
});

describe('addArticle when shutdown begins', () => {
  test('the addition running completes and is kept; those waiting their turn and later ones are refused with SERVICE_UNAVAILABLE; no partial file', async () => {
    const corpus = tempCorpus();
    const api = await startTestServer(schema, LiveOntology.open(corpus.dir), { ...WRITER, shutdownGraceMs: 5_000 });
    try {
      // Hold the first addition in its write, just before the rename, until shutdown has begun.
      const realRename = fsp.rename;
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let inWrite!: () => void;
      const writing = new Promise<void>((resolve) => (inWrite = resolve));
      jest.spyOn(fsp, 'rename').mockImplementation(async (from, to) => {
        inWrite();
        await held;
        return realRename(from, to);
      });

      const first = api.query(ADD, { input: WIRE });
      await writing;
      const queued = [1, 2].map((i) => api.query(ADD, { input: { id: `queued-${i}`, text: `Queued article ${i}: Zelensky met Rutte in Kyiv on Monday.` } }));
      // Let the queued requests reach the resolver and wait behind the first.
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(addedFiles(corpus.dir).filter((f) => f.endsWith('.tmp'))).toHaveLength(1);

      const stopped = api.server.stop();
      release();
      const [done, ...refused] = await Promise.all([first, ...queued]);
      await stopped;

      expect(done.errors).toBeUndefined();
      expect(done.data).toEqual({ addArticle: { source: { id: 'source:wire-2025-04-12-witkoff' }, counts: { sources: SEED_SOURCES + 1 } } });
      for (const response of refused) {
        expect(response.data).toBeNull();
        expect(response.errors?.[0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', reason: 'SHUTTING_DOWN' });
        expect(response.errors?.[0].message).toMatch(/shutting down; the article was not added/);
      }
      // The folder holds the completed article, whole, and nothing else; a restart serves it and not the others.
      expect(addedFiles(corpus.dir)).toEqual(['00000001_wire-2025-04-12-witkoff.jsonl']);
      expect(JSON.parse(readFileSync(join(corpus.dir, 'added', '00000001_wire-2025-04-12-witkoff.jsonl'), 'utf8'))).toEqual({ ...WIRE, addedBy: 'tests' });
      const restarted = buildStore(corpus.dir);
      expect(restarted.sources.map((s) => s.id)).toContain('source:wire-2025-04-12-witkoff');
      expect(restarted.sources).toHaveLength(SEED_SOURCES + 1);
    } finally {
      await api.server.stop().catch(() => undefined);
      corpus.remove();
    }
  });

  test('an addition sent once shutdown has begun is refused before anything is written', async () => {
    const corpus = tempCorpus();
    const live = LiveOntology.open(corpus.dir);
    const api = await startTestServer(schema, live, WRITER);
    await api.server.stop();
    try {
      await expect(live.addArticle(WIRE)).rejects.toMatchObject({ reason: 'SHUTTING_DOWN' });
      expect(addedFiles(corpus.dir)).toEqual([]);
      expect(live.store.sources).toHaveLength(SEED_SOURCES);
    } finally {
      corpus.remove();
    }
  });
});

test('a file where added/ should be, then removed: the service recovers without a restart', async () => {
  await withLiveServer(async (api, dir) => {
    writeFileSync(join(dir, 'added'), 'in the way');
    expect((await api.query(ADD, { input: WIRE })).errors?.[0].extensions?.reason).toBe('WRITE_FAILED');
    await fsp.rm(join(dir, 'added'));
    expect((await api.data(ADD, { input: WIRE })).addArticle.counts.sources).toBe(SEED_SOURCES + 1);
    expect(addedFiles(dir)).toEqual(['00000001_wire-2025-04-12-witkoff.jsonl']);
  });
});
