import { Module } from '@nestjs/common';
import { ExitPresenceModule } from '../exit-presence';
import { ImportsController } from './imports.controller';
import { ImportsRepository } from './imports.repository';
import { ImportsResolver } from './imports.resolver';
import { ImportsService } from './imports.service';
import { LesEmploisResolver } from './les-emplois/les-emplois.resolver';
import { LesEmploisService } from './les-emplois/les-emplois.service';

/**
 * The caseload import from the structure's spreadsheet (docs/adr/0010-caseload-import.md), and from the employee
 * records of les emplois de l’inclusion (docs/domain/les-emplois-sync.md).
 */
@Module({
  imports: [ExitPresenceModule],
  controllers: [ImportsController],
  providers: [ImportsService, ImportsRepository, ImportsResolver, LesEmploisService, LesEmploisResolver],
})
export class ImportsModule {}
