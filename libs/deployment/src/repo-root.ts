import { existsSync } from 'fs';
import { dirname, join, resolve } from 'path';

/** Where `npm start` compiles the TypeScript to (relative to the repository root; see compileSources). */
export const COMPILED_DIR = join('var', 'dist');

/**
 * Absolute path of the repository root (children run from it so tsconfig paths resolve): the nearest folder
 * above this file with the root's tsconfig.base.json, from the sources or from a compiled copy (var/dist).
 */
export const REPO_ROOT = repositoryRoot(__dirname);

function repositoryRoot(start: string): string {
  for (let folder = start; ; folder = dirname(folder)) {
    if (existsSync(join(folder, 'tsconfig.base.json'))) return folder;
    if (dirname(folder) === folder) return resolve(__dirname, '../../..');
  }
}

/** Node arguments that run a TypeScript entry directly, as processes run in development and tests. */
export function typescriptNodeArgs(entry: string, args: string[] = []): string[] {
  return ['-r', '@swc-node/register', resolve(REPO_ROOT, entry), ...args];
}
