import { Module } from '@nestjs/common';
import { LocationAccess } from '@imis/auth';
import { FundingResolver } from './api/funding.resolver';
import { FundingAccess } from './application/funding-access';
import { FundProduct } from './application/fund-product.command';

/** Fundings of products by payers (right 131401). */
@Module({ providers: [LocationAccess, FundingAccess, FundProduct, FundingResolver] })
export class FundingModule {}
