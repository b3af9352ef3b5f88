import { createJobWorker } from '@imis/jobs';
import { createServiceApp, defineService } from '@imis/service-kit';
import manifest from '../package.json';
import { AppModule } from './app.module';
import { PAYMENT_SERVICE, paymentOrmConfig, paymentPersistence } from './config/payment-orm.config';
import { paymentEnvSchema } from './config/payment.config';
import { PaymentApiModule } from './payment-api.module';
import { PaymentWorkerModule } from './payment-worker.module';

/**
 * The payment service as its entry points (main, worker, migrate, print-schema, tools/create-migration), the
 * integration tests, `npm start` and the root checks see it. The API keeps JSON bodies' bytes (rawBody): the
 * gateway's callback checks its signature over them.
 */
export const paymentService = defineService({
  name: PAYMENT_SERVICE,
  port: manifest.imis.port,
  envSchema: paymentEnvSchema,
  persistence: paymentPersistence,
  subgraph: (orm, env) => PaymentApiModule.forRoot(orm, env),
  app: (env) => createServiceApp(AppModule.forRoot(env), env, paymentOrmConfig(env), { rawBody: true }),
  worker: (env) => createJobWorker(PaymentWorkerModule.forRoot(env)),
});
