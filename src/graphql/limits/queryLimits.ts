/** What one GraphQL request may ask of the server. Each limit fails the request with its own error code. */
export interface QueryLimits {
  /** Deepest nesting of fields, the operation's root fields being depth 1; fragments add no depth of their own. */
  maxDepth: number;
  /** Estimated cost (see cost.ts): about one unit per field the server would resolve in the worst case. */
  maxCost: number;
  /** Aliased fields in the operation, counted through fragments (`__typename` aliases are free). */
  maxAliases: number;
  /** Lexical tokens in the document; the parser stops at the first one over (graphql-js `maxTokens`). */
  maxTokens: number;
  /** Directives in the operation, counted through fragments. */
  maxDirectives: number;
  /**
   * Wall-clock time execution may take; resolvers not started by then fail (fields that only read a property of
   * their parent still answer), the response says so once.
   */
  timeBudgetMs: number;
}

export const DEFAULT_QUERY_LIMITS: Readonly<QueryLimits> = Object.freeze({
  maxDepth: 10,
  maxCost: 3_000_000,
  maxAliases: 30,
  maxTokens: 2_000,
  maxDirectives: 50,
  timeBudgetMs: 5_000,
});

/** The environment variable that sets each limit. */
export const QUERY_LIMIT_ENV: Readonly<Record<keyof QueryLimits, string>> = Object.freeze({
  maxDepth: 'GRAPHQL_MAX_DEPTH',
  maxCost: 'GRAPHQL_MAX_COST',
  maxAliases: 'GRAPHQL_MAX_ALIASES',
  maxTokens: 'GRAPHQL_MAX_TOKENS',
  maxDirectives: 'GRAPHQL_MAX_DIRECTIVES',
  timeBudgetMs: 'GRAPHQL_TIME_BUDGET_MS',
});

/** `extensions.code` of the error each limit raises. */
export const LIMIT_ERROR_CODES = Object.freeze({
  maxDepth: 'DEPTH_LIMIT_EXCEEDED',
  maxCost: 'COST_LIMIT_EXCEEDED',
  maxAliases: 'ALIAS_LIMIT_EXCEEDED',
  maxTokens: 'TOKEN_LIMIT_EXCEEDED',
  maxDirectives: 'DIRECTIVE_LIMIT_EXCEEDED',
  timeBudgetMs: 'TIME_BUDGET_EXCEEDED',
} as const satisfies Record<keyof QueryLimits, string>);

export type LimitErrorCode = (typeof LIMIT_ERROR_CODES)[keyof QueryLimits];

const CODES = new Set<string>(Object.values(LIMIT_ERROR_CODES));

export function isLimitErrorCode(code: unknown): code is LimitErrorCode {
  return typeof code === 'string' && CODES.has(code);
}

/** A positive whole number from the environment, or the default when unset; anything else is a startup error. */
export function positiveIntegerFrom(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < 1) throw new Error(`${name} must be a whole number of at least 1, got "${raw}"`);
  return value;
}

/** The defaults, each overridden by its environment variable when set. */
export function queryLimitsFromEnv(env: NodeJS.ProcessEnv): QueryLimits {
  const limits = { ...DEFAULT_QUERY_LIMITS };
  for (const key of Object.keys(QUERY_LIMIT_ENV) as (keyof QueryLimits)[]) {
    limits[key] = positiveIntegerFrom(env, QUERY_LIMIT_ENV[key], DEFAULT_QUERY_LIMITS[key]);
  }
  return limits;
}
