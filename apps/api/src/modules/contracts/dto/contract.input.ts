import { Field, ID, InputType, Int, PartialType } from '@nestjs/graphql';
import type { Type } from '@nestjs/common';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  registerDecorator,
} from 'class-validator';
import {
  ContractBreakReason,
  ContractCerfaKind,
  ContractForm,
  ContractPublic,
  ContractRenewalReason,
  isValidSiret,
  OpcoDecisionKind,
} from '@tremplin/domain';
import { IsIsoDay, trim, trimOrNull } from '../../../core/graphql/input-transforms';

/** A SIRET as typed: spaces removed; an empty optional one means none. */
const siretInput = ({ value }: { value: unknown }) => {
  if (typeof value !== 'string') return value;
  const t = value.replace(/\s+/g, '');
  return t === '' ? null : t;
};

/** A valid SIRET (14 digits, control key). `what` names it in the message. */
function IsSiret(what: string) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isSiret',
      target: object.constructor,
      propertyName,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isValidSiret(value),
        defaultMessage: (args) =>
          typeof args?.value === 'string' && args.value !== ''
            ? `Le SIRET ${what} n’est pas valide : 14 chiffres dont le dernier est une clé de contrôle. Recopiez-le depuis l’avis de situation Sirene.`
            : `Le SIRET ${what} est obligatoire.`,
      },
    });
}

const CERFA_KINDS = Object.values(ContractCerfaKind).filter((v): v is number => typeof v === 'number');
const CONTRACT_MESSAGES = {
  id: 'Identifiant de contrat manquant.',
  version: 'La version du contrat est manquante : rechargez la fiche.',
} as const;

/** The fields a draft contract is made of (CERFA 12434). Legal checks are not made here: they block the deposit only. */
@InputType({ isAbstract: true })
export abstract class ContractFieldsInput {
  @Field(() => Int, { description: 'Type de contrat du CERFA : 1 initial, 2 à 4 nouveau contrat, 5 avenant.' })
  @IsIn(CERFA_KINDS, { message: 'Choisissez le type de contrat du CERFA dans la liste (1 à 5).' })
  cerfaKind!: number;

  @Field({ description: 'ContractForm : CDD ou CDI.' })
  @IsIn(Object.values(ContractForm), { message: 'Choisissez la forme du contrat : CDD ou CDI.' })
  form!: string;

  @Field({ description: 'ContractPublic.' })
  @IsIn(Object.values(ContractPublic), { message: 'Choisissez le public de la personne dans la liste.' })
  publicCategory!: string;

  @Field({ description: '14 chiffres.' })
  @Transform(siretInput)
  @IsSiret('de l’employeur')
  employerSiret!: string;

  @Field({ description: 'SIRET de l’établissement où s’exécute le contrat.' })
  @Transform(siretInput)
  @IsSiret('du lieu d’exécution du contrat')
  workplaceSiret!: string;

  @Field(() => String, { nullable: true, description: 'Convention collective appliquée ; vide pour « néant ».' })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString({ message: 'La convention collective doit être un texte.' })
  @MaxLength(200, { message: 'La convention collective est trop longue (200 caractères au plus).' })
  collectiveAgreement?: string | null;

