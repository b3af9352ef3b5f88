export { ConfigError, loadConfig } from './load-config';
export { baseEnvSchema, blankAsUnset, serviceEnvSchema, servicePort } from './env-schemas';
export { resolveSecretFiles } from './secret-files';
export type { ResolvedSecrets } from './secret-files';
export type { BaseEnv, ServiceEnv } from './env-schemas';
