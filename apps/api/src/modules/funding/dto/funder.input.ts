import { Field, ID, InputType, Int, PartialType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { FunderKind } from '@tremplin/domain';
import { trim, trimOrNull } from '../funding.common';

/** 1 000 €/h: beyond, an hourly rate is a typing mistake. */
export const MAX_HOURLY_RATE_CENTS = 100_000;

@InputType()
export class CreateFunderInput {
  @Field({
    description:
      'FunderKind : OPCO, FSE_PLUS, DDETS_AIDE_AU_POSTE, DDETS_FDI, CITY_POLICY, DEPARTMENT, REGION, PLIE, OTHER.',
  })
  @IsIn(Object.values(FunderKind), { message: 'Choisissez le type de financeur dans la liste (OPCO, FSE+, DDETS…).' })
  kind!: string;

  @Field()
  @Transform(trim)
  @IsString({ message: 'Le nom du financeur doit être un texte.' })
  @IsNotEmpty({ message: 'Le nom du financeur est obligatoire.' })
  @MaxLength(200, { message: 'Le nom du financeur est trop long (200 caractères au plus).' })
  name!: string;

  @Field(() => Int, { nullable: true, description: 'Forfait horaire de l’OPCO, en centimes (915 = 9,15 €/h).' })
  @IsOptional()
  @IsInt({ message: 'Le forfait horaire est un nombre entier de centimes.' })
  @Min(1, { message: 'Le forfait horaire doit être positif.' })
  @Max(MAX_HOURLY_RATE_CENTS, { message: 'Le forfait horaire dépasse 1 000 € de l’heure : vérifiez la saisie.' })
  hourlyRateCents?: number | null;

  @Field(() => String, { nullable: true })
  @Transform(trimOrNull)
  @IsOptional()
  @IsEmail({}, { message: 'L’adresse e-mail du contact n’est pas valide.' })
  @MaxLength(200, { message: 'L’adresse e-mail du contact est trop longue (200 caractères au plus).' })
  contactEmail?: string | null;
}

/** A partial update: a field left out keeps its value, null clears it (docs/domain/concurrent-edits.md). */
@InputType()
export class UpdateFunderInput extends PartialType(CreateFunderInput, { omitDefaultValues: true }) {
  @Field(() => ID)
  @IsString({ message: 'Identifiant de financeur manquant.' })
  id!: string;

  @Field(() => Int, { description: 'La version lue : une version périmée est refusée.' })
  @IsInt({ message: 'Version manquante.' })
  version!: number;
}
