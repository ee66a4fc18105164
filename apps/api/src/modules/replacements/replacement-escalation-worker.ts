import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { ReplacementsService } from './replacements.service';

/** How often the job looks for requests left unfilled at their answer-by time. */
export const ESCALATION_CHECK_EVERY_MS = 60_000;

/**
 * Escalates every minute (unless `REPLACEMENT_ESCALATION_JOB=false`) the urgent replacements nobody accepted by their
 * answer-by time, so the counsellor is told then — not when someone next opens the list (docs/domain/replacements.md).
 */
@Injectable()
export class ReplacementEscalationWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('ReplacementEscalation');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly replacements: ReplacementsService,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.replacementEscalationJob) this.schedule();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  private schedule(): void {
    this.timer = setTimeout(() => {
      this.running = this.replacements
        .escalateDue()
        .then((n) => {
          if (n) this.logger.log(`${n} demande(s) de remplacement non pourvue(s) à l’heure limite : signalée(s).`);
        })
        .catch((e: unknown) =>
          this.logger.error(`Remplacements à signaler : ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`),
        )
        .finally(() => {
          this.running = null;
          if (this.timer) this.schedule();
        });
    }, ESCALATION_CHECK_EVERY_MS);
    this.timer.unref();
  }
}
