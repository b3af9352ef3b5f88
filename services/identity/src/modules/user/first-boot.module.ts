import { Module } from '@nestjs/common';
import { CredentialsModule } from '../authentication';
import { FirstBootAdministrator } from './application/first-boot-administrator';

/** Creates the first administrator on application bootstrap (in the running service only, not in print-schema). */
@Module({
  imports: [CredentialsModule],
  providers: [FirstBootAdministrator],
  exports: [FirstBootAdministrator],
})
export class FirstBootModule {}
