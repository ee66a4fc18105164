import { createTransport, type Transporter } from 'nodemailer';
import type { MailMessage, Mailer } from './mailer';

/** The SMTP mailer (nodemailer), configured by `SMTP_URL`; `MAIL_FROM` is the sender. */
export class SmtpMailer implements Mailer {
  readonly enabled = true;
  private readonly transport: Transporter;

  constructor(
    smtpUrl: string,
    private readonly from: string,
  ) {
    this.transport = createTransport(smtpUrl);
  }

  async send(message: MailMessage): Promise<void> {
    await this.transport.sendMail({ from: this.from, to: message.to, subject: message.subject, text: message.text });
  }

  close(): void {
    this.transport.close();
  }
}

/** No SMTP server configured: notifications stay in-app (`email_status = 'SKIPPED'`). */
export const NO_MAILER: Mailer = { enabled: false, send: async () => undefined };
