import { Module } from '@nestjs/common';
import { PremiumQueries } from './application/premium.queries';

/** The service's copy of premiums (§5.4 checks that an officer's payment has one); its consumer is PremiumProjectionModule. */
@Module({ providers: [PremiumQueries], exports: [PremiumQueries] })
export class PremiumModule {}
