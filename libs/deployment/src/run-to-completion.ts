import { spawn } from 'child_process';
import { entryNodeArgs } from './processes';
import { REPO_ROOT } from './repo-root';

export interface CompletedProcess {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs an entry (entryNodeArgs) with `args` as a child process and collects its output (for short-lived commands). */
export function runToCompletion(entry: string, env: NodeJS.ProcessEnv = process.env, args: string[] = []): Promise<CompletedProcess> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, entryNodeArgs(entry, args, env), { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.once('error', reject);
    child.once('close', (code, signal) =>
      resolvePromise({
        code: code ?? (signal ? 128 : 1),
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
      }),
    );
  });
}
