import { Field, ID, InputType, Int, IntersectionType, OmitType, PickType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateIf,
} from 'class-validator';
import { trim, trimOrNull } from '../../../core/graphql/input-transforms';
import { ProposalPreviewInput, ProposeTraineeInput } from '../../proposals';
import { JOB_CONTRACT_KINDS } from '../job-board.common';

const CONTRACT = { message: 'Choisissez le type de contrat dans la liste.' };
const VERSION = { message: 'Version manquante : rechargez la page.' };

@InputType()
export class JobBoardSearchInput {
  @Field(() => String, { nullable: true, description: 'Métier ou mots de la description.' })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString({ message: 'La recherche doit être un texte.' })
  @MaxLength(200, { message: 'La recherche est trop longue (200 caractères au plus).' })
  text?: string | null;

  @Field(() => String, { nullable: true, description: 'Commune ou code postal.' })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString({ message: 'Le lieu doit être un texte.' })
  @MaxLength(100, { message: 'Le lieu est trop long (100 caractères au plus).' })
  place?: string | null;

  @Field(() => String, { nullable: true, description: 'JobContractKind.' })
  @IsOptional()
  @IsIn(JOB_CONTRACT_KINDS, CONTRACT)
  contractKind?: string | null;
}

@InputType()
export class CreateJobOfferInput {
  @Field()
  @Transform(trim)
  @IsString({ message: 'Indiquez le métier.' })
  @IsNotEmpty({ message: 'Indiquez le métier.' })
  @MaxLength(200, { message: 'Le métier est trop long (200 caractères au plus).' })
  jobTitle!: string;

  @Field()
  @Transform(trim)
  @IsString({ message: 'Indiquez la commune.' })
  @IsNotEmpty({ message: 'Indiquez la commune.' })
  @MaxLength(100, { message: 'La commune est trop longue (100 caractères au plus).' })
  town!: string;

  @Field(() => String, { nullable: true })
  @Transform(trimOrNull)
  @IsOptional()
  @Matches(/^\d{5}$/, { message: 'Le code postal s’écrit avec 5 chiffres.' })
  postalCode?: string | null;

  @Field({ description: 'JobContractKind.' })
  @IsIn(JOB_CONTRACT_KINDS, CONTRACT)
  contractKind!: string;

  @Field(() => String, { nullable: true })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString({ message: 'La description doit être un texte.' })
  @MaxLength(5000, { message: 'La description est trop longue (5 000 caractères au plus).' })
  description?: string | null;
}

@InputType()
export class UpdateJobOfferInput {
  @Field(() => ID)
  @IsString({ message: 'Identifiant d’offre manquant.' })
  jobOfferId!: string;

  @Field(() => Int)
  @IsInt(VERSION)
  version!: number;

  @Field(() => String, { nullable: true })
  @Transform(trim)
  @ValidateIf((_, value) => value !== undefined)
  @IsString({ message: 'Indiquez le métier.' })
  @IsNotEmpty({ message: 'Indiquez le métier.' })
  @MaxLength(200, { message: 'Le métier est trop long (200 caractères au plus).' })
  jobTitle?: string;

  @Field(() => String, { nullable: true })
  @Transform(trim)
  @ValidateIf((_, value) => value !== undefined)
  @IsString({ message: 'Indiquez la commune.' })
  @IsNotEmpty({ message: 'Indiquez la commune.' })
  @MaxLength(100, { message: 'La commune est trop longue (100 caractères au plus).' })
  town?: string;

  @Field(() => String, { nullable: true })
  @Transform(trimOrNull)
  @IsOptional()
  @Matches(/^\d{5}$/, { message: 'Le code postal s’écrit avec 5 chiffres.' })
  postalCode?: string | null;

  @Field(() => String, { nullable: true })
  @ValidateIf((_, value) => value !== undefined)
  @IsIn(JOB_CONTRACT_KINDS, CONTRACT)
  contractKind?: string;

  @Field(() => String, { nullable: true })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString({ message: 'La description doit être un texte.' })
  @MaxLength(5000, { message: 'La description est trop longue (5 000 caractères au plus).' })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'OPEN ou CLOSED.' })
  @ValidateIf((_, value) => value !== undefined)
  @IsIn(['OPEN', 'CLOSED'], { message: 'Le statut de l’offre est « OPEN » (ouverte) ou « CLOSED » (fermée).' })
  status?: string;
}

/** What a proposal shares, as for a landlord's need (ProposalPreviewInput), to another structure's shared offer. */
@InputType()
export class BoardProposalPreviewInput extends OmitType(ProposalPreviewInput, ['hiringNeedId'] as const) {
  @Field(() => ID)
  @IsString({ message: 'Choisissez l’offre.' })
  sharedOfferId!: string;
}

/** …with the day the person agreed, by the proposals' rule. */
@InputType()
export class ProposeToBoardOfferInput extends IntersectionType(
  BoardProposalPreviewInput,
  PickType(ProposeTraineeInput, ['consentGivenOn'] as const),
) {}

@InputType()
export class WithdrawBoardProposalInput {
  @Field(() => ID)
  @IsString({ message: 'Identifiant de proposition manquant.' })
  boardProposalId!: string;

  @Field(() => Int)
  @IsInt(VERSION)
  version!: number;
}

@InputType()
export class SetNetworkMembersInput {
  @Field(() => ID)
  @IsString({ message: 'Identifiant de réseau manquant.' })
  networkId!: string;

  @Field(() => [ID])
  @IsArray({ message: 'Choisissez les structures du réseau.' })
  @ArrayMaxSize(500, { message: 'Un réseau compte au plus 500 structures.' })
  @IsString({ each: true, message: 'Identifiant de structure manquant.' })
  structureIds!: string[];
}
