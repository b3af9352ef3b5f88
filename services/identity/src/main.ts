import { loadConfig } from '@imis/config';
import { identityEnvSchema } from './config/identity.config';
import { createIdentityApp } from './identity-app';

async function main(): Promise<void> {
  const env = loadConfig(identityEnvSchema);
  const app = await createIdentityApp(env);
  await app.listen(env.PORT, env.HOST);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
