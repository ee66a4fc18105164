import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { NotificationKind } from '@tremplin/domain';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { MAILER, type MailMessage, type Mailer } from './mailer';
import type { NotificationEntity } from './notification.entity';
import { NotificationsRepository } from './notifications.repository';

/** What the e-mail of each kind says: what happened, never who (the name stays in the app, behind sign-in). */
const EMAIL_TEXTS: Record<NotificationKind, { subject: string; text: string }> = {
  [NotificationKind.PROPOSAL_RECEIVED]: {
    subject: 'Nouvelle proposition de candidature',
    text: 'Une structure d’insertion partenaire vous a proposé une candidature pour l’un de vos besoins de recrutement.',
  },
  [NotificationKind.PROPOSAL_DECIDED]: {
    subject: 'Décision d’un employeur sur une proposition',
    text: 'Un employeur partenaire a répondu à l’une de vos propositions de candidature.',
  },
  [NotificationKind.MISSION_HOURS_DISPUTED]: {
    subject: 'Heures de mission contestées',
    text: 'Un employeur partenaire a contesté les heures déclarées d’une mission. Vérifiez-les et corrigez-les si besoin.',
  },
  [NotificationKind.MISSION_HOURS_CORRECTED]: {
    subject: 'Heures de mission corrigées, à confirmer',
    text: 'Une structure d’insertion partenaire a corrigé les heures d’une mission faite chez vous : elles sont à confirmer.',
  },
  [NotificationKind.PROPOSAL_WITHDRAWN]: {
    subject: 'Proposition de candidature retirée',
    text: 'Une proposition de candidature qui vous avait été faite a été retirée : elle n’est plus consultable.',
  },
  [NotificationKind.REPLACEMENT_REQUESTED]: {
    subject: 'Demande de remplacement urgent',
    text: 'Un employeur partenaire demande un remplacement urgent. Consultez les personnes disponibles et envoyez l’offre.',
  },
  [NotificationKind.REPLACEMENT_FILLED]: {
    subject: 'Remplacement pourvu',
    text: 'Une personne a accepté votre demande de remplacement. Sa fiche de compétences est dans Tremplin.',
  },
  [NotificationKind.REPLACEMENT_ESCALATED]: {
    subject: 'Remplacement non pourvu à l’heure limite',
    text: 'Une demande de remplacement n’a pas été pourvue à l’heure limite de réponse : reprenez-la sans attendre.',
  },
  [NotificationKind.RETENTION_DUE]: {
    subject: 'Dossier bientôt anonymisé (durée de conservation)',
    text: 'Le dossier d’une personne que vous suivez arrive au terme de sa durée de conservation (deux ans après le dernier contact) : il sera anonymisé dans 30 jours. Si un financeur peut encore le contrôler, demandez à la direction de le geler.',
  },
  [NotificationKind.BOARD_PROPOSAL_RECEIVED]: {
    subject: 'Nouvelle proposition à une offre partagée avec le réseau',
    text: 'Une structure de votre réseau vous propose une personne pour l’une des offres que vous avez partagées. Sa fiche est dans « Offres du réseau », onglet « Propositions reçues ».',
  },
  [NotificationKind.COACHING_MEDIATION_REQUESTED]: {
    subject: 'Demande de médiation d’un employeur',
    text: 'Un employeur partenaire demande une médiation pendant une mission que vous suivez. Organisez-la, puis enregistrez-la dans le dossier de la personne.',
  },
};

/** E-mails claimed per statement. */
const EMAIL_BATCH = 50;

/** A page of the caller's notifications. */
export interface NotificationPage {
  unreadCount: number;
  items: NotificationEntity[];
}

/** One notification, to one or several users. */
export interface NotificationDraft {
  recipientUserIds: readonly string[];
  kind: NotificationKind;
  title: string;
  body: string;
  /** Route in the web app. */
  link: string | null;
  proposalId?: string | null;
  missionId?: string | null;
}

/**
 * In-app notifications, written in the caller's transaction (a rolled-back change notifies nobody), and the same by
 * e-mail when SMTP is configured: call `sendPendingEmails()` after the transaction commits.
 */
