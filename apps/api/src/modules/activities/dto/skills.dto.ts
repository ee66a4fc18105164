import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { SKILL_LEVEL_LABELS, SkillLevel } from '@tremplin/domain';
import { LineVersion } from '../../../core/graphql/line-version';
import { IsIsoDay, trim, trimOrNull } from '../activities.common';
import { CertificationBlockType } from '../../certifications';
import type { SkillsEvaluationEntity } from '../activity.entities';

export function skillLevelLabel(level: string): string {
  return SKILL_LEVEL_LABELS[level as SkillLevel] ?? level;
}

@InputType()
export class RecordSkillsEvaluationInput {
  @Field(() => ID)
  @IsString({ message: 'Identifiant de personne manquant.' })
  personId!: string;

  @Field(() => ID, { description: 'Un bloc de la certification visée par la personne.' })
  @IsString({ message: 'Choisissez le bloc de compétences dans la liste.' })
  blockId!: string;

  @Field({ description: '`SkillLevel` : NOT_STARTED, BEGINNING, PROGRESSING, ACQUIRED.' })
  @IsIn(Object.values(SkillLevel), { message: 'Choisissez le niveau atteint dans la liste.' })
  level!: string;

  @Field({ description: 'AAAA-MM-JJ' })
  @IsIsoDay('La date de l’évaluation')
  evaluatedOn!: string;

  @Field()
  @Transform(trim)
  @IsString({ message: 'Le nom de l’évaluateur·rice doit être un texte.' })
  @IsNotEmpty({ message: 'Le nom de l’évaluateur·rice est obligatoire.' })
  @MaxLength(200, { message: 'Le nom de l’évaluateur·rice est trop long (200 caractères au plus).' })
  evaluatorName!: string;

  @Field(() => String, { nullable: true })
  @Transform(trimOrNull)
  @IsOptional()
  @IsString({ message: 'Le commentaire doit être un texte.' })
  @MaxLength(2000, { message: 'Le commentaire est trop long (2 000 caractères au plus).' })
  comment?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Jeton donné par l’appareil (un UUID, pas l’identifiant d’un enregistrement) à une évaluation saisie hors ligne : renvoyée avec le même, ' +
      'l’évaluation déjà enregistrée est rendue au lieu d’être créée deux fois.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'Identifiant de saisie invalide.' })
  clientId?: string | null;

  @LineVersion(
    'La version du bloc lue (`BlockProgress.version` : ses évaluations enregistrées) : si le bloc a été évalué ' +
      'depuis, l’évaluation est refusée (CONFLICT, `extensions.changedLines`). Sans ce champ, rien n’est vérifié.',
    'la fiche',
    0,
  )
  version?: number | null;
}

@ObjectType('SkillsEvaluation', {
  description: 'Le niveau atteint sur un bloc de la certification visée, par qui, quand.',
})
export class SkillsEvaluationType {
  @Field(() => ID) id!: string;
  @Field(() => ID) blockId!: string;
  @Field({ description: '`SkillLevel`' }) level!: string;
  @Field() levelLabel!: string;
  @Field({ description: 'AAAA-MM-JJ' }) evaluatedOn!: string;
  @Field() evaluatorName!: string;
  @Field(() => String, { nullable: true }) comment!: string | null;

  static from(e: SkillsEvaluationEntity): SkillsEvaluationType {
    return Object.assign(new SkillsEvaluationType(), {
      id: e.id,
      blockId: e.blockId,
      level: e.level,
      levelLabel: skillLevelLabel(e.level),
      evaluatedOn: e.evaluatedOn,
      evaluatorName: e.evaluatorName,
      comment: e.comment,
    });
  }
}

@ObjectType('SkillsHistoryEntry')
export class SkillsHistoryEntryType {
  @Field({ description: '`SkillLevel`' }) level!: string;
  @Field() levelLabel!: string;
  @Field({ description: 'AAAA-MM-JJ' }) evaluatedOn!: string;
  @Field() evaluatorName!: string;
}

@ObjectType('BlockProgress', { description: 'Où en est la personne sur un bloc de la certification visée.' })
export class BlockProgressType {
  @Field(() => CertificationBlockType) block!: CertificationBlockType;
  @Field({ description: '`SkillLevel` de la dernière évaluation ; NOT_STARTED sans évaluation.' }) level!: string;
  @Field() levelLabel!: string;
  @Field(() => String, { nullable: true, description: 'Date de la dernière évaluation, AAAA-MM-JJ.' }) evaluatedOn!:
    string | null;
  @Field(() => [SkillsHistoryEntryType], {
    description: 'Toutes les évaluations du bloc, de la plus ancienne à la plus récente.',
  })
  history!: SkillsHistoryEntryType[];
  @Field(() => Int, {
    description: 'La version du bloc (le nombre de ses évaluations), à renvoyer avec une nouvelle évaluation.',
  })
  version!: number;
}
