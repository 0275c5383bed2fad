import { run as importFolder } from '../../src/cli/import';
import { SEEDS_DIR, WRITE_SECRET } from './testServer';
import { startReadyService, startService, waitFor, type Service } from './serviceProcess';

/* Service processes on one PostgreSQL article log, as a load balancer would have them: for the replica tests. */

export interface Replica {
  service: Service;
  origin: string;
  /** POSTs GraphQL with the write token; the whole response: status, headers and body. */
  graphql(query: string, variables?: Record<string, unknown>): Promise<{ status: number; headers: Headers; body: any }>;
  readyz(): Promise<{ status: number; body: any }>;
}

export const REPLICA_ENV = { WRITE_TOKENS: `tests:${WRITE_SECRET}`, WRITE_RATE: 'off', EXTRACT_WORKERS: '1', LOG_POLL_MS: '300' };

function replicaOf(service: Service, origin: string): Replica {
  return {
    service,
    origin,
    async graphql(query, variables) {
      const response = await fetch(`${origin}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${WRITE_SECRET}` },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, headers: response.headers, body: await response.json() };
    },
    async readyz() {
      const response = await fetch(`${origin}/readyz`);
      return { status: response.status, body: await response.json() };
    },
  };
}

export async function startReplica(databaseUrl: string, env: NodeJS.ProcessEnv = {}): Promise<Replica> {
  const { service, origin } = await startReadyService({ ...REPLICA_ENV, DATABASE_URL: databaseUrl, ...env });
  return replicaOf(service, origin);
}

/** A replica process that may not become ready (a bad database): for the start-up failure tests. */
export function spawnReplica(env: NodeJS.ProcessEnv): Service {
  return startService({ ...REPLICA_ENV, ...env });
}

export async function stopReplica(replica: Replica | undefined): Promise<void> {
  if (!replica || replica.service.child.exitCode !== null || replica.service.child.signalCode !== null) return;
  replica.service.child.kill('SIGTERM');
  await replica.service.exited;
}

/** Loads the seed corpus into the log at `databaseUrl`. */
export async function importSeeds(databaseUrl: string): Promise<void> {
  const printed: string[] = [];
  const code = await importFolder(['--corpus', SEEDS_DIR, '--database', databaseUrl], {}, process.cwd(), (l) => printed.push(l), () => undefined);
  if (code !== 0) throw new Error(`import failed: ${printed.join('\n')}`);
}

export const ADD = `mutation ($input: ArticleInput!) { addArticle(input: $input) { sequence source { id } } }`;

const LISTS = ['sources', 'actors', 'statements', 'meetings', 'agreements'] as const;

/**
 * What a replica serves, in a canonical form: every node id of every list, sorted, and the counts. Two replicas
 * that serve the same ontology give the same dump.
 */
export async function canonicalDump(replica: Replica): Promise<Record<string, string[]> & { version: number }> {
  const dump: Record<string, string[]> = {};
  let version = -1;
  for (const list of LISTS) {
    const { body } = await replica.graphql(`{ ${list}(first: 500) { totalCount nodes { id } } }`);
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    dump[list] = body.data[list].nodes.map((n: { id: string }) => n.id).sort();
    if (version !== -1 && version !== body.extensions.ontologyVersion) throw new Error('the version changed while dumping');
    version = body.extensions.ontologyVersion;
  }
  return { ...dump, version } as Record<string, string[]> & { version: number };
}

/** Waits until the replica has merged everything up to `sequence`. */
export function untilApplied(replica: Replica, sequence: number, timeoutMs = 15_000): Promise<true> {
  return waitFor(`${replica.origin} at sequence ${sequence}`, async () => ((await replica.readyz()).body.log?.appliedSequence >= sequence ? true : undefined), timeoutMs);
}

export function article(id: string, text: string): { input: Record<string, string> } {
  return { input: { id, text } };
}
