import { Module } from '@nestjs/common';
import { OutcomesModule } from '../outcomes/outcomes.module';
import { ImportsController } from './imports.controller';
import { ImportsResolver } from './imports.resolver';
import { ImportsService } from './imports.service';

/** The caseload import from the structure's spreadsheet (docs/adr/0010-caseload-import.md). */
@Module({
  imports: [OutcomesModule],
  controllers: [ImportsController],
  providers: [ImportsService, ImportsResolver],
})
export class ImportsModule {}
