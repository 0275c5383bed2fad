import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { formatTypeCounts, formatWarnings } from './cli/ontologyReport';
import { serviceConfigFromEnv } from './config';
import { createServer, type RunningServer } from './graphql/server';
import { countsByType } from './ontology/summary';
import { LiveOntology } from './ingest/LiveOntology';
import { extractWorkersFrom } from './parallel/ExtractionPool';
import { openArticleLog } from './store/openArticleLog';

/** Past the drain's grace period, closing sockets and the port takes a moment; past this as well, exit anyway. */
const EXIT_MARGIN_MS = 2_000;

/**
 * On SIGTERM/SIGINT, finish the requests in flight (for up to `graceMs`) and exit. The exit is bounded even if
 * stopping hangs, and a second signal exits at once.
 */
function stopOnSignals(server: RunningServer, graceMs: number): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (stopping) process.exit(1);
    stopping = true;
    console.log(`${signal}: finishing requests in flight (at most ${graceMs} ms), then stopping`);
    setTimeout(() => {
      console.error('stopping took too long; exiting');
      process.exit(1);
    }, graceMs + EXIT_MARGIN_MS).unref();
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
  const { values } = parseArgs({ options: { corpus: { type: 'string' }, database: { type: 'string' } }, strict: true });
  const config = serviceConfigFromEnv(process.env);
  const workers = extractWorkersFrom(process.env);
  for (const line of config.accessReport.lines) console.log(line);
  for (const line of config.accessReport.warnings) console.warn(line);

  // Connected (and the schema migrated) before listening: a database that cannot be used stops the start.
  const log = await openArticleLog(values, process.env, process.cwd());

  // Listen first: /healthz answers at once, /readyz and GraphQL answer 503 until the ontology is built.
  const server = await createServer({ ...config });
  stopOnSignals(server, config.shutdownGraceMs);
  console.log(`Listening on ${server.url}; building the ontology from ${log.where}`);

  const live = await LiveOntology.openLog(log, workers);
  const at = log.shared ? ` at sequence ${live.position().applied}` : '';
  console.log(`${log.shared ? 'Log' : 'Corpus'} ${log.where}${at}: ${formatTypeCounts(countsByType(live.store))}`);
  if (log.shared) console.log(`Extractions: ${live.startup.fromCache} from the log's cache, ${live.startup.reextracted} re-extracted`);
  for (const line of formatWarnings(live.store.warnings)) console.warn(line);
  server.setLive(live);
  console.log(`GraphQL API ready at ${server.url}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
