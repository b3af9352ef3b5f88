import { z } from 'zod';
import { resolveSecretFiles } from './secret-files';

export class ConfigError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid configuration:\n${issues.map((issue) => `  - ${issue}`).join('\n')}\nSee .env.example for every variable.`);
    this.name = 'ConfigError';
  }
}

/**
 * Parses the environment with a zod schema; refuses to start with one readable line per bad variable.
 * A variable of the schema may come from a file instead: `X_FILE=/run/secrets/x` is read into `X` first.
 */
export function loadConfig<S extends z.ZodTypeAny>(schema: S, env: NodeJS.ProcessEnv = process.env): z.infer<S> {
  const secrets = resolveSecretFiles(env, schemaVariables(schema));
  const result = schema.safeParse(secrets.env);
  const issues = result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  if (secrets.issues.length === 0 && result.success) return result.data;
  throw new ConfigError([...secrets.issues, ...issues]);
}

/** The variables an object schema reads; undefined (every variable) for any other schema. */
function schemaVariables(schema: z.ZodTypeAny): ReadonlySet<string> | undefined {
  return schema instanceof z.ZodObject ? new Set(Object.keys(schema.shape as object)) : undefined;
}
