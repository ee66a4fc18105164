import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { EXIT_CATEGORY_LABELS, EXIT_REASONS, type ExitCategory, type ExitReason } from '@tremplin/domain';
import type { PathwayExitEntity } from '../outcome.entities';
import { SENSITIVE_EXIT_REASONS } from '../outcomes.common';

@ObjectType('PathwayExit', {
  description: 'La sortie du parcours : date, motif, catégorie ASP, et si elle compte (présence minimale).',
})
export class PathwayExitType {
  @Field(() => ID) id!: string;
  @Field({ description: 'AAAA-MM-JJ.' }) exitDate!: string;
  @Field(() => String, {
    nullable: true,
    description:
      'ExitReason ; null (masqué) sans le droit de lecture des données sensibles quand le motif révèle la santé.',
  })
  reason!: string | null;
  @Field(() => String, { nullable: true, description: 'Masqué comme `reason`.' }) reasonLabel!: string | null;
  @Field({ description: 'ExitCategory : SUSTAINABLE_JOB, TRANSITION_JOB, POSITIVE, OTHER, WITHDRAWN.' })
  category!: string;
  @Field() categoryLabel!: string;
  @Field({
    description:
      'Si la sortie compte dans les résultats de la structure (seuil de présence) : tenu à jour à chaque changement ' +
      'des heures, contrats ou annexes financières.',
  })
  counts!: boolean;
  @Field({ description: 'Pourquoi elle compte ou non, avec les chiffres.' }) presenceExplanation!: string;
  @Field(() => Int, {
    description:
      'Heures travaillées comptées (en minutes) jusqu’à la sortie, sur la dernière annexe financière : tenues à jour ' +
      'à chaque mission, présence, contrat ou annexe enregistrés ensuite (le détail est dans `presence`).',
  })
  minutesWorked!: number;
  @Field(() => String, { nullable: true, description: 'Début du premier contrat de travail, AAAA-MM-JJ.' })
  contractStart!: string | null;
  @Field(() => String, { nullable: true, description: 'Masqué (null) sans le droit de lecture des données sensibles.' })
  comment!: string | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;

  /** Not exposed: the key of the presence loader. */
  personId!: string;

  static from(e: PathwayExitEntity, sensitive: boolean): PathwayExitType {
    const hideReason = !sensitive && SENSITIVE_EXIT_REASONS.includes(e.reason as ExitReason);
    return Object.assign(new PathwayExitType(), {
      id: e.id,
      exitDate: e.exitDate,
      reason: hideReason ? null : e.reason,
      reasonLabel: hideReason ? null : (EXIT_REASONS[e.reason as ExitReason]?.label ?? e.reason),
      category: e.category,
      categoryLabel: EXIT_CATEGORY_LABELS[e.category as ExitCategory] ?? e.category,
      counts: e.counts,
      presenceExplanation: e.presenceExplanation,
      minutesWorked: e.minutesWorked,
      contractStart: e.contractStart,
      comment: sensitive ? e.comment : null,
      createdAt: e.createdAt,
      personId: e.personId,
    });
  }
}
