import { Module } from '@nestjs/common';
import { LocationAccess } from '@imis/auth';
import { ClaimUsageModule } from '../claim-usage';
import { ProductModule } from '../product';
import { CreatePolicy } from './application/create-policy.command';
import { DeletePolicy } from './application/delete-policy.command';
import { PolicyAccess } from './application/policy-access';
import { PolicyClaimsUsage } from './application/policy-claims-usage';
import { PolicyValueQuery } from './application/policy-value.query';
import { PolicyQueries } from './application/policy.queries';
import { RenewPolicy } from './application/renew-policy.command';
import { SuspendPolicy } from './application/suspend-policy.command';
import { UpdatePolicy } from './application/update-policy.command';
import { FamilyPoliciesResolver } from './api/family-policies.resolver';
import { PolicyMutationResolver } from './api/policy-mutation.resolver';
import { PolicyResolver } from './api/policy.resolver';
import { ClaimsUsageOfPolicies } from './infrastructure/claims-usage-ledger.adapter';

const USE_CASES = [CreatePolicy, RenewPolicy, UpdatePolicy, SuspendPolicy, DeletePolicy];

/** Policies with their members' coverage rows: value, create, renew, edit while Idle, suspend, delete; reads and Family.policies. */
@Module({
  imports: [ProductModule, ClaimUsageModule],
  providers: [
    ...USE_CASES,
    PolicyQueries,
    PolicyValueQuery,
    PolicyAccess,
    LocationAccess,
    { provide: PolicyClaimsUsage, useClass: ClaimsUsageOfPolicies },
    PolicyResolver,
    PolicyMutationResolver,
    FamilyPoliciesResolver,
  ],
  exports: [...USE_CASES, PolicyQueries],
})
export class PolicyModule {}
