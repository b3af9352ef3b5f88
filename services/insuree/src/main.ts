import { loadConfig } from '@imis/config';
import { insureeEnvSchema } from './config/insuree.config';
import { createInsureeApp } from './insuree-app';

async function main(): Promise<void> {
  const env = loadConfig(insureeEnvSchema);
  const app = await createInsureeApp(env);
  await app.listen(env.PORT, env.HOST);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
