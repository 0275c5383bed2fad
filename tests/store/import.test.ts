import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../../src/cli/import';
import { loadCorpus } from '../../src/corpus/loadCorpus';
import { databaseUrlFrom } from '../../src/store/postgres/databaseUrl';
import { PostgresLog } from '../../src/store/postgres/PostgresLog';
import { tempCorpus } from '../support/tempCorpus';
import { testDatabase } from '../support/testDatabase';

/* `npm run import`: a folder into the log, in loading order, bad files named, and a second run adds nothing. */

const corpus = tempCorpus();
afterAll(() => corpus.remove());

async function importFolder(url: string): Promise<{ code: number; printed: string[]; progress: string[] }> {
  const printed: string[] = [];
  const progress: string[] = [];
  const code = await run(['--corpus', corpus.dir, '--database', url], {}, process.cwd(), (l) => printed.push(l), (l) => progress.push(l));
  return { code, printed, progress };
}

test('imports every readable article in folder order, reports bad files by name and reason, and is idempotent', async () => {
  writeFileSync(join(corpus.dir, 'broken.txt'), '');
  mkdirSync(join(corpus.dir, 'added'));
  writeFileSync(join(corpus.dir, 'added', '00000001_desk-note.jsonl'), `${JSON.stringify({ addedBy: 'desk', id: 'desk-note', text: 'Olaf Scholz met Emmanuel Macron in Paris.' })}\n`);
  const url = await testDatabase();

  const first = await importFolder(url);
  const second = await importFolder(url);

  const expected = loadCorpus(corpus.dir).articles;
  expect(first.code).toBe(1);
  expect(first.printed).toContain(`bad file ${join(corpus.dir, 'broken.txt')}: is empty`);
  expect(first.printed.at(-1)).toMatch(new RegExp(`^Imported ${expected.length} of ${expected.length} articles .* \\(0 already there, 0 refused, 1 bad files\\); log head ${expected.length}$`));
  expect(first.progress.at(-1)).toBe(`import: ${expected.length}/${expected.length} articles (100%)`);
  expect(second.printed.at(-1)).toMatch(new RegExp(`^Imported 0 of ${expected.length} articles .* \\(${expected.length} already there, 0 refused, 1 bad files\\)`));

  const log = await PostgresLog.open(databaseUrlFrom(url));
  try {
    const { articles } = await log.readFrom(0);
    expect(articles.map((a) => a.article.id)).toEqual(expected.map((a) => a.id));
    expect(articles.map((a) => a.article.text)).toEqual(expected.map((a) => a.text));
    expect(articles.at(-1)?.article.addedBy).toBe('desk');
  } finally {
    await log.close();
  }
});

test('an unusable database URL is a usage error that does not echo the value', async () => {
  const printed: string[] = [];
  const code = await run(['--corpus', corpus.dir, '--database', 'not a url with hunter2'], {}, process.cwd(), (l) => printed.push(l), () => undefined);

  expect(code).toBe(2);
  expect(printed.join('\n')).toMatch(/--database must be a URL/);
  expect(printed.join('\n')).not.toContain('hunter2');
});
