import { Socket } from 'net';
import { Client } from 'pg';

const TIMEOUT_MS = 3000;

/** Null when PostgreSQL accepts a connection and a query, else why not (`password`: DATABASE_PASSWORD, kept out of the URL). */
export async function checkPostgres(url: string, password?: string): Promise<string | null> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: TIMEOUT_MS, ...(password ? { password } : {}) });
  try {
    await client.connect();
    await client.query('select 1');
    return null;
  } catch (error) {
    return `PostgreSQL at ${redact(url)} does not answer: ${(error as Error).message || (error as { code?: string }).code}`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Null when a NATS server greets on the URL (its INFO line), else why not. */
export function checkNats(url: string): Promise<string | null> {
  const { hostname, port } = new URL(url.includes('://') ? url : `nats://${url}`);
  return new Promise((resolve) => {
    const socket = new Socket();
    const done = (problem: string | null) => {
      socket.destroy();
      resolve(problem);
    };
    socket.setTimeout(TIMEOUT_MS, () => done(`NATS at ${url} does not answer (timeout)`));
    socket.once('error', (error: NodeJS.ErrnoException) => done(`NATS at ${url} does not answer (${error.code ?? error.message})`));
    socket.once('data', (data) => done(data.toString().startsWith('INFO ') ? null : `${url} answered but is not a NATS server`));
    socket.connect(Number(port || 4222), hostname.replace(/^\[|\]$/g, ''));
  });
}

/** Null when a Redis server answers PING on the URL, else why not. */
export function checkRedis(url: string): Promise<string | null> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = new Socket();
    const done = (problem: string | null) => {
      socket.destroy();
      resolve(problem);
    };
    socket.setTimeout(TIMEOUT_MS, () => done(`Redis at ${redact(url)} does not answer (timeout)`));
    socket.once('error', (error: NodeJS.ErrnoException) => done(`Redis at ${redact(url)} does not answer (${error.code ?? error.message})`));
    socket.once('data', (data) => {
      const reply = data.toString();
      // +PONG, or -NOAUTH when the server wants a password (the service itself authenticates).
      done(reply.startsWith('+PONG') || reply.startsWith('-NOAUTH') ? null : `${redact(url)} answered but is not a Redis server`);
    });
    socket.connect(Number(port || 6379), hostname.replace(/^\[|\]$/g, ''), () => socket.write('PING\r\n'));
  });
}

function redact(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

export const INFRASTRUCTURE_HINT = `Start them, for example:
  PostgreSQL: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start
  NATS:       nats-server -a 127.0.0.1 -p 4222 -js -sd /var/lib/nats-server &
  Redis:      redis-server --daemonize yes --bind 127.0.0.1 --port 6379
or point DATABASE_URL / NATS_URL / REDIS_URL at running servers (see .env.example).`;
