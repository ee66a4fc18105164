import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { FundingSourceKind, MAX_SOURCES_PER_ALLOCATION } from '@tremplin/domain';
import { IsIsoDay, trim, trimOrNull } from '../funding.common';
import { MAX_HOURLY_RATE_CENTS } from './funder.input';

/** Fundable sources listed at once: 200 by default, 500 at most. */
export const FUNDABLE_SOURCES_DEFAULT = 200;
export const FUNDABLE_SOURCES_MAX = 500;
const SOURCE_KIND_MESSAGE = 'Choisissez le type de source : formation, missions, accompagnement ou dépenses.';

@InputType()
export class AllocateFundingInput {
  @Field(() => ID)
  @IsString({ message: 'Choisissez la convention.' })
  agreementId!: string;

  @Field({ description: 'FundingSourceKind : TRAINING_ATTENDANCE, MISSION, STAFF_TIME, EXPENSE.' })
  @IsIn(Object.values(FundingSourceKind), { message: SOURCE_KIND_MESSAGE })
  sourceKind!: string;

  @Field(() => [ID], { description: `Les sources imputées, du même type (1 à ${MAX_SOURCES_PER_ALLOCATION}).` })
  @IsArray({ message: 'Choisissez les heures ou dépenses à imputer.' })
  @ArrayMinSize(1, { message: 'Choisissez au moins une heure ou une dépense à imputer.' })
  @ArrayMaxSize(MAX_SOURCES_PER_ALLOCATION, {
    message: `Imputez au plus ${MAX_SOURCES_PER_ALLOCATION} sources à la fois.`,
  })
  @IsString({ each: true, message: 'Identifiant de source manquant.' })
  sourceIds!: string[];

  @Field(() => [String], {
    nullable: true,
    description:
      'La version de chaque source lue (`FundableSource.version`), dans l’ordre de sourceIds : une source dont les ' +
      'heures ou les imputations ont changé depuis est refusée (CONFLICT, `extensions.changedLines`), rien n’est imputé.',
  })
  @IsOptional()
  @IsArray({ message: 'Les versions des sources doivent être une liste.' })
  @ArrayMaxSize(MAX_SOURCES_PER_ALLOCATION, {
    message: `Imputez au plus ${MAX_SOURCES_PER_ALLOCATION} sources à la fois.`,
  })
  @IsString({ each: true, message: 'Version de source invalide : rechargez les lignes.' })
  sourceVersions?: string[] | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Part de chaque source imputée, en % (0 < x ≤ 100, 2 décimales au plus). Exclusif de quantity.',
  })
  @IsOptional()
  @IsNumber({}, { message: 'La part doit être un nombre (en %).' })
  sharePercent?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Quantité imputée (minutes ou centimes), pour une seule source. Exclusif de sharePercent.',
  })
  @IsOptional()
  @IsInt({ message: 'La quantité est un nombre entier (minutes ou centimes).' })
  @Min(1, { message: 'La quantité imputée doit être positive.' })
  quantity?: number | null;
}

@InputType()
export class RemoveFundingAllocationInput {
  @Field(() => ID)
  @IsString({ message: 'Identifiant d’imputation manquant.' })
  id!: string;

  @Field(() => Int, {
    nullable: true,
    description:
      'La version de l’imputation lue : une imputation qui a grandi depuis (la même source imputée de nouveau à la ' +
      'convention) est refusée (CONFLICT) au lieu d’être retirée avec ce qui s’y est ajouté.',
  })
  @IsOptional()
  @IsInt({ message: 'Version d’imputation invalide : rechargez la liste.' })
  version?: number | null;
}

@InputType()
export class FundableSourcesFilter {
  @Field({ description: 'FundingSourceKind.' })
  @IsIn(Object.values(FundingSourceKind), { message: SOURCE_KIND_MESSAGE })
  sourceKind!: string;

  @Field({ description: 'Sources datées de ce jour ou après (AAAA-MM-JJ).' })
  @Transform(trim)
  @IsIsoDay('La date de début de la période')
  from!: string;

