import 'reflect-metadata';
import { textFingerprint } from '../../src/corpus/articleInput';
import { loadCorpus } from '../../src/corpus/loadCorpus';
import { LiveOntology } from '../../src/ingest/LiveOntology';
import type { OntologyStore } from '../../src/ontology/OntologyStore';
import { databaseUrlFrom } from '../../src/store/postgres/databaseUrl';
import { PostgresLog } from '../../src/store/postgres/PostgresLog';
import { SEEDS_DIR } from '../support/testServer';
import { testDatabase } from '../support/testDatabase';

/* Extractions kept beside the articles: a new replica with the same extractor runs no NLP; a new extractor does. */

function contentOf(store: OntologyStore): string {
  return JSON.stringify([store.sources, store.actors, store.statements, store.meetings, store.agreements, store.discrepancies]);
}

async function replica(url: string, extractor: string): Promise<LiveOntology> {
  return LiveOntology.openLog(await PostgresLog.open(databaseUrlFrom(url), { extractor }));
}

test('the first replica extracts and keeps; the next takes every extraction from the cache and builds the same ontology; a new extractor version re-extracts', async () => {
  const url = await testDatabase();
  const seeding = await PostgresLog.open(databaseUrlFrom(url));
  for (const a of loadCorpus(SEEDS_DIR).articles) await seeding.append(a, textFingerprint(a.text));
  await seeding.close();

  const first = await replica(url, 'v1');
  const added = await first.addArticle({ id: 'geneva', text: 'Antony Blinken met Sergei Lavrov in Geneva on Monday.' });
  await first.close();
  const second = await replica(url, 'v1');
  await second.close();
  const third = await replica(url, 'v2');
  await third.close();

  expect(first.startup).toEqual({ fromCache: 0, reextracted: 5 });
  // The article added through the first replica was kept with its extraction, in the same transaction.
  expect(second.startup).toEqual({ fromCache: 6, reextracted: 0 });
  expect(third.startup).toEqual({ fromCache: 0, reextracted: 6 });
  // Cached extractions (Infinity included) give exactly what fresh ones give, and what the first replica served.
  expect(contentOf(second.store)).toEqual(contentOf(third.store));
  expect(contentOf(second.store)).toEqual(contentOf(added.store));
});
