import { MikroORM } from '@mikro-orm/core';
import { readinessCheck } from '@imis/observability';

/** `/health/ready` check of a service's own database (ObservabilityModule `readiness`). */
export const databaseReadiness = readinessCheck(
  'database',
  (orm: MikroORM) => async () => {
    const connection = await orm.checkConnection();
    if (!connection.ok) throw new Error(connection.reason);
  },
  [MikroORM],
);