  @Field()
  @Transform(trim)
  @IsString({ message: 'L’intitulé du poste doit être un texte.' })
  @IsNotEmpty({ message: 'L’intitulé du poste est obligatoire.' })
  @MaxLength(200, { message: 'L’intitulé du poste est trop long (200 caractères au plus).' })
  jobTitle!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Identifiant France Travail (obligatoire sur le CERFA si la personne était demandeuse d’emploi).',
  })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString({ message: 'L’identifiant France Travail doit être un texte.' })
  @MaxLength(20, { message: 'L’identifiant France Travail est trop long (20 caractères au plus).' })
  franceTravailId?: string | null;

  @Field({ description: 'AAAA-MM-JJ.' })
  @Transform(trim)
  @IsIsoDay('La date de début du contrat')
  startDate!: string;

  @Field({ description: 'AAAA-MM-JJ, inclus : fin du CDD ou de l’action de professionnalisation du CDI.' })
  @Transform(trim)
  @IsIsoDay('La date de fin du contrat')
  endDate!: string;

  @Field(() => Int, { description: 'Durée de la période d’essai, en jours.' })
  @IsInt({ message: 'La période d’essai doit être un nombre entier de jours.' })
  @Min(0, { message: 'La période d’essai ne peut pas être négative.' })
  @Max(365, { message: 'La période d’essai est trop longue (365 jours au plus).' })
  trialPeriodDays!: number;

  @Field(() => Int, { description: 'Durée hebdomadaire en minutes (35 h = 2100).' })
  @IsInt({ message: 'La durée hebdomadaire doit être un nombre entier de minutes.' })
  @Min(1, { message: 'La durée hebdomadaire doit être positive.' })
  @Max(7 * 24 * 60, { message: 'La durée hebdomadaire dépasse les 168 h d’une semaine.' })
  weeklyMinutes!: number;

  @Field(() => Int, { description: 'Salaire brut mensuel, en centimes.' })
  @IsInt({ message: 'Le salaire brut mensuel doit être un nombre entier de centimes.' })
  @Min(0, { message: 'Le salaire brut mensuel ne peut pas être négatif.' })
  grossMonthlyPayCents!: number;

  @Field(() => ID, { description: 'La certification visée.' })
  @IsString({ message: 'Choisissez la certification visée.' })
  certificationId!: string;

  @Field()
  @Transform(trim)
  @IsString({ message: 'Le nom de l’organisme de formation doit être un texte.' })
  @IsNotEmpty({ message: 'Le nom de l’organisme de formation est obligatoire.' })
  @MaxLength(200, { message: 'Le nom de l’organisme de formation est trop long (200 caractères au plus).' })
  trainingBodyName!: string;

  @Field(() => String, { nullable: true })
  @Transform(siretInput)
  @IsOptional()
  @IsSiret('de l’organisme de formation')
  trainingBodySiret?: string | null;

  @Field(() => Int, { description: 'Heures de formation prévues, en minutes.' })
  @IsInt({ message: 'Les heures de formation doivent être un nombre entier de minutes.' })
  @Min(0, { message: 'Les heures de formation ne peuvent pas être négatives.' })
  @Max(10_000 * 60, { message: 'Les heures de formation sont trop nombreuses (10 000 h au plus).' })
  plannedTrainingMinutes!: number;

  @Field(() => String, {
    nullable: true,
    description: 'Accord de branche permettant plus de 25 % de formation (article L6325-14).',
  })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString({ message: 'La référence de l’accord de branche doit être un texte.' })
  @MaxLength(200, { message: 'La référence de l’accord de branche est trop longue (200 caractères au plus).' })
  branchAgreementReference?: string | null;

  @Field(() => Int, { nullable: true, description: 'Plafond de formation de l’accord de branche, en %.' })
  @IsOptional()
  @IsInt({ message: 'Le plafond de l’accord de branche doit être un pourcentage entier.' })
  @Min(1, { message: 'Le plafond de l’accord de branche doit être compris entre 1 et 100 %.' })
  @Max(100, { message: 'Le plafond de l’accord de branche doit être compris entre 1 et 100 %.' })
  branchAgreementMaxTrainingPercent?: number | null;

  @Field(() => ID, { nullable: true })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString({ message: 'Choisissez le·la tuteur·rice de la structure dans la liste.' })
  structureTutorId?: string | null;

  @Field(() => ID, { nullable: true })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString({ message: 'Choisissez le·la tuteur·rice de l’entreprise d’accueil dans la liste.' })
  hostTutorId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Expérience du·de la tuteur·rice d’accueil, en mois.' })
  @IsOptional()
  @IsInt({ message: 'L’expérience du·de la tuteur·rice doit être un nombre entier de mois.' })
  @Min(0, { message: 'L’expérience du·de la tuteur·rice ne peut pas être négative.' })
  @Max(600, { message: 'L’expérience du·de la tuteur·rice est trop longue (600 mois au plus).' })
  hostTutorExperienceMonths?: number | null;

  @Field({
    defaultValue: false,
    description: 'Le·la tuteur·rice d’accueil est l’employeur·se en personne (2 au plus).',
  })
  @IsBoolean({ message: 'Indiquez si le·la tuteur·rice d’accueil est l’employeur·se en personne.' })
  hostTutorIsEmployer!: boolean;

  @Field(() => ID, { nullable: true, description: 'L’OPCO (financeur de type OPCO de la structure).' })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString({ message: 'Choisissez l’OPCO dans la liste.' })
  opcoFunderId?: string | null;

  @Field(() => String, { nullable: true })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString({ message: 'Le numéro de dossier OPCO doit être un texte.' })
  @MaxLength(60, { message: 'Le numéro de dossier OPCO est trop long (60 caractères au plus).' })
  opcoFileNumber?: string | null;

  @Field(() => Int, { nullable: true, description: 'Forfait horaire de la branche pour ce contrat, en centimes.' })
  @IsOptional()
  @IsInt({ message: 'Le forfait horaire doit être un nombre entier de centimes.' })
  @Min(1, { message: 'Le forfait horaire doit être positif.' })
  @Max(100_000, { message: 'Le forfait horaire est trop élevé (1 000 € de l’heure au plus).' })
  hourlyRateCents?: number | null;
}

@InputType()
export class CreateProfessionalisationContractInput extends ContractFieldsInput {
  @Field(() => ID)
  @IsString({ message: 'Identifiant de personne manquant.' })
  personId!: string;
}

/** A contract and the version the caller read (optimistic lock). */
@InputType({ isAbstract: true })
abstract class ContractVersionInput {
  @Field(() => ID)
  @IsString({ message: CONTRACT_MESSAGES.id })
  id!: string;

  @Field(() => Int)
  @IsInt({ message: CONTRACT_MESSAGES.version })
  version!: number;
}

