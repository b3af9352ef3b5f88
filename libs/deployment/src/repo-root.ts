import { join, resolve, sep } from 'path';

/** Where `npm start` compiles the TypeScript to (relative to the repository root; see compileSources). */
export const COMPILED_DIR = join('var', 'dist');

/**
 * Absolute path of the repository root (children run from it so tsconfig paths resolve), from the sources
 * or from their compiled copy in COMPILED_DIR.
 */
export const REPO_ROOT = repositoryRoot(resolve(__dirname, '../../..'));

function repositoryRoot(candidate: string): string {
  return candidate.endsWith(`${sep}${COMPILED_DIR}`) ? candidate.slice(0, -COMPILED_DIR.length - 1) : candidate;
}

/** Node arguments that run a TypeScript entry directly, as every project process is run in development and tests. */
export function typescriptNodeArgs(entry: string, args: string[] = []): string[] {
  return ['-r', '@swc-node/register', resolve(REPO_ROOT, entry), ...args];
}
