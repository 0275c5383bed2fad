import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { resolveCorpusDir } from './cli/corpusDir';
import { formatTypeCounts, formatWarnings } from './cli/ontologyReport';
import { createServer, type RunningServer } from './graphql/server';
import { countsByType } from './ontology/summary';
import { LiveOntology } from './ingest/LiveOntology';

const DEFAULT_PORT = 4000;

function portFrom(value: string | undefined): number {
  if (value === undefined || value === '') return DEFAULT_PORT;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${value}"`);
  return port;
}

/** On SIGTERM/SIGINT, finish the requests in flight and exit; a second signal exits at once. */
function stopOnSignals(server: RunningServer): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (stopping) process.exit(1);
    stopping = true;
    console.log(`${signal}: finishing requests in flight, then stopping`);
    server.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('error while stopping:', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { corpus: { type: 'string' } }, strict: true });
  const corpusDir = resolveCorpusDir(values.corpus, process.env, process.cwd());
  const port = portFrom(process.env.PORT);

  const live = LiveOntology.open(corpusDir);
  console.log(`Corpus ${corpusDir}: ${formatTypeCounts(countsByType(live.store))}`);
  for (const line of formatWarnings(live.store.warnings)) console.warn(line);

  const server = await createServer({ live, port });
  stopOnSignals(server);
  console.log(`GraphQL API ready at ${server.url}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
