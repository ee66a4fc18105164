import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { RetentionService } from './retention.service';

/** The first check waits this long after start (the application is warming up), then one check an hour. */
export const RETENTION_FIRST_CHECK_MS = 60_000;
export const RETENTION_CHECK_EVERY_MS = 60 * 60_000;

/**
 * Starts the retention job every hour (unless `RETENTION_JOB=false`): the first check of a day (in France) runs it,
 * the others find the day's `retention_run` row and stop (RetentionService.run).
 */
@Injectable()
export class RetentionWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('RetentionJob');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly retention: RetentionService,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.retentionJob) return;
    this.schedule(RETENTION_FIRST_CHECK_MS);
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  private schedule(ms: number): void {
    this.timer = setTimeout(() => {
      this.running = this.retention
        .run()
        .catch((e: unknown) =>
          this.logger.error(`Tâche de conservation : ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`),
        )
        .finally(() => {
          this.running = null;
          if (this.timer) this.schedule(RETENTION_CHECK_EVERY_MS);
        });
    }, ms);
    this.timer.unref();
  }
}
