import { parseArgs } from 'node:util';
import { countsBySource, countsByType } from '../ontology/summary';
import { buildStore } from '../pipeline';
import { resolveCorpusDir } from './corpusDir';
import { formatSourceCounts, formatTypeCounts, formatWarnings } from './ontologyReport';

const USAGE = 'usage: npm run build-ontology -- [--corpus DIR] [--json]';

/**
 * Builds the ontology from a corpus folder and reports what came out, without starting the server.
 * Returns the exit code: 0 when the ontology was built (warnings included), 2 on bad usage or no folder.
 */
export function run(argv: string[], env: NodeJS.ProcessEnv, cwd: string, print: (line: string) => void): number {
  let corpusDir: string;
  let json: boolean;
  try {
    const { values } = parseArgs({
      args: argv,
      options: { corpus: { type: 'string' }, json: { type: 'boolean', default: false } },
      strict: true,
    });
    json = values.json === true;
    corpusDir = resolveCorpusDir(values.corpus, env, cwd);
  } catch (error) {
    print(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }

  const store = buildStore(corpusDir);
  const counts = countsByType(store);
  const sources = countsBySource(store);
  if (json) {
    print(JSON.stringify({ corpus: corpusDir, counts, sources, warnings: store.warnings }, null, 2));
  } else {
    print(`Corpus ${corpusDir}`);
    print(formatTypeCounts(counts));
    for (const line of formatSourceCounts(sources)) print(line);
    for (const line of formatWarnings(store.warnings)) print(line);
  }
  return 0;
}

if (require.main === module) {
  process.exitCode = run(process.argv.slice(2), process.env, process.cwd(), (line) => console.log(line));
}
