import { existsSync, mkdirSync } from 'fs';
import { join, resolve } from 'path';
import { REPO_ROOT } from '@imis/deployment';
import { printSummary, summariseProfile } from './summarise-profile';

/** A new folder under var/profiles for this run's .cpuprofile files. */
export function profileDirectory(): string {
  const directory = join(REPO_ROOT, 'var/profiles', new Date().toISOString().replace(/[:.]/g, '-'));
  mkdirSync(directory, { recursive: true });
  return directory;
}

/** The environment that preloads the sampling profiler (cpu-profiler.preload.js) into a process writing to `directory`. */
export function profilerEnv(directory: string): Record<string, string> {
  return { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${resolve(__dirname, 'cpu-profiler.preload.js')}`.trim(), CPU_PROFILE_DIR: directory };
}

/**
 * Profiles the processes (SIGWINCH starts and stops the preloaded profiler) while `load` runs, then prints where
 * each one's CPU went. Returns what `load` returned.
 */
export async function profileWhile<T>(directory: string, processes: readonly { pid: number; label: string }[], load: () => Promise<T>): Promise<T> {
  for (const { pid } of processes) process.kill(pid, 'SIGWINCH');
  const result = await load();
  for (const { pid } of processes) process.kill(pid, 'SIGWINCH');
  for (const { pid, label } of processes) {
    const file = join(directory, `${pid}.cpuprofile`);
    for (let waited = 0; !existsSync(file) && waited < 30_000; waited += 100) await new Promise((done) => setTimeout(done, 100));
    printSummary(`${label} profile (${file})`, summariseProfile(file, REPO_ROOT));
  }
  return result;
}
