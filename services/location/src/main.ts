import { loadConfig } from '@imis/config';
import { locationEnvSchema } from './config/location.config';
import { createLocationApp } from './location-app';

async function main(): Promise<void> {
  const env = loadConfig(locationEnvSchema);
  const app = await createLocationApp(env);
  await app.listen(env.PORT, env.HOST);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
