import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  addDays,
  anonymisationDate,
  AuditAction,
  DATA_RETENTION_NOTICE_DAYS,
  formatIsoDateFr,
  fsePlusHoldUntil,
  NotificationKind,
  parisDay,
} from '@tremplin/domain';
import { requirePerson } from '../../core/access/person-access';
import { AuditService } from '../../core/audit/audit.service';
import type { AuthUser } from '../../core/auth/auth.types';
import { CLOCK, type Clock } from '../../core/clock/clock';
import { BadUserInputError, ConflictError } from '../../core/errors/app-errors';
import { NotificationsService } from '../notifications';
import { RetentionRepository, type RetentionCandidate as Candidate } from './retention.repository';

export const RIGHTS_MESSAGES = {
  alreadyAnonymised: 'Ce dossier a déjà été anonymisé : il ne peut plus être gelé.',
  noHold: 'Ce dossier n’est pas gelé : il n’y a rien à lever.',
} as const;

/** Where a person's file stands in its retention. */
export interface PersonRetentionStatus {
  personId: string;
  lastContactOn: string | null;
  anonymisationOn: string | null;
  legalHoldReason: string | null;
  legalHoldUntil: string | null;
  fseHoldUntil: string | null;
  noticeSentAt: Date | null;
  anonymisedAt: Date | null;
}

/** What a run did. */
export interface RetentionRunResult {
  status: 'DONE' | 'ALREADY_DONE' | 'BUSY';
  /** The day (in France) of the run. */
  runOn: string;
  noticed: string[];
  anonymised: string[];
}

/**
 * The daily retention job (docs/domain/retention.md): tells the counsellor 30 days before a file reaches two years
 * after the last contact, then anonymises it — unless it is on legal hold (set by the director, or an FSE+
 * participant whose supporting documents a funder may still audit). One run per day across every instance (an
 * advisory lock and the `retention_run` row of the day, in one transaction); the audit log keeps that it happened.
 */
