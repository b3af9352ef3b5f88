import type { Response } from 'express';

/** Sends a job's error report (`errorReportCsv`) as a CSV file download named `fileName`. */
export function sendErrorReport(response: Response, fileName: string, report: string): void {
  response.setHeader('Content-Type', 'text/csv; charset=utf-8');
  response.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
  response.end(report);
}
