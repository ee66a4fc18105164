import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { TraineeCardType } from '../../proposals';
import type { JobOfferEntity } from '../job-board.entities';
import { JOB_CONTRACT_KIND_LABELS, SHARED_OFFER_SOURCE_LABELS } from '../job-board.common';
import type { BoardOfferRow } from '../job-board.repository';

@ObjectType('JobOffer', { description: 'Une offre d’emploi de ma structure.' })
export class JobOfferType {
  @Field(() => ID) id!: string;
  @Field() jobTitle!: string;
  @Field() town!: string;
  @Field(() => String, { nullable: true }) postalCode!: string | null;
  @Field({ description: 'JobContractKind.' }) contractKind!: string;
  @Field() contractKindLabel!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field({ description: 'OPEN ou CLOSED.' }) status!: string;
  @Field({ description: 'Partagée avec les réseaux de ma structure.' }) shared!: boolean;
  @Field(() => Int) version!: number;

  static from(e: JobOfferEntity, shared: boolean): JobOfferType {
    return Object.assign(new JobOfferType(), {
      id: e.id,
      jobTitle: e.jobTitle,
      town: e.town,
      postalCode: e.postalCode,
      contractKind: e.contractKind,
      contractKindLabel: JOB_CONTRACT_KIND_LABELS[e.contractKind] ?? e.contractKind,
      description: e.description,
      status: e.status,
      shared,
      version: e.version,
    });
  }
}

@ObjectType('BoardOffer', {
  description: 'Une offre partagée dans un réseau : rien de la structure qui la partage que son nom.',
})
export class BoardOfferType {
  @Field(() => ID) id!: string;
  @Field({ description: 'JOB_OFFER ou HIRING_NEED.' }) sourceKind!: string;
  @Field() sourceLabel!: string;
  @Field() jobTitle!: string;
  @Field(() => String, { nullable: true }) town!: string | null;
  @Field(() => String, { nullable: true }) postalCode!: string | null;
  @Field(() => String, { nullable: true, description: 'JobContractKind ; null s’il n’est pas précisé.' })
  contractKind!: string | null;
  @Field(() => String, { nullable: true }) contractKindLabel!: string | null;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field() ownerStructureName!: string;
  @Field() sharedAt!: Date;
  @Field({ description: 'Une offre de ma structure.' }) mine!: boolean;

  static from(r: BoardOfferRow, callerStructureId: string): BoardOfferType {
    return Object.assign(new BoardOfferType(), {
      id: r.id,
      sourceKind: r.sourceKind,
      sourceLabel: SHARED_OFFER_SOURCE_LABELS[r.sourceKind] ?? r.sourceKind,
      jobTitle: r.jobTitle,
      town: r.town,
      postalCode: r.postalCode,
      contractKind: r.contractKind,
      contractKindLabel: r.contractKind ? (JOB_CONTRACT_KIND_LABELS[r.contractKind] ?? r.contractKind) : null,
      description: r.description,
      ownerStructureName: r.ownerStructureName,
      sharedAt: r.sharedAt,
      mine: r.ownerStructureId === callerStructureId,
    });
  }
}

@ObjectType('BoardOfferPage')
export class BoardOfferPageType {
  @Field(() => Int) totalCount!: number;
  @Field(() => [BoardOfferType]) items!: BoardOfferType[];
}

@ObjectType('BoardProposal', { description: 'Une proposition de ma structure à une offre du réseau.' })
export class BoardProposalType {
  @Field(() => ID) id!: string;
  @Field({ description: 'PROPOSED ou WITHDRAWN.' }) status!: string;
  @Field() proposedAt!: Date;
  @Field(() => Int) version!: number;
  @Field({ description: 'Le métier de l’offre.' }) jobTitle!: string;
  @Field({ description: 'La structure qui a partagé l’offre.' }) ownerStructureName!: string;
}

@ObjectType('IncomingBoardProposal', {
  description: 'Une proposition reçue d’une autre structure du réseau : la fiche partagée, rien d’autre.',
})
export class IncomingBoardProposalType {
  @Field(() => ID) id!: string;
  @Field() proposedAt!: Date;
  @Field() jobTitle!: string;
  @Field(() => TraineeCardType) card!: TraineeCardType;
}

@ObjectType('IncomingBoardProposalPage')
export class IncomingBoardProposalPageType {
  @Field(() => Int) totalCount!: number;
  @Field(() => [IncomingBoardProposalType]) items!: IncomingBoardProposalType[];
}

@ObjectType('NetworkMember')
export class NetworkMemberType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
}

@ObjectType('Network', { description: 'Un réseau de structures qui partagent leurs offres.' })
export class NetworkType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field({ description: 'Un jeton de flux est défini (sa valeur n’est montrée qu’à sa création).' })
  hasFeedToken!: boolean;
  @Field(() => [NetworkMemberType]) members!: NetworkMemberType[];
  @Field(() => Int) version!: number;
}

@ObjectType('NetworkFeedToken', { description: 'Le jeton du flux, montré une seule fois.' })
export class NetworkFeedTokenType {
  @Field() token!: string;
  @Field() jsonPath!: string;
  @Field() csvPath!: string;
}
