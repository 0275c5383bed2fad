import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/*
 * A fresh, empty database in the jest run's PostgreSQL cluster (tests/support/postgresGlobalSetup.ts), one per
 * call: test files never see each other's articles.
 */

export function clusterPort(): number {
  const problem = process.env.TEST_PG_ERROR;
  if (problem !== undefined) throw new Error(`The test PostgreSQL cluster could not be started: ${problem}`);
  const port = process.env.TEST_PG_PORT;
  if (port === undefined) throw new Error('No test PostgreSQL cluster: jest.config.js starts one in globalSetup (tests/support/postgresGlobalSetup.ts)');
  return Number(port);
}

export function clusterUrl(database: string, credentials = 'postgres'): string {
  return `postgres://${credentials}@127.0.0.1:${clusterPort()}/${database}`;
}

export async function testDatabase(): Promise<string> {
  const name = `test_${randomBytes(6).toString('hex')}`;
  const client = new Client({ connectionString: clusterUrl('postgres') });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  return clusterUrl(name);
}
