import { Field, Float, ID, InputType, Int, PartialType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { FundingIndicator, FundingSourceKind } from '@tremplin/domain';
import { IsIsoDay, trim, trimOrNull } from '../funding.common';
import { MAX_HOURLY_RATE_CENTS } from './funder.input';

/** 10 billion euros: beyond, an amount is a typing mistake (and stays an exact integer in JavaScript). */
export const MAX_GRANTED_CENTS = 1_000_000_000_000;

@InputType()
export class CreateFundingAgreementInput {
  @Field(() => ID)
  @IsString({ message: 'Choisissez le financeur.' })
  funderId!: string;

  @Field({ description: 'Référence de la convention (unique dans la structure).' })
  @Transform(trim)
  @IsString({ message: 'La référence doit être un texte.' })
  @IsNotEmpty({ message: 'La référence de la convention est obligatoire.' })
  @MaxLength(100, { message: 'La référence est trop longue (100 caractères au plus).' })
  reference!: string;

  @Field()
  @Transform(trim)
  @IsString({ message: 'L’intitulé doit être un texte.' })
  @IsNotEmpty({ message: 'L’intitulé de la convention est obligatoire.' })
  @MaxLength(200, { message: 'L’intitulé est trop long (200 caractères au plus).' })
  title!: string;

  @Field({ description: 'AAAA-MM-JJ.' })
  @Transform(trim)
  @IsIsoDay('La date de début de la convention')
  startDate!: string;

  @Field({ description: 'AAAA-MM-JJ, incluse.' })
  @Transform(trim)
  @IsIsoDay('La date de fin de la convention')
  endDate!: string;

  @Field(() => Float, { description: 'Montant accordé, en centimes (entier).' })
  @IsInt({ message: 'Le montant accordé est un nombre entier de centimes.' })
  @Min(0, { message: 'Le montant accordé ne peut pas être négatif.' })
  @Max(MAX_GRANTED_CENTS, { message: 'Le montant accordé dépasse 10 milliards d’euros : vérifiez la saisie.' })
  amountGrantedCents!: number;

  @Field(() => Int, { description: 'Taux de cofinancement en points de base (6 000 = 60 %).' })
  @IsInt({ message: 'Le taux de cofinancement est un nombre entier de points de base (6 000 = 60 %).' })
  @Min(0, { message: 'Le taux de cofinancement est compris entre 0 et 100 %.' })
  @Max(10_000, { message: 'Le taux de cofinancement est compris entre 0 et 100 %.' })
  coFinancingRateBp!: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'Valeur d’une heure de formation ou de mission imputée, en centimes ; vide : heures comptées seulement.',
  })
  @IsOptional()
  @IsInt({ message: 'Le taux horaire est un nombre entier de centimes.' })
  @Min(1, { message: 'Le taux horaire doit être positif.' })
  @Max(MAX_HOURLY_RATE_CENTS, { message: 'Le taux horaire dépasse 1 000 € de l’heure : vérifiez la saisie.' })
  hourlyRateCents?: number | null;

  @Field(() => [String], {
    description: 'FundingSourceKind financés : TRAINING_ATTENDANCE, MISSION, STAFF_TIME, EXPENSE.',
  })
  @IsArray({ message: 'Choisissez ce que la convention finance.' })
  @ArrayMinSize(1, { message: 'Choisissez au moins un type d’heures ou de dépenses financé.' })
  @ArrayUnique({ message: 'Un type de source figure deux fois.' })
  @IsIn(Object.values(FundingSourceKind), {
    each: true,
    message: 'Choisissez les types de sources dans la liste (formation, missions, accompagnement, dépenses).',
  })
  sourceKinds!: string[];

  @Field(() => String, { nullable: true, description: 'Périmètre : public, action, territoire.' })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString({ message: 'Le périmètre doit être un texte.' })
  @MaxLength(2000, { message: 'Le périmètre est trop long (2 000 caractères au plus).' })
  scope?: string | null;

  @Field(() => [String], { nullable: true, description: 'FundingIndicator exigés dans les bilans (aucun par défaut).' })
  @IsOptional()
  @IsArray({ message: 'Les indicateurs doivent être une liste.' })
  @ArrayMaxSize(Object.values(FundingIndicator).length, { message: 'Trop d’indicateurs.' })
  @ArrayUnique({ message: 'Un indicateur figure deux fois.' })
  @IsIn(Object.values(FundingIndicator), { each: true, message: 'Choisissez les indicateurs dans la liste.' })
  indicators?: string[] | null;
}

/** A partial update: a field left out keeps its value, null clears it (docs/domain/concurrent-edits.md). */
@InputType()
export class UpdateFundingAgreementInput extends PartialType(CreateFundingAgreementInput, { omitDefaultValues: true }) {
  @Field(() => ID)
  @IsString({ message: 'Identifiant de convention manquant.' })
  id!: string;

  @Field(() => Int, { description: 'La version lue : une version périmée est refusée.' })
  @IsInt({ message: 'Version manquante.' })
  version!: number;
}
