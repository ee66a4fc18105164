/** An e-mail to send. Plain text; no personal data beyond what the recipient may see in the app. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/** The mail transport (SMTP in production, configured by SMTP_URL; none when unset). */
export interface Mailer {
  /** False when no SMTP server is configured: notifications stay in-app only (`email_status = 'SKIPPED'`). */
  readonly enabled: boolean;
  send(message: MailMessage): Promise<void>;
}

export const MAILER = Symbol('MAILER');
