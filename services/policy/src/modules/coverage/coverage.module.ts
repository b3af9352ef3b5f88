import { Module } from '@nestjs/common';
import { LocationAccess } from '@imis/auth';
import { CoverageResolver } from './api/coverage.resolver';
import { CoverageQueries } from './application/coverage.queries';

/** The coverage and eligibility enquiry, and Insuree.coverage through federation. */
@Module({ providers: [CoverageQueries, CoverageResolver, LocationAccess], exports: [CoverageQueries] })
export class CoverageModule {}
