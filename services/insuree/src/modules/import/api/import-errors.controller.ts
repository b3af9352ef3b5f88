import { Controller, Get, Header, NotFoundException, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CurrentUser, type RequestUser, RequireRights, Right } from '@imis/auth';
import { ImportQueries } from '../application/import.queries';

/** The error report as a file download (bearer token, as GraphQL; only the requester or an administrator). */
@Controller('insuree-imports')
export class ImportErrorsController {
  constructor(private readonly queries: ImportQueries) {}

  @RequireRights(Right.FamilyAdd, Right.InsureeAdd)
  @Get(':id/errors.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  async errorsCsv(@CurrentUser() user: RequestUser, @Param('id') id: string, @Res({ passthrough: true }) response: Response): Promise<string> {
    const job = await this.queries.find(id, user);
    if (!job) throw new NotFoundException({ code: 'NOT_FOUND', message: 'No import with this id was started by you' });
    response.setHeader('Content-Disposition', `attachment; filename="import-${job.id}-errors.csv"`);
    return this.queries.errorReport(job.id);
  }
}
