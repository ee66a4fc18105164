import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { isSensitiveExitLabel, PathwayStage } from '@tremplin/domain';
import type { StageTransitionEntity } from '../stage-transition.entity';

@ObjectType('StageTransition', { description: 'Un changement d’étape : quand, par qui, pourquoi.' })
export class StageTransitionType {
  @Field(() => ID) id!: string;
  @Field(() => PathwayStage, { nullable: true, description: 'null pour l’entrée dans le parcours.' })
  fromStage!: PathwayStage | null;
  @Field(() => PathwayStage) toStage!: PathwayStage;
  @Field({ description: 'AAAA-MM-JJ.' }) effectiveOn!: string;
  @Field(() => String, {
    nullable: true,
    description:
      'Motif ; pour la sortie, le motif de sortie (masqué sans le droit de lecture des données sensibles s’il révèle la santé).',
  })
  reason!: string | null;
  @Field(() => String, { nullable: true, description: 'Motif de dérogation, quand des pièces manquaient.' })
  overrideReason!: string | null;
  @Field(() => [String], { description: 'Ce qui manquait au moment de la dérogation.' }) missingEvidence!: string[];
  @Field(() => GraphQLISODateTime) createdAt!: Date;

  /** Not exposed: resolved through loaders. */
  createdById!: string | null;
  structureId!: string;

  static from(e: StageTransitionEntity, sensitive: boolean): StageTransitionType {
    const hideReason = !sensitive && e.toStage === PathwayStage.EXITED && isSensitiveExitLabel(e.reason);
    return Object.assign(new StageTransitionType(), {
      id: e.id,
      fromStage: e.fromStage,
      toStage: e.toStage,
      effectiveOn: e.effectiveOn,
      reason: hideReason ? null : e.reason,
      overrideReason: e.overrideReason,
      missingEvidence: e.missingEvidence,
      createdAt: e.createdAt,
      createdById: e.createdById,
      structureId: e.structureId,
    });
  }
}
