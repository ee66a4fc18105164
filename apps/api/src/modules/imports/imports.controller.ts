import { Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import multer, { type UploadedFile } from 'multer';
import { buildCsv, IMPORT_MAX_BYTES, Permission } from '@tremplin/domain';
import { Allow, CurrentStructure, CurrentUser } from '../../core/auth/auth.decorators';
import type { AuthUser } from '../../core/auth/auth.types';
import { BadUserInputError } from '../../core/errors/app-errors';
import { ImportUploadType } from './dto/import.types';
import { importLogCsv, importLogFileName } from './import-log.csv';
import { IMPORT_MESSAGES, ImportsService } from './imports.service';

/** Header the web app sends with an upload: a cross-site form cannot set it (CSRF), as Apollo's own preflight check. */
export const UPLOAD_HEADER = 'x-tremplin-upload';

/** Reads the single `file` field into memory, at most IMPORT_MAX_BYTES (docs/adr/0010-caseload-import.md). */
const readFile = multer({ storage: multer.memoryStorage(), limits: { fileSize: IMPORT_MAX_BYTES, files: 1 } }).single(
  'file',
);

/**
 * The upload of a spreadsheet (multipart, field `file`) and the download of an import's log as CSV, behind the
 * session guard and the import permission, like the GraphQL operations.
 */
@Controller('api/imports')
export class ImportsController {
  constructor(private readonly service: ImportsService) {}

  @Allow(Permission.CASELOAD_IMPORT)
  @Post()
  async upload(
    @CurrentStructure() structureId: string,
    @CurrentUser() user: AuthUser,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    if (req.headers[UPLOAD_HEADER] !== '1')
      throw new BadUserInputError([
        { field: 'file', message: 'Déposez le fichier depuis la page « Importer » de Tremplin.' },
      ]);
    await new Promise<void>((resolve, reject) =>
      readFile(req, res, (e: unknown) => {
        if (!e) return resolve();
        const code = (e as { code?: string }).code;
        reject(
          new BadUserInputError([
            { field: 'file', message: code === 'LIMIT_FILE_SIZE' ? IMPORT_MESSAGES.tooLarge : IMPORT_MESSAGES.noFile },
          ]),
        );
      }),
    );
    const preview = await this.service.upload(structureId, user.id, (req as Request & { file?: UploadedFile }).file);
    res.setHeader('Cache-Control', 'private, no-store');
    res.status(201).json(ImportUploadType.from(preview));
  }

  @Allow(Permission.CASELOAD_IMPORT)
  @Get(':id/log.csv')
  async log(@CurrentStructure() structureId: string, @Param('id') id: string, @Res() res: Response): Promise<void> {
    const log = await this.service.log(structureId, id);
    const body = Buffer.from(buildCsv(...importLogCsv(log)), 'utf8');
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${importLogFileName(log)}"`);
    res.status(200).end(body);
  }
}
