import { Field, GraphQLISODateTime, ID, InputType, Int, PartialType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsDate, IsEmail, IsEnum, IsInt, IsOptional, IsString, MaxLength, registerDecorator } from 'class-validator';
import { isValidSiret, PartnerOrganisationKind } from '@tremplin/domain';
import { OptionalText, PersonName, RequiredText } from '../../../core/graphql/text-fields';
import { CreatePartnerSiteInput } from './partner.inputs';

/** A SIRET as typed (« 732 829 320 00074 »): spaces removed; empty means none. */
const siretOrNull = ({ value }: { value: unknown }) => {
  if (typeof value !== 'string') return value;
  const digits = value.replace(/[\s\u00a0\u202f]+/g, '');
  return digits === '' ? null : digits;
};

/** An e-mail address as stored: trimmed and lower-case (sign-in compares it so). */
const emailAddress = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;

function IsOrganisationSiret() {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isOrganisationSiret',
      target: object.constructor,
      propertyName,
      validator: {
        validate: (value: unknown) => value === null || value === undefined || isValidSiret(String(value)),
        defaultMessage: () =>
          'Le SIRET n’est pas valide : 14 chiffres dont le dernier est une clé de contrôle. Recopiez-le depuis l’avis ' +
          'de situation Sirene, ou laissez le champ vide.',
      },
    });
}

/** What the administrator enters about a partner organisation. */
@InputType({ isAbstract: true })
export abstract class PartnerOrganisationFieldsInput {
  @Field()
  @RequiredText('Le nom de l’organisation', 200)
  name!: string;

  @Field(() => PartnerOrganisationKind, { description: 'Bailleur social ou autre employeur.' })
  @IsEnum(PartnerOrganisationKind, { message: 'Choisissez le type d’organisation : bailleur social ou autre.' })
  kind!: PartnerOrganisationKind;

  @Field(() => String, { nullable: true, description: 'SIRET du siège (14 chiffres, espaces acceptés) ; facultatif.' })
  @Transform(siretOrNull)
  @IsOptional()
  @IsOrganisationSiret()
  siret?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText('La ville', 120, { feminine: true })
  city?: string | null;
}

@InputType()
export class CreatePartnerOrganisationInput extends PartnerOrganisationFieldsInput {}

/** A partial update: a field left out keeps its value, null clears it (docs/domain/concurrent-edits.md). */
@InputType()
export class UpdatePartnerOrganisationInput extends PartialType(CreatePartnerOrganisationInput, {
  omitDefaultValues: true,
}) {
  @Field(() => ID)
  @IsString({ message: 'Identifiant d’organisation manquant.' })
  id!: string;

  @Field(() => GraphQLISODateTime, {
    description: 'La date de dernière modification lue (updatedAt) : une organisation modifiée depuis est refusée.',
  })
  @IsDate({ message: 'Date de dernière modification manquante : rechargez la page.' })
  updatedAt!: Date;
}

@InputType()
export class AddPartnerSiteInput extends CreatePartnerSiteInput {
  @Field(() => ID)
  @IsString({ message: 'Choisissez l’organisation partenaire.' })
  partnerOrganisationId!: string;
}

/** A partial update: a field left out keeps its value, null clears it (docs/domain/concurrent-edits.md). */
@InputType()
export class UpdatePartnerSiteInput extends PartialType(CreatePartnerSiteInput, { omitDefaultValues: true }) {
  @Field(() => ID)
  @IsString({ message: 'Identifiant de site manquant.' })
  id!: string;

  @Field(() => Int, { description: 'La version lue : une version périmée est refusée.' })
  @IsInt({ message: 'Version manquante : rechargez la page.' })
  version!: number;
}

@InputType()
export class CreatePartnerReviewerInput {
  @Field(() => ID)
  @IsString({ message: 'Choisissez l’organisation partenaire.' })
  partnerOrganisationId!: string;

  @Field({ description: 'Adresse de connexion ; unique, sans distinction de majuscules.' })
  @Transform(emailAddress)
  @IsEmail({}, { message: 'Saisissez une adresse e-mail valide, par exemple prenom.nom@bailleur.fr.' })
  @MaxLength(254, { message: 'L’adresse e-mail est trop longue (254 caractères au plus).' })
  email!: string;

  @Field()
  @PersonName('Le prénom')
  firstName!: string;

  @Field()
  @PersonName('Le nom')
  lastName!: string;
}

/** One reviewer account, by id. */
@InputType({ isAbstract: true })
export abstract class PartnerReviewerRefInput {
  @Field(() => ID)
  @IsString({ message: 'Identifiant de compte manquant.' })
  id!: string;
}

@InputType()
export class DeactivatePartnerReviewerInput extends PartnerReviewerRefInput {}

@InputType()
export class ReactivatePartnerReviewerInput extends PartnerReviewerRefInput {}

@InputType()
export class ResetPartnerReviewerPasswordInput extends PartnerReviewerRefInput {}
