import { Injectable, Logger, Inject } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  AuditAction,
  formatIsoDateFr,
  HIRING_NEED_STATUS_LABELS,
  HiringNeedStatus,
  NotificationKind,
  PathwayStage,
  ProposalEventKind,
  ProposalStatus,
  todayInParis,
} from '@tremplin/domain';
import { isNeedVisibleToStructure } from '../../core/access/hiring-need-visibility';
import { isUuid, requirePerson } from '../../core/access/person-access';
import { AuditService } from '../../core/audit/audit.service';
import type { AuthUser } from '../../core/auth/auth.types';
import { BadUserInputError, ConflictError, NotFoundError } from '../../core/errors/app-errors';
import { NotificationsService } from '../notifications';
import type { HireEntity } from '../outcomes';
import { HiresService } from '../outcomes';
import type { HiringNeedEntity, PartnershipEntity } from '../partners';
import { PartnersRepository } from '../partners';
import { isActivePartnership } from '../partners';
import type { PersonEntity } from '../persons';
import type {
  ProposalPreviewInput,
  ProposeTraineeInput,
  RecordHireFromProposalInput,
  WithdrawProposalConsentInput,
  WithdrawProposalInput,
} from './dto/proposal.inputs';
import type { TraineeCardType } from './dto/trainee-card.type';
import type { ProposalEntity, ProposalEventEntity } from './proposal.entities';
import {
  insertProposalEvent,
  recordWithdrawal,
  type WithdrawalServices,
  withdrawProposalConsent,
} from './proposal-withdrawal';
import { actorLabel, isUniqueViolation, PROPOSAL_MESSAGES, statusName, title } from './proposals.common';
import { ProposalsRepository } from './proposals.repository';
import { TraineeCardService } from './trainee-card.service';
import { CLOCK, type Clock } from '../../core/clock/clock';

const LIVE_STATUSES: readonly ProposalStatus[] = [
  ProposalStatus.PROPOSED,
  ProposalStatus.INTERVIEW_REQUESTED,
  ProposalStatus.VALIDATED,
];

/**
 * Proposals, structure side: a counsellor proposes a person of their structure for a landlord's open need with the
 * person's consent, withdraws it (or records the withdrawal of the consent), and records the hire of a validated
 * proposal. Every change: one transaction on the locked proposal, its event, its audit row, the landlord's
 * reviewers notified; e-mails after commit.
 */
