import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { HIRE_CONTRACT_TYPE_LABELS, type HireContractType } from '@tremplin/domain';
import type { HireEntity, RetentionCheckEntity } from '../outcome.entities';

@ObjectType('RetentionCheck', {
  description: 'Suivi à 6 ou 12 mois d’une embauche : la personne est-elle toujours en poste ?',
})
export class RetentionCheckType {
  @Field(() => ID) id!: string;
  @Field(() => Int) monthsAfter!: number;
  @Field({ description: 'AAAA-MM-JJ.' }) checkedOn!: string;
  @Field() stillEmployed!: boolean;
  @Field(() => String, { nullable: true }) comment!: string | null;

  static from(e: RetentionCheckEntity): RetentionCheckType {
    return Object.assign(new RetentionCheckType(), {
      id: e.id,
      monthsAfter: e.monthsAfter,
      checkedOn: e.checkedOn,
      stillEmployed: e.stillEmployed,
      comment: e.comment,
    });
  }
}

@ObjectType('RetentionCheckDue', { description: 'Le prochain suivi à faire et sa date d’échéance.' })
export class RetentionCheckDueType {
  @Field(() => Int) monthsAfter!: number;
  @Field({ description: 'AAAA-MM-JJ ; le suivi peut être enregistré à partir de 15 jours avant.' }) dueOn!: string;
}

@ObjectType('Hire', { description: 'L’emploi trouvé : employeur, contrat, début, durée hebdomadaire.' })
export class HireType {
  @Field(() => ID) id!: string;
  @Field() employerName!: string;
  @Field({ description: 'HireContractType.' }) contractType!: string;
  @Field() contractTypeLabel!: string;
  @Field({ description: 'AAAA-MM-JJ.' }) startDate!: string;
  @Field(() => Int) weeklyMinutes!: number;
  @Field(() => String, { nullable: true }) jobTitle!: string | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;

  /** Not exposed: resolved through loaders. */
  employerOrganisationId!: string | null;

  static from(e: HireEntity): HireType {
    return Object.assign(new HireType(), {
      id: e.id,
      employerName: e.employerName,
      contractType: e.contractType,
      contractTypeLabel: HIRE_CONTRACT_TYPE_LABELS[e.contractType as HireContractType] ?? e.contractType,
      startDate: e.startDate,
      weeklyMinutes: e.weeklyMinutes,
      jobTitle: e.jobTitle,
      createdAt: e.createdAt,
      employerOrganisationId: e.employerOrganisationId,
    });
  }
}
