import { type ChildProcess, execFileSync, spawn } from 'child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readlinkSync, rmSync, symlinkSync } from 'fs';
import { tmpdir } from 'os';
import { dirname, join } from 'path';

/**
 * A scratch copy of the repository in a temporary folder: every file `git clone` would give plus the
 * working tree's uncommitted changes (tracked and new files, .gitignore respected), and a node_modules
 * whose entries link to the repository's (nothing downloaded). Its `@imis` scope is a folder of its own,
 * so that what a command there installs (a new workspace's link) stays in the copy.
 */
export function createScratchClone(repository: string): string {
  const clone = mkdtempSync(join(tmpdir(), 'imis-scratch-'));
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: repository, maxBuffer: 64 * 1024 * 1024 })
    .toString('utf8')
    .split('\0')
    .filter((file) => file.length > 0);
  for (const file of new Set(files)) {
    mkdirSync(dirname(join(clone, file)), { recursive: true });
    try {
      copyFileSync(join(repository, file), join(clone, file));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error; // deleted in the working tree
    }
  }
  const modules = join(repository, 'node_modules');
  mkdirSync(join(clone, 'node_modules/@imis'), { recursive: true });
  for (const entry of readdirSync(modules)) {
    if (entry !== '@imis') symlinkSync(join(modules, entry), join(clone, 'node_modules', entry));
  }
  // Workspace links are relative (../../libs/x): copied as they are, they point into the copy.
  for (const entry of readdirSync(join(modules, '@imis'))) {
    symlinkSync(readlinkSync(join(modules, '@imis', entry)), join(clone, 'node_modules/@imis', entry));
  }
  return clone;
}

export function removeScratchClone(clone: string): void {
  rmSync(clone, { recursive: true, force: true });
}

export interface CommandOutcome {
  code: number;
  output: string;
}

/** Runs a command in `cwd` to its end; its stdout and stderr together (the tail, for failure messages). */
export function runCommand(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<CommandOutcome> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const output: string[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.once('error', (error) => resolve({ code: 1, output: error.message }));
    child.once('close', (code) => resolve({ code: code ?? 1, output: output.join('').slice(-6000) }));
  });
}

/** A long-running command in its own process group (so that stopping it stops what it started). */
export class BackgroundCommand {
  private readonly lines: string[] = [];
  readonly exited: Promise<number>;
  private readonly child: ChildProcess;

  constructor(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv) {
    this.child = spawn(command, args, { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    for (const stream of [this.child.stdout!, this.child.stderr!]) {
      stream.on('data', (chunk: Buffer) => {
        this.lines.push(...chunk.toString().split('\n'));
        this.lines.splice(0, Math.max(0, this.lines.length - 80));
      });
    }
    this.exited = new Promise((resolve) => this.child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
  }

  output(): string {
    return this.lines.join('\n');
  }

  /**
   * Ctrl-C: SIGINT to the whole group, SIGKILL after `graceMs`. Resolves once no process of the group is
   * left, with whether they all stopped on SIGINT.
   */
  async stop(graceMs = 30_000): Promise<'stopped' | 'killed'> {
    const group = -this.child.pid!;
    const signal = (name: NodeJS.Signals | 0): boolean => {
      try {
        process.kill(group, name);
        return true;
      } catch {
        return false; // no process left in the group
      }
    };
    const deadline = Date.now() + graceMs;
    signal('SIGINT');
    while (signal(0)) {
      if (Date.now() > deadline) {
        signal('SIGKILL');
        await this.exited;
        return 'killed';
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return 'stopped';
  }
}
