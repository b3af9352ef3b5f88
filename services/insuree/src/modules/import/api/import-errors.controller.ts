import { Controller, Get, NotFoundException, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CurrentUser, type RequestUser, RequireRights, Right } from '@imis/auth';
import { sendErrorReport } from '@imis/upload-jobs';
import { ImportQueries } from '../application/import.queries';

/** The error report as a file download (bearer token, as GraphQL; only the requester or an administrator). */
@Controller('insuree-imports')
export class ImportErrorsController {
  constructor(private readonly queries: ImportQueries) {}

  @RequireRights(Right.FamilyAdd, Right.InsureeAdd)
  @Get(':id/errors.csv')
  async errorsCsv(@CurrentUser() user: RequestUser, @Param('id') id: string, @Res() response: Response): Promise<void> {
    const job = await this.queries.find(id, user);
    if (!job) throw new NotFoundException({ code: 'NOT_FOUND', message: 'No import with this id was started by you' });
    sendErrorReport(response, `import-${job.id}-errors.csv`, await this.queries.errorReport(job.id));
  }
}