@Injectable()
export class NotificationsService {
  private readonly logger = new Logger(NotificationsService.name);

  constructor(
    @Inject(MAILER) private readonly mailer: Mailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repository: NotificationsRepository,
  ) {}

  async notify(db: EntityManager, drafts: readonly NotificationDraft[]): Promise<void> {
    const rows = drafts.flatMap((d) =>
      [...new Set(d.recipientUserIds)].map((recipient) => ({
        recipient_user_id: recipient,
        kind: d.kind,
        title: d.title,
        body: d.body,
        link: d.link,
        proposal_id: d.proposalId ?? null,
        mission_id: d.missionId ?? null,
      })),
    );
    if (rows.length === 0) return;
    await this.repository.insert(rows, this.mailer.enabled ? 'PENDING' : 'SKIPPED', db);
  }

  /** The active reviewers of a partner organisation. */
  async reviewersOf(db: EntityManager, partnerOrganisationId: string): Promise<string[]> {
    return this.repository.reviewersOf(partnerOrganisationId, db);
  }

  /** Who follows a person: their referent counsellor when active, else `fallbackUserId` (e.g. the proposal's author). */
  async followersOf(
    db: EntityManager,
    structureId: string,
    personId: string,
    fallbackUserId: string | null,
  ): Promise<string[]> {
    const counsellor = await this.repository.activeCounsellorOf(structureId, personId, db);
    if (counsellor) return [counsellor];
    return fallbackUserId ? [fallbackUserId] : [];
  }

  /** The caller's notifications, newest first, with their unread count (two statements). */
  async list(userId: string, unreadOnly: boolean, first: number): Promise<NotificationPage> {
    const [items, n] = await Promise.all([
      this.repository.page(userId, unreadOnly, first),
      this.repository.unreadCount(userId),
    ]);
    return { unreadCount: n, items };
  }

  /** Marks the caller's notifications read: those listed (others' ids are ignored), or all of them. */
  async markRead(userId: string, ids: readonly string[], all: boolean): Promise<void> {
    if (all) await this.repository.markAllRead(userId);
    else if (ids.length) await this.repository.markRead(userId, ids);
  }

  /**
   * Sends the e-mails of notifications still PENDING (call after commit; fire and forget). Each batch is claimed in
   * one statement (`FOR UPDATE SKIP LOCKED`, marked SENT at once): two concurrent calls never send the same e-mail.
   * A failed send is marked FAILED with its error (no retry: the notification is still in the app).
   */
  async sendPendingEmails(): Promise<void> {
    if (!this.mailer.enabled) return;
    for (;;) {
      const claimed = await this.repository.claimPendingEmails(EMAIL_BATCH);
      if (!claimed.length) return;
      const failures: { id: string; error: string }[] = [];
      for (const row of claimed) {
        try {
          if (!row.email) throw new Error('Destinataire sans adresse e-mail');
          await this.mailer.send(this.emailOf(row.email, row.kind, row.link));
        } catch (e) {
          failures.push({ id: row.id, error: (e instanceof Error ? e.message : String(e)).slice(0, 2000) });
        }
      }
      if (failures.length) {
        this.logger.warn({ msg: 'E-mails de notification en échec', count: failures.length });
        await this.repository.markEmailsFailed(failures);
      }
      if (claimed.length < EMAIL_BATCH) return;
    }
  }

  /** The e-mail of a notification: what happened and the link, in French; no person's name. */
  emailOf(to: string, kind: string, link: string | null): MailMessage {
    const texts = EMAIL_TEXTS[kind as NotificationKind] ?? {
      subject: 'Nouvelle notification',
      text: 'Vous avez une nouvelle notification.',
    };
    const url = link ? `${this.config.publicUrl ?? ''}${link}` : (this.config.publicUrl ?? null);
    return {
      to,
      subject: `Tremplin — ${texts.subject}`,
      text:
        `Bonjour,\n\n${texts.text}\n\n` +
        (url
          ? `Pour voir le détail, connectez-vous à Tremplin : ${url}\n\n`
          : 'Pour voir le détail, connectez-vous à Tremplin.\n\n') +
        'Ce message est envoyé automatiquement : merci de ne pas y répondre.',
    };
  }
}
