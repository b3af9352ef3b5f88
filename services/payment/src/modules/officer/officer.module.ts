import { Module } from '@nestjs/common';
import { OfficerQueries } from './application/officer.queries';

/** The service's copy of enrolment officers (§5 checks an intent's and a payment's officer); its consumer is OfficerProjectionModule. */
@Module({ providers: [OfficerQueries], exports: [OfficerQueries] })
export class OfficerModule {}
