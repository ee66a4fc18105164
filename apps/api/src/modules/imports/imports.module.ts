import { Module } from '@nestjs/common';
import { ExitPresenceModule } from '../outcomes/exit-presence.module';
import { ImportsController } from './imports.controller';
import { ImportsResolver } from './imports.resolver';
import { ImportsService } from './imports.service';

/** The caseload import from the structure's spreadsheet (docs/adr/0010-caseload-import.md). */
@Module({
  imports: [ExitPresenceModule],
  controllers: [ImportsController],
  providers: [ImportsService, ImportsResolver],
})
export class ImportsModule {}
