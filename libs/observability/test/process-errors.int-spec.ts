import { type ChildProcess, spawn } from 'child_process';
import { once } from 'events';
import { resolve } from 'path';
import { createInterface } from 'readline';

const REPO_ROOT = resolve(__dirname, '../../..');
const FIXTURE = resolve(__dirname, 'fixtures/faulty-service.ts');

type LogLine = { level?: number; msg?: string; correlationId?: string; err?: { message?: string }; listening?: number };

/** Polls until `probe` gives a value (bounded: no fixed sleeps). */
async function eventually<T>(probe: () => T | undefined, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((done) => setTimeout(done, 20));
  }
}

/**
 * createServiceApplication's process-level handlers, in a real process (a Jest worker keeps
 * uncaught errors to itself): errors escaping a request are logged with its correlation id and answered,
 * the process lives; an error outside any request still ends it, logged.
 */
describe('a service process and the errors that escape its code', () => {
  let child: ChildProcess;
  let exited: Promise<number | null>;
  let baseUrl: string;
  const lines: LogLine[] = [];

  beforeAll(async () => {
    child = spawn(process.execPath, ['-r', '@swc-node/register', FIXTURE], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    exited = once(child, 'exit').then(([code]) => code as number | null);
    createInterface({ input: child.stdout! }).on('line', (line) => lines.push(JSON.parse(line) as LogLine));
    const port = await eventually(() => lines.find((line) => line.listening)?.listening, 30_000);
    baseUrl = `http://127.0.0.1:${port}`;
  });

  afterAll(() => {
    if (child.exitCode === null) child.kill();
  });

  const get = (path: string, correlationId: string) => fetch(`${baseUrl}${path}`, { headers: { 'x-correlation-id': correlationId } });
  const logOf = (correlationId: string) => () => lines.find((line) => line.correlationId === correlationId && line.level === 50 && line.err);

  it('answers 500 to a request whose callback throws, logs it with the correlation id, and keeps serving', async () => {
    const response = await get('/throw-in-callback', 'fault-callback');
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    expect(await eventually(logOf('fault-callback'))).toMatchObject({ msg: expect.stringContaining('uncaught exception'), err: { message: 'thrown in a zlib callback' } });
    expect((await get('/ok', 'after-callback')).status).toBe(200);
  });

  it('logs a rejection nobody handled during a request, whose answer stands', async () => {
    const response = await get('/forgotten-promise', 'fault-rejection');
    expect(await response.json()).toEqual({ answered: true });
    expect(await eventually(logOf('fault-rejection'))).toMatchObject({ msg: expect.stringContaining('unhandled rejection'), err: { message: 'a rejection nobody handles' } });
    expect((await get('/ok', 'after-rejection')).status).toBe(200);
  });

  it('turns an error thrown by a callback started inside withinFaultBoundary into a rejection of the boundary', async () => {
    const response = await get('/boundary', 'fault-boundary');
    expect(await response.json()).toEqual({ contained: 'thrown inside a boundary' });
    expect(child.exitCode).toBeNull();
  });

  it('still ends the process, logged at fatal, on an error outside any request', async () => {
    expect((await get('/throw-outside-requests', 'background')).status).toBe(200);
    expect(await exited).toBe(1);
    expect(lines.find((line) => line.level === 60)).toMatchObject({ err: { message: 'thrown by a background task' } });
  });
});
