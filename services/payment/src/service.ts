import { createServiceApp, defineService } from '@imis/service-kit';
import manifest from '../package.json';
import { AppModule } from './app.module';
import { PAYMENT_SERVICE, paymentOrmConfig, paymentPersistence } from './config/payment-orm.config';
import { paymentEnvSchema } from './config/payment.config';
import { PaymentApiModule } from './payment-api.module';

/**
 * The payment service as its entry points (main, migrate, print-schema, tools/create-migration), the
 * integration tests, `npm start` and the root checks see it. Add `worker` (and src/worker.ts calling
 * runServiceWorker) when it gets background jobs.
 */
export const paymentService = defineService({
  name: PAYMENT_SERVICE,
  port: manifest.imis.port,
  envSchema: paymentEnvSchema,
  persistence: paymentPersistence,
  subgraph: (orm) => PaymentApiModule.forRoot(orm),
  app: (env) => createServiceApp(AppModule.forRoot(env), env, paymentOrmConfig(env)),
});
