import { Field, ObjectType } from '@nestjs/graphql';
import { ALERT_LABELS, type Alert, type AlertCode } from '@tremplin/domain';

@ObjectType('PersonAlert', { description: 'Une alerte du dossier, calculée à la lecture (jamais enregistrée).' })
export class PersonAlertType {
  @Field({
    description:
      'AlertCode : PASS_ENDING, PROOF_EXPIRED, ATTENDANCE_BEHIND, PLACEMENT_CAP_NEAR, FOLLOW_UP_DUE, NO_COACHING_CONTACT, CONTRACT_DEPOSIT_DUE, OPCO_DECISION_DUE, TRAINING_BEHIND, CONTRACT_ENDING ou CONTRACT_BREAK_FOLLOW_UP.',
  })
  code!: string;

  @Field({ description: 'Nom de l’alerte, en français.' })
  label!: string;

  @Field({ description: '« warning » ou « danger ».' })
  severity!: string;

  @Field({ description: 'Ce qui ne va pas, de combien, et quoi faire.' })
  message!: string;

  @Field(() => String, { nullable: true, description: 'Échéance, AAAA-MM-JJ, quand l’alerte en a une.' })
  dueDate!: string | null;

  static from(a: Alert): PersonAlertType {
    return Object.assign(new PersonAlertType(), {
      code: a.code,
      label: ALERT_LABELS[a.code as AlertCode] ?? a.code,
      severity: a.severity,
      message: a.message,
      dueDate: a.dueDate,
    });
  }
}
