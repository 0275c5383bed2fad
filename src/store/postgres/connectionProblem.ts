import type { DatabaseUrl } from './databaseUrl';

/** PostgreSQL's SQLSTATE codes a person can act on, in their words. */
const BY_SQLSTATE: Record<string, string> = {
  '28P01': 'the password was refused',
  '28000': 'the server refused this user (pg_hba.conf has no entry allowing it)',
  '3D000': 'the database does not exist (create it with createdb)',
  '57P03': 'the server is starting up or shutting down',
  '53300': 'the server has too many connections',
};

const BY_ERRNO: Record<string, string> = {
  ECONNREFUSED: 'nothing accepts connections there (is PostgreSQL running, on that host and port?)',
  ENOTFOUND: 'the host name does not resolve',
  EAI_AGAIN: 'the host name does not resolve',
  ETIMEDOUT: 'the server did not answer in time',
  EHOSTUNREACH: 'the host cannot be reached',
  ECONNRESET: 'the server closed the connection',
};

/** Whether `error` means the database cannot be reached or used now (as opposed to a refused statement). */
export function isConnectionError(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: string; message?: string };
  if (code !== undefined && (code in BY_ERRNO || code.startsWith('08') || code.startsWith('57P') || code === '53300')) return true;
  return /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|not queryable/i.test(message ?? '');
}

/** A one-line reason for a failure to reach or use the database: what went wrong, where, never the password. */
export function connectionProblem(error: unknown, database: DatabaseUrl): string {
  const { code, message } = (error ?? {}) as { code?: string; message?: string };
  const reason = (code !== undefined && (BY_SQLSTATE[code] ?? BY_ERRNO[code])) || database.scrub(message ?? String(error));
  return `PostgreSQL at ${database.redacted}: ${reason}`;
}
