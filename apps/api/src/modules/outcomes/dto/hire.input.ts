import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { HireContractType, RETENTION_CHECK_MONTHS } from '@tremplin/domain';
import { IsIsoDay, OUTCOME_MESSAGES, trim, trimOrNull } from '../outcomes.common';

/** 48 h a week: the legal maximum (Code du travail, L3121-20). */
export const MAX_WEEKLY_MINUTES = 48 * 60;

@InputType()
export class RecordHireInput {
  @Field(() => ID)
  @IsString({ message: 'Identifiant de personne manquant.' })
  personId!: string;

  @Field(() => ID, { nullable: true, description: 'L’employeur s’il est une organisation partenaire (bailleur…).' })
  @Transform(trimOrNull)
  @IsOptional()
  @IsUUID('all', { message: OUTCOME_MESSAGES.employerNotFound })
  employerOrganisationId?: string | null;

  @Field(() => String, { nullable: true, description: 'Par défaut, le nom de l’organisation partenaire choisie.' })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString({ message: 'Le nom de l’employeur doit être un texte.' })
  @MaxLength(200, { message: 'Le nom de l’employeur est trop long (200 caractères au plus).' })
  employerName?: string | null;

  @Field({
    description: 'HireContractType : CDI, CDD, TEMPORARY, CDI_INCLUSION, PROFESSIONALISATION, CIVIL_SERVICE, OTHER.',
  })
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

  @Field(() => String, { nullable: true })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString({ message: 'L’intitulé du poste doit être un texte.' })
  @MaxLength(200, { message: 'L’intitulé du poste est trop long (200 caractères au plus).' })
  jobTitle?: string | null;
}

@InputType()
export class RecordRetentionCheckInput {
  @Field(() => ID)
  @IsString({ message: 'Identifiant d’embauche manquant.' })
  hireId!: string;

  @Field(() => Int, { description: `Mois après l’embauche : ${RETENTION_CHECK_MONTHS.join(' ou ')}.` })
  @IsIn([...RETENTION_CHECK_MONTHS], {
    message: `Le suivi se fait à ${RETENTION_CHECK_MONTHS.join(' ou ')} mois de l’embauche.`,
  })
  monthsAfter!: number;

  @Field({ description: 'AAAA-MM-JJ.' })
  @Transform(trim)
  @IsIsoDay('La date du suivi')
  checkedOn!: string;

  @Field()
  @IsBoolean({ message: 'Indiquez si la personne est toujours en poste.' })
  stillEmployed!: boolean;

  @Field(() => String, { nullable: true })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString({ message: 'Le commentaire doit être un texte.' })
  @MaxLength(2000, { message: 'Le commentaire est trop long (2 000 caractères au plus).' })
  comment?: string | null;
}