@Injectable()
export class RetentionService {
  private readonly logger = new Logger('RetentionJob');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly retention: RetentionRepository,
  ) {}

  /** Where a person's file stands (the caller's structure; another structure's person is NOT_FOUND). */
  async status(
    structureId: string,
    personId: string,
    db: EntityManager = this.db.manager,
  ): Promise<PersonRetentionStatus> {
    await requirePerson(db, structureId, personId);
    const row = await this.retention.status(structureId, personId, db);
    const lastContactOn = row.infinite ? null : row.last_contact;
    return {
      personId,
      lastContactOn,
      anonymisationOn: lastContactOn ? anonymisationDate(lastContactOn) : null,
      legalHoldReason: row.legal_hold_reason,
      legalHoldUntil: row.legal_hold_until,
      fseHoldUntil: row.fse_end ? fsePlusHoldUntil(row.fse_end) : null,
      noticeSentAt: row.notice_sent_at,
      anonymisedAt: row.anonymised_at,
    };
  }

  /** The director keeps a file past the limit (why, until when), audited. */
  async setLegalHold(
    actor: AuthUser,
    structureId: string,
    input: { personId: string; reason: string; until?: string | null },
  ): Promise<PersonRetentionStatus> {
    const today = parisDay(this.clock.now());
    if (input.until && input.until < today)
      throw new BadUserInputError([
        {
          field: 'until',
          message: 'La date de fin du gel est passée : choisissez un jour à venir, ou laissez-la vide.',
        },
      ]);
    return this.db.transaction(async (tx) => {
      const person = await requirePerson(tx, structureId, input.personId, { lock: true });
      if (await this.retention.anonymisedAt(person.id, tx)) throw new ConflictError(RIGHTS_MESSAGES.alreadyAnonymised);
      await this.retention.setLegalHold(
        {
          structureId,
          personId: person.id,
          actorId: actor.id,
          reason: input.reason,
          until: input.until ?? null,
          setAt: this.clock.now(),
        },
        tx,
      );
      await this.audit.record(tx, actor, [
        {
          action: AuditAction.LEGAL_HOLD_SET,
          structureId,
          personId: person.id,
          subjectType: 'person',
          subjectId: person.id,
          details: { until: input.until ?? null },
        },
      ]);
      return this.status(structureId, person.id, tx);
    });
  }

  async liftLegalHold(actor: AuthUser, structureId: string, personId: string): Promise<PersonRetentionStatus> {
    return this.db.transaction(async (tx) => {
      const person = await requirePerson(tx, structureId, personId, { lock: true });
      if (!(await this.retention.liftLegalHold(person.id, actor.id, tx)))
        throw new ConflictError(RIGHTS_MESSAGES.noHold);
      await this.audit.record(tx, actor, [
        {
          action: AuditAction.LEGAL_HOLD_LIFTED,
          structureId,
          personId: person.id,
          subjectType: 'person',
          subjectId: person.id,
        },
      ]);
      return this.status(structureId, person.id, tx);
    });
  }

  /** The run of today (in France); a second call the same day, or while another runs, does nothing. */
  async run(): Promise<RetentionRunResult> {
    const now = this.clock.now();
    const today = parisDay(now);
    const result = await this.db.transaction(async (tx): Promise<RetentionRunResult> => {
      const none = { runOn: today, noticed: [], anonymised: [] };
      if (!(await this.retention.tryLockRun(tx))) return { status: 'BUSY', ...none };
      if (!(await this.retention.claimRun(today, tx))) return { status: 'ALREADY_DONE', ...none };
      const candidates = await this.retention.candidates(today, tx);
      const notice = candidates.filter((c) => c.notice_for_date !== c.anonymise_on);
      const due = candidates.filter(
        (c) =>
          c.notice_for_date === c.anonymise_on &&
          c.notice_day !== null &&
          today >= c.anonymise_on &&
          today >= addDays(c.notice_day, DATA_RETENTION_NOTICE_DAYS),
      );
      await this.sendNotices(tx, notice, now);
      await this.anonymise(tx, due, today, now);
      await this.retention.finishRun(today, due.length, notice.length, tx);
      return { status: 'DONE', runOn: today, noticed: notice.map((c) => c.id), anonymised: due.map((c) => c.id) };
    });
    if (result.noticed.length) void this.notifications.sendPendingEmails();
    if (result.status === 'DONE')
      this.logger.log(
        `Conservation (${today}) : ${result.noticed.length} avis, ${result.anonymised.length} dossier(s) anonymisé(s)`,
      );
    return result;
  }

  private async sendNotices(tx: EntityManager, notice: Candidate[], now: Date): Promise<void> {
    if (notice.length === 0) return;
    await this.retention.recordNotices(
      notice.map((c) => ({ structure_id: c.structure_id, person_id: c.id, notice_for_date: c.anonymise_on })),
      now,
      tx,
    );
    await this.notifications.notify(
      tx,
      notice.map((c) => ({
        recipientUserIds: c.recipients ?? [],
        kind: NotificationKind.RETENTION_DUE,
        title: `Dossier de ${c.first_name} ${c.last_name} : anonymisation prévue au plus tôt le ${formatIsoDateFr(c.anonymise_on)}`,
        body:
          `Le dernier contact avec cette personne date du ${formatIsoDateFr(c.last_contact)}. Deux ans après, ` +
          `son dossier est anonymisé (référentiel CNIL du secteur social). Un nouveau contact repousse cette date ; ` +
          `si un financeur peut encore contrôler le dossier, la direction peut le geler.`,
        link: `/personnes/${c.id}`,
      })),
    );
  }

  /** Anonymises the files: one statement per table, whatever their number. */
  private async anonymise(tx: EntityManager, due: Candidate[], today: string, now: Date): Promise<void> {
    if (due.length === 0) return;
    const ids = due.map((c) => c.id);
    const tables = await this.retention.personTables(tx);
    const counts = await this.retention.countRows(tables, ids, tx);
    await this.retention.anonymiseTables(tables, ids, tx);
    await this.retention.anonymisePersons(ids, tx);
    await this.retention.anonymiseNotifications(ids, tx);
    await this.retention.markAnonymised(ids, now, tx);
    await this.retention.auditAnonymised(
      AuditAction.PERSON_ANONYMISED,
      due.map((c) => ({
        structure_id: c.structure_id,
        person_id: c.id,
        details: { runOn: today, lastContact: c.last_contact, rows: counts.get(c.id) ?? {} },
      })),
      tx,
    );
  }
}
