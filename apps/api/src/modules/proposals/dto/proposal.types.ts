import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  DECLINE_REASON_LABELS,
  type DeclineReason,
  PROPOSAL_EVENT_LABELS,
  PROPOSAL_STATUS_LABELS,
  type ProposalEventKind,
  type ProposalStatus,
} from '@tremplin/domain';
import type { ProposalEntity, ProposalEventEntity } from '../proposal.entities';
import { TraineeCardType } from './trainee-card.type';

const statusLabel = (s: string) => PROPOSAL_STATUS_LABELS[s as ProposalStatus] ?? s;
const reasonLabel = (r: string | null) => (r ? (DECLINE_REASON_LABELS[r as DeclineReason] ?? r) : null);

@ObjectType('ProposalEvent', { description: 'Ce qui est arrivé à une proposition, quand, par qui.' })
export class ProposalEventType {
  @Field(() => ID) id!: string;
  @Field({ description: 'ProposalEventKind.' }) kind!: string;
  @Field() kindLabel!: string;
  @Field(() => GraphQLISODateTime) occurredAt!: Date;
  @Field({ description: '« Claire Martin (Rouen Insertion) », copié au moment.' }) actorLabel!: string;
  @Field(() => String, { nullable: true, description: 'DeclineReason d’un refus.' }) reason!: string | null;
  @Field(() => String, { nullable: true }) reasonLabel!: string | null;
  @Field(() => String, { nullable: true }) comment!: string | null;

  static from(e: ProposalEventEntity): ProposalEventType {
    return Object.assign(new ProposalEventType(), {
      id: e.id,
      kind: e.kind,
      kindLabel: PROPOSAL_EVENT_LABELS[e.kind as ProposalEventKind] ?? e.kind,
      occurredAt: e.occurredAt,
      actorLabel: e.actorLabel,
      reason: e.reason,
      reasonLabel: reasonLabel(e.reason),
      comment: e.comment,
    });
  }
}

@ObjectType('Proposal', {
  description: 'Une proposition d’une personne à un besoin de recrutement (vue de la structure).',
})
export class ProposalType {
  @Field(() => ID) id!: string;
  @Field(() => ID) personId!: string;
  @Field({ description: 'ProposalStatus.' }) status!: string;
  @Field() statusLabel!: string;
  @Field({ description: 'AAAA-MM-JJ : jour du consentement de la personne.' }) consentGivenOn!: string;
  @Field() shareFullName!: boolean;
  @Field() shareContact!: boolean;
  @Field(() => GraphQLISODateTime, { nullable: true }) consentWithdrawnAt!: Date | null;
  @Field(() => String, { nullable: true }) message!: string | null;
  @Field(() => GraphQLISODateTime) proposedAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) decidedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'DeclineReason.' }) declineReason!: string | null;
  @Field(() => String, { nullable: true }) declineReasonLabel!: string | null;
  @Field(() => String, { nullable: true }) decisionComment!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) withdrawnAt!: Date | null;
  @Field(() => String, { nullable: true }) withdrawalReason!: string | null;
  @Field(() => Int) version!: number;

  /** Not exposed: resolved through loaders. */
  hiringNeedId!: string;
  hireId!: string | null;

  static from(e: ProposalEntity): ProposalType {
    return Object.assign(new ProposalType(), {
      id: e.id,
      personId: e.personId,
      status: e.status,
      statusLabel: statusLabel(e.status),
      consentGivenOn: e.consentGivenOn,
      shareFullName: e.shareFullName,
      shareContact: e.shareContact,
      consentWithdrawnAt: e.consentWithdrawnAt,
      message: e.message,
      proposedAt: e.proposedAt,
      decidedAt: e.decidedAt,
      declineReason: e.declineReason,
      declineReasonLabel: reasonLabel(e.declineReason),
      decisionComment: e.decisionComment,
      withdrawnAt: e.withdrawnAt,
      withdrawalReason: e.withdrawalReason,
      version: e.version,
      hiringNeedId: e.hiringNeedId,
      hireId: e.hireId,
    });
  }
}

/** A proposal line as the portal reads it: joined with the names it shows. */
export interface PortalProposalRow {
  id: string;
  status: string;
  proposedAt: Date;
  decidedAt: Date | null;
  declineReason: string | null;
  decisionComment: string | null;
  version: number;
  hiringNeedId: string;
  structureId: string;
  personId: string;
  structureName: string;
  traineeName: string;
  certificationTitle: string | null;
  shareFullName: boolean;
  shareContact: boolean;
  message: string | null;
  partnerOrganisationId: string;
}

@ObjectType('PortalProposal', { description: 'Une proposition reçue par mon organisation.' })
export class PortalProposalType {
  @Field(() => ID) id!: string;
  @Field({ description: 'ProposalStatus.' }) status!: string;
  @Field() statusLabel!: string;
  @Field(() => GraphQLISODateTime) proposedAt!: Date;
  @Field({ description: 'La structure qui propose.' }) structureName!: string;
  @Field({ description: '« Awa D. » ; le nom complet seulement si la personne l’accepte.' }) traineeName!: string;
  @Field(() => String, { nullable: true }) certificationTitle!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) decidedAt!: Date | null;
  @Field(() => String, { nullable: true }) declineReason!: string | null;
  @Field(() => String, { nullable: true }) declineReasonLabel!: string | null;
  @Field(() => String, { nullable: true }) decisionComment!: string | null;
  @Field(() => Int) version!: number;

  /** Not exposed: resolved through loaders. */
  hiringNeedId!: string;

  static from(r: PortalProposalRow): PortalProposalType {
    return Object.assign(new PortalProposalType(), {
      id: r.id,
      status: r.status,
      statusLabel: statusLabel(r.status),
      proposedAt: r.proposedAt,
      structureName: r.structureName,
      traineeName: r.traineeName,
      certificationTitle: r.certificationTitle,
      decidedAt: r.decidedAt,
      declineReason: r.declineReason,
      declineReasonLabel: reasonLabel(r.declineReason),
      decisionComment: r.decisionComment,
      version: r.version,
      hiringNeedId: r.hiringNeedId,
    });
  }
}

@ObjectType('PortalProposalDetail', { description: 'Une proposition, la fiche de la personne et l’historique.' })
export class PortalProposalDetailType {
  @Field(() => PortalProposalType) proposal!: PortalProposalType;
  @Field(() => TraineeCardType) card!: TraineeCardType;
  @Field(() => [ProposalEventType]) events!: ProposalEventType[];
}

@ObjectType('PortalProposalPage')
export class PortalProposalPageType {
  @Field(() => Int) totalCount!: number;
  @Field(() => [PortalProposalType]) items!: PortalProposalType[];
}
