import { Field, ID, InputType, Int, PartialType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import {
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  registerDecorator,
  type ValidationOptions,
} from 'class-validator';
import { checkBirthDate, PersonSex, PHONE_PATTERN, POSTAL_CODE_PATTERN, todayInParis } from '@tremplin/domain';
import { trim, trimOrNull } from '../../../core/graphql/input-transforms';
import { PersonName } from '../../../core/graphql/text-fields';

/** A real, past birth date of a person of working age (rule in the shared domain library). */
function IsBirthDate(options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isBirthDate',
      target: object.constructor,
      propertyName,
      options,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && checkBirthDate(value, todayInParis()) === null,
        defaultMessage: (args) =>
          typeof args?.value === 'string' && args.value !== ''
            ? (checkBirthDate(args.value, todayInParis()) ?? '')
            : 'La date de naissance est obligatoire.',
      },
    });
}

@InputType()
export class CreatePersonInput {
  @Field()
  @PersonName('Le prénom')
  firstName!: string;

  @Field()
  @PersonName('Le nom')
  lastName!: string;

  @Field({ description: 'AAAA-MM-JJ' })
  @Transform(trim)
  @IsBirthDate()
  birthDate!: string;

  @Field(() => String, {
    nullable: true,
    description: 'PersonSex : WOMAN (Femme), MAN (Homme), NON_BINARY (Non binaire) — les codes du genre FSE+.',
  })
  @Transform(trimOrNull)
  @IsOptional()
  @IsIn(Object.values(PersonSex), { message: 'Choisissez le sexe dans la liste : Femme, Homme ou Non binaire.' })
  sex?: string | null;

  @Field(() => String, { nullable: true })
  @Transform(trimOrNull)
  @IsOptional()
  @IsEmail({}, { message: 'L’adresse e-mail n’est pas valide : elle doit ressembler à prenom.nom@exemple.fr.' })
  @MaxLength(254, { message: 'L’adresse e-mail est trop longue (254 caractères au plus).' })
  email?: string | null;

  @Field(() => String, { nullable: true })
  @Transform(trimOrNull)
  @IsOptional()
  @Matches(PHONE_PATTERN, {
    message: 'Le numéro de téléphone n’est pas valide : 10 chiffres, par exemple 06 12 34 56 78.',
  })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @Transform(trimOrNull)
  @IsOptional()
  @MaxLength(200, { message: 'L’adresse est trop longue (200 caractères au plus).' })
  addressLine?: string | null;

  @Field(() => String, { nullable: true })
  @Transform(trimOrNull)
  @IsOptional()
  @Matches(POSTAL_CODE_PATTERN, { message: 'Le code postal doit compter 5 chiffres, par exemple 76000.' })
  postalCode?: string | null;

  @Field(() => String, { nullable: true })
  @Transform(trimOrNull)
  @IsOptional()
  @MaxLength(120, { message: 'Le nom de la ville est trop long (120 caractères au plus).' })
  city?: string | null;

  @Field(() => ID, { nullable: true })
  @Transform(trimOrNull)
  @IsOptional()
  @IsUUID('all', {
    message: 'Ce·tte conseiller·ère n’existe pas dans votre structure : choisissez-le·la dans la liste.',
  })
  counsellorId?: string | null;
}

/** A partial update: a field left out keeps its value, null clears it (docs/domain/concurrent-edits.md). */
@InputType()
export class UpdatePersonInput extends PartialType(CreatePersonInput, { omitDefaultValues: true }) {
  @Field(() => ID)
  @IsString({ message: 'Identifiant de personne manquant.' })
  id!: string;

  @Field(() => Int)
  @IsInt({ message: 'Version de la fiche manquante : rechargez la fiche.' })
  @Min(1, { message: 'Version de la fiche invalide : rechargez la fiche.' })
  version!: number;
}
