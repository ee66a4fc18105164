import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { ExitReason } from '@tremplin/domain';
import { IsIsoDay, trim, trimOrNull } from '../outcomes.common';

@InputType()
export class RecordExitInput {
  @Field(() => ID)
  @IsString({ message: 'Identifiant de personne manquant.' })
  personId!: string;

  @Field({
    description:
      'AAAA-MM-JJ : le dernier jour du parcours (fin du contrat), au plus tôt le premier jour de l’embauche que le ' +
      'motif désigne (docs/domain/exits.md).',
  })
  @Transform(trim)
  @IsIsoDay('La date de sortie')
  exitDate!: string;

  @Field({ description: 'ExitReason (motif de sortie) ; sa catégorie ASP en découle.' })
  @IsIn(Object.values(ExitReason), { message: 'Choisissez le motif de sortie dans la liste.' })
  reason!: string;

  @Field(() => String, { nullable: true })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString({ message: 'Le commentaire doit être un texte.' })
  @MaxLength(2000, { message: 'Le commentaire est trop long (2 000 caractères au plus).' })
  comment?: string | null;
}
