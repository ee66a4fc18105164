import { Global, Module, type OnApplicationShutdown, Inject } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { MAILER, type Mailer } from './mailer';
import { NotificationsRepository } from './notifications.repository';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';
import { NO_MAILER, SmtpMailer } from './smtp-mailer';

/** In-app notifications, and the same by e-mail when `SMTP_URL` is set (else in-app only). */
@Global()
@Module({
  providers: [
    NotificationsService,
    NotificationsRepository,
    NotificationsResolver,
    {
      provide: MAILER,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): Mailer =>
        config.smtpUrl ? new SmtpMailer(config.smtpUrl, config.mailFrom) : NO_MAILER,
    },
  ],
  exports: [NotificationsService, MAILER],
})
export class NotificationsModule implements OnApplicationShutdown {
  constructor(@Inject(MAILER) private readonly mailer: Mailer) {}

  onApplicationShutdown(): void {
    if (this.mailer instanceof SmtpMailer) this.mailer.close();
  }
}
