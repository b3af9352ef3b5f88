import { resolve } from 'path';

/** Absolute path of the repository root (children run from it so tsconfig paths resolve). */
export const REPO_ROOT = resolve(__dirname, '../../..');

/** Node arguments that run a TypeScript entry directly, as every project process is run. */
export function typescriptNodeArgs(entry: string, args: string[] = []): string[] {
  return ['-r', '@swc-node/register', resolve(REPO_ROOT, entry), ...args];
}
