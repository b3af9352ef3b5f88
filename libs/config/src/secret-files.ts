import { readFileSync } from 'fs';

const SUFFIX = '_FILE';

export interface ResolvedSecrets {
  env: NodeJS.ProcessEnv;
  /** One line per variable that could not be resolved, in loadConfig's format. */
  issues: string[];
}

const readUtf8 = (path: string): string => readFileSync(path, 'utf8');

/**
 * The environment with each `X_FILE=<path>` turned into `X=<the file's content>`, for secrets mounted as
 * files (Docker and Kubernetes secrets under /run/secrets) rather than passed as plain variables. Only
 * variables in `names` are resolved (every one when it is not given); an empty `X_FILE` counts as unset.
 * One trailing line break is dropped (editors and `echo` add one). Setting both `X` and `X_FILE`, or a file
 * that cannot be read, is an issue: the process must not start with a half-configured secret.
 */
export function resolveSecretFiles(env: NodeJS.ProcessEnv, names?: ReadonlySet<string>, read: (path: string) => string = readUtf8): ResolvedSecrets {
  const resolved: NodeJS.ProcessEnv = { ...env };
  const issues: string[] = [];
  for (const [key, path] of Object.entries(env)) {
    if (!key.endsWith(SUFFIX) || key.length === SUFFIX.length || !path) continue;
    const name = key.slice(0, -SUFFIX.length);
    if (names && !names.has(name)) continue;
    if (env[name]) {
      issues.push(`${key}: ${name} is set too; set only one of them`);
      continue;
    }
    try {
      resolved[name] = read(path).replace(/\r?\n$/, '');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
      issues.push(`${key}: cannot read ${path} (${code})`);
    }
  }
  return { env: resolved, issues };
}
