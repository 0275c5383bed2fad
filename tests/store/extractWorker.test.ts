import 'reflect-metadata';
import { Client } from 'pg';
import { run } from '../../src/cli/extract-worker';
import { LiveOntology } from '../../src/ingest/LiveOntology';
import { databaseUrlFrom } from '../../src/store/postgres/databaseUrl';
import { PostgresLog } from '../../src/store/postgres/PostgresLog';
import { importSeeds } from '../support/replicas';
import { testDatabase } from '../support/testDatabase';

/* `npm run extract-worker`: workers share the unextracted articles (SKIP LOCKED), each extracted once; replicas then only merge. */

const PEOPLE = ['Antony Blinken', 'Sergei Lavrov', 'Olaf Scholz', 'Emmanuel Macron', 'Wang Yi'];

async function worker(argv: string[]): Promise<{ code: number; lines: string[] }> {
  const lines: string[] = [];
  const code = await run(argv, {}, (l) => lines.push(l));
  return { code, lines };
}

test('two workers at once extract every article exactly once, and a replica then re-extracts none', async () => {
  const url = await testDatabase();
  await importSeeds(url);
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    for (let n = 0; n < 20; n++) {
      await client.query('INSERT INTO articles (id, text_hash, text) VALUES ($1, $2, $3)', [`w${n}`, `hash-${n}`, `${PEOPLE[n % 5]} met ${PEOPLE[(n + 2) % 5]} in Vienna on Monday, talk ${n}.`]);
    }
  } finally {
    await client.end();
  }

  const results = await Promise.all([worker(['--database', url, '--batch', '3', '--once']), worker(['--database', url, '--batch', '3', '--once'])]);

  const counts = results.map((r) => Number(/^Extracted (\d+) articles/.exec(r.lines.at(-1) ?? '')?.[1]));
  expect(results.map((r) => r.code)).toEqual([0, 0]);
  expect(counts[0] + counts[1]).toBe(25);
  const live = await LiveOntology.openLog(await PostgresLog.open(databaseUrlFrom(url)));
  await live.close();
  expect(live.startup).toEqual({ fromCache: 25, reextracted: 0 });
  expect((await worker(['--database', url, '--once'])).lines.at(-1)).toMatch(/^Extracted 0 articles/);
});

test('without a database it is a usage error', async () => {
  expect((await worker(['--once'])).code).toBe(2);
});
