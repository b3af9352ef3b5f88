import { type ChildProcess, spawn } from 'child_process';
import { existsSync } from 'fs';
import { resolve } from 'path';
import { createInterface } from 'readline';
import { REPO_ROOT, typescriptNodeArgs } from './repo-root';

/**
 * Env variable naming the folder (relative to the repository root) holding the compiled JavaScript of every
 * entry (compileSources): when set, processes run `node <folder>/<entry>.js`; when not, they run the
 * TypeScript through @swc-node/register. `npm start` sets it after compiling; tests leave it unset.
 */
export const COMPILED_DIR_ENV = 'IMIS_COMPILED_DIR';

/**
 * V8 settings of every process: a young generation of at most 2 × 8 MiB instead of 2 × 16 MiB. V8 grows it
 * to the maximum during start-up and under load and keeps it while idle; at 8 MiB an idle service holds
 * ~15–25 MiB less, at no CPU cost we could measure (4 MiB cost ~7% more CPU per request; ADR 0005).
 */
export const NODE_FLAGS: readonly string[] = ['--max-semi-space-size=8'];

/**
 * Node arguments that run an entry (a TypeScript path from the repository root): its compiled JavaScript
 * when COMPILED_DIR_ENV is set, else the TypeScript itself; with NODE_FLAGS.
 */
export function entryNodeArgs(entry: string, args: string[] = [], env: NodeJS.ProcessEnv = process.env): string[] {
  const compiledDir = env[COMPILED_DIR_ENV];
  if (!compiledDir) return [...NODE_FLAGS, ...typescriptNodeArgs(entry, args)];
  const compiled = resolve(REPO_ROOT, compiledDir, entry.replace(/\.ts$/, '.js'));
  if (!existsSync(compiled)) throw new Error(`${compiled} does not exist: compile the sources first (compileSources) or unset ${COMPILED_DIR_ENV}`);
  return [...NODE_FLAGS, compiled, ...args];
}

/** A child process started from an entry, its output prefixed with its name. */
export interface ManagedProcess {
  name: string;
  child: ChildProcess;
  /** Resolves with the exit code once the process has exited (1 when killed by a signal it did not handle). */
  exited: Promise<number>;
  /** The last lines it printed (for error messages when it dies). */
  recentOutput(): string;
}

export interface StartOptions {
  /** Print nothing (output is still kept for recentOutput). */
  quiet?: boolean;
  /** Called when the process exits while not being stopped by stopAll(). */
  onUnexpectedExit?: (process: ManagedProcess, code: number) => void;
}

const RECENT_LINES = 40;
const running: ManagedProcess[] = [];
let stopping = false;
const nameWidth = () => Math.max(8, ...running.map((managed) => managed.name.length));

/**
 * Starts an entry (entryNodeArgs: compiled or TypeScript) from the repository root with env added to this
 * process's env.
 */
export function startProcess(name: string, entry: string, env: NodeJS.ProcessEnv = {}, options: StartOptions = {}): ManagedProcess {
  const childEnv = { ...process.env, ...env };
  const child = spawn(process.execPath, entryNodeArgs(entry, [], childEnv), {
    cwd: REPO_ROOT,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const recent: string[] = [];
  const managed: ManagedProcess = {
    name,
    child,
    exited: new Promise((resolve) => {
      child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
      child.once('error', () => resolve(1));
    }),
    recentOutput: () => recent.join('\n'),
  };
  running.push(managed);
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream! }).on('line', (line) => {
      recent.push(line);
      if (recent.length > RECENT_LINES) recent.shift();
      if (!options.quiet) process.stdout.write(`${name.padEnd(nameWidth())} | ${line}\n`);
    });
  }
  void managed.exited.then((code) => {
    running.splice(running.indexOf(managed), 1);
    if (!stopping) options.onUnexpectedExit?.(managed, code);
  });
  return managed;
}

/** Runs an entry to completion (e.g. a migration) with prefixed output; resolves with its exit code. */
export async function runProcess(name: string, entry: string, env: NodeJS.ProcessEnv = {}, options: Pick<StartOptions, 'quiet'> = {}): Promise<number> {
  return startProcess(name, entry, env, options).exited;
}

/**
 * Polls `url` until it answers 200. Fails after `timeoutMs`, or as soon as `process` (when given)
 * exits, with what it printed last.
 */
export async function waitForReady(url: string, timeoutMs: number, process?: ManagedProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exitCode: number | undefined;
  void process?.exited.then((code) => (exitCode = code));
  let last = 'no answer';
  while (Date.now() < deadline) {
    if (exitCode !== undefined) {
      throw new Error(`${process!.name} exited with code ${exitCode} before ${url} was ready:\n${process!.recentOutput()}`);
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.status === 200) return;
      last = `HTTP ${response.status}: ${(await response.text()).slice(0, 300)}`;
    } catch (error) {
      last = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} was not ready within ${timeoutMs} ms (${last})`);
}

/** Stops every running process, last started first: SIGTERM, then SIGKILL after `graceMs`. */
export async function stopAll(graceMs = 10_000): Promise<void> {
  stopping = true;
  try {
    for (const managed of [...running].reverse()) {
      managed.child.kill('SIGTERM');
      const timer = setTimeout(() => managed.child.kill('SIGKILL'), graceMs);
      await managed.exited;
      clearTimeout(timer);
    }
  } finally {
    stopping = false;
  }
}
