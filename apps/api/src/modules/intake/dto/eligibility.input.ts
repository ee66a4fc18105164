import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  registerDecorator,
  ValidateNested,
} from 'class-validator';
import { checkProofDate, DiagnosisAuthor, EligibilityCriterionCode, todayInParis } from '@tremplin/domain';
import { IsDay } from './day.validator';
import { trim, trimOrNull } from '../../../core/graphql/input-transforms';

/** A real proof date, not in the future (rule and message from the shared domain library). */
function IsProofDate() {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isProofDate',
      target: object.constructor,
      propertyName,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && checkProofDate(value, todayInParis()) === null,
        defaultMessage: (args) =>
          typeof args?.value === 'string' && args.value !== ''
            ? (checkProofDate(args.value, todayInParis()) ?? '')
            : 'La date du justificatif est obligatoire.',
      },
    });
}

@InputType()
export class EligibilityCriterionInput {
  @Field({ description: 'Code du critère (catalogue EligibilityCriterionCode).' })
  @IsIn(Object.values(EligibilityCriterionCode), {
    message: 'Critère d’éligibilité inconnu : choisissez-le dans la liste.',
  })
  code!: string;

  @Field(() => String, { nullable: true, description: 'Référence du justificatif (document, émetteur, numéro).' })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString({ message: 'La référence du justificatif doit être un texte.' })
  @MaxLength(200, { message: 'La référence du justificatif est trop longue (200 caractères au plus).' })
  proofReference?: string | null;

  @Field({ description: 'Date du justificatif, AAAA-MM-JJ.' })
  @Transform(trim)
  @IsProofDate()
  proofDate!: string;
}

@InputType()
export class RecordEligibilityDiagnosisInput {
  @Field(() => ID)
  @IsString({ message: 'Identifiant de personne manquant.' })
  personId!: string;

  @Field({ description: 'PRESCRIBER (valable 6 mois) ou EMPLOYER (auto-prescription, valable 92 jours).' })
  @IsIn(Object.values(DiagnosisAuthor), {
    message: 'Auteur du diagnostic inconnu : prescripteur habilité ou structure.',
  })
  author!: string;

  @Field({ description: 'Qui a établi le diagnostic (organisme prescripteur ou conseiller·ère).' })
  @Transform(trim)
  @IsString({ message: 'L’auteur du diagnostic doit être un texte.' })
  @IsNotEmpty({ message: 'Indiquez qui a établi le diagnostic (organisme prescripteur ou conseiller·ère).' })
  @MaxLength(200, { message: 'Le nom de l’auteur du diagnostic est trop long (200 caractères au plus).' })
  authorName!: string;

  @Field({ description: 'Date du diagnostic, AAAA-MM-JJ (pas dans le futur).' })
  @Transform(trim)
  @IsDay('la date du diagnostic', { notFuture: true })
  diagnosedOn!: string;

  @Field(() => [EligibilityCriterionInput])
  @IsArray({ message: 'Les critères doivent être une liste.' })
  @ArrayMaxSize(Object.keys(EligibilityCriterionCode).length, {
    message: 'Trop de critères : chaque critère ne peut être coché qu’une fois.',
  })
  @ValidateNested({ each: true })
  @Type(() => EligibilityCriterionInput)
  criteria!: EligibilityCriterionInput[];
}
