import { Controller, Get, NotFoundException, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CurrentUser, type RequestUser, RequireRights, Right } from '@imis/auth';
import { sendErrorReport } from '@imis/upload-jobs';
import { DiagnosisUploadQueries } from '../application/diagnosis-upload.queries';

/** Downloads (bearer token, as GraphQL): every current diagnosis (131002), an upload's error report (131001). */
@Controller()
export class DiagnosisFilesController {
  constructor(private readonly queries: DiagnosisUploadQueries) {}

  /** Streamed a chunk at a time: `code,name`, in code order, the same columns an upload reads. */
  @RequireRights(Right.DiagnosesDownload)
  @Get('diagnoses.csv')
  async diagnosesCsv(@Res() response: Response): Promise<void> {
    response.setHeader('Content-Type', 'text/csv; charset=utf-8');
    response.setHeader('Content-Disposition', 'attachment; filename="diagnoses.csv"');
    for await (const chunk of this.queries.diagnosesCsv()) {
      if (!response.write(chunk)) await new Promise((resolve) => response.once('drain', resolve));
    }
    response.end();
  }

  @RequireRights(Right.DiagnosesUpload)
  @Get('diagnosis-uploads/:id/errors.csv')
  async errorsCsv(@CurrentUser() user: RequestUser, @Param('id') id: string, @Res() response: Response): Promise<void> {
    const upload = await this.queries.find(id, user);
    if (!upload) throw new NotFoundException({ code: 'NOT_FOUND', message: 'No upload with this id was started by you' });
    sendErrorReport(response, `diagnosis-upload-${upload.id}-errors.csv`, await this.queries.errorReport(upload.id));
  }
}
