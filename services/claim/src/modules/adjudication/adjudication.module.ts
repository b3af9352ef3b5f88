import { type DynamicModule, Global, Module } from '@nestjs/common';
import { ClaimQueue } from '../claim';
import { ClaimTraceResolver } from './api/claim-trace.resolver';
import { ProcessClaimsResolver } from './api/process-claims.resolver';
import { AdjudicationProcessor } from './application/adjudication.processor';
import { AdjudicationSettings } from './application/adjudication-settings';
import { ClaimAdjudicator } from './application/claim-adjudicator';
import { JobClaimQueue } from './application/job-claim-queue';
import { ProcessClaims } from './application/process-claims.command';

/**
 * The scheme's adjudication settings, the batch adjudicator and the ClaimQueue submission hands claims to (global:
 * the claim module's submission injects it), in the API and the worker processes alike.
 */
@Global()
@Module({})
export class AdjudicationModule {
  static forRoot(settings: AdjudicationSettings): DynamicModule {
    return {
      module: AdjudicationModule,
      providers: [{ provide: AdjudicationSettings, useValue: settings }, ClaimAdjudicator, { provide: ClaimQueue, useClass: JobClaimQueue }],
      exports: [AdjudicationSettings, ClaimAdjudicator, ClaimQueue],
    };
  }
}

/** GraphQL of adjudication: `processClaims`, and each line's `trace` and `adjudicationExplanation`. */
@Module({ providers: [ProcessClaims, ProcessClaimsResolver, ClaimTraceResolver] })
export class AdjudicationApiModule {}

/** The adjudication jobs' processor (queue `claim-adjudication`), in every process with a JobsModule. */
@Module({ providers: [AdjudicationProcessor] })
export class AdjudicationJobsModule {}
