import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import {
  ADMISSION_OUTCOME_LABELS,
  AdmissionOutcome,
  EMPLOYMENT_CONTRACT_KIND_LABELS,
  EmploymentContractKind,
  formatMinutes,
  MAX_WEEKLY_MINUTES,
} from '@tremplin/domain';
import { IsIsoDay, trimOrNull } from '../activities.common';
import type { AdmissionDecisionEntity, EmploymentContractEntity } from '../activity.entities';

@InputType()
export class RecordAdmissionDecisionInput {
  @Field(() => ID)
  @IsString({ message: 'Identifiant de personne manquant.' })
  personId!: string;

  @Field({ description: 'AAAA-MM-JJ' })
  @IsIsoDay('La date de la décision')
  decidedOn!: string;

  @Field({ description: '`AdmissionOutcome` : ADMITTED ou REFUSED.' })
  @IsIn(Object.values(AdmissionOutcome), { message: 'Choisissez la décision : admis·e en alternance ou non admis·e.' })
  outcome!: string;

  @Field(() => String, { nullable: true, description: 'Obligatoire quand la personne n’est pas admise.' })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString({ message: 'Le commentaire doit être un texte.' })
  @MaxLength(2000, { message: 'Le commentaire est trop long (2 000 caractères au plus).' })
  comment?: string | null;
}

@ObjectType('AdmissionDecision')
export class AdmissionDecisionType {
  @Field(() => ID) id!: string;
  @Field({ description: 'AAAA-MM-JJ' }) decidedOn!: string;
  @Field({ description: '`AdmissionOutcome`' }) outcome!: string;
  @Field() outcomeLabel!: string;
  @Field(() => String, { nullable: true }) comment!: string | null;

  static from(e: AdmissionDecisionEntity): AdmissionDecisionType {
    return Object.assign(new AdmissionDecisionType(), {
      id: e.id,
      decidedOn: e.decidedOn,
      outcome: e.outcome,
      outcomeLabel: ADMISSION_OUTCOME_LABELS[e.outcome as AdmissionOutcome] ?? e.outcome,
      comment: e.comment,
    });
  }
}

@InputType()
export class RecordEmploymentContractInput {
  @Field(() => ID)
  @IsString({ message: 'Identifiant de personne manquant.' })
  personId!: string;

  @Field({ description: '`EmploymentContractKind` : CDDI, CDD_USAGE, TEMPORARY_MISSION, PROFESSIONALISATION, OTHER.' })
  @IsIn(Object.values(EmploymentContractKind), { message: 'Choisissez le type de contrat dans la liste.' })
  kind!: string;

  @Field({ description: 'AAAA-MM-JJ' })
  @IsIsoDay('La date de début du contrat')
  startDate!: string;

  @Field(() => String, { nullable: true, description: 'AAAA-MM-JJ ; vide pour un contrat sans terme.' })
  @Transform(trimOrNull)
  @IsOptional()
  @IsIsoDay('La date de fin du contrat')
  endDate?: string | null;

  @Field(() => Int, { description: 'Durée hebdomadaire en minutes (1 à 2 880, soit 48 h).' })
  @IsInt({ message: 'La durée hebdomadaire doit être un nombre entier de minutes.' })
  @Min(1, { message: 'Saisissez la durée hebdomadaire du contrat : au moins 1 minute.' })
  @Max(MAX_WEEKLY_MINUTES, {
    message: ({ value }) =>
      `La durée hebdomadaire saisie (${formatMinutes(Number(value))}) dépasse le maximum légal de ${formatMinutes(MAX_WEEKLY_MINUTES)} par semaine` +
      ` (de ${formatMinutes(Number(value) - MAX_WEEKLY_MINUTES)}) : vérifiez la saisie.`,
  })
  weeklyMinutes!: number;
}

@ObjectType('EmploymentContract')
export class EmploymentContractType {
  @Field(() => ID) id!: string;
  @Field({ description: '`EmploymentContractKind`' }) kind!: string;
  @Field() kindLabel!: string;
  @Field({ description: 'AAAA-MM-JJ' }) startDate!: string;
  @Field(() => String, { nullable: true, description: 'AAAA-MM-JJ ; vide pour un contrat sans terme.' }) endDate!:
    string | null;
  @Field(() => Int) weeklyMinutes!: number;

  static from(e: EmploymentContractEntity): EmploymentContractType {
    return Object.assign(new EmploymentContractType(), {
      id: e.id,
      kind: e.kind,
      kindLabel: EMPLOYMENT_CONTRACT_KIND_LABELS[e.kind as EmploymentContractKind] ?? e.kind,
      startDate: e.startDate,
      endDate: e.endDate,
      weeklyMinutes: e.weeklyMinutes,
    });
  }
}
