import { Module } from '@nestjs/common';
import { RetentionService } from './retention.service';
import { RetentionWorker } from './retention-worker';

/**
 * The persons' data rights (docs/domain/retention.md): the daily retention job (notice, anonymisation, legal hold),
 * the export of everything held about a person, and the person's information notice.
 */
@Module({
  providers: [RetentionService, RetentionWorker],
  exports: [RetentionService],
})
export class RightsModule {}
