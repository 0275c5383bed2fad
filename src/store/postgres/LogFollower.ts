import { Client } from 'pg';
import type { DatabaseUrl } from './databaseUrl';
import { connectionProblem } from './connectionProblem';

export const NOTIFY_CHANNEL = 'articles';
const RECONNECT_FIRST_MS = 200;
const RECONNECT_MAX_MS = 2_000;

export interface FollowerEvents {
  /** Articles may have been appended: catch up by sequence. */
  changed(): void;
  /** A notification named this sequence: the log has at least that many. */
  head(sequence: number): void;
  /** The LISTEN connection is up (problem undefined) or down (why). */
  connection(problem: string | undefined): void;
}

/**
 * Follows the log: LISTEN on its own connection for promptness, and a periodic poll for correctness (a
 * notification sent while the connection was down is lost; catching up by sequence is not). On losing the
 * connection it reconnects by itself, with a growing pause, and catches up once back.
 */
export class LogFollower {
  private client: Client | undefined;
  private poll: NodeJS.Timeout | undefined;
  private retry: NodeJS.Timeout | undefined;
  private pause = RECONNECT_FIRST_MS;
  private stopped = false;

  constructor(
    private readonly database: DatabaseUrl,
    private readonly events: FollowerEvents,
    private readonly pollMs: number,
  ) {}

  start(): void {
    this.poll = setInterval(() => this.events.changed(), this.pollMs);
    this.poll.unref();
    void this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.poll);
    clearTimeout(this.retry);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new Client({ connectionString: this.database.url, connectionTimeoutMillis: 3_000, keepAlive: true });
    client.on('notification', ({ payload }) => {
      const sequence = Number(payload);
      if (Number.isFinite(sequence)) this.events.head(sequence);
      this.events.changed();
    });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, new Error('the server closed the connection')));
    try {
      await client.connect();
      await client.query(`LISTEN ${NOTIFY_CHANNEL}`);
    } catch (error) {
      return this.lost(client, error);
    }
    if (this.stopped) return void client.end().catch(() => undefined);
    this.client = client;
    this.pause = RECONNECT_FIRST_MS;
    this.events.connection(undefined);
    // What was appended while we were away (or before we listened) is read now.
    this.events.changed();
  }

  private lost(client: Client, error: unknown): void {
    if (this.stopped || (this.client !== undefined && this.client !== client)) return;
    if (this.client === undefined && this.retry !== undefined) return;
    this.client = undefined;
    client.removeAllListeners('end');
    client.on('error', () => undefined);
    void client.end().catch(() => undefined);
    this.events.connection(connectionProblem(error, this.database));
    this.retry = setTimeout(() => {
      this.retry = undefined;
      void this.connect();
    }, this.pause);
    this.retry.unref();
    this.pause = Math.min(this.pause * 2, RECONNECT_MAX_MS);
  }
}
