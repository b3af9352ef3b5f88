import { type DynamicModule, Module } from '@nestjs/common';
import { LocationAccess } from '@imis/auth';
import { ClaimAccess } from './application/claim-access';
import { ClaimRules } from './application/claim-rules';
import { ClaimSubmission } from './application/claim-submission';
import { ClaimEntryWriter } from './application/claim-writer';
import { ClaimQueries } from './application/claim.queries';
import { CreateClaim } from './application/create-claim.command';
import { DeleteClaim } from './application/delete-claim.command';
import { EnterAndSubmitClaim, EnterAndSubmitClaims } from './application/enter-and-submit-claims.command';
import { EnterClaims } from './application/enter-claims.command';
import { RestoreClaim } from './application/restore-claim.command';
import { SubmitClaims } from './application/submit-claims.command';
import { UpdateClaim } from './application/update-claim.command';
import { ClaimMutationResolver } from './api/claim-mutation.resolver';
import { HealthFacilityClaimsResolver, InsureeClaimsResolver } from './api/claim-references.resolver';
import { ClaimResolver } from './api/claim.resolver';

const USE_CASES = [CreateClaim, EnterClaims, UpdateClaim, DeleteClaim, RestoreClaim, SubmitClaims, EnterAndSubmitClaim, EnterAndSubmitClaims];

/**
 * Claims entry: create (one or a batch), edit while Entered, delete, restore a rejected claim, submit (queued for
 * adjudication: the ClaimQueue comes from the adjudication module); reads, history, Insuree.claims and HealthFacility.claims, under the scheme’s `ClaimRules`.
 */
@Module({
  providers: [
    ...USE_CASES,
    ClaimSubmission,
    ClaimEntryWriter,
    ClaimQueries,
    ClaimAccess,
    LocationAccess,
    ClaimResolver,
    ClaimMutationResolver,
    InsureeClaimsResolver,
    HealthFacilityClaimsResolver,
  ],
  exports: [...USE_CASES, ClaimQueries, ClaimAccess],
})
export class ClaimModule {
  static forRoot(rules: ClaimRules): DynamicModule {
    return { module: ClaimModule, global: true, providers: [{ provide: ClaimRules, useValue: rules }] };
  }
}
