import { accessSettingsFromEnv, type AccessReport, type AccessSettings } from './access/accessSettings';
import { DEFAULT_SHUTDOWN_GRACE_MS, type CorsOrigins } from './graphql/server';
import { queryLimitsFromEnv, type QueryLimits } from './graphql/limits';
import { positiveIntegerFrom } from './graphql/limits/queryLimits';

export const DEFAULT_PORT = 4000;

/** Everything the service reads from its environment; a bad value stops it at startup with a message. */
export interface ServiceConfig {
  port: number;
  /** The interface to listen on (HOST); all of them when unset. */
  host: string | undefined;
  corsOrigins: CorsOrigins;
  /** undefined: on unless NODE_ENV=production. */
  introspection: boolean | undefined;
  shutdownGraceMs: number;
  limits: QueryLimits;
  /** Tokens (WRITE_TOKENS, READ_TOKENS and their _FILE forms), WRITE_RATE, READ_RATE, TRUST_PROXY. */
  access: AccessSettings;
  /** What to say at startup about access: token names and where they come from, never a secret. */
  accessReport: AccessReport;
}

export function portFrom(value: string | undefined): number {
  if (value === undefined || value === '') return DEFAULT_PORT;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${value}"`);
  return port;
}

/** CORS_ORIGINS: comma-separated origins such as `https://dash.example.org,http://localhost:5173`, or `*`. */
export function corsOriginsFrom(value: string | undefined): CorsOrigins {
  const items = (value ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (items.length === 1 && items[0] === '*') return '*';
  for (const item of items) {
    let origin: string | undefined;
    try {
      origin = new URL(item).origin;
    } catch {
      // reported below
    }
    if (origin !== item) throw new Error(`CORS_ORIGINS must list origins like https://host:port (or be *), got "${item}"`);
  }
  return items;
}

function booleanFrom(name: string, value: string | undefined): boolean | undefined {
  if (value === undefined || value === '') return undefined;
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new Error(`${name} must be true or false, got "${value}"`);
}

export function serviceConfigFromEnv(env: NodeJS.ProcessEnv): ServiceConfig {
  const { settings: access, report: accessReport } = accessSettingsFromEnv(env);
  return {
    port: portFrom(env.PORT),
    host: env.HOST || undefined,
    corsOrigins: corsOriginsFrom(env.CORS_ORIGINS),
    introspection: booleanFrom('GRAPHQL_INTROSPECTION', env.GRAPHQL_INTROSPECTION),
    shutdownGraceMs: positiveIntegerFrom(env, 'SHUTDOWN_GRACE_MS', DEFAULT_SHUTDOWN_GRACE_MS),
    limits: queryLimitsFromEnv(env),
    access,
    accessReport,
  };
}
