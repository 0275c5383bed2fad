import { readdirSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { runner } from 'node-pg-migrate';
import type { Client } from 'pg';
import { repoRoot } from '../../repoRoot';

/*
 * The database schema is the SQL files of migrations/, applied in order by node-pg-migrate, which records them in
 * the pgmigrations table and holds an advisory lock meanwhile, so replicas starting together apply each once.
 */

export const MIGRATIONS_DIR = join(repoRoot(), 'migrations');
const MIGRATIONS_TABLE = 'pgmigrations';
const MIGRATION_LOCK = 7_413_000;

function knownMigrations(): string[] {
  return readdirSync(MIGRATIONS_DIR).filter((f) => f.endsWith('.sql')).map((f) => basename(f, extname(f))).sort();
}

/** Migrations the database has and this code does not know: it was migrated by a newer version. */
async function unknownMigrations(client: Client): Promise<string[]> {
  const { rows } = await client.query<{ exists: boolean }>(`SELECT to_regclass($1) IS NOT NULL AS exists`, [MIGRATIONS_TABLE]);
  if (!rows[0].exists) return [];
  const applied = await client.query<{ name: string }>(`SELECT name FROM ${MIGRATIONS_TABLE} ORDER BY run_on, id`);
  const known = new Set(knownMigrations());
  return applied.rows.map((r) => r.name).filter((name) => !known.has(name));
}

/**
 * Brings the schema up to date (nothing to do when it is), or refuses when the database's schema is newer than
 * this code knows: a replica of an older version must not write to a log whose shape it does not know.
 */
export async function migrateSchema(client: Client): Promise<{ applied: string[] }> {
  // node-pg-migrate's own lock fails a second replica at once ("Another migration is already running"); this one waits.
  await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
  try {
    return await migrateLocked(client);
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
  }
}

async function migrateLocked(client: Client): Promise<{ applied: string[] }> {
  const unknown = await unknownMigrations(client);
  if (unknown.length > 0) {
    throw new Error(`the database schema is newer than this version of the service knows (migration ${unknown.join(', ')}); upgrade the service`);
  }
  const ran = await runner({
    dbClient: client,
    dir: MIGRATIONS_DIR,
    direction: 'up',
    migrationsTable: MIGRATIONS_TABLE,
    checkOrder: true,
    noLock: true,
    log: () => undefined,
  });
  return { applied: ran.map((m) => m.name) };
}
