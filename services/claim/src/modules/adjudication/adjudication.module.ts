import { type DynamicModule, Global, Module } from '@nestjs/common';
import { AdjudicationProcessor } from './application/adjudication.processor';
import { AdjudicationSettings } from './application/adjudication-settings';
import { ClaimAdjudicator } from './application/claim-adjudicator';

/** The scheme's adjudication settings and the batch adjudicator (global: submission enqueues with the settings' batch size). */
@Global()
@Module({})
export class AdjudicationModule {
  static forRoot(settings: AdjudicationSettings): DynamicModule {
    return {
      module: AdjudicationModule,
      providers: [{ provide: AdjudicationSettings, useValue: settings }, ClaimAdjudicator],
      exports: [AdjudicationSettings, ClaimAdjudicator],
    };
  }
}

/** The adjudication jobs' processor (queue `claim-adjudication`), in every process with a JobsModule. */
@Module({ providers: [AdjudicationProcessor] })
export class AdjudicationJobsModule {}
