import { Field, GraphQLISODateTime, ID, InputType, Int, PartialType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsDate,
  IsEmail,
  IsEnum,
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
  ACCOUNT_MESSAGES,
  isValidDepartement,
  isValidSiret,
  PASSWORD_MAX_LENGTH,
  parseIsoDate,
  Role,
  STAFF_ROLES,
  StructureKind,
} from '@tremplin/domain';
import { OptionalText, PersonName, RequiredText } from '../../../core/graphql/text-fields';

const digitsOnly = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.replace(/[\s\u00a0\u202f]+/g, '') : value;
const upperTrimOrNull = ({ value }: { value: unknown }) => {
  if (typeof value !== 'string') return value;
  const v = value.trim().toUpperCase();
  return v === '' ? null : v;
};
const dayOrNull = ({ value }: { value: unknown }) => (value === '' ? null : value);
/** An e-mail address as stored: trimmed and lower-case (sign-in compares it so). */
const emailAddress = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;

function check(name: string, validate: (v: unknown) => boolean, message: string) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name,
      target: object.constructor,
      propertyName,
      validator: { validate, defaultMessage: () => message },
    });
}
const IsSiret = () => check('isSiret', (v) => typeof v === 'string' && isValidSiret(v), ACCOUNT_MESSAGES.siretInvalid);
const IsDepartement = () =>
  check(
    'isDepartement',
    (v) => v === null || v === undefined || (typeof v === 'string' && isValidDepartement(v)),
    ACCOUNT_MESSAGES.departementInvalid,
  );
const IsOptionalDay = (what: string) =>
  check(
    'isOptionalDay',
    (v) => v === null || v === undefined || (typeof v === 'string' && parseIsoDate(v) !== null),
    `${what} n’est pas une date valide (AAAA-MM-JJ).`,
  );

/** What the administrator enters about a structure (SIAE). */
@InputType({ isAbstract: true })
export abstract class StructureFieldsInput {
  @Field()
  @RequiredText('Le nom de la structure', 200)
  name!: string;

  @Field(() => StructureKind)
  @IsEnum(StructureKind, { message: 'Choisissez le type de structure : AI, ACI, EI, ETTI, EITI ou GEIQ.' })
  kind!: StructureKind;

  @Field({ description: 'SIRET (14 chiffres, espaces acceptés), clé de Luhn vérifiée.' })
  @Transform(digitsOnly)
  @IsSiret()
  siret!: string;

  @Field(() => String, { nullable: true })
  @OptionalText('La ville', 120, { feminine: true })
  city?: string | null;

  @Field(() => String, { nullable: true, description: 'Numéro de département : 01 à 95, 2A, 2B, 971 à 976.' })
  @Transform(upperTrimOrNull)
  @IsDepartement()
  departement?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText('Le numéro de convention', 60)
  conventionNumber?: string | null;

  @Field(() => String, { nullable: true })
  @Transform(dayOrNull)
  @IsOptionalDay('Le début de la convention')
  conventionStartsOn?: string | null;

  @Field(() => String, { nullable: true })
  @Transform(dayOrNull)
  @IsOptionalDay('La fin de la convention')
  conventionEndsOn?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText('Le numéro d’annexe financière', 60)
  annexNumber?: string | null;

  @Field(() => String, { nullable: true })
  @Transform(dayOrNull)
  @IsOptionalDay('Le début de l’annexe')
  annexStartsOn?: string | null;

  @Field(() => String, { nullable: true })
  @Transform(dayOrNull)
  @IsOptionalDay('La fin de l’annexe')
  annexEndsOn?: string | null;

  @Field(() => Int, { nullable: true, description: 'Embauches prévues par l’annexe financière sur sa période.' })
  @IsOptional()
  @IsInt({ message: 'L’objectif d’embauches doit être un nombre entier.' })
  @Min(0, { message: 'L’objectif d’embauches ne peut pas être négatif.' })
  @Max(100_000, { message: 'L’objectif d’embauches est trop grand.' })
  hiringTarget?: number | null;
}

