import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsNotEmpty, IsOptional, MaxLength } from 'class-validator';

@ObjectType('TwoFactorStatus', { description: 'La double authentification du compte connecté.' })
export class TwoFactorStatusType {
  @Field() enabled!: boolean;
  @Field(() => GraphQLISODateTime, { nullable: true }) enabledAt!: Date | null;
  @Field(() => Int, { description: 'Codes de secours encore utilisables.' }) recoveryCodesLeft!: number;
  @Field({ description: 'La structure exige la double authentification de ce compte.' }) requiredByStructure!: boolean;
}

@ObjectType('TwoFactorEnrolment', {
  description: 'Un secret TOTP à confirmer : QR code à scanner, ou secret à saisir dans l’application.',
})
export class TwoFactorEnrolmentType {
  @Field({ description: 'Le secret en base32, à saisir à la main si le QR code ne peut pas être scanné.' })
  secret!: string;
  @Field() otpauthUri!: string;
  @Field({ description: 'Le QR code (image PNG en data URL) de otpauthUri.' }) qrCodeDataUrl!: string;
}

@ObjectType('AccountSession', { description: 'Une session ouverte du compte connecté (« Mes sessions »).' })
export class AccountSessionType {
  @Field(() => ID, { description: 'Identifiant d’affichage (jamais le jeton de la session).' }) id!: string;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime) lastSeenAt!: Date;
  @Field({ description: 'Navigateur et système, résumés.' }) device!: string;
  @Field({ description: 'Adresse IP tronquée.' }) address!: string;
  @Field({ description: 'La session de cette requête.' }) current!: boolean;
}

@InputType()
export class TwoFactorCodeInput {
  @Field({ description: 'Code à 6 chiffres de l’application, ou code de secours (connexion seulement).' })
  @IsNotEmpty({ message: 'Saisissez le code affiché par votre application.' })
  @MaxLength(40, { message: 'Ce code est trop long.' })
  code!: string;
}

@InputType()
export class DisableTwoFactorInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(40, { message: 'Ce code est trop long.' })
  code?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200, { message: 'Le mot de passe est trop long (200 caractères au plus).' })
  password?: string | null;
}
