import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  PASS_PROLONGATION_RULES,
  PASS_SUSPENSION_REASONS,
  type PassProlongationReason,
  passShiftDays,
  passWaitingPeriodEnd,
  type PassSuspensionReason,
} from '@tremplin/domain';
import type { PassIaeEntity, PassProlongationEntity, PassSuspensionEntity } from '../pass-iae.entity';

@ObjectType('PassSuspension')
export class PassSuspensionType {
  @Field(() => ID) id!: string;
  @Field({ description: 'Premier jour, AAAA-MM-JJ.' }) startDate!: string;
  @Field({ description: 'Dernier jour, AAAA-MM-JJ.' }) endDate!: string;
  @Field({ description: 'Motif (code PassSuspensionReason).' }) reason!: string;
  @Field() reasonLabel!: string;

  static from(e: PassSuspensionEntity): PassSuspensionType {
    return Object.assign(new PassSuspensionType(), {
      id: e.id,
      startDate: e.startDate,
      endDate: e.endDate,
      reason: e.reason,
      reasonLabel: PASS_SUSPENSION_REASONS[e.reason as PassSuspensionReason] ?? e.reason,
    });
  }
}

@ObjectType('PassProlongation')
export class PassProlongationType {
  @Field(() => ID) id!: string;
  @Field({ description: 'Motif (code PassProlongationReason).' }) reason!: string;
  @Field() reasonLabel!: string;
  @Field({ description: 'Fin du PASS IAE quand elle a été accordée (premier jour compté), AAAA-MM-JJ.' })
  startDate!: string;
  @Field({ description: 'Dernier jour, AAAA-MM-JJ.' }) endDate!: string;
  @Field(() => Int, { description: 'Jours ajoutés au PASS IAE : fin − début.' }) days!: number;
  @Field({ description: 'Jour de la demande, AAAA-MM-JJ.' }) requestedOn!: string;

  static from(e: PassProlongationEntity): PassProlongationType {
    return Object.assign(new PassProlongationType(), {
      id: e.id,
      reason: e.reason,
      reasonLabel: PASS_PROLONGATION_RULES[e.reason as PassProlongationReason]?.label ?? e.reason,
      startDate: e.startDate,
      endDate: e.endDate,
      days: passShiftDays(e),
      requestedOn: e.requestedOn,
    });
  }
}

/** The person's PASS IAE. Status, suspensions and prolongations are resolved in batches. */
@ObjectType('PassIae')
export class PassIaeType {
  @Field(() => ID) id!: string;
  @Field({ description: 'Numéro, 12 caractères.' }) number!: string;
  @Field({ description: 'Premier jour de validité, AAAA-MM-JJ.' }) startDate!: string;
  @Field({
    description:
      'Dernier jour de validité en vigueur, AAAA-MM-JJ : la date officielle si elle est saisie, sinon la date calculée.',
  })
  endDate!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Date de fin affichée sur les emplois de l’inclusion, saisie quand elle diffère ; elle prime.',
  })
  officialEndDate!: string | null;
  @Field({ description: 'Fin de la période de carence : 2 ans après la fin en vigueur, AAAA-MM-JJ.' })
  waitingPeriodEndsOn!: string;
  @Field(() => Int, { description: 'À renvoyer lors d’une correction : une version périmée est refusée.' })
  version!: number;

  static from(e: PassIaeEntity): PassIaeType {
    return Object.assign(new PassIaeType(), {
      id: e.id,
      number: e.number,
      startDate: e.startDate,
      endDate: e.endDate,
      officialEndDate: e.officialEndDate,
      waitingPeriodEndsOn: passWaitingPeriodEnd(e.endDate),
      version: e.version,
    });
  }
}
