import { Field, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { SkillLevel } from '@tremplin/domain';
import { IsIsoDay, trim, trimOrNull } from '../../../core/graphql/input-transforms';
import { ClearanceCode } from '../replacements.common';

const DATE = (what: string) => ({ message: `${what} : date et heure attendues.` });

@InputType()
export class ReplacementSlotInput {
  @Field(() => ID, { description: 'Le site de l’employeur où a lieu le remplacement.' })
  @IsString({ message: 'Choisissez le site.' })
  siteId!: string;

  @Field(() => GraphQLISODateTime)
  @Type(() => Date)
  @IsDate(DATE('Le début'))
  startsAt!: Date;

  @Field(() => GraphQLISODateTime, { description: 'Après le début ; une nuit passe minuit.' })
  @Type(() => Date)
  @IsDate(DATE('La fin'))
  endsAt!: Date;

  @Field(() => Int, { description: 'Heures travaillées, en minutes (pauses déduites).' })
  @IsInt({ message: 'Saisissez les heures en minutes entières.' })
  @Min(1, { message: 'Saisissez les heures du remplacement.' })
  @Max(24 * 60, { message: 'Un remplacement compte au plus 24 h.' })
  minutes!: number;

  @Field()
  @Transform(trim)
  @IsString({ message: 'Saisissez le poste.' })
  @MinLength(1, { message: 'Saisissez le poste.' })
  @MaxLength(200, { message: 'Le poste est trop long (200 caractères au plus).' })
  jobLabel!: string;

  @Field(() => [ID], { description: 'Blocs de compétences exigés.' })
  @IsArray({ message: 'Liste de blocs attendue.' })
  @ArrayMaxSize(20, { message: 'Exigez au plus 20 blocs.' })
  @IsString({ each: true, message: 'Identifiant de bloc invalide.' })
  requiredBlockIds!: string[];

  @Field({ description: '`SkillLevel` minimum sur chaque bloc exigé.' })
  @IsIn(Object.values(SkillLevel), { message: 'Choisissez le niveau minimum dans la liste.' })
  minLevel!: string;

  @Field(() => [String], { description: '`ClearanceCode`s exigés (habilitations, CACES…).' })
  @IsArray({ message: 'Liste d’habilitations attendue.' })
  @IsIn(Object.values(ClearanceCode), { each: true, message: 'Choisissez les habilitations dans la liste.' })
  requiredClearances!: string[];

  @Field(() => GraphQLISODateTime, { description: 'Heure limite de réponse.' })
  @Type(() => Date)
  @IsDate(DATE('L’heure limite de réponse'))
  answerBy!: Date;
}

/** A counsellor's request on behalf of a partner employer. */
@InputType()
export class RequestReplacementInput extends ReplacementSlotInput {
  @Field(() => ID)
  @IsString({ message: 'Choisissez l’employeur.' })
  partnerOrganisationId!: string;
}

/** A partner employer's request from the portal, to one of its partner structures. */
@InputType()
export class PortalRequestReplacementInput extends ReplacementSlotInput {
  @Field(() => ID)
  @IsString({ message: 'Choisissez la structure à qui adresser la demande.' })
  structureId!: string;
}

@InputType()
export class SendReplacementOffersInput {
  @Field(() => ID)
  @IsString({ message: 'Identifiant de demande manquant.' })
  requestId!: string;

  @Field(() => [ID])
  @IsArray({ message: 'Choisissez au moins une personne.' })
  @ArrayMinSize(1, { message: 'Choisissez au moins une personne.' })
  @ArrayMaxSize(50, { message: 'Envoyez l’offre à 50 personnes au plus.' })
  @IsString({ each: true, message: 'Identifiant de personne invalide.' })
  personIds!: string[];
}

@InputType()
export class AnswerReplacementOfferInput {
  @Field({ description: 'Le jeton du lien reçu.' })
  @IsString({ message: 'Lien incomplet.' })
  @MaxLength(100, { message: 'Ce lien n’est pas valable.' })
  token!: string;

  @Field()
  @IsBoolean({ message: 'Acceptez ou refusez.' })
  accept!: boolean;
}

@InputType()
export class AvailabilityRangeInput {
  @Field(() => Int, { description: '1 = lundi … 7 = dimanche.' })
  @IsInt({ message: 'Jour invalide.' })
  @Min(1, { message: 'Jour invalide.' })
  @Max(7, { message: 'Jour invalide.' })
  weekday!: number;

  @Field(() => Int, { description: 'Début, en minutes depuis minuit.' })
  @IsInt({ message: 'Heure de début invalide.' })
  @Min(0, { message: 'Heure de début invalide.' })
  @Max(1439, { message: 'Heure de début invalide.' })
  startMinute!: number;

  @Field(() => Int, { description: 'Fin, en minutes depuis minuit (1440 = minuit en fin de journée).' })
  @IsInt({ message: 'Heure de fin invalide.' })
  @Min(1, { message: 'Heure de fin invalide.' })
  @Max(1440, { message: 'Heure de fin invalide.' })
  endMinute!: number;
}

@InputType()
export class SetPersonAvailabilityInput {
  @Field(() => ID)
  @IsString({ message: 'Identifiant de personne manquant.' })
  personId!: string;

  @Field(() => [AvailabilityRangeInput], { description: 'Toutes les plages de la semaine (remplacent les anciennes).' })
  @IsArray({ message: 'Liste de plages attendue.' })
  @ArrayMaxSize(50, { message: 'Au plus 50 plages.' })
  @ValidateNested({ each: true })
  @Type(() => AvailabilityRangeInput)
  ranges!: AvailabilityRangeInput[];

  @Field(() => Int, { description: 'La version des disponibilités lue (`personAvailability.version`).' })
  @IsInt({ message: 'Version manquante : rechargez les disponibilités.' })
  version!: number;
}

@InputType()
export class AddPersonUnavailabilityInput {
  @Field(() => ID)
  @IsString({ message: 'Identifiant de personne manquant.' })
  personId!: string;

  @Field({ description: 'AAAA-MM-JJ' })
  @Transform(trim)
  @IsIsoDay('Le premier jour d’absence')
  startsOn!: string;

  @Field({ description: 'AAAA-MM-JJ' })
  @Transform(trim)
  @IsIsoDay('Le dernier jour d’absence')
  endsOn!: string;

  @Field(() => String, { nullable: true })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString({ message: 'Le motif doit être un texte.' })
  @MaxLength(200, { message: 'Le motif est trop long (200 caractères au plus).' })
  reason?: string | null;
}

@InputType()
export class SetPersonClearanceInput {
  @Field(() => ID)
  @IsString({ message: 'Identifiant de personne manquant.' })
  personId!: string;

  @Field({ description: '`ClearanceCode`.' })
  @IsIn(Object.values(ClearanceCode), { message: 'Choisissez l’habilitation dans la liste.' })
  code!: string;

  @Field(() => String, { nullable: true, description: 'AAAA-MM-JJ ; vide : sans date de fin.' })
  @Transform(trimOrNull)
  @IsOptional()
  @IsIsoDay('La date d’expiration')
  expiresOn?: string | null;
}
