import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { DeclineReason, HireContractType, ProposalDecision } from '@tremplin/domain';
import { IsIsoDay, trim, trimOrNull } from '../../../core/graphql/input-transforms';

/** 48 h a week: the legal maximum (Code du travail, L3121-20). */
const MAX_WEEKLY_MINUTES = 48 * 60;
const VERSION = { message: 'Version manquante : rechargez la page.' };
const PROPOSAL_ID = { message: 'Identifiant de proposition manquant.' };

@InputType()
export class ProposalPreviewInput {
  @Field(() => ID)
  @IsString({ message: 'Identifiant de personne manquant.' })
  personId!: string;

  @Field(() => ID)
  @IsString({ message: 'Choisissez le besoin de recrutement.' })
  hiringNeedId!: string;

  @Field()
  @IsBoolean({ message: 'Indiquez si le nom complet est partagé.' })
  shareFullName!: boolean;

  @Field()
  @IsBoolean({ message: 'Indiquez si le téléphone et l’e-mail sont partagés.' })
  shareContact!: boolean;

  @Field(() => String, { nullable: true })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString({ message: 'Le message doit être un texte.' })
  @MaxLength(2000, { message: 'Le message est trop long (2 000 caractères au plus).' })
  message?: string | null;
}

@InputType()
export class ProposeTraineeInput extends ProposalPreviewInput {
  @Field({ description: 'AAAA-MM-JJ : le jour où la personne a accepté ce partage.' })
  @Transform(trim)
  @IsIsoDay('La date du consentement')
  consentGivenOn!: string;
}

@InputType()
export class WithdrawProposalInput {
  @Field(() => ID)
  @IsString(PROPOSAL_ID)
  proposalId!: string;

  @Field(() => Int)
  @IsInt(VERSION)
  version!: number;

  @Field(() => String, { nullable: true })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString({ message: 'Le motif doit être un texte.' })
  @MaxLength(2000, { message: 'Le motif est trop long (2 000 caractères au plus).' })
  reason?: string | null;
}

@InputType()
export class WithdrawProposalConsentInput {
  @Field(() => ID)
  @IsString(PROPOSAL_ID)
  proposalId!: string;

  @Field(() => Int)
  @IsInt(VERSION)
  version!: number;
}

@InputType()
export class RecordHireFromProposalInput {
  @Field(() => ID)
  @IsString(PROPOSAL_ID)
  proposalId!: string;

  @Field(() => Int)
  @IsInt(VERSION)
  version!: number;

  @Field({ description: 'HireContractType.' })
  @IsIn(Object.values(HireContractType), {
    message: 'Choisissez le type de contrat dans la liste (CDI, CDD, intérim…).',
  })
  contractType!: string;

  @Field({ description: 'AAAA-MM-JJ.' })
  @Transform(trim)
  @IsIsoDay('La date de début du contrat')
  startDate!: string;

  @Field(() => Int, { description: 'Durée hebdomadaire en minutes (35 h = 2100).' })
  @IsInt({ message: 'La durée hebdomadaire doit être un nombre entier de minutes.' })
  @Min(1, { message: 'La durée hebdomadaire doit être positive.' })
  @Max(MAX_WEEKLY_MINUTES, { message: 'La durée hebdomadaire dépasse 48 h, le maximum légal.' })
  weeklyMinutes!: number;

  @Field(() => String, { nullable: true, description: 'Par défaut, l’intitulé du besoin.' })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString({ message: 'L’intitulé du poste doit être un texte.' })
  @MaxLength(200, { message: 'L’intitulé du poste est trop long (200 caractères au plus).' })
  jobTitle?: string | null;
}

@InputType()
export class DecideProposalInput {
  @Field(() => ID)
  @IsString(PROPOSAL_ID)
  proposalId!: string;

  @Field(() => Int)
  @IsInt(VERSION)
  version!: number;

  @Field({ description: 'ProposalDecision : REQUEST_INTERVIEW, VALIDATE, DECLINE.' })
  @IsIn(Object.values(ProposalDecision), {
    message: 'Choisissez la décision : demander un entretien, valider pour embauche ou décliner.',
  })
  decision!: string;

  @Field(() => String, { nullable: true, description: 'DeclineReason, obligatoire pour décliner.' })
  @Transform(trimOrNull)
  @IsOptional()
  @IsIn(Object.values(DeclineReason), { message: 'Choisissez le motif dans la liste.' })
  declineReason?: string | null;

  @Field(() => String, { nullable: true })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString({ message: 'Le commentaire doit être un texte.' })
  @MaxLength(2000, { message: 'Le commentaire est trop long (2 000 caractères au plus).' })
  comment?: string | null;
}
