import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEnum, IsInt, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { PathwayStage } from '@tremplin/domain';
import { IsIsoDay, trim, trimOrNull } from '../../../core/graphql/input-transforms';

@InputType()
export class ChangeStageInput {
  @Field(() => ID)
  @IsString({ message: 'Identifiant de personne manquant.' })
  personId!: string;

  @Field(() => PathwayStage, { description: 'L’étape visée ; la sortie s’enregistre avec recordExit.' })
  @IsEnum(PathwayStage, { message: 'Choisissez l’étape dans la liste.' })
  toStage!: PathwayStage;

  @Field({ description: 'AAAA-MM-JJ : le jour du changement, ni futur ni antérieur au dernier changement.' })
  @Transform(trim)
  @IsIsoDay('La date du changement')
  effectiveOn!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Obligatoire (10 caractères au moins) pour un retour en arrière ou un saut d’étape.',
  })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString({ message: 'Le motif doit être un texte.' })
  @MaxLength(2000, { message: 'Le motif est trop long (2 000 caractères au plus).' })
  reason?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Motif de dérogation (20 caractères au moins) pour passer malgré des pièces manquantes ; gardé dans l’historique.',
  })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString({ message: 'Le motif de dérogation doit être un texte.' })
  @MaxLength(2000, { message: 'Le motif de dérogation est trop long (2 000 caractères au plus).' })
  overrideReason?: string | null;

  @Field(() => Int, { description: 'La version de la fiche lue : une version périmée est refusée (CONFLICT).' })
  @IsInt({ message: 'Version de la fiche manquante : rechargez la fiche.' })
  @Min(1, { message: 'Version de la fiche invalide : rechargez la fiche.' })
  version!: number;
}
