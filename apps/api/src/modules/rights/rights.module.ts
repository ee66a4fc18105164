import { Module } from '@nestjs/common';
import { PersonExportRepository } from './person-export.repository';
import { PersonExportService } from './person-export.service';
import { RetentionRepository } from './retention.repository';
import { RetentionService } from './retention.service';
import { RetentionWorker } from './retention-worker';
import { RightsController } from './rights.controller';
import { RightsResolver } from './rights.resolver';

/**
 * The persons' data rights (docs/domain/retention.md): the daily retention job (notice, anonymisation, legal hold),
 * the export of everything held about a person, and the person's information notice.
 */
@Module({
  controllers: [RightsController],
  providers: [
    RetentionService,
    RetentionRepository,
    RetentionWorker,
    PersonExportService,
    PersonExportRepository,
    RightsResolver,
  ],
  exports: [RetentionService],
})
export class RightsModule {}
