export { ConfigError, loadConfig } from './load-config';
export { baseEnvSchema, serviceEnvSchema, servicePort } from './env-schemas';
export type { BaseEnv, ServiceEnv } from './env-schemas';
