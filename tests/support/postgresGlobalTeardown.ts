import type { TestCluster } from './postgresCluster';

export default async function teardown(): Promise<void> {
  await (globalThis as { testCluster?: TestCluster }).testCluster?.destroy();
}
