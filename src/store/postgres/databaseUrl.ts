/*
 * DATABASE_URL as the service reads it. It carries a password; every message says where the database is with
 * `redacted`, where the password is replaced, and `scrub` takes the password out of any text that might echo it.
 */

export interface DatabaseUrl {
  /** The URL as given, for the client only. */
  url: string;
  /** The same without its password: for messages. */
  redacted: string;
  /** Removes the password from `text`, wherever it appears. */
  scrub(text: string): string;
}

export function databaseUrlFrom(value: string, name = 'DATABASE_URL'): DatabaseUrl {
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    // The value may be a password pasted in the wrong place: not echoed.
    throw new Error(`${name} must be a URL such as postgres://user:password@host:5432/database (the value given is not a URL)`);
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    throw new Error(`${name} must start with postgres:// or postgresql://, got "${parsed.protocol}//…"`);
  }
  const password = decodeURIComponent(parsed.password);
  if (parsed.password !== '') parsed.password = '***';
  const redacted = parsed.toString();
  const scrub = (text: string): string => (password === '' ? text : text.split(password).join('***'));
  return { url: value, redacted, scrub };
}

/** The database URL from `--database` or DATABASE_URL, if either is set: the log is then PostgreSQL. */
export function databaseUrlOf(option: string | undefined, env: NodeJS.ProcessEnv): DatabaseUrl | undefined {
  if (option !== undefined && option !== '') return databaseUrlFrom(option, '--database');
  const value = env.DATABASE_URL;
  return value === undefined || value === '' ? undefined : databaseUrlFrom(value);
}
