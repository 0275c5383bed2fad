// Freezes what extraction produces, to check that a change meant to be faster changes nothing:
//   npm run build:server && node scripts/extraction-snapshot.js /tmp/before
//   (change, rebuild) node scripts/extraction-snapshot.js /tmp/after && diff -rq /tmp/before /tmp/after
// Writes one JSON line per article (its extraction, or the error it threw) for every annotated article set and
// for two generated corpora (2,000 and 500 articles, different seeds), one file per set.
const { mkdtempSync, mkdirSync, rmSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join, resolve } = require('node:path');

const root = resolve(__dirname, '..');
const out = process.argv[2];
if (!out) throw new Error('usage: node scripts/extraction-snapshot.js <output folder>');
const { loadCorpus } = require(join(root, 'dist/src/corpus/loadCorpus'));
const { extractArticle } = require(join(root, 'dist/src/extract/extractArticle'));
const { syntheticArticles, writeSyntheticCorpus } = require(join(root, 'dist/src/bench/syntheticCorpus'));

mkdirSync(out, { recursive: true });
const generated = [];
const generate = (count, seed) => {
  const dir = mkdtempSync(join(tmpdir(), 'snapshot-'));
  writeSyntheticCorpus(dir, count, syntheticArticles(count, seed));
  generated.push(dir);
  return dir;
};
const sets = {
  seeds: join(root, 'seeds'),
  fixtures: join(root, 'tests/fixtures/articles'),
  holdout: join(root, 'tests/holdout/articles'),
  generated: generate(2000, 20250411),
  'generated-7': generate(500, 7),
};
try {
  for (const [name, dir] of Object.entries(sets)) {
    const corpus = loadCorpus(dir);
    const lines = [JSON.stringify(corpus.errors.map((e) => ({ ...e, origin: e.origin.replace(dir, '<dir>') })))];
    for (const article of corpus.articles) {
      article.origin = article.origin.replace(dir, '<dir>');
      try {
        lines.push(JSON.stringify(extractArticle(article)));
      } catch (error) {
        lines.push(JSON.stringify({ error: String(error) }));
      }
    }
    writeFileSync(join(out, `${name}.jsonl`), `${lines.join('\n')}\n`);
    console.log(`${name}: ${corpus.articles.length} articles`);
  }
} finally {
  for (const dir of generated) rmSync(dir, { recursive: true, force: true });
}
