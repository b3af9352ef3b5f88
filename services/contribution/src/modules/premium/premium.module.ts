import { Module } from '@nestjs/common';
import { LocationAccess } from '@imis/auth';
import { PayerModule } from '../payer';
import { ContributionResolver } from './api/contribution.resolver';
import { PolicyContributionsResolver } from './api/policy-contributions.resolver';
import { AddContribution } from './application/add-contribution.command';
import { ContributionAccess } from './application/contribution-access';
import { DeleteContribution } from './application/delete-contribution.command';
import { PremiumQueries } from './application/premium.queries';
import { UpdateContribution } from './application/update-contribution.command';

/** Premiums (contributions) of policies, rights 101301–101304, and policyContributions (paid total, balance, contributions of policies). */
@Module({
  imports: [PayerModule],
  providers: [LocationAccess, ContributionAccess, PremiumQueries, AddContribution, UpdateContribution, DeleteContribution, ContributionResolver, PolicyContributionsResolver],
})
export class PremiumModule {}
