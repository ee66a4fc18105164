import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import {
  ALERT_LABELS,
  AlertCode,
  CONTRACT_STATUS_LABELS,
  ContractStatus,
  PATHWAY_STAGE_LABELS,
  PathwayStage,
} from '@tremplin/domain';

const ALERT_CHOICES = Object.values(AlertCode)
  .map((code) => `${code} (${ALERT_LABELS[code]})`)
  .join(', ');
const CONTRACT_STATUS_CHOICES = Object.values(ContractStatus)
  .map((status) => `${status} (${CONTRACT_STATUS_LABELS[status]})`)
  .join(', ');
const STAGE_CHOICES = Object.values(PathwayStage)
  .map((stage) => `${stage} (${PATHWAY_STAGE_LABELS[stage]})`)
  .join(', ');

@InputType()
export class PersonFilter {
  @Field(() => String, { nullable: true, description: 'Recherche par nom ou prénom, sans accents ni casse.' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() || null : value))
  @IsOptional()
  @IsString({ message: 'La recherche doit être un texte.' })
  @MaxLength(100, { message: 'La recherche est trop longue (100 caractères au plus).' })
  search?: string | null;

  @Field(() => ID, { nullable: true, description: 'Le portefeuille d’un·e conseiller·ère.' })
  @IsOptional()
  @IsUUID('all', { message: 'Ce·tte conseiller·ère n’existe pas dans votre structure.' })
  counsellorId?: string | null;

  @Field(() => PathwayStage, { nullable: true, description: 'Les personnes à cette étape du parcours.' })
  @IsOptional()
  @IsIn(Object.values(PathwayStage), { message: `Cette étape n’existe pas : choisissez ${STAGE_CHOICES}.` })
  stage?: PathwayStage | null;

  @Field(() => String, {
    nullable: true,
    description: `Les personnes qui ont cette alerte aujourd’hui : ${Object.values(AlertCode).join(', ')}.`,
  })
  @IsOptional()
  @IsIn(Object.values(AlertCode), { message: `Cette alerte n’existe pas : choisissez ${ALERT_CHOICES}.` })
  alert?: AlertCode | null;

  @Field(() => String, {
    nullable: true,
    description: `Les personnes ayant un contrat de professionnalisation à ce statut : ${Object.values(ContractStatus).join(', ')}.`,
  })
  @IsOptional()
  @IsIn(Object.values(ContractStatus), {
    message: `Ce statut de contrat n’existe pas : choisissez ${CONTRACT_STATUS_CHOICES}.`,
  })
  contractStatus?: ContractStatus | null;
}

@ArgsType()
export class PersonsArgs {
  @Field(() => PersonFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PersonFilter)
  filter?: PersonFilter | null;

  @Field(() => Int, { nullable: true, description: 'Taille de page (50 par défaut, 100 au plus).' })
  @IsOptional()
  @IsInt({ message: 'La taille de page doit être un entier.' })
  first?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  after?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'La taille de page doit être un entier.' })
  last?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  before?: string | null;
}