/** A partial update of a draft: a field left out keeps its value, null clears it (docs/domain/concurrent-edits.md). */
@InputType()
export class UpdateProfessionalisationContractInput extends PartialType(
  ContractFieldsInput as Type<ContractFieldsInput>,
  { omitDefaultValues: true },
) {
  @Field(() => ID)
  @IsString({ message: CONTRACT_MESSAGES.id })
  id!: string;

  @Field(() => Int)
  @IsInt({ message: CONTRACT_MESSAGES.version })
  version!: number;
}

@InputType()
export class SubmitProfessionalisationContractInput extends ContractVersionInput {
  @Field({ description: 'Jour du dépôt à l’OPCO, AAAA-MM-JJ.' })
  @Transform(trim)
  @IsIsoDay('La date de dépôt')
  submittedOn!: string;
}

@InputType()
export class RecordOpcoDecisionInput extends ContractVersionInput {
  @Field({ description: 'OpcoDecisionKind : ACCEPTED, REFUSED ou TACIT_ACCEPTANCE.' })
  @IsIn(Object.values(OpcoDecisionKind), {
    message: 'Choisissez la décision de l’OPCO : acceptée, refusée ou acceptée par silence.',
  })
  decision!: string;

  @Field({ description: 'AAAA-MM-JJ ; pour une acceptation tacite, le serveur retient dépôt + 20 jours.' })
  @Transform(trim)
  @IsIsoDay('La date de la décision')
  decidedOn!: string;

  @Field(() => String, { nullable: true, description: 'Obligatoire pour un refus.' })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString({ message: 'Le motif du refus doit être un texte.' })
  @MaxLength(2000, { message: 'Le motif du refus est trop long (2 000 caractères au plus).' })
  refusalReason?: string | null;

  @Field(() => String, { nullable: true })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString({ message: 'Le numéro de dossier OPCO doit être un texte.' })
  @MaxLength(60, { message: 'Le numéro de dossier OPCO est trop long (60 caractères au plus).' })
  opcoFileNumber?: string | null;
}

@InputType()
export class StartProfessionalisationContractInput extends ContractVersionInput {}

@InputType()
export class CompleteProfessionalisationContractInput extends ContractVersionInput {
  @Field({ description: 'AAAA-MM-JJ.' })
  @Transform(trim)
  @IsIsoDay('La date de fin du contrat')
  completedOn!: string;
}

@InputType()
export class BreakProfessionalisationContractInput extends ContractVersionInput {
  @Field({ description: 'AAAA-MM-JJ.' })
  @Transform(trim)
  @IsIsoDay('La date de la rupture')
  brokenOn!: string;

  @Field({ description: 'ContractBreakReason.' })
  @IsIn(Object.values(ContractBreakReason), { message: 'Choisissez le motif de la rupture dans la liste.' })
  reason!: string;

  @Field(() => String, { nullable: true, description: 'Obligatoire pour le motif « Autre motif ».' })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString({ message: 'Le commentaire doit être un texte.' })
  @MaxLength(2000, { message: 'Le commentaire est trop long (2 000 caractères au plus).' })
  comment?: string | null;
}

@InputType()
export class UpdateContractBreakFollowUpInput {
  @Field(() => ID, { description: 'Le suivi de rupture.' })
  @IsString({ message: 'Identifiant du suivi de rupture manquant.' })
  id!: string;

  @Field(() => Int)
  @IsInt({ message: 'La version du suivi est manquante : rechargez la fiche.' })
  version!: number;

  @Field(() => String, { nullable: true, description: 'Jour où l’OPCO a été informé de la rupture, AAAA-MM-JJ.' })
  @Transform(trimOrNull)
  @IsOptional()
  @IsIsoDay('La date d’information de l’OPCO')
  opcoInformedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'La réorientation décidée avec la personne.' })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString({ message: 'La réorientation doit être un texte.' })
  @MaxLength(2000, { message: 'La réorientation est trop longue (2 000 caractères au plus).' })
  reorientation?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Clôturer le suivi (OPCO informé et réorientation décidée).' })
  @IsOptional()
  @IsBoolean({ message: 'Indiquez s’il faut clôturer le suivi.' })
  close?: boolean | null;
}

@InputType()
export class RenewProfessionalisationContractInput extends ContractVersionInput {
  @Field({ description: 'ContractRenewalReason : fixe le type de contrat CERFA du nouveau contrat.' })
  @IsIn(Object.values(ContractRenewalReason), { message: 'Choisissez le motif du renouvellement dans la liste.' })
  reason!: string;

  @Field({ description: 'Début du nouveau contrat, AAAA-MM-JJ.' })
  @Transform(trim)
  @IsIsoDay('La date de début du nouveau contrat')
  startDate!: string;

  @Field({ description: 'Fin du nouveau contrat, AAAA-MM-JJ.' })
  @Transform(trim)
  @IsIsoDay('La date de fin du nouveau contrat')
  endDate!: string;
}
