import { Module } from '@nestjs/common';

/** Users, roles, enrolment officers and claim administrators. */
@Module({})
export class UserModule {}
