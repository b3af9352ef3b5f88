import { type DynamicModule, Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { JobsModule, jobsOptionsFrom } from '@imis/jobs';
import { MedicalEnvModule } from '../config/medical-env.module';
import { medicalOrmConfig } from '../config/medical-orm.config';
import type { MedicalEnv } from '../config/medical.config';
import { CatalogueModule } from '../modules/catalogue';
import { DiagnosisJobsModule, DiagnosisModule, diagnosisUploadQueue } from '../modules/diagnosis';
import { PriceListModule } from '../modules/price-list';
import { CatalogueSeeder } from './catalogue-seeder';
import { DiagnosisSeeder } from './diagnosis-seeder';

/**
 * What `npm run seed:medical` runs in: the service's database and its catalogue, diagnosis and price-list
 * modules (their use cases), the job queues with the diagnosis upload processor (one upload at a time,
 * whatever JOBS_CONCURRENCY says), no HTTP server, no outbox relay: the running API processes publish
 * what the seed records.
 */
@Module({})
export class MedicalSeedModule {
  static forRoot(env: MedicalEnv): DynamicModule {
    return {
      module: MedicalSeedModule,
      imports: [
        MedicalEnvModule.forRoot(env),
        MikroOrmModule.forRoot(medicalOrmConfig(env)),
        JobsModule.forRoot({ ...jobsOptionsFrom(env, 'api'), concurrency: { queues: { [diagnosisUploadQueue.name]: 1 } } }),
        CatalogueModule,
        DiagnosisModule,
        DiagnosisJobsModule,
        PriceListModule,
      ],
      providers: [CatalogueSeeder, DiagnosisSeeder],
    };
  }
}
