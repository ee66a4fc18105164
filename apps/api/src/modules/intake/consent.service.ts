import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { requirePerson } from '../../core/access/person-access';
import { AuditService } from '../../core/audit/audit.service';
import type { AuthUser } from '../../core/auth/auth.types';
import { CLOCK, type Clock } from '../../core/clock/clock';
import { BadUserInputError } from '../../core/errors/app-errors';
import { NotificationsService } from '../notifications';
import type { PersonEntity } from '../persons';
import { withdrawConsentOfPerson } from '../proposals';
import { ConsentRepository } from './consent.repository';
import type { RecordConsentInput } from './dto/consent.input';
import { checkNotBefore } from './intake-rules';

/** The day the person was informed of the processing of their data, and the day they consented (RGPD). */
@Injectable()
export class ConsentService {
  private readonly logger = new Logger(ConsentService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly repo: ConsentRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * Records both days (consent may still be missing); consent cannot precede information. Bumps the person's version.
   * A consent recorded before and now removed is a withdrawal: every proposal still giving a landlord access to the
   * person is withdrawn in the same transaction, as `withdrawProposalConsent` does (IAE-RULES §6: no sharing without
   * consent).
   */
  async record(structureId: string, user: AuthUser, input: RecordConsentInput): Promise<PersonEntity> {
    const consentGivenOn = input.consentGivenOn ?? null;
    let withdrawn = 0;
    const person = await this.db.transaction(async (tx) => {
      const before = await requirePerson(tx, structureId, input.personId, { lock: true });
      const problem =
        consentGivenOn === null
          ? null
          : checkNotBefore(
              consentGivenOn,
              'la date de consentement',
              input.informationGivenOn,
              'la date d’information',
            );
      if (problem)
        throw new BadUserInputError([
          {
            field: 'consentGivenOn',
            message: `${problem} La personne donne son accord après avoir été informée, ou le même jour.`,
          },
        ]);
      await this.repo.setDays(structureId, input.personId, input.informationGivenOn, consentGivenOn, tx);
      if (before.consentGivenOn !== null && consentGivenOn === null)
        withdrawn = (
          await withdrawConsentOfPerson(
            tx,
            { audit: this.audit, notifications: this.notifications, clock: this.clock },
            user,
            structureId,
            before.id,
            'recordConsent',
          )
        ).length;
      return requirePerson(tx, structureId, input.personId);
    });
    if (withdrawn)
      void this.notifications.sendPendingEmails().catch((e: unknown) => {
        this.logger.error(
          `Envoi des e-mails de notification impossible : ${e instanceof Error ? e.message : String(e)}`,
        );
      });
    return person;
  }
}
