import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  AuditAction,
  DeclineReason,
  NotificationKind,
  OPEN_PROPOSAL_STATUSES,
  PROPOSAL_STATUS_LABELS,
  ProposalDecision,
  ProposalEventKind,
  ProposalStatus,
  traineeDisplayName,
} from '@tremplin/domain';
import { isUuid } from '../../core/access/person-access';
import { AuditService } from '../../core/audit/audit.service';
import type { AuthUser } from '../../core/auth/auth.types';
import { CLOCK, type Clock } from '../../core/clock/clock';
import { BadUserInputError, ConflictError, NotFoundError } from '../../core/errors/app-errors';
import { NotificationsService } from '../notifications';
import type { DecideProposalInput } from './dto/proposal.inputs';
import { type PortalProposalRow, ProposalEventType } from './dto/proposal.types';
import type { TraineeCardType } from './dto/trainee-card.type';
import { type PortalProposalRawRow, PortalProposalsRepository } from './portal-proposals.repository';
import { actorLabel, PROPOSAL_MESSAGES, title } from './proposals.common';
import { ProposalsRepository } from './proposals.repository';
import { cardFields, TraineeCardService } from './trainee-card.service';

/** The list fields that name the trainee (audited as read). */
const LIST_FIELDS = ['traineeName', 'certificationTitle'] as const;

function toRow(r: PortalProposalRawRow): PortalProposalRow {
  const { firstName, lastName, ...rest } = r;
  return { ...rest, traineeName: traineeDisplayName(firstName, lastName, r.shareFullName) };
}

/** A proposal as the portal shows it: the line, the trainee card, the history. */
export interface PortalProposalDetail {
  row: PortalProposalRow;
  card: TraineeCardType;
  events: ProposalEventType[];
}

/**
 * Proposals, portal side: a reviewer lists and opens the proposals made to their organisation, and decides. Only
 * proposals the visibility rule allows are reached (NOT_FOUND / absent otherwise); every read returning a trainee
 * writes its audit rows in the same transaction (a read whose audit fails, fails).
 */
