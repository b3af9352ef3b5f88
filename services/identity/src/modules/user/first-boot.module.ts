import { Module } from '@nestjs/common';
import { FirstBootAdministrator } from './application/first-boot-administrator';
import { CreateFirstAdministrator } from './application/user/create-first-administrator.command';
import { UserModule } from './user.module';

/** Creates the first administrator on application bootstrap (in the running service only, not in print-schema). */
@Module({
  imports: [UserModule],
  providers: [CreateFirstAdministrator, FirstBootAdministrator],
  exports: [FirstBootAdministrator],
})
export class FirstBootModule {}
