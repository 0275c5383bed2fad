import { startCluster, type TestCluster } from './postgresCluster';

/*
 * One PostgreSQL cluster for a jest run, started before the first test file (each file makes its own database in
 * it: see testDatabase). When it cannot start, the tests that need it fail with the reason (TEST_PG_ERROR);
 * nothing is skipped, and the tests that do not need it run as usual.
 */
export default async function setup(): Promise<void> {
  try {
    const cluster = await startCluster();
    (globalThis as { testCluster?: TestCluster }).testCluster = cluster;
    process.env.TEST_PG_PORT = String(cluster.port);
  } catch (error) {
    process.env.TEST_PG_ERROR = error instanceof Error ? error.message : String(error);
  }
}
