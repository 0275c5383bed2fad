import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadCorpus } from '../corpus/loadCorpus';
import { createServer } from '../graphql/server';
import { LiveOntology } from '../ingest/LiveOntology';
import { mergeExtractions } from '../merge/mergeExtractions';
import { extractCorpus } from '../pipeline';
import { writeSyntheticCorpus } from './syntheticCorpus';

/*
 * `npm run bench [-- --articles N --runs R]`: builds a generated corpus (1,000 articles by default), serves it,
 * and prints how long each stage and each dashboard query takes (median of R runs over HTTP on loopback).
 */

const QUERIES: Record<string, string> = {
  'nested meeting question (10 meetings)': `{ meetings(first: 10) { nodes { title date place participants { name statements(limit: 5) { text kind reports(limit: 3) { source { id } excerpt } } } } } }`,
  'nested meeting question (README form, 50 meetings)': `{ meetings { nodes { title date place participants { name statements { text kind reports { source { id } excerpt } } } } } }`,
  'statements filtered and ordered': `{ statements(first: 20, where: { minSources: 3, kind: DIRECT_QUOTE }, orderBy: { field: SOURCE_COUNT, direction: DESC }) { totalCount nodes { id text sourceCount } } }`,
  'statements textContains': `{ statements(first: 20, where: { textContains: "real progress" }) { totalCount nodes { id } } }`,
  'search': `{ search(text: "Geneva energy security", first: 10) { score field snippet node { id } } }`,
  'stats': `{ stats { counts { sources statements } speakerCount statementsPerSpeaker(limit: 10) { statementCount } reportsPerSource(limit: 20) { reportCount } coverage(first: 20) { sources { id } rows { cells } } } }`,
  'timeline (one month)': `{ timeline(from: "2025-06-01", to: "2025-06-30") { date kind } }`,
};

function time<T>(run: () => T): [T, number] {
  const start = process.hrtime.bigint();
  const value = run();
  return [value, Number(process.hrtime.bigint() - start) / 1e6];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const ms = (n: number) => `${n.toFixed(1)} ms`;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { articles: { type: 'string', default: '1000' }, runs: { type: 'string', default: '20' } } });
  const count = Number(values.articles);
  const runs = Number(values.runs);
  const dir = mkdtempSync(join(tmpdir(), 'bench-'));
  try {
    writeSyntheticCorpus(dir, count);
    const [corpus, loadMs] = time(() => loadCorpus(dir));
    const [extracted, extractMs] = time(() => extractCorpus(corpus));
    const [ontology, mergeMs] = time(() => mergeExtractions(extracted.extractions, extracted.sources, extracted.warnings));
    const [live, openMs] = time(() => LiveOntology.open(dir));
    console.log(`${count} articles: load ${ms(loadMs)}, extract ${ms(extractMs)}, merge ${ms(mergeMs)}; LiveOntology.open (all of it, plus the store and search index) ${ms(openMs)}`);
    console.log(`ontology: ${ontology.actors.length} actors, ${ontology.statements.length} statements, ${ontology.meetings.length} meetings, ${ontology.agreements.length} agreements`);
    console.log(`heap used: ${Math.round(process.memoryUsage().heapUsed / 1e6)} MB`);

    const server = await createServer({ live, port: 0, host: '127.0.0.1' });
    const post = (query: string, variables?: object) =>
      fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) }).then((r) => r.json());
    try {
      for (const [name, query] of Object.entries(QUERIES)) {
        await post(query); // the first request of a version builds the orderings it needs
        const times: number[] = [];
        for (let i = 0; i < runs; i++) {
          const start = process.hrtime.bigint();
          const body = (await post(query)) as { errors?: unknown };
          times.push(Number(process.hrtime.bigint() - start) / 1e6);
          if (body.errors) throw new Error(`${name}: ${JSON.stringify(body.errors)}`);
        }
        console.log(`${name}: median ${ms(median(times))}, max ${ms(Math.max(...times))} over ${runs} runs`);
      }
      const additions: number[] = [];
      for (let i = 0; i < 5; i++) {
        const input = { id: `bench-added-${i}`, publishedAt: '2025-06-02', text: `Finnish President Alexander Stubb met NATO Secretary General Mark Rutte in Helsinki on Sunday.\n\n"We agreed on the next steps, round ${i}," Stubb said.\n` };
        const start = process.hrtime.bigint();
        const body = (await post(`mutation ($input: ArticleInput!) { addArticle(input: $input) { source { id } } }`, { input })) as { errors?: unknown };
        additions.push(Number(process.hrtime.bigint() - start) / 1e6);
        if (body.errors) throw new Error(`addArticle: ${JSON.stringify(body.errors)}`);
      }
      console.log(`addArticle (extract one, re-merge ${count + 1}+, new store and search index, write): median ${ms(median(additions))} over 5`);
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
