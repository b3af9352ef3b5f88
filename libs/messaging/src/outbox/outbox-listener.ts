import { Client, type ClientConfig } from 'pg';
import { errorMessage, type MessagingLogger } from '../logger';
import { OUTBOX_CHANNEL } from './outbox-notify.migration';

const RECONNECT_MS = 5000;

/** A dedicated connection LISTENing for outbox inserts; reconnects on its own (the relay polls meanwhile). */
export class OutboxListener {
  private client?: Client;
  private closed = false;
  private reconnectTimer?: NodeJS.Timeout;

  constructor(
    private readonly connection: ClientConfig,
    private readonly onNotify: () => void,
    private readonly logger: MessagingLogger,
  ) {}

  async start(): Promise<void> {
    this.closed = false;
    await this.connect();
  }

  async stop(): Promise<void> {
    this.closed = true;
    clearTimeout(this.reconnectTimer);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    if (this.closed) return;
    const client = new Client(this.connection);
    client.on('notification', () => this.onNotify());
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(`listen ${OUTBOX_CHANNEL}`);
      if (this.closed) return void (await client.end());
      this.client = client;
      this.onNotify(); // rows may have been written while we were not listening
    } catch (error) {
      this.lost(client, error);
    }
  }

  private lost(client: Client, error?: unknown): void {
    if (this.closed || (this.client && this.client !== client)) return;
    this.client = undefined;
    client.end().catch(() => undefined);
    if (error) this.logger.warn(`outbox LISTEN connection lost (${errorMessage(error)}); polling until it is back`);
    clearTimeout(this.reconnectTimer);
    this.reconnectTimer = setTimeout(() => void this.connect(), RECONNECT_MS);
    this.reconnectTimer.unref();
  }
}
