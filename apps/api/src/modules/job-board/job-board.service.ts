import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditAction, formatIsoDateFr, NotificationKind, PathwayStage, todayInParis } from '@tremplin/domain';
import { isUuid, requirePerson } from '../../core/access/person-access';
import { AuditService } from '../../core/audit/audit.service';
import type { AuthUser } from '../../core/auth/auth.types';
import { CLOCK, type Clock } from '../../core/clock/clock';
import { BadUserInputError, ConflictError, NotFoundError } from '../../core/errors/app-errors';
import { NotificationsService } from '../notifications';
import { cardFields, type TraineeCardType, TraineeCardService } from '../proposals';
import type {
  BoardProposalPreviewInput,
  CreateJobOfferInput,
  ProposeToBoardOfferInput,
  UpdateJobOfferInput,
  WithdrawBoardProposalInput,
} from './dto/job-board.inputs';
import { BoardProposalEntity, JobOfferEntity, NetworkEntity } from './job-board.entities';
import { type BoardSearch, JOB_BOARD_MESSAGES as M, NO_ORGANISATION, SharedOfferSource } from './job-board.common';
import {
  type BoardOfferRow,
  type IncomingProposalRow,
  JobBoardRepository,
  type OwnProposalRow,
} from './job-board.repository';

export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

function isUniqueViolation(error: unknown, constraint: string): boolean {
  const e = error as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
  return (e?.driverError?.code ?? e?.code) === '23505' && (e?.driverError?.constraint ?? e?.constraint) === constraint;
}

/**
 * The network job board (issue 18, point 6): structures share their own offers and the landlords' needs they reach;
 * a counsellor proposes one of her people to another structure's offer with the person's consent; the offer's owner
 * sees the trainee card only (the proposals' card, built by the same service).
 */