  @Field({ description: 'Sources datées de ce jour ou avant (AAAA-MM-JJ).' })
  @Transform(trim)
  @IsIsoDay('La date de fin de la période')
  to!: string;

  @Field(() => ID, { nullable: true, description: 'Les sources d’une personne seulement.' })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString({ message: 'Identifiant de personne manquant.' })
  personId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'Seulement les sources pas encore financées à 100 %.',
  })
  @IsOptional()
  @IsBoolean({ message: 'onlyRemaining est vrai ou faux.' })
  onlyRemaining?: boolean | null;

  @Field(() => Int, {
    nullable: true,
    defaultValue: FUNDABLE_SOURCES_DEFAULT,
    description: `Au plus ${FUNDABLE_SOURCES_MAX}.`,
  })
  @IsOptional()
  @IsInt({ message: 'Le nombre de sources est un nombre entier.' })
  @Min(1, { message: `Le nombre de sources est compris entre 1 et ${FUNDABLE_SOURCES_MAX}.` })
  @Max(FUNDABLE_SOURCES_MAX, { message: `Le nombre de sources est compris entre 1 et ${FUNDABLE_SOURCES_MAX}.` })
  first?: number | null;
}

@InputType()
export class RecordStaffTimeInput {
  @Field(() => ID, { nullable: true, description: 'Le membre de l’équipe ; vous par défaut.' })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString({ message: 'Choisissez le membre de l’équipe dans la liste.' })
  userId?: string | null;

  @Field(() => ID, { nullable: true, description: 'La personne accompagnée, si le temps lui a été consacré.' })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString({ message: 'Choisissez la personne dans la liste.' })
  personId?: string | null;

  @Field({ description: 'AAAA-MM-JJ.' })
  @Transform(trim)
  @IsIsoDay('La date du temps passé')
  workedOn!: string;

  @Field(() => Int, { description: 'Durée en minutes (24 h au plus).' })
  @IsInt({ message: 'La durée est un nombre entier de minutes.' })
  @Min(1, { message: 'La durée doit être d’au moins 1 minute.' })
  @Max(24 * 60, { message: 'Une ligne de temps couvre une journée : 24 h au plus.' })
  minutes!: number;

  @Field(() => Int, { description: 'Coût horaire chargé, en centimes.' })
  @IsInt({ message: 'Le coût horaire est un nombre entier de centimes.' })
  @Min(1, { message: 'Le coût horaire doit être positif.' })
  @Max(MAX_HOURLY_RATE_CENTS, { message: 'Le coût horaire dépasse 1 000 € de l’heure : vérifiez la saisie.' })
  hourlyCostCents!: number;

  @Field()
  @Transform(trim)
  @IsString({ message: 'La description doit être un texte.' })
  @IsNotEmpty({ message: 'Décrivez le temps passé (entretiens, démarches…).' })
  @MaxLength(300, { message: 'La description est trop longue (300 caractères au plus).' })
  description!: string;
}

@InputType()
export class RecordExpenseInput {
  @Field({ description: 'AAAA-MM-JJ.' })
  @Transform(trim)
  @IsIsoDay('La date de la dépense')
  incurredOn!: string;

  @Field()
  @Transform(trim)
  @IsString({ message: 'Le libellé doit être un texte.' })
  @IsNotEmpty({ message: 'Le libellé de la dépense est obligatoire.' })
  @MaxLength(300, { message: 'Le libellé est trop long (300 caractères au plus).' })
  label!: string;

  @Field(() => Int, { description: 'Montant en centimes.' })
  @IsInt({ message: 'Le montant est un nombre entier de centimes.' })
  @Min(1, { message: 'Le montant doit être positif.' })
  @Max(2_147_483_647, { message: 'Le montant dépasse 21 millions d’euros : vérifiez la saisie.' })
  amountCents!: number;

  @Field(() => String, { nullable: true, description: 'Référence de la facture ou du justificatif.' })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString({ message: 'La référence du justificatif doit être un texte.' })
  @MaxLength(100, { message: 'La référence du justificatif est trop longue (100 caractères au plus).' })
  proofReference?: string | null;
}
