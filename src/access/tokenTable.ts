import { createHash, timingSafeEqual } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';

/*
 * Bearer tokens and what each may do. A token is `name:secret`; the name is what logs, rate limits and
 * Source.addedBy show, the secret is what a client sends. Only sha256 hashes of secrets are kept in memory,
 * and a secret may be stored as `sha256:<64 hex digits>` so the plain secret is in no file at all.
 */

export type Right = 'write' | 'read';

/** Who a valid token says the request is from. A write token also grants reads. */
export interface Viewer {
  name: string;
  canWrite: boolean;
}

export interface Entry {
  name: string;
  right: Right;
  /** sha256 of the secret */
  hash: Buffer;
  /** A plain secret shorter than SHORT_SECRET_CHARS (for a warning at startup). */
  short: boolean;
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
const HASHED = /^sha256:([0-9a-fA-F]{64})$/;
/** What `Authorization: Bearer` can carry (RFC 6750's token68). */
const TOKEN68 = /^[A-Za-z0-9\-._~+/]+=*$/;
/** Secrets shorter than this are easy to guess; fine for `dev:dev`, worth a warning in production. */
export const SHORT_SECRET_CHARS = 16;

export function sha256(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

/**
 * One `name:secret` pair; `where` says where it stands for the error message, which never repeats the text
 * (it holds the secret).
 */
function entryOf(text: string, right: Right, where: string): Entry {
  const colon = text.indexOf(':');
  const name = colon === -1 ? '' : text.slice(0, colon).trim();
  const secret = colon === -1 ? '' : text.slice(colon + 1).trim();
  if (!NAME.test(name)) throw new Error(`${where} must be name:secret, the name 1 to 64 letters, digits, "_", "." or "-"`);
  if (secret === '') throw new Error(`${where} (token "${name}") has an empty secret`);
  if (/\s/.test(secret)) throw new Error(`${where} (token "${name}") has white space in its secret`);
  const hashed = HASHED.exec(secret);
  if (!hashed && !TOKEN68.test(secret)) throw new Error(`${where} (token "${name}") has characters an Authorization: Bearer header cannot carry; use letters, digits and - . _ ~ + /`);
  return { name, right, hash: hashed ? Buffer.from(hashed[1], 'hex') : sha256(secret), short: !hashed && secret.length < SHORT_SECRET_CHARS };
}

/** WRITE_TOKENS / READ_TOKENS: comma-separated pairs. */
export function tokensFromList(variable: string, value: string, right: Right): Entry[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .map((item, i) => ({ item, i }))
    .filter(({ item }) => item !== '')
    .map(({ item, i }) => entryOf(item, right, `${variable} item ${i + 1}`));
}

/** A token file: one pair a line; blank lines and lines starting with # are skipped. */
export function tokensFromFileText(variable: string, text: string, right: Right): Entry[] {
  return text
    .split('\n')
    .map((line, i) => ({ line: line.trim(), i }))
    .filter(({ line }) => line !== '' && !line.startsWith('#'))
    .map(({ line, i }) => entryOf(line, right, `${variable} line ${i + 1}`));
}

function describe(error: unknown): string {
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
}

/**
 * A token file, read again when it changes (size, mtime or inode), checked at most once per `recheckMs` and only
 * when a request carries a token. A file that cannot be read or parsed any more grants nothing until it can:
 * revoking a token by editing the file must never leave the old list in force by accident.
 */
export class TokenFile {
  private entries: Entry[];
  private signature: string;
  private checkedAt = 0;

  constructor(
    readonly variable: string,
    readonly path: string,
    readonly right: Right,
    private readonly log: (message: string) => void,
    private readonly recheckMs = 1000,
  ) {
    // At startup a bad file stops the service (the caller reports the error).
    try {
      this.signature = this.signatureNow();
    } catch (error) {
      throw new Error(`${variable} ${path} cannot be read (${describe(error)})`);
    }
    this.entries = this.read();
    this.checkedAt = Date.now();
  }

  current(now = Date.now()): readonly Entry[] {
    if (now - this.checkedAt < this.recheckMs) return this.entries;
    this.checkedAt = now;
    let signature: string;
    try {
      signature = this.signatureNow();
    } catch (error) {
      if (this.signature !== 'missing') this.log(`${this.variable} ${this.path} cannot be read (${describe(error)}): its tokens are refused until it can be`);
      this.signature = 'missing';
      this.entries = [];
      return this.entries;
    }
    if (signature === this.signature) return this.entries;
    this.signature = signature;
    try {
      this.entries = this.read();
      this.log(`${this.variable} ${this.path} changed: ${this.entries.length} token(s) now (${this.entries.map((e) => e.name).join(', ') || 'none'})`);
    } catch (error) {
      this.entries = [];
      this.log(`${this.variable} ${this.path} changed and is not valid (${describe(error)}): its tokens are refused until it is`);
    }
    return this.entries;
  }

  private signatureNow(): string {
    const stat = statSync(this.path);
    if (!stat.isFile()) throw new Error('is not a regular file');
    return `${stat.ino}:${stat.size}:${stat.mtimeMs}`;
  }

  private read(): Entry[] {
    let text: string;
    try {
      text = readFileSync(this.path, 'utf8');
    } catch (error) {
      throw new Error(`${this.variable} ${this.path} cannot be read (${describe(error)})`);
    }
    const entries = tokensFromFileText(this.variable, text, this.right);
    assertDistinct(entries, this.variable);
    return entries;
  }
}

function assertDistinct(entries: readonly Entry[], where: string): void {
  const names = new Set<string>();
  const hashes = new Set<string>();
  for (const { name, hash } of entries) {
    if (names.has(name)) throw new Error(`${where}: token name "${name}" is given twice`);
    const key = hash.toString('hex');
    if (hashes.has(key)) throw new Error(`${where}: token "${name}" has the same secret as another token`);
    names.add(name);
    hashes.add(key);
  }
}

/**
 * Every token the service accepts: fixed ones (from WRITE_TOKENS, READ_TOKENS) and token files. Looking a
 * secret up hashes it and compares it with every entry in constant time, so neither the time taken nor an
 * early exit says how much of a secret was right.
 */
export class TokenTable {
  constructor(
    private readonly fixed: readonly Entry[] = [],
    private readonly files: readonly TokenFile[] = [],
    /** READ_TOKENS or READ_TOKENS_FILE is set: reads need a token too. */
    readonly privateReads = false,
  ) {
    assertDistinct(this.entries(), 'the token settings');
  }

  /** Whether any write token can exist (a write token file may be empty now and filled later). */
  get writesConfigured(): boolean {
    return this.fixed.some((e) => e.right === 'write') || this.files.some((f) => f.right === 'write');
  }

  /** The tokens in force now. */
  entries(): readonly Entry[] {
    return this.files.length === 0 ? this.fixed : [...this.fixed, ...this.files.flatMap((f) => f.current())];
  }

  lookUp(secret: string): Viewer | undefined {
    const presented = sha256(secret);
    let found: Entry | undefined;
    for (const entry of this.entries()) {
      // Compare with every entry, found or not, so the time does not depend on which one matches.
      if (timingSafeEqual(presented, entry.hash) && found === undefined) found = entry;
    }
    return found && { name: found.name, canWrite: found.right === 'write' };
  }
}
