import proxyAddr from 'proxy-addr';
import type { Rate } from './rateLimiter';
import { SHORT_SECRET_CHARS, TokenFile, TokenTable, tokensFromList, type Entry, type Right } from './tokenTable';

/** Who may do what, and how often; see docs/security.md. */
export interface AccessSettings {
  tokens: TokenTable;
  /** Writes per token; undefined: unlimited. */
  writeRate: Rate | undefined;
  /** Reads per client address (requests without a write token); undefined: unlimited. */
  readRate: Rate | undefined;
  /** Which hops may say, in X-Forwarded-For, whom they forward for: Express's `trust proxy`, compiled. */
  trustProxy: (address: string, hop: number) => boolean;
}

export const DEFAULT_WRITE_RATE: Readonly<Rate> = Object.freeze({ perSecond: 10, burst: 20 });

/** No tokens, so no writes; the default write rate; reads unlimited; no proxy trusted. */
export function defaultAccessSettings(): AccessSettings {
  return { tokens: new TokenTable(), writeRate: DEFAULT_WRITE_RATE, readRate: undefined, trustProxy: () => false };
}

const UNITS: Record<string, number> = { s: 1, sec: 1, second: 1, m: 60, min: 60, minute: 60, h: 3600, hour: 3600 };
const RATE = /^(\d+(?:\.\d+)?)\s*\/\s*([a-z]+)(?:\s+burst\s+(\d+))?$/i;

/**
 * WRITE_RATE / READ_RATE: `10/s`, `600/min`, `100/h`, optionally with a burst (`10/s burst 20`), or `off`.
 * Without a burst, two seconds' worth (at least 1).
 */
export function rateFrom(name: string, value: string | undefined, fallback: Rate | undefined): Rate | undefined {
  if (value === undefined || value.trim() === '') return fallback;
  if (value.trim().toLowerCase() === 'off') return undefined;
  const match = RATE.exec(value.trim());
  const seconds = match ? UNITS[match[2].toLowerCase()] : undefined;
  const count = match ? Number(match[1]) : 0;
  if (!match || seconds === undefined || !(count > 0)) {
    throw new Error(`${name} must be a rate like 10/s, 600/min or "10/s burst 20" (or off), got "${value}"`);
  }
  const perSecond = count / seconds;
  const burst = match[3] !== undefined ? Number(match[3]) : Math.max(1, Math.ceil(perSecond * 2));
  if (burst < 1) throw new Error(`${name}: the burst must be at least 1, got "${value}"`);
  return { perSecond, burst };
}

/**
 * TRUST_PROXY, with the meaning of Express's `trust proxy` setting: `true` (trust every hop, so the client address
 * is the left-most of X-Forwarded-For), a number of hops, or addresses and subnets (`loopback`, `10.0.0.0/8`, ...).
 * Unset or `false`: X-Forwarded-For is ignored and the client address is the connection's.
 */
export function trustProxyFrom(value: string | undefined): AccessSettings['trustProxy'] {
  const text = value?.trim() ?? '';
  if (text === '' || text === 'false') return () => false;
  if (text === 'true') return () => true;
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    return (_address, hop) => hop < hops;
  }
  try {
    return proxyAddr.compile(text.split(',').map((s) => s.trim()));
  } catch (error) {
    throw new Error(`TRUST_PROXY must be true, false, a number of hops, or addresses and subnets such as "loopback, 10.0.0.0/8": ${error instanceof Error ? error.message : String(error)}`);
  }
}

export interface AccessReport {
  /** For the startup log: never a secret, only names and where they came from. */
  lines: string[];
  warnings: string[];
}

/**
 * The access settings from the environment, and what to say about them at startup. A bad value throws with a
 * message naming the variable (never the secret).
 */
export function accessSettingsFromEnv(env: NodeJS.ProcessEnv, log: (message: string) => void = console.warn): { settings: AccessSettings; report: AccessReport } {
  const fixed: Entry[] = [];
  const files: TokenFile[] = [];
  const sources: { right: Right; where: string; entries: readonly Entry[] }[] = [];
  for (const right of ['write', 'read'] as const) {
    const list = `${right.toUpperCase()}_TOKENS`;
    const file = `${list}_FILE`;
    if (env[list]?.trim()) {
      const entries = tokensFromList(list, env[list]!, right);
      fixed.push(...entries);
      sources.push({ right, where: list, entries });
    }
    if (env[file]?.trim()) {
      const tokenFile = new TokenFile(file, env[file]!.trim(), right, log);
      files.push(tokenFile);
      sources.push({ right, where: `${file} (${tokenFile.path}, re-read when it changes)`, entries: tokenFile.current() });
    }
  }
  const privateReads = Boolean(env.READ_TOKENS?.trim() || env.READ_TOKENS_FILE?.trim());
  const tokens = new TokenTable(fixed, files, privateReads);
  const settings: AccessSettings = {
    tokens,
    writeRate: rateFrom('WRITE_RATE', env.WRITE_RATE, DEFAULT_WRITE_RATE),
    readRate: rateFrom('READ_RATE', env.READ_RATE, undefined),
    trustProxy: trustProxyFrom(env.TRUST_PROXY),
  };

  const lines: string[] = [];
  const warnings: string[] = [];
  for (const { right, where, entries } of sources) {
    lines.push(`${right} tokens from ${where}: ${entries.map((e) => e.name).join(', ') || 'none yet'}`);
  }
  if (!tokens.writesConfigured) {
    lines.push('Writes (addArticle) are off: no write token is configured. For local development: WRITE_TOKENS=dev:dev npm start, then send Authorization: Bearer dev (see docs/security.md).');
  }
  if (privateReads) lines.push('Reads are private: every GraphQL request needs a read or write token.');
  const short = sources.flatMap((s) => s.entries).filter((e) => e.short).map((e) => e.name);
  if (env.NODE_ENV === 'production' && short.length > 0) {
    warnings.push(`Token(s) ${short.join(', ')} have secrets shorter than ${SHORT_SECRET_CHARS} characters: easy to guess. Use long random secrets in production (e.g. openssl rand -hex 32).`);
  }
  return { settings, report: { lines, warnings } };
}
