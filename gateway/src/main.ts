import { Logger } from 'nestjs-pino';
import { startGateway } from './bootstrap';

startGateway()
  .then(async (app) => app.get(Logger).log(`GraphQL gateway listening on ${await app.getUrl()}/graphql`))
  .catch((error: unknown) => {
    process.stderr.write(`Gateway failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