@InputType()
export class CreateStructureInput extends StructureFieldsInput {}

/** A partial update: a field left out keeps its value, null clears it. */
@InputType()
export class UpdateStructureInput extends PartialType(CreateStructureInput, { omitDefaultValues: true }) {
  @Field(() => ID)
  @IsString({ message: 'Identifiant de structure manquant.' })
  id!: string;

  @Field(() => GraphQLISODateTime, {
    description: 'La date de dernière modification lue (updatedAt) : une structure modifiée depuis est refusée.',
  })
  @IsDate({ message: 'Date de dernière modification manquante : rechargez la page.' })
  updatedAt!: Date;
}

@InputType()
export class SetStructureActiveInput {
  @Field(() => ID)
  @IsString({ message: 'Identifiant de structure manquant.' })
  id!: string;

  @Field()
  @IsBoolean({ message: 'Indiquez si la structure est active.' })
  active!: boolean;
}

@InputType()
export class InviteStaffInput {
  @Field(() => ID, {
    nullable: true,
    description: 'La structure (administration) ; la direction invite toujours dans la sienne.',
  })
  @IsOptional()
  @IsString()
  structureId?: string | null;

  @Field()
  @Transform(emailAddress)
  @IsEmail({}, { message: 'Saisissez une adresse e-mail valide, par exemple prenom.nom@structure.fr.' })
  @MaxLength(254, { message: 'L’adresse e-mail est trop longue (254 caractères au plus).' })
  email!: string;

  @Field()
  @PersonName('Le prénom')
  firstName!: string;

  @Field()
  @PersonName('Le nom')
  lastName!: string;

  @Field(() => Role)
  @IsIn(STAFF_ROLES, { message: ACCOUNT_MESSAGES.roleNotStaff })
  role!: Role;
}

@InputType()
export class ChangeStaffRoleInput {
  @Field(() => ID)
  @IsString({ message: 'Identifiant de compte manquant.' })
  userId!: string;

  @Field(() => Role)
  @IsIn(STAFF_ROLES, { message: ACCOUNT_MESSAGES.roleNotStaff })
  role!: Role;
}

@InputType()
export class StaffRefInput {
  @Field(() => ID)
  @IsString({ message: 'Identifiant de compte manquant.' })
  userId!: string;
}

@InputType()
export class SetPasswordWithLinkInput {
  @Field({ description: 'Le jeton du lien reçu par e-mail.' })
  @IsString({ message: ACCOUNT_MESSAGES.linkInvalid })
  @IsNotEmpty({ message: ACCOUNT_MESSAGES.linkInvalid })
  @MaxLength(100, { message: ACCOUNT_MESSAGES.linkInvalid })
  token!: string;

  @Field()
  @IsString({ message: 'Saisissez un mot de passe.' })
  @MaxLength(PASSWORD_MAX_LENGTH, { message: ACCOUNT_MESSAGES.passwordTooLong })
  password!: string;
}

@InputType()
export class RequestPasswordResetInput {
  @Field()
  @Transform(emailAddress)
  @IsEmail({}, { message: 'Saisissez une adresse e-mail valide, par exemple prenom.nom@structure.fr.' })
  @MaxLength(254, { message: 'L’adresse e-mail est trop longue (254 caractères au plus).' })
  email!: string;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @IsString()
  @IsNotEmpty({ message: 'Saisissez votre mot de passe actuel.' })
  @MaxLength(PASSWORD_MAX_LENGTH, { message: ACCOUNT_MESSAGES.currentPasswordWrong })
  currentPassword!: string;

  @Field()
  @IsString({ message: 'Saisissez un nouveau mot de passe.' })
  @MaxLength(PASSWORD_MAX_LENGTH, { message: ACCOUNT_MESSAGES.passwordTooLong })
  newPassword!: string;
}