@Injectable()
export class JobBoardService {
  private readonly logger = new Logger(JobBoardService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repo: JobBoardRepository,
    private readonly cards: TraineeCardService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  // ---- the board ----

  async board(structureId: string, search: BoardSearch, first: number, offset: number) {
    const [items, totalCount] = [
      await this.repo.board(structureId, search, first, offset),
      await this.repo.boardCount(structureId, search),
    ];
    return { items, totalCount };
  }

  /** The feed of a network, for the bearer of its token; NOT_FOUND for an unknown network or a wrong token alike. */
  async feed(networkId: string, token: string | undefined): Promise<BoardOfferRow[]> {
    const hash = isUuid(networkId) ? await this.repo.feedTokenHash(networkId) : undefined;
    const given = Buffer.from(sha256(token ?? ''), 'utf8');
    if (!hash || !token || !timingSafeEqual(Buffer.from(hash, 'utf8'), given))
      throw new NotFoundError(M.networkNotFound);
    return this.repo.feed(networkId);
  }

  // ---- the structure's own offers and what it shares ----

  async jobOffers(structureId: string): Promise<{ offer: JobOfferEntity; shared: boolean }[]> {
    const offers = await this.db.getRepository(JobOfferEntity).find({
      where: { structureId },
      order: { createdAt: 'DESC', id: 'DESC' },
    });
    const shared = offers.length
      ? await this.repo.sharedSources(
          structureId,
          offers.map((o) => o.id),
        )
      : new Set();
    return offers.map((offer) => ({ offer, shared: shared.has(offer.id) }));
  }

  async createJobOffer(structureId: string, user: AuthUser, input: CreateJobOfferInput): Promise<JobOfferEntity> {
    return this.db.getRepository(JobOfferEntity).save({
      structureId,
      createdById: user.id,
      jobTitle: input.jobTitle,
      town: input.town,
      postalCode: input.postalCode ?? null,
      contractKind: input.contractKind,
      description: input.description ?? null,
      status: 'OPEN',
    });
  }

  /** Changes what is given; a field left out stays; a stale version is refused. */
  async updateJobOffer(structureId: string, input: UpdateJobOfferInput): Promise<JobOfferEntity> {
    return this.db.transaction(async (tx) => {
      const offer = isUuid(input.jobOfferId)
        ? await tx.findOne(JobOfferEntity, {
            where: { id: input.jobOfferId, structureId },
            lock: { mode: 'pessimistic_write' },
          })
        : null;
      if (!offer) throw new NotFoundError(M.jobOfferNotFound);
      if (offer.version !== input.version) throw new ConflictError(M.conflict);
      if (input.jobTitle !== undefined && input.jobTitle !== null) offer.jobTitle = input.jobTitle;
      if (input.town !== undefined && input.town !== null) offer.town = input.town;
      if (input.postalCode !== undefined) offer.postalCode = input.postalCode;
      if (input.contractKind !== undefined && input.contractKind !== null) offer.contractKind = input.contractKind;
      if (input.description !== undefined) offer.description = input.description;
      if (input.status !== undefined && input.status !== null) offer.status = input.status;
      return tx.save(offer);
    });
  }

  async shareJobOffer(structureId: string, user: AuthUser, jobOfferId: string, shared: boolean): Promise<boolean> {
    const offer = isUuid(jobOfferId)
      ? await this.db.getRepository(JobOfferEntity).findOneBy({ id: jobOfferId, structureId })
      : null;
    if (!offer) throw new NotFoundError(M.jobOfferNotFound);
    if (shared) await this.repo.share(structureId, SharedOfferSource.JOB_OFFER, offer.id, null, user.id);
    else await this.repo.unshare(structureId, offer.id, null);
    return shared;
  }

  /** Shares (or not) a landlord's need the structure reaches (the visibility rule, with a partnership). */
  async shareHiringNeed(structureId: string, user: AuthUser, hiringNeedId: string, shared: boolean): Promise<boolean> {
    if (!isUuid(hiringNeedId) || !(await this.repo.reachesNeed(structureId, hiringNeedId)))
      throw new NotFoundError(M.needNotFound);
    if (shared) await this.repo.share(structureId, SharedOfferSource.HIRING_NEED, null, hiringNeedId, user.id);
    else await this.repo.unshare(structureId, null, hiringNeedId);
    return shared;
  }

  /** Which of these hiring needs the structure shares with its networks. */
  async sharedNeeds(structureId: string, hiringNeedIds: readonly string[]): Promise<string[]> {
    const ids = hiringNeedIds.filter(isUuid);
    return ids.length ? [...(await this.repo.sharedSources(structureId, ids))] : [];
  }

  // ---- proposals to other structures' offers ----

  /** Exactly the card the offer's owner would see. */
  async preview(structureId: string, input: BoardProposalPreviewInput): Promise<TraineeCardType> {
    const person = await requirePerson(this.db.manager, structureId, input.personId);
    const offer = await this.offerToProposeTo(structureId, input.sharedOfferId);
    const [card] = await this.cards.cards([
      {
        structureId,
        personId: person.id,
        partnerOrganisationId: offer.partnerOrganisationId ?? NO_ORGANISATION,
        shareFullName: input.shareFullName,
        shareContact: input.shareContact,
        message: input.message ?? null,
      },
    ]);
    return card as TraineeCardType;
  }

  async propose(structureId: string, user: AuthUser, input: ProposeToBoardOfferInput): Promise<BoardProposalEntity> {
    const today = todayInParis(this.clock.now());
    let saved: BoardProposalEntity;
    try {
      saved = await this.db.transaction(async (tx) => {
        const person = await requirePerson(tx, structureId, input.personId, { lock: true });
        const offer = await this.offerToProposeTo(structureId, input.sharedOfferId, tx);
        const errors: { field: string; message: string }[] = [];
        if (person.stage === PathwayStage.EXITED) errors.push({ field: 'personId', message: M.exited });
        if (input.consentGivenOn > today)
          errors.push({
            field: 'consentGivenOn',
            message:
              `La date du consentement (${formatIsoDateFr(input.consentGivenOn)}) est dans le futur : indiquez le ` +
              `jour où la personne a accepté le partage (au plus tard aujourd’hui, ${formatIsoDateFr(today)}).`,
          });
        if (errors.length) throw new BadUserInputError(errors);
        const created = await tx.save(
          tx.create(BoardProposalEntity, {
            structureId,
            personId: person.id,
            createdById: user.id,
            sharedOfferId: offer.id,
            ownerStructureId: offer.ownerStructureId,
            consentGivenOn: input.consentGivenOn,
            shareFullName: input.shareFullName,
            shareContact: input.shareContact,
            message: input.message ?? null,
          }),
        );
        await this.audit.record(tx, user, [
          {
            action: AuditAction.PROPOSAL_SENT,
            structureId,
            personId: person.id,
            subjectType: 'board_proposal',
            subjectId: created.id,
            details: {
              operation: 'proposeToBoardOffer',
              ownerStructureId: offer.ownerStructureId,
              sharedOfferId: offer.id,
              shareFullName: input.shareFullName,
              shareContact: input.shareContact,
            },
          },
        ]);
        // The owner's staff hear of it: the offer and the proposing structure's name (as on the card), never the
        // person — her name, as consented, is read on the card itself (audited there).
        const audience = await this.repo.proposalAudience(offer.ownerStructureId, structureId, tx);
        await this.notifications.notify(tx, [
          {
            recipientUserIds: audience.recipientIds,
            kind: NotificationKind.BOARD_PROPOSAL_RECEIVED,
            title: `Proposition reçue pour votre offre : ${offer.jobTitle}`.slice(0, 200),
            body:
              `${audience.proposerName} vous propose une personne pour l’offre « ${offer.jobTitle} » partagée avec ` +
              `le réseau. Sa fiche est dans l’onglet « Propositions reçues ».`,
            link: '/offres-du-reseau?onglet=propositions-recues',
          },
        ]);
        return created;
      });
    } catch (e) {
      if (isUniqueViolation(e, 'UQ_board_proposal_live'))
        throw new BadUserInputError([{ field: 'sharedOfferId', message: M.duplicate }]);
      throw e;
    }
    this.notifications
      .sendPendingEmails()
      .catch((e: unknown) =>
        this.logger.error(
          `Envoi des e-mails de notification impossible : ${e instanceof Error ? e.message : String(e)}`,
        ),
      );
    return saved;
  }

  /** Withdraws a proposal of my structure (the consent withdrawn, or the counsellor's choice): the owner loses it. */
  async withdraw(structureId: string, user: AuthUser, input: WithdrawBoardProposalInput): Promise<BoardProposalEntity> {
    return this.db.transaction(async (tx) => {
      const p = isUuid(input.boardProposalId)
        ? await tx.findOne(BoardProposalEntity, {
            where: { id: input.boardProposalId, structureId },
            lock: { mode: 'pessimistic_write' },
          })
        : null;
      if (!p) throw new NotFoundError(M.proposalNotFound);
      if (p.version !== input.version) throw new ConflictError(M.proposalConflict);
      if (p.status === 'WITHDRAWN')
        throw new BadUserInputError([{ field: 'boardProposalId', message: 'Cette proposition est déjà retirée.' }]);
      p.status = 'WITHDRAWN';
      p.withdrawnAt = this.clock.now();
      const saved = await tx.save(p);
      await this.audit.record(tx, user, [
        {
          action: AuditAction.PROPOSAL_WITHDRAWN,
          structureId,
          personId: p.personId,
          subjectType: 'board_proposal',
          subjectId: p.id,
          details: { operation: 'withdrawBoardProposal' },
        },
      ]);
      return saved;
    });
  }

  /** My structure's proposals of a person to the network's offers (for the person's file), newest first. */
  proposalsOf(structureId: string, personId: string): Promise<OwnProposalRow[]> {
    return isUuid(personId) ? this.repo.ownProposals(structureId, personId, null) : Promise.resolve([]);
  }

  /** One proposal of my structure, as listed. */
  async proposal(structureId: string, id: string): Promise<OwnProposalRow> {
    const [row] = await this.repo.ownProposals(structureId, null, id);
    if (!row) throw new NotFoundError(M.proposalNotFound);
    return row;
  }

  /**
   * The proposals made to my structure's shared offers: the card of each (one batch), nothing else of the person or
   * of the structure that proposed; each card read is audited, as in the portal.
   */
  async incoming(structureId: string, user: AuthUser, first: number, offset: number) {
    const rows: IncomingProposalRow[] = await this.repo.incoming(structureId, first, offset);
    const totalCount = await this.repo.incomingCount(structureId);
    const cards = await this.cards.cards(
      rows.map((r) => ({
        structureId: r.structureId,
        personId: r.personId,
        partnerOrganisationId: r.partnerOrganisationId ?? NO_ORGANISATION,
        shareFullName: r.shareFullName,
        shareContact: r.shareContact,
        message: r.message,
      })),
    );
    const items = rows.flatMap((r, i) => {
      const card = cards[i];
      return card ? [{ id: r.id, proposedAt: r.proposedAt, jobTitle: r.jobTitle, card }] : [];
    });
    await this.audit.record(
      this.db.manager,
      user,
      rows.flatMap((r, i) => {
        const card = cards[i];
        return card
          ? [
              {
                action: AuditAction.PARTNER_READ_TRAINEE,
                structureId: r.structureId,
                personId: r.personId,
                subjectType: 'board_proposal',
                subjectId: r.id,
                details: { operation: 'incomingBoardProposals', fields: cardFields(card) },
              },
            ]
          : [];
      }),
    );
    return { items, totalCount };
  }

  // ---- networks (administrator) ----

  async networks(): Promise<(NetworkEntity & { members: { id: string; name: string }[] })[]> {
    const networks = await this.db.getRepository(NetworkEntity).find({ order: { name: 'ASC', id: 'ASC' } });
    const members = networks.length ? await this.repo.membersOf(networks.map((n) => n.id)) : [];
    return networks.map((n) =>
      Object.assign(n, {
        members: members.filter((m) => m.networkId === n.id).map((m) => ({ id: m.id, name: m.name })),
      }),
    );
  }

  async createNetwork(name: string): Promise<NetworkEntity> {
    try {
      return await this.db.getRepository(NetworkEntity).save({ name });
    } catch (e) {
      if (isUniqueViolation(e, 'UQ_network_name'))
        throw new BadUserInputError([{ field: 'name', message: M.duplicateName }]);
      throw e;
    }
  }

  async setMembers(networkId: string, structureIds: string[]): Promise<void> {
    const ids = [...new Set(structureIds)];
    if (!isUuid(networkId) || !(await this.db.getRepository(NetworkEntity).existsBy({ id: networkId })))
      throw new NotFoundError(M.networkNotFound);
    if (!ids.every(isUuid) || (await this.repo.countStructures(ids)) !== ids.length)
      throw new BadUserInputError([{ field: 'structureIds', message: M.unknownStructure }]);
    await this.db.transaction((tx) => this.repo.setMembers(networkId, ids, tx));
  }

  /** A new feed token (the old one stops working); only its SHA-256 is kept, the token is shown once. */
  async renewFeedToken(networkId: string): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    const result = isUuid(networkId)
      ? await this.db.getRepository(NetworkEntity).update({ id: networkId }, { feedTokenHash: sha256(token) })
      : { affected: 0 };
    if (!result.affected) throw new NotFoundError(M.networkNotFound);
    return token;
  }

  // ---- helpers ----

  private async offerToProposeTo(structureId: string, sharedOfferId: string, tx = this.db.manager) {
    const offer = isUuid(sharedOfferId) ? await this.repo.boardOffer(structureId, sharedOfferId, tx) : null;
    if (!offer) throw new NotFoundError(M.offerNotFound);
    if (offer.ownerStructureId === structureId)
      throw new BadUserInputError([{ field: 'sharedOfferId', message: M.ownOffer }]);
    return offer;
  }
}
