import { Module } from '@nestjs/common';
import { AccessProfiles } from './application/access-profiles';

/** Users, roles, enrolment officers and claim administrators. */
@Module({
  providers: [AccessProfiles],
  exports: [AccessProfiles],
})
export class UserModule {}
