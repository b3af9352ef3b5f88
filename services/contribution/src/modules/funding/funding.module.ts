import { Module } from '@nestjs/common';
import { FundingResolver } from './api/funding.resolver';
import { FundingAccess } from './application/funding-access';
import { FundProduct } from './application/fund-product.command';

/** Fundings of products by payers (right 131401). */
@Module({ providers: [FundingAccess, FundProduct, FundingResolver] })
export class FundingModule {}