@Injectable()
export class PortalProposalsService {
  private readonly logger = new Logger(PortalProposalsService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repo: PortalProposalsRepository,
    private readonly proposals: ProposalsRepository,
    private readonly cards: TraineeCardService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Newest first; `statuses` filters (none: every visible status). */
  async list(
    partnerOrganisationId: string,
    actor: AuthUser,
    statuses: readonly string[] | null | undefined,
    first: number,
    offset: number,
  ): Promise<{ totalCount: number; items: PortalProposalRow[] }> {
    if (statuses?.some((s) => !(Object.values(ProposalStatus) as string[]).includes(s)))
      throw new BadUserInputError([
        {
          field: 'status',
          message: `Statut de proposition inconnu : choisissez parmi ${Object.values(ProposalStatus).join(', ')}.`,
        },
      ]);
    if (!Number.isInteger(first) || first < 1 || first > 200)
      throw new BadUserInputError([{ field: 'first', message: 'Demandez entre 1 et 200 propositions par page.' }]);
    if (!Number.isInteger(offset) || offset < 0)
      throw new BadUserInputError([{ field: 'offset', message: 'Le décalage ne peut pas être négatif.' }]);
    const filter = statuses?.length ? [...statuses] : null;
    return this.db.transaction(async (tx) => {
      const raw = await this.repo.page(partnerOrganisationId, filter, first, offset, tx);
      const total = await this.repo.count(partnerOrganisationId, filter, tx);
      const items = raw.map(toRow);
      // One audit row per person returned (a person proposed for two needs appears once), one INSERT.
      const byPerson = new Map<string, PortalProposalRow[]>();
      for (const r of items) byPerson.set(r.personId, [...(byPerson.get(r.personId) ?? []), r]);
      await this.audit.record(
        tx,
        actor,
        [...byPerson.values()].map((rows) => ({
          action: AuditAction.PARTNER_READ_TRAINEE,
          structureId: rows[0].structureId,
          personId: rows[0].personId,
          subjectType: 'proposal',
          subjectId: rows[0].id,
          details: { operation: 'portalProposals', fields: [...LIST_FIELDS], proposalIds: rows.map((r) => r.id) },
        })),
      );
      return { totalCount: total, items };
    });
  }

  /** One proposal with the trainee card; NOT_FOUND unless visible to my organisation. */
  async detail(partnerOrganisationId: string, actor: AuthUser, id: string): Promise<PortalProposalDetail> {
    return this.db.transaction(async (tx) => {
      const row = await this.visible(tx, partnerOrganisationId, id);
      const detail = await this.detailOf(tx, row);
      await this.audit.record(tx, actor, [readEntry(detail, 'portalProposal')]);
      return detail;
    });
  }

  /**
   * The reviewer's decision: PROPOSED → INTERVIEW_REQUESTED | VALIDATED | DECLINED; INTERVIEW_REQUESTED → VALIDATED
   * | DECLINED. A decline needs its reason, the reason OTHER a comment. The person's counsellor is notified.
   */
  async decide(
    partnerOrganisationId: string,
    actor: AuthUser,
    input: DecideProposalInput,
  ): Promise<PortalProposalDetail> {
    const detail = await this.db.transaction(async (tx) => {
      const visible = await this.visible(tx, partnerOrganisationId, input.proposalId, { lock: true });
      const p = await this.proposals.proposalOrFail(visible.structureId, visible.id, tx);
      if (p.version !== input.version) throw new ConflictError(PROPOSAL_MESSAGES.conflict);
      const to = nextStatus(p.status, input);
      p.status = to;
      p.decidedAt = this.clock.now();
      p.decidedById = actor.id;
      p.declineReason = to === ProposalStatus.DECLINED ? (input.declineReason as string) : null;
      p.decisionComment = input.comment ?? null;
      await this.proposals.save(p, tx);
      const organisationName = await this.proposals.nameOf('partner_organisation', partnerOrganisationId, tx);
      await this.proposals.insertEvent(
        {
          structureId: p.structureId,
          personId: p.personId,
          proposalId: p.id,
          kind: EVENT_OF_STATUS[to],
          actorUserId: actor.id,
          actorLabel: actorLabel(actor, organisationName),
          reason: p.declineReason,
          comment: input.comment ?? null,
        },
        tx,
      );
      const row = await this.visible(tx, partnerOrganisationId, p.id);
      const result = await this.detailOf(tx, row);
      await this.audit.record(tx, actor, [
        {
          action: AuditAction.PROPOSAL_DECIDED,
          structureId: p.structureId,
          personId: p.personId,
          subjectType: 'proposal',
          subjectId: p.id,
          details: {
            operation: 'portalDecideProposal',
            decision: input.decision,
            status: to,
            declineReason: p.declineReason,
          },
        },
        readEntry(result, 'portalDecideProposal'),
      ]);
      const person = await this.repo.personAndJob(p.structureId, p.personId, p.hiringNeedId, tx);
      await this.notifications.notify(tx, [
        {
          recipientUserIds: await this.notifications.followersOf(tx, p.structureId, p.personId, p.createdById),
          kind: NotificationKind.PROPOSAL_DECIDED,
          title: title(
            `${person.firstName} ${person.lastName} : ${PROPOSAL_STATUS_LABELS[to].toLowerCase()} (${organisationName})`,
          ),
          body:
            `${organisationName} a répondu à une proposition pour le poste « ${person.jobTitle} » : ` +
            `${PROPOSAL_STATUS_LABELS[to].toLowerCase()}. Ouvrez la fiche de la personne pour voir la décision.`,
          link: `/personnes/${p.personId}?onglet=propositions`,
          proposalId: p.id,
        },
      ]);
      return result;
    });
    void this.notifications.sendPendingEmails().catch((e: unknown) => {
      this.logger.error(`Envoi des e-mails de notification impossible : ${e instanceof Error ? e.message : String(e)}`);
    });
    return detail;
  }

  // ---- helpers ----

  /** The proposal line if visible to my organisation (locked with `lock`); NOT_FOUND otherwise, whatever the reason. */
  private async visible(
    tx: EntityManager,
    partnerOrganisationId: string,
    id: string,
    options: { lock?: boolean } = {},
  ): Promise<PortalProposalRow> {
    if (!isUuid(id)) throw new NotFoundError(PROPOSAL_MESSAGES.proposalNotFound);
    const raw = await this.repo.visible(partnerOrganisationId, id, options.lock ?? false, tx);
    if (!raw) throw new NotFoundError(PROPOSAL_MESSAGES.proposalNotFound);
    return toRow(raw);
  }

  private async detailOf(tx: EntityManager, row: PortalProposalRow): Promise<PortalProposalDetail> {
    const [card] = await this.cards.cards(
      [
        {
          structureId: row.structureId,
          personId: row.personId,
          partnerOrganisationId: row.partnerOrganisationId,
          shareFullName: row.shareFullName,
          shareContact: row.shareContact,
          message: row.message,
        },
      ],
      tx,
    );
    const events = await this.proposals.eventsOf(row.structureId, row.id, tx);
    return { row, card: card as TraineeCardType, events: events.map((e) => ProposalEventType.from(e)) };
  }
}

const EVENT_OF_STATUS: Record<string, ProposalEventKind> = {
  [ProposalStatus.INTERVIEW_REQUESTED]: ProposalEventKind.INTERVIEW_REQUESTED,
  [ProposalStatus.VALIDATED]: ProposalEventKind.VALIDATED,
  [ProposalStatus.DECLINED]: ProposalEventKind.DECLINED,
};

function readEntry(d: PortalProposalDetail, operation: string) {
  return {
    action: AuditAction.PARTNER_READ_TRAINEE,
    structureId: d.row.structureId,
    personId: d.row.personId,
    subjectType: 'proposal',
    subjectId: d.row.id,
    details: { operation, fields: cardFields(d.card) },
  };
}

/** The status a decision leads to, or the French refusal. */
function nextStatus(from: string, input: DecideProposalInput): ProposalStatus {
  if (!(OPEN_PROPOSAL_STATUSES as string[]).includes(from))
    throw new BadUserInputError(
      [
        {
          field: 'decision',
          message: `${PROPOSAL_MESSAGES.notAwaitingDecision} : elle est « ${PROPOSAL_STATUS_LABELS[from as ProposalStatus] ?? from} ».`,
        },
      ],
      `${PROPOSAL_MESSAGES.notAwaitingDecision}.`,
    );
  switch (input.decision) {
    case ProposalDecision.REQUEST_INTERVIEW:
      if (from === ProposalStatus.INTERVIEW_REQUESTED)
        throw new BadUserInputError([
          {
            field: 'decision',
            message: 'L’entretien est déjà demandé : après l’entretien, validez pour embauche ou déclinez.',
          },
        ]);
      return ProposalStatus.INTERVIEW_REQUESTED;
    case ProposalDecision.VALIDATE:
      return ProposalStatus.VALIDATED;
    case ProposalDecision.DECLINE: {
      const errors: { field: string; message: string }[] = [];
      if (!input.declineReason)
        errors.push({ field: 'declineReason', message: 'Pour décliner, choisissez le motif dans la liste.' });
      else if (input.declineReason === DeclineReason.OTHER && !input.comment)
        errors.push({ field: 'comment', message: 'Avec le motif « Autre », précisez la raison dans le commentaire.' });
      if (errors.length) throw new BadUserInputError(errors);
      return ProposalStatus.DECLINED;
    }
    default:
      throw new BadUserInputError([{ field: 'decision', message: 'Décision inconnue.' }]);
  }
}
