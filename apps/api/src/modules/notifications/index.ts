/**
 * Public API of the notifications module (ADR 0012): what other modules, core, database, testing and tools may import —
 * only through this file (`npm run lint` refuses a deep import). Everything else in the folder is internal.
 *
 * Notifications: in-app notifications and the mailer.
 * Used by others: `NotificationsService`: the modules that notify. `MAILER`, `Mailer`, `MailMessage`: accounts' mails.
 */
export { NotificationsModule } from './notifications.module';

// Services, types and functions other modules call.
export type { Mailer, MailMessage } from './mailer';
export { MAILER } from './mailer';
export { NotificationsService } from './notifications.service';

// Entities: all of them for the schema's registry (`database/entities.ts`), no other module's use.
export { NotificationEntity } from './notification.entity';
