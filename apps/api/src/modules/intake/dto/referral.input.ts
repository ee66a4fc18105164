import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, Min } from 'class-validator';
import { PHONE_PATTERN, PrescriberKind } from '@tremplin/domain';
import { IsDay } from './day.validator';
import { trim, trimOrNull } from '../../../core/graphql/input-transforms';

@InputType()
export class RecordReferralInput {
  @Field(() => ID)
  @IsString({ message: 'Identifiant de personne manquant.' })
  personId!: string;

  @Field({ description: 'Type de prescripteur (code du catalogue PrescriberKind).' })
  @IsIn(Object.values(PrescriberKind), { message: 'Type de prescripteur inconnu : choisissez-le dans la liste.' })
  prescriberKind!: string;

  @Field({ description: 'Nom de l’organisme prescripteur, par exemple « France Travail Rouen Saint-Sever ».' })
  @Transform(trim)
  @IsString({ message: 'Le nom de l’organisme prescripteur doit être un texte.' })
  @IsNotEmpty({ message: 'Le nom de l’organisme prescripteur est obligatoire.' })
  @MaxLength(200, { message: 'Le nom de l’organisme prescripteur est trop long (200 caractères au plus).' })
  prescriberOrganisation!: string;

  @Field(() => String, { nullable: true })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString({ message: 'Le nom du ou de la référent·e doit être un texte.' })
  @MaxLength(200, { message: 'Le nom du ou de la référent·e est trop long (200 caractères au plus).' })
  prescriberContactName?: string | null;

  @Field(() => String, { nullable: true })
  @Transform(trimOrNull)
  @IsOptional()
  @IsEmail(
    {},
    {
      message:
        'L’adresse e-mail du ou de la référent·e n’est pas valide : elle doit ressembler à prenom.nom@exemple.fr.',
    },
  )
  @MaxLength(254, { message: 'L’adresse e-mail est trop longue (254 caractères au plus).' })
  prescriberContactEmail?: string | null;

  @Field(() => String, { nullable: true })
  @Transform(trimOrNull)
  @IsOptional()
  @Matches(PHONE_PATTERN, {
    message:
      'Le numéro de téléphone du ou de la référent·e n’est pas valide : 10 chiffres, par exemple 02 35 12 34 56.',
  })
  prescriberContactPhone?: string | null;

  @Field({ description: 'Date de l’orientation, AAAA-MM-JJ (pas dans le futur).' })
  @Transform(trim)
  @IsDay('la date d’orientation', { notFuture: true })
  referredOn!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Version lue : obligatoire pour modifier une orientation existante.',
  })
  @IsOptional()
  @IsInt({ message: 'Version de l’orientation invalide : rechargez la fiche.' })
  @Min(1, { message: 'Version de l’orientation invalide : rechargez la fiche.' })
  version?: number | null;
}
