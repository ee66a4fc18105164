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
import { partnerVisibleProposalSql } from '../../core/access/partner-visibility';
import { isUuid } from '../../core/access/person-access';
import { AuditService } from '../../core/audit/audit.service';
import type { AuthUser } from '../../core/auth/auth.types';
import { CLOCK, type Clock } from '../../core/clock/clock';
import { BadUserInputError, ConflictError, NotFoundError } from '../../core/errors/app-errors';
import { NotificationsService } from '../notifications/notifications.service';
import type { DecideProposalInput } from './dto/proposal.inputs';
import { type PortalProposalRow, ProposalEventType } from './dto/proposal.types';
import type { TraineeCardType } from './dto/trainee-card.type';
import { ProposalEntity, ProposalEventEntity } from './proposal.entities';
import { actorLabel, nameOf, PROPOSAL_MESSAGES, title } from './proposals.common';
import { cardFields, TraineeCardService } from './trainee-card.service';

/** The list fields that name the trainee (audited as read). */
const LIST_FIELDS = ['traineeName', 'certificationTitle'] as const;

/**
 * A proposal line as the portal reads it, visible to the organisation bound to `$1` only (the one visibility rule),
 * with the names it shows. The person's name leaves the database only as the display name's parts.
 */
const PORTAL_PROPOSAL_SELECT = `
  SELECT pr.id, pr.status, pr.proposed_at AS "proposedAt", pr.decided_at AS "decidedAt",
         pr.decline_reason AS "declineReason", pr.decision_comment AS "decisionComment", pr.version,
         pr.hiring_need_id AS "hiringNeedId", pr.structure_id AS "structureId", pr.person_id AS "personId",
         pr.share_full_name AS "shareFullName", pr.share_contact AS "shareContact", pr.message,
         pr.partner_organisation_id AS "partnerOrganisationId",
         s.name AS "structureName", p.first_name AS "firstName", p.last_name AS "lastName",
         c.title AS "certificationTitle"
    FROM proposal pr
    JOIN person p ON p.id = pr.person_id AND p.structure_id = pr.structure_id
    JOIN structure s ON s.id = pr.structure_id
    LEFT JOIN certification c ON c.id = p.target_certification_id
   WHERE ${partnerVisibleProposalSql('$1')}`;

type RawRow = Omit<PortalProposalRow, 'traineeName'> & { firstName: string; lastName: string };

function toRow(r: RawRow): PortalProposalRow {
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
      const raw = (await tx.query(
        `${PORTAL_PROPOSAL_SELECT} AND ($2::text[] IS NULL OR pr.status = ANY($2::text[]))
           ORDER BY pr.proposed_at DESC, pr.id DESC LIMIT $3 OFFSET $4`,
        [partnerOrganisationId, filter, first, offset],
      )) as RawRow[];
      const [{ total }] = (await tx.query(
        `SELECT count(*)::int AS total FROM proposal pr
            WHERE ${partnerVisibleProposalSql('$1')} AND ($2::text[] IS NULL OR pr.status = ANY($2::text[]))`,
        [partnerOrganisationId, filter],
      )) as { total: number }[];
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
      const repo = tx.getRepository(ProposalEntity);
      const p = await repo.findOneByOrFail({ id: visible.id, structureId: visible.structureId });
      if (p.version !== input.version) throw new ConflictError(PROPOSAL_MESSAGES.conflict);
      const to = nextStatus(p.status, input);
      p.status = to;
      p.decidedAt = this.clock.now();
      p.decidedById = actor.id;
      p.declineReason = to === ProposalStatus.DECLINED ? (input.declineReason as string) : null;
      p.decisionComment = input.comment ?? null;
      await repo.save(p);
      const organisationName = await nameOf(tx, 'partner_organisation', partnerOrganisationId);
      await tx.getRepository(ProposalEventEntity).insert({
        structureId: p.structureId,
        personId: p.personId,
        proposalId: p.id,
        kind: EVENT_OF_STATUS[to],
        actorUserId: actor.id,
        actorLabel: actorLabel(actor, organisationName),
        reason: p.declineReason,
        comment: input.comment ?? null,
      });
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
      const [person] = (await tx.query(
        `SELECT p.first_name AS "firstName", p.last_name AS "lastName", n.job_title AS "jobTitle"
           FROM person p, hiring_need n WHERE p.id = $1 AND p.structure_id = $2 AND n.id = $3`,
        [p.personId, p.structureId, p.hiringNeedId],
      )) as { firstName: string; lastName: string; jobTitle: string }[];
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
    const [raw] = (await tx.query(
      `${PORTAL_PROPOSAL_SELECT} AND pr.id = $2${options.lock ? ' FOR UPDATE OF pr' : ''}`,
      [partnerOrganisationId, id],
    )) as RawRow[];
    if (!raw) throw new NotFoundError(PROPOSAL_MESSAGES.proposalNotFound);
    return toRow(raw);
  }

  private async detailOf(tx: EntityManager, row: PortalProposalRow): Promise<PortalProposalDetail> {
    const [card] = await this.cards.cards(tx, [
      {
        structureId: row.structureId,
        personId: row.personId,
        partnerOrganisationId: row.partnerOrganisationId,
        shareFullName: row.shareFullName,
        shareContact: row.shareContact,
        message: row.message,
      },
    ]);
    const events = await tx.getRepository(ProposalEventEntity).find({
      where: { proposalId: row.id, structureId: row.structureId },
      order: { occurredAt: 'ASC', createdAt: 'ASC' },
    });
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
