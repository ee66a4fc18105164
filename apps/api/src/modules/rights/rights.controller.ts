import { Controller, Get, Inject, Param, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import type { DataSource } from 'typeorm';
import { parisDay, Permission } from '@tremplin/domain';
import { requirePerson } from '../../core/access/person-access';
import { Allow, CurrentStructure, CurrentUser } from '../../core/auth/auth.decorators';
import type { AuthUser } from '../../core/auth/auth.types';
import { CLOCK, type Clock } from '../../core/clock/clock';
import { informationNoticePdf } from './information-notice';
import { PersonExportRepository } from './person-export.repository';
import { type ExportFile, PersonExportService } from './person-export.service';

/**
 * Downloads from the person file (the session cookie, as for GraphQL; the global guard applies): everything held
 * about the person (the director), and the information notice to hand to the person (anyone who reads persons).
 * Another structure's person, or an unknown one, answers 404.
 */
@Controller('api/persons')
export class RightsController {
  constructor(
    private readonly exports: PersonExportService,
    private readonly repository: PersonExportRepository,
    @InjectDataSource() private readonly db: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Allow(Permission.PERSON_DATA_RIGHTS)
  @Get(':id/data-export/zip')
  async exportZip(
    @CurrentStructure() structureId: string,
    @CurrentUser() user: AuthUser,
    @Param('id') id: string,
    @Res() res: Response,
  ): Promise<void> {
    send(res, await this.exports.export(user, structureId, id, 'zip'));
  }

  @Allow(Permission.PERSON_DATA_RIGHTS)
  @Get(':id/data-export/pdf')
  async exportPdf(
    @CurrentStructure() structureId: string,
    @CurrentUser() user: AuthUser,
    @Param('id') id: string,
    @Res() res: Response,
  ): Promise<void> {
    send(res, await this.exports.export(user, structureId, id, 'pdf'));
  }

  @Allow(Permission.PERSON_READ)
  @Get(':id/information-notice')
  async informationNotice(
    @CurrentStructure() structureId: string,
    @Param('id') id: string,
    @Res() res: Response,
  ): Promise<void> {
    const person = await requirePerson(this.db.manager, structureId, id);
    const structure = await this.repository.structureHeading(structureId);
    const content = await informationNoticePdf({
      structure,
      person: { firstName: person.firstName, lastName: person.lastName },
      today: parisDay(this.clock.now()),
    });
    send(res, { fileName: 'notice-information-donnees.pdf', contentType: 'application/pdf', content });
  }
}

function send(res: Response, file: ExportFile): void {
  res.setHeader('Cache-Control', 'private, no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Content-Type', file.contentType);
  res.setHeader('Content-Disposition', `attachment; filename="${file.fileName}"`);
  res.setHeader('Content-Length', String(file.content.length));
  res.status(200).end(file.content);
}
