import 'reflect-metadata';
import { readdirSync } from 'node:fs';
import { Client } from 'pg';
import { textFingerprint } from '../../src/corpus/articleInput';
import { loadCorpus } from '../../src/corpus/loadCorpus';
import type { Article } from '../../src/corpus/types';
import { LiveOntology } from '../../src/ingest/LiveOntology';
import { AppendError } from '../../src/store/ArticleLog';
import { databaseUrlFrom } from '../../src/store/postgres/databaseUrl';
import { PostgresLog } from '../../src/store/postgres/PostgresLog';
import { MIGRATIONS_DIR } from '../../src/store/postgres/schemaMigrations';
import { buildStore } from '../../src/pipeline';
import { SEEDS_DIR } from '../support/testServer';
import { testDatabase } from '../support/testDatabase';

/* The PostgreSQL article log against a real server: what goes in comes out, in order, and duplicates are refused. */

function article(id: string, text: string, more: Partial<Article> = {}): Article {
  return { id, origin: '', text, metadata: {}, ...more };
}

async function openLog(): Promise<{ log: PostgresLog; url: string }> {
  const url = await testDatabase();
  return { log: await PostgresLog.open(databaseUrlFrom(url)), url };
}

test('articles come back in sequence order, the text byte for byte, with every field and who added them', async () => {
  const { log } = await openLog();
  try {
    const text = 'Line one,\r\n  with  spaces\tand “quotes” — and émoji 🙂\n\n';
    const first = await log.append(article('a1', text, { title: 'T', outlet: 'O', url: 'https://x.test/a', publishedAt: '2024-02-03', metadata: { z: '1', a: '2' }, addedBy: 'desk' }), textFingerprint(text));
    const second = await log.append(article('a2', 'Another text.'), textFingerprint('Another text.'));

    const { articles, head } = await log.readFrom(0);

    expect(second).toBeGreaterThan(first);
    expect(head).toBe(second);
    expect(articles.map((a) => a.sequence)).toEqual([first, second]);
    expect(articles[0].article).toEqual({ id: 'a1', origin: 'postgres:articles/a1', text, title: 'T', outlet: 'O', url: 'https://x.test/a', publishedAt: '2024-02-03', metadata: { z: '1', a: '2' }, addedBy: 'desk' });
    expect(Object.keys(articles[0].article.metadata)).toEqual(['z', 'a']);
    expect((await log.readFrom(first)).articles.map((a) => a.article.id)).toEqual(['a2']);
  } finally {
    await log.close();
  }
});

test('the same id, or the same text under another id, is refused by the constraints and adds nothing', async () => {
  const { log } = await openLog();
  try {
    await log.append(article('a1', 'The text.'), textFingerprint('The text.'));
    const sameId = log.append(article('a1', 'Other text.'), textFingerprint('Other text.'));
    const sameText = log.append(article('b1', '  The   text. '), textFingerprint('  The   text. '));

    await expect(sameId).rejects.toEqual(new AppendError('DUPLICATE_ID', 'The corpus already has an article with id "a1" (source:a1).'));
    await expect(sameText).rejects.toEqual(new AppendError('DUPLICATE_TEXT', 'The corpus already has this text, as source:a1.'));
    expect((await log.readFrom(0)).articles).toHaveLength(1);
  } finally {
    await log.close();
  }
});

test('migrations run once however many replicas start, and a schema newer than the code is refused', async () => {
  const url = await testDatabase();
  const logs = await Promise.all([1, 2, 3].map(() => PostgresLog.open(databaseUrlFrom(url))));
  await Promise.all(logs.map((l) => l.close()));
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query('SELECT name FROM pgmigrations');
    expect(rows.map((r) => r.name)).toEqual(readdirSync(MIGRATIONS_DIR).map((f) => f.replace(/\.sql$/, '')).sort());
    await client.query(`INSERT INTO pgmigrations (name, run_on) VALUES ('9999999999999_from-the-future', now())`);
  } finally {
    await client.end();
  }

  await expect(PostgresLog.open(databaseUrlFrom(url))).rejects.toThrow(
    /the database schema is newer than this version of the service knows \(migration 9999999999999_from-the-future\); upgrade the service/,
  );
});

test('a live ontology built from the log equals the one built from the folder, and grows through addArticle', async () => {
  const { log } = await openLog();
  for (const a of loadCorpus(SEEDS_DIR).articles) await log.append(a, textFingerprint(a.text));
  const live = await LiveOntology.openLog(log);
  try {
    const fromFolder = buildStore(SEEDS_DIR);
    const ids = (store: typeof fromFolder) => [store.actors, store.statements, store.meetings, store.agreements].map((list) => list.map((n) => n.id));

    expect(ids(live.store)).toEqual(ids(fromFolder));
    expect(live.position()).toMatchObject({ applied: 5, head: 5, reachable: true });

    const added = await live.addArticle({ text: 'Antony Blinken met Sergei Lavrov in Geneva on Monday.', id: 'geneva' }, 'desk');
    expect(added.sequence).toBe(6);
    expect(live.sequenceOf(live.store)).toBe(6);
    expect(live.store.source('source:geneva')?.addedBy).toBe('desk');
    await expect(live.addArticle({ text: 'Antony Blinken met Sergei Lavrov in Geneva on Monday.', id: 'again' })).rejects.toMatchObject({ reason: 'DUPLICATE_TEXT' });
  } finally {
    await live.close();
  }
});
