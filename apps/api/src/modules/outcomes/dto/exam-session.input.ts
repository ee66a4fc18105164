import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsNotEmpty, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { BlockResult } from '@tremplin/domain';
import { LineVersion } from '../../../core/graphql/line-version';
import { IsIsoDay, OUTCOME_MESSAGES, trim } from '../outcomes.common';

@InputType()
export class ExamBlockResultInput {
  @Field(() => ID, { description: 'Un bloc (CCP, unité) de la certification de la session.' })
  @IsUUID('all', { message: OUTCOME_MESSAGES.blockNotFound })
  blockId!: string;

  @Field({ description: 'BlockResult : FULL, PARTIAL, NONE.' })
  @IsIn(Object.values(BlockResult), {
    message: 'Le résultat du bloc doit être « Acquis », « Partiellement acquis » ou « Non acquis ».',
  })
  result!: string;

  @LineVersion(
    'La version du bloc lue : le nombre de résultats déjà enregistrés pour ce bloc et cette personne. Si un ' +
      'résultat a été enregistré depuis (la même session saisie par quelqu’un d’autre…), la session est refusée ' +
      '(CONFLICT, `extensions.changedLines`). Sans ce champ, rien n’est vérifié.',
    'la fiche',
    0,
  )
  version?: number | null;
}

@InputType()
export class RecordExamSessionInput {
  @Field(() => ID)
  @IsString({ message: 'Identifiant de personne manquant.' })
  personId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: OUTCOME_MESSAGES.certificationNotFound })
  certificationId!: string;

  @Field({ description: 'AAAA-MM-JJ. Une session à venir est enregistrée sans résultats.' })
  @Transform(trim)
  @IsIsoDay('La date de la session')
  sessionDate!: string;

  @Field({ description: 'Centre d’examen ou certificateur.' })
  @Transform(trim)
  @IsString({ message: 'Le centre d’examen doit être un texte.' })
  @IsNotEmpty({ message: 'Le centre d’examen est obligatoire.' })
  @MaxLength(200, { message: 'Le nom du centre d’examen est trop long (200 caractères au plus).' })
  centre!: string;

  @Field(() => [ExamBlockResultInput], {
    description: 'Un résultat par bloc passé ; vide pour une session programmée.',
  })
  @IsArray({ message: 'Les résultats doivent être une liste.' })
  @ArrayMaxSize(50, { message: 'Trop de résultats (50 au plus).' })
  @ValidateNested({ each: true })
  @Type(() => ExamBlockResultInput)
  results!: ExamBlockResultInput[];
}
