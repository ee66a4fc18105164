import type { EntityManager } from 'typeorm';
import { AuditAction, NotificationKind, ProposalEventKind, ProposalStatus } from '@tremplin/domain';
import type { AuditService } from '../../core/audit/audit.service';
import type { AuthUser } from '../../core/auth/auth.types';
import type { Clock } from '../../core/clock/clock';
import type { NotificationsService } from '../notifications';
import type { ProposalEntity } from './proposal.entities';
import { actorLabel, title } from './proposals.common';
import { ProposalsRepository } from './proposals.repository';

/**
 * The end of a landlord's access to a proposal, shared by the structure's operations (`withdrawProposal`,
 * `withdrawProposalConsent`) and by the person's general consent (`recordConsent` without a consent day). Plain
 * functions on the caller's transaction: the audit and notification services are global.
 */
export interface WithdrawalServices {
  audit: AuditService;
  notifications: NotificationsService;
  clock: Clock;
  /** The proposals' repository (built on the transaction's data source when the caller has none). */
  proposals?: ProposalsRepository;
}

/** The repository of `services`, or one on the data source of `tx`. */
function proposalsOf(tx: EntityManager, services?: WithdrawalServices): ProposalsRepository {
  return services?.proposals ?? new ProposalsRepository(tx.connection);
}

/** What a withdrawal writes: its event kind, its audit action, the operation that caused it, the counsellor's word. */
export interface Withdrawal {
  kind: ProposalEventKind;
  action: AuditAction;
  operation: string;
  comment: string | null;
}

/** Inserts an event of the proposal's history. */
export async function insertProposalEvent(
  tx: EntityManager,
  p: ProposalEntity,
  kind: ProposalEventKind,
  actor: string,
  extra: { reason?: string | null; comment?: string | null; actorUserId?: string | null } = {},
  proposals: ProposalsRepository = proposalsOf(tx),
): Promise<void> {
  await proposals.insertEvent(
    {
      structureId: p.structureId,
      personId: p.personId,
      proposalId: p.id,
      kind,
      actorUserId: extra.actorUserId ?? null,
      actorLabel: actor,
      reason: extra.reason ?? null,
      comment: extra.comment ?? null,
    },
    tx,
  );
}

/**
 * Saves a proposal just withdrawn (status and dates set by the caller, row locked), with its event, its audit row and
 * the landlord's reviewers notified — without the person's name: « Proposition retirée pour « poste » ».
 */
export async function recordWithdrawal(
  tx: EntityManager,
  services: WithdrawalServices,
  user: AuthUser,
  p: ProposalEntity,
  w: Withdrawal,
): Promise<ProposalEntity> {
  const proposals = proposalsOf(tx, services);
  await proposals.save(p, tx);
  const structureName = await proposals.nameOf('structure', p.structureId, tx);
  await insertProposalEvent(
    tx,
    p,
    w.kind,
    actorLabel(user, structureName),
    { comment: w.comment, actorUserId: user.id },
    proposals,
  );
  await services.audit.record(tx, user, [
    {
      action: w.action,
      structureId: p.structureId,
      personId: p.personId,
      subjectType: 'proposal',
      subjectId: p.id,
      details: { operation: w.operation, status: p.status },
    },
  ]);
  const jobTitle = await proposals.needJobTitle(p.hiringNeedId, tx);
  await services.notifications.notify(tx, [
    {
      recipientUserIds: await services.notifications.reviewersOf(tx, p.partnerOrganisationId),
      kind: NotificationKind.PROPOSAL_WITHDRAWN,
      title: title(`Proposition retirée pour « ${jobTitle} »`),
      body:
        `${structureName} a retiré une proposition pour le poste « ${jobTitle} » : ` +
        'la fiche n’est plus consultable.',
      link: '/portail',
      proposalId: p.id,
    },
  ]);
  return proposals.proposalOrFail(p.structureId, p.id, tx);
}

/** Closed proposals keep their outcome when the consent goes: the landlord's decline (with its reason), the hire. */
const CLOSED_STATUSES: readonly string[] = [ProposalStatus.DECLINED, ProposalStatus.HIRED];

/**
 * Records the withdrawal of the person's consent on one locked proposal (neither WITHDRAWN nor already without
 * consent): the proposal is withdrawn unless it is closed (declined, hired). Either way the landlord loses access at
 * once (the visibility rule reads the consent).
 */
export function withdrawProposalConsent(
  tx: EntityManager,
  services: WithdrawalServices,
  user: AuthUser,
  p: ProposalEntity,
  operation: string,
): Promise<ProposalEntity> {
  const now = services.clock.now();
  p.consentWithdrawnAt = now;
  if (!CLOSED_STATUSES.includes(p.status)) {
    p.status = ProposalStatus.WITHDRAWN;
    p.withdrawnAt = now;
  }
  return recordWithdrawal(tx, services, user, p, {
    kind: ProposalEventKind.CONSENT_WITHDRAWN,
    action: AuditAction.PROPOSAL_CONSENT_WITHDRAWN,
    operation,
    comment: null,
  });
}

/**
 * The person withdrew their consent to the processing of their data: every proposal of theirs that still gives a
 * landlord access (not WITHDRAWN, consent not yet withdrawn) goes the way of `withdrawProposalConsent`, in the
 * caller's transaction, rows locked in id order. Returns the proposals changed (send the e-mails after commit).
 */
export async function withdrawConsentOfPerson(
  tx: EntityManager,
  services: WithdrawalServices,
  user: AuthUser,
  structureId: string,
  personId: string,
  operation: string,
): Promise<ProposalEntity[]> {
  const live = await proposalsOf(tx, services).lockLiveOfPerson(structureId, personId, tx);
  const changed: ProposalEntity[] = [];
  for (const p of live) changed.push(await withdrawProposalConsent(tx, services, user, p, operation));
  return changed;
}
