import { Controller, Get, Header, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Permission, ReportFormat } from '@tremplin/domain';
import { Allow, CurrentStructure } from '../../core/auth/auth.decorators';
import { NotFoundError } from '../../core/errors/app-errors';
import { REPORT_MESSAGES, reportFileName } from './reports.common';
import { ReportsService } from './reports.service';

const CONTENT_TYPES: Record<ReportFormat, string> = {
  [ReportFormat.PDF]: 'application/pdf',
  [ReportFormat.XLSX]: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * Downloads of a finished report (the session cookie, as for GraphQL; the global guard applies): a job of another
 * structure, unknown, or not finished answers 404. The ETag is the file's SHA-256.
 */
@Controller('api/reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Allow(Permission.REPORT_WRITE)
  @Get(':id/pdf')
  @Header('Cache-Control', 'private, no-store')
  async pdf(
    @CurrentStructure() structureId: string,
    @Param('id') id: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    await this.send(structureId, id, ReportFormat.PDF, req, res);
  }

  @Allow(Permission.REPORT_WRITE)
  @Get(':id/xlsx')
  @Header('Cache-Control', 'private, no-store')
  async xlsx(
    @CurrentStructure() structureId: string,
    @Param('id') id: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    await this.send(structureId, id, ReportFormat.XLSX, req, res);
  }

  private async send(
    structureId: string,
    id: string,
    format: ReportFormat,
    req: Request,
    res: Response,
  ): Promise<void> {
    const file = await this.reports.file(structureId, id, format);
    if (!file) throw new NotFoundError(REPORT_MESSAGES.fileNotReady);
    const etag = `"${file.sha256}"`;
    const name = reportFileName(file.kind, file.parameters, file.periodStart, file.periodEnd, format);
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('ETag', etag);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    if (req.headers['if-none-match'] === etag) {
      res.status(304).end();
      return;
    }
    res.setHeader('Content-Type', CONTENT_TYPES[format]);
    res.setHeader('Content-Disposition', `attachment; filename="${name}"`);
    res.setHeader('Content-Length', String(file.content.length));
    res.status(200).end(file.content);
  }
}