@Injectable()
export class ProposalsService {
  private readonly logger = new Logger(ProposalsService.name);
  private readonly services: WithdrawalServices;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repo: ProposalsRepository,
    private readonly partners: PartnersRepository,
    private readonly cards: TraineeCardService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly hires: HiresService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.services = { audit, notifications, clock, proposals: repo };
  }

  /** The proposals of a person of my structure, newest first. */
  async proposalsOf(structureId: string, personId: string): Promise<ProposalEntity[]> {
    const person = await requirePerson(this.db.manager, structureId, personId);
    return this.repo.ofPerson(structureId, person.id);
  }

  /** Exactly the card the landlord would see if this proposal were sent. */
  async preview(structureId: string, input: ProposalPreviewInput): Promise<TraineeCardType> {
    const person = await requirePerson(this.db.manager, structureId, input.personId);
    const need = isUuid(input.hiringNeedId) ? await this.repo.findNeed(input.hiringNeedId) : null;
    // Another structure's need the landlord did not share reads as an unknown one.
    if (!need || !isNeedVisibleToStructure(need, structureId)) throw new NotFoundError(PROPOSAL_MESSAGES.needNotFound);
    const [card] = await this.cards.cards([
      {
        structureId,
        personId: person.id,
        partnerOrganisationId: need.partnerOrganisationId,
        shareFullName: input.shareFullName,
        shareContact: input.shareContact,
        message: input.message ?? null,
      },
    ]);
    return card as TraineeCardType;
  }

  async propose(
    structureId: string,
    user: AuthUser,
    input: ProposeTraineeInput,
    today = todayInParis(this.clock.now()),
  ): Promise<ProposalEntity> {
    let proposal: ProposalEntity;
    try {
      proposal = await this.db.transaction(async (tx) => {
        // Locked: two proposals of the same person for the same need at once must not both pass the duplicate check.
        const person = await requirePerson(tx, structureId, input.personId, { lock: true });
        const need = isUuid(input.hiringNeedId) ? await this.repo.needForShare(input.hiringNeedId, tx) : null;
        if (!need || !isNeedVisibleToStructure(need, structureId))
          throw new NotFoundError(PROPOSAL_MESSAGES.needNotFound);
        const partnership = await this.partners.partnershipWith(structureId, need.partnerOrganisationId, tx);
        const partnerName = await this.repo.nameOf('partner_organisation', need.partnerOrganisationId, tx);
        await this.checkProposal(tx, { person, need, partnership, partnerName, input, today });

        const saved = await this.repo.insert(
          {
            structureId,
            personId: person.id,
            createdById: user.id,
            hiringNeedId: need.id,
            partnerOrganisationId: need.partnerOrganisationId,
            status: ProposalStatus.PROPOSED,
            consentGivenOn: input.consentGivenOn,
            shareFullName: input.shareFullName,
            shareContact: input.shareContact,
            message: input.message ?? null,
          },
          tx,
        );
        const structureName = await this.repo.nameOf('structure', structureId, tx);
        await insertProposalEvent(
          tx,
          saved,
          ProposalEventKind.PROPOSED,
          actorLabel(user, structureName),
          { actorUserId: user.id },
          this.repo,
        );
        await this.audit.record(tx, user, [
          {
            action: AuditAction.PROPOSAL_SENT,
            structureId,
            personId: person.id,
            subjectType: 'proposal',
            subjectId: saved.id,
            details: {
              operation: 'proposeTrainee',
              partnerOrganisationId: need.partnerOrganisationId,
              hiringNeedId: need.id,
              shareFullName: input.shareFullName,
              shareContact: input.shareContact,
            },
          },
        ]);
        // No name in the reviewers' notification: it is stored, outlives a withdrawal and is read unaudited. The
        // reviewer opens the proposal to see who (that read is checked against the visibility rule, and audited).
        await this.notifications.notify(tx, [
          {
            recipientUserIds: await this.notifications.reviewersOf(tx, need.partnerOrganisationId),
            kind: NotificationKind.PROPOSAL_RECEIVED,
            title: title(`Nouvelle proposition pour « ${need.jobTitle} »`),
            body:
              `${structureName} vous propose un·e candidat·e pour le poste « ${need.jobTitle} ». ` +
              'Ouvrez le portail employeur pour consulter sa fiche et donner votre décision.',
            link: `/portail/propositions/${saved.id}`,
            proposalId: saved.id,
          },
        ]);
        return this.repo.proposalOrFail(structureId, saved.id, tx);
      });
    } catch (e) {
      if (isUniqueViolation(e, 'UQ_proposal_live')) throw duplicateError();
      throw e;
    }
    this.sendEmails();
    return proposal;
  }

  /** Withdraws a proposal (any status but WITHDRAWN and HIRED): the landlord loses access at once. */
  async withdraw(structureId: string, user: AuthUser, input: WithdrawProposalInput): Promise<ProposalEntity> {
    const result = await this.db.transaction(async (tx) => {
      const p = await this.lock(tx, structureId, input.proposalId, input.version);
      if (p.status === ProposalStatus.WITHDRAWN || p.status === ProposalStatus.HIRED)
        throw new BadUserInputError([
          {
            field: 'proposalId',
            message: `Cette proposition est ${statusName(p.status)} : elle ne peut plus être retirée.`,
          },
        ]);
      // A declined proposal still shows to its landlord: withdrawing it ends that. Its reason goes with the status
      // (CHK_proposal_decline_reason) and stays in its history (the DECLINED event).
      if (p.status === ProposalStatus.DECLINED) p.declineReason = null;
      p.status = ProposalStatus.WITHDRAWN;
      p.withdrawnAt = this.clock.now();
      p.withdrawalReason = input.reason ?? null;
      return recordWithdrawal(tx, this.services, user, p, {
        kind: ProposalEventKind.WITHDRAWN,
        action: AuditAction.PROPOSAL_WITHDRAWN,
        operation: 'withdrawProposal',
        comment: input.reason ?? null,
      });
    });
    this.sendEmails();
    return result;
  }

  /**
   * The person withdrew their consent (any status but WITHDRAWN): recorded, and the proposal is withdrawn unless it is
   * closed (declined, hired). Either way the landlord loses access at once (the visibility rule reads the consent).
   */
  async withdrawConsent(
    structureId: string,
    user: AuthUser,
    input: WithdrawProposalConsentInput,
  ): Promise<ProposalEntity> {
    const result = await this.db.transaction(async (tx) => {
      const p = await this.lock(tx, structureId, input.proposalId, input.version);
      if (p.status === ProposalStatus.WITHDRAWN || p.consentWithdrawnAt)
        throw new BadUserInputError([
          {
            field: 'proposalId',
            message: p.consentWithdrawnAt
              ? 'Le retrait du consentement est déjà enregistré sur cette proposition.'
              : 'Cette proposition est déjà retirée : l’employeur n’y a plus accès.',
          },
        ]);
      return withdrawProposalConsent(tx, this.services, user, p, 'withdrawProposalConsent');
    });
    this.sendEmails();
    return result;
  }

  /**
   * Records the hire of a VALIDATED proposal through the hires rules (employer: the need's organisation; job: the
   * need's by default); the proposal becomes HIRED, and the need FILLED when its hires reach its positions.
   */
  async recordHire(structureId: string, user: AuthUser, input: RecordHireFromProposalInput): Promise<ProposalEntity> {
    return this.db.transaction(async (tx) => {
      const p = await this.lock(tx, structureId, input.proposalId, input.version);
      if (p.status !== ProposalStatus.VALIDATED)
        throw new BadUserInputError([
          {
            field: 'proposalId',
            message:
              `Cette proposition est ${statusName(p.status)} : l’embauche s’enregistre sur une proposition ` +
              `${statusName(ProposalStatus.VALIDATED)} par l’employeur.`,
          },
        ]);
      const need = await this.repo.needForUpdate(p.hiringNeedId, tx);
      const hire = await this.hires.recordHire(
        structureId,
        user.id,
        {
          personId: p.personId,
          employerOrganisationId: need.partnerOrganisationId,
          contractType: input.contractType,
          startDate: input.startDate,
          weeklyMinutes: input.weeklyMinutes,
          jobTitle: input.jobTitle ?? need.jobTitle,
        },
        tx,
      );
      p.status = ProposalStatus.HIRED;
      p.hireId = hire.id;
      await this.repo.save(p, tx);
      const hired = await this.repo.countHired(need.id, tx);
      if (need.status === HiringNeedStatus.OPEN && hired >= need.positions) {
        need.status = HiringNeedStatus.FILLED;
        await this.repo.saveNeed(need, tx);
      }
      const structureName = await this.repo.nameOf('structure', structureId, tx);
      await insertProposalEvent(
        tx,
        p,
        ProposalEventKind.HIRED,
        actorLabel(user, structureName),
        { actorUserId: user.id },
        this.repo,
      );
      await this.audit.record(tx, user, [
        {
          action: AuditAction.HIRE_RECORDED,
          structureId,
          personId: p.personId,
          subjectType: 'proposal',
          subjectId: p.id,
          details: { operation: 'recordHireFromProposal', hireId: hire.id, contractType: input.contractType },
        },
      ]);
      return this.repo.proposalOrFail(structureId, p.id, tx);
    });
  }

  // ---- batched reads ----

  eventsByProposals(structureId: string, ids: readonly string[]): Promise<ProposalEventEntity[][]> {
    return this.repo.eventsByProposals(structureId, ids);
  }

  hiresByIds(structureId: string, ids: readonly string[]): Promise<(HireEntity | null)[]> {
    return this.repo.hiresByIds(structureId, ids);
  }

  // ---- helpers ----

  /** Fire and forget, after commit: a mail failure never undoes the change. */
  private sendEmails(): void {
    void this.notifications.sendPendingEmails().catch((e: unknown) => {
      this.logger.error(`Envoi des e-mails de notification impossible : ${e instanceof Error ? e.message : String(e)}`);
    });
  }

  private async checkProposal(
    tx: EntityManager,
    c: {
      person: PersonEntity;
      need: HiringNeedEntity;
      partnership: PartnershipEntity | null;
      partnerName: string;
      input: ProposeTraineeInput;
      today: string;
    },
  ): Promise<void> {
    const errors: { field: string; message: string }[] = [];
    if (c.person.stage === PathwayStage.EXITED)
      errors.push({
        field: 'personId',
        message: 'Cette personne est sortie du parcours : elle ne peut plus être proposée à un employeur.',
      });
    if (!c.partnership)
      errors.push({
        field: 'hiringNeedId',
        message: `Votre structure n’a pas de partenariat avec ${c.partnerName} : enregistrez d’abord le partenariat.`,
      });
    else if (!isActivePartnership(c.partnership, c.today))
      errors.push({
        field: 'hiringNeedId',
        message:
          `Le partenariat avec ${c.partnerName} a pris fin le ${formatIsoDateFr(c.partnership.endedOn as string)} : ` +
          'plus aucune proposition ne peut lui être envoyée.',
      });
    if (c.need.status !== HiringNeedStatus.OPEN)
      errors.push({
        field: 'hiringNeedId',
        message:
          `Ce besoin de recrutement est « ${HIRING_NEED_STATUS_LABELS[c.need.status as HiringNeedStatus] ?? c.need.status} » : ` +
          'on ne propose qu’à un besoin ouvert.',
      });
    if (c.input.consentGivenOn > c.today)
      errors.push({
        field: 'consentGivenOn',
        message:
          `La date du consentement (${formatIsoDateFr(c.input.consentGivenOn)}) est dans le futur : indiquez le jour ` +
          `où la personne a accepté le partage (au plus tard aujourd’hui, ${formatIsoDateFr(c.today)}).`,
      });
    if (errors.length) throw new BadUserInputError(errors);
    if ((await this.repo.liveProposal(c.person.id, c.need.id, LIVE_STATUSES, tx)) !== null) throw duplicateError();
  }

  /** The proposal of my structure, locked until the transaction ends; NOT_FOUND, or CONFLICT on a stale version. */
  private async lock(tx: EntityManager, structureId: string, id: string, version: number): Promise<ProposalEntity> {
    const p = isUuid(id) ? await this.repo.lock(structureId, id, tx) : null;
    if (!p) throw new NotFoundError(PROPOSAL_MESSAGES.proposalNotFound);
    if (p.version !== version) throw new ConflictError(PROPOSAL_MESSAGES.conflict);
    return p;
  }
}

function duplicateError(): BadUserInputError {
  return new BadUserInputError([
    {
      field: 'hiringNeedId',
      message:
        'Cette personne a déjà une proposition en cours pour ce besoin de recrutement : attendez la décision de ' +
        'l’employeur, ou retirez la proposition avant d’en envoyer une nouvelle.',
    },
  ]);
}
