import { Field, ID, InputType, Int, PartialType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { HiringNeedStatus } from '@tremplin/domain';
import { IsIsoDay, trim, trimOrNull } from '../../../core/graphql/input-transforms';
import { OptionalText, RequiredText } from '../../../core/graphql/text-fields';

const VERSION = { message: 'Version manquante : rechargez la page.' };

/** The fields of a hiring need, entered by a structure or by the landlord. */
@InputType({ isAbstract: true })
export abstract class HiringNeedFieldsInput {
  @Field(() => ID, { nullable: true, description: 'Un site de l’employeur.' })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString({ message: 'Identifiant de site invalide.' })
  siteId?: string | null;

  @Field()
  @RequiredText('L’intitulé du poste', 200)
  jobTitle!: string;

  @Field(() => Int)
  @IsInt({ message: 'Le nombre de postes doit être un nombre entier.' })
  @Min(1, { message: 'Le nombre de postes doit être d’au moins 1.' })
  @Max(500, { message: 'Le nombre de postes dépasse 500 : saisissez plusieurs besoins.' })
  positions!: number;

  @Field({ description: 'AAAA-MM-JJ : prise de poste souhaitée.' })
  @Transform(trim)
  @IsIsoDay('La date de prise de poste')
  startDate!: string;

  @Field(() => String, { nullable: true, description: 'Prérequis (permis, certification…).' })
  @OptionalText('Les prérequis', 2000, { plural: true })
  requirements?: string | null;
}

@InputType()
export class CreateHiringNeedInput extends HiringNeedFieldsInput {
  @Field(() => ID)
  @IsString({ message: 'Choisissez l’employeur partenaire.' })
  partnerOrganisationId!: string;
}

@InputType()
export class PortalCreateHiringNeedInput extends HiringNeedFieldsInput {}

/** A partial update: a field left out keeps its value, null clears it (docs/domain/concurrent-edits.md). */
@InputType()
export class UpdateHiringNeedInput extends PartialType(PortalCreateHiringNeedInput, { omitDefaultValues: true }) {
  @Field(() => ID)
  @IsString({ message: 'Identifiant de besoin manquant.' })
  id!: string;

  @Field(() => Int, { description: 'La version lue : une version périmée est refusée.' })
  @IsInt(VERSION)
  version!: number;

  @Field(() => String, { nullable: true, description: 'HiringNeedStatus : OPEN, FILLED, CLOSED.' })
  @IsOptional()
  @IsIn(Object.values(HiringNeedStatus), { message: 'Choisissez l’état du besoin : ouvert, pourvu ou fermé.' })
  status?: string | null;
}

/** The landlord shares a need a structure entered with its other partner structures, or stops sharing it. */
@InputType()
export class ShareHiringNeedInput {
  @Field(() => ID)
  @IsString({ message: 'Identifiant de besoin manquant.' })
  id!: string;

  @Field(() => Int, { description: 'La version lue : une version périmée est refusée.' })
  @IsInt(VERSION)
  version!: number;

  @Field({ description: 'Vrai : les autres structures partenaires voient ce besoin ; faux : elles ne le voient plus.' })
  @IsBoolean({ message: 'Indiquez si le besoin est partagé : oui ou non.' })
  shared!: boolean;
}

@InputType()
export class SavePartnershipInput {
  @Field(() => ID)
  @IsString({ message: 'Choisissez l’employeur partenaire.' })
  partnerOrganisationId!: string;

  @Field({ description: 'AAAA-MM-JJ.' })
  @Transform(trim)
  @IsIsoDay('La date de début du partenariat')
  startedOn!: string;

  @Field(() => String, { nullable: true, description: 'AAAA-MM-JJ ; vide tant qu’il est en cours.' })
  @Transform(trimOrNull)
  @IsOptional()
  @IsIsoDay('La date de fin du partenariat')
  endedOn?: string | null;

  @Field(() => Int, { nullable: true, description: 'La version lue, pour modifier un partenariat existant.' })
  @IsOptional()
  @IsInt(VERSION)
  version?: number | null;
}

/** A year's hiring target: the year and the number of hires aimed at. */
@InputType({ isAbstract: true })
export abstract class HiringTargetFieldsInput {
  @Field(() => Int)
  @IsInt({ message: 'L’année doit être un nombre entier.' })
  @Min(2000, { message: 'L’année doit être comprise entre 2000 et 2100.' })
  @Max(2100, { message: 'L’année doit être comprise entre 2000 et 2100.' })
  year!: number;

  @Field(() => Int, { description: 'Nombre d’embauches visées dans l’année.' })
  @IsInt({ message: 'L’objectif doit être un nombre entier d’embauches.' })
  @Min(0, { message: 'L’objectif ne peut pas être négatif.' })
  @Max(100000, { message: 'L’objectif est trop grand.' })
  hires!: number;
}

@InputType()
export class SetHiringTargetInput extends HiringTargetFieldsInput {
  @Field(() => ID)
  @IsString({ message: 'Identifiant de partenariat manquant.' })
  partnershipId!: string;
}

@InputType({ description: 'L’objectif d’une année d’un objectif partagé par plusieurs bailleurs.' })
export class SetSharedHiringTargetInput extends HiringTargetFieldsInput {
  @Field(() => ID)
  @IsString({ message: 'Identifiant d’objectif partagé manquant.' })
  groupId!: string;
}

@InputType({
  description:
    'Crée un objectif partagé par plusieurs partenariats de ma structure, ou le modifie (nom, partenariats ; version requise).',
})
export class SavePartnershipGroupInput {
  @Field(() => ID, { nullable: true, description: 'L’objectif partagé à modifier ; vide pour en créer un.' })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString({ message: 'Identifiant d’objectif partagé invalide.' })
  id?: string | null;

  @Field()
  @RequiredText('Le nom de l’objectif partagé', 200)
  name!: string;

  @Field(() => [ID], { description: 'Les partenariats qui partagent l’objectif : deux au moins.' })
  @IsArray({ message: 'Choisissez les partenariats qui partagent l’objectif.' })
  @ArrayMaxSize(200, { message: 'Un objectif partagé réunit au plus 200 partenariats.' })
  @IsString({ each: true, message: 'Identifiant de partenariat invalide.' })
  partnershipIds!: string[];

  @Field(() => Int, { nullable: true, description: 'La version lue, pour modifier un objectif partagé existant.' })
  @IsOptional()
  @IsInt(VERSION)
  version?: number | null;
}

@InputType({
  description: 'Cesse de partager un objectif : ses partenariats n’ont plus d’objectif, le sien est supprimé.',
})
export class DeletePartnershipGroupInput {
  @Field(() => ID)
  @IsString({ message: 'Identifiant d’objectif partagé manquant.' })
  id!: string;

  @Field(() => Int, { description: 'La version lue : une version périmée est refusée.' })
  @IsInt(VERSION)
  version!: number;
}

@InputType()
export class CreatePartnerSiteInput {
  @Field()
  @RequiredText('Le nom du site', 200)
  name!: string;

  @Field(() => String, { nullable: true })
  @OptionalText('L’adresse', 200, { feminine: true })
  addressLine?: string | null;

  @Field(() => String, { nullable: true })
  @Transform(trimOrNull)
  @IsOptional()
  @Matches(/^\d{5}$/, { message: 'Le code postal s’écrit en 5 chiffres.' })
  postalCode?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText('La ville', 120, { feminine: true })
  city?: string | null;
}
