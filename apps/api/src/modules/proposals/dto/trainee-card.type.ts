import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

/*
 * The trainee card: the ONLY view of a person a partner gets, and exactly what the counsellor previews before
 * sending. Nothing else is ever added here (no birth date, address, eligibility, prescriber, notes, stage, person id):
 * the portal tests assert the keys recursively.
 */

@ObjectType('TraineeBlock', { description: 'Un bloc de la certification visée : niveau évalué et résultat d’examen.' })
export class TraineeBlockType {
  @Field() code!: string;
  @Field() title!: string;
  @Field(() => String, { nullable: true, description: 'Le dernier niveau évalué ; null si jamais évalué.' })
  levelLabel!: string | null;
  @Field(() => String, { nullable: true, description: 'AAAA-MM-JJ de la dernière évaluation.' })
  evaluatedOn!: string | null;
  @Field(() => String, { nullable: true, description: 'Le dernier résultat d’examen du bloc ; null si aucun.' })
  resultLabel!: string | null;
}

@ObjectType('TraineeCertification', { description: 'La certification visée et son statut.' })
export class TraineeCertificationType {
  @Field() title!: string;
  @Field(() => String, { nullable: true, description: 'Code RNCP.' }) code!: string | null;
  @Field() statusLabel!: string;
  @Field() obtained!: boolean;
  @Field(() => [TraineeBlockType]) blocks!: TraineeBlockType[];
}

@ObjectType('TraineeEvaluation', {
  description: 'Une évaluation des compétences sur un bloc de la certification visée.',
})
export class TraineeEvaluationType {
  @Field() blockTitle!: string;
  @Field() levelLabel!: string;
  @Field({ description: 'AAAA-MM-JJ.' }) evaluatedOn!: string;
  @Field() evaluatorName!: string;
  @Field(() => String, { nullable: true }) comment!: string | null;
}

@ObjectType('TraineeTraining', { description: 'Heures de formation (sessions de type formation).' })
export class TraineeTrainingType {
  @Field(() => Int, {
    description: 'Minutes suivies, jusqu’à aujourd’hui (pendant le contrat en cours s’il y en a un).',
  })
  attendedMinutes!: number;
  @Field(() => Int, { nullable: true, description: 'Minutes prévues au contrat de professionnalisation en cours.' })
  plannedMinutes!: number | null;
}

@ObjectType('TraineeMission', { description: 'Une mission faite chez l’employeur à qui la fiche est montrée.' })
export class TraineeMissionType {
  @Field(() => ID) id!: string;
  @Field() kindLabel!: string;
  @Field(() => String, { nullable: true }) site!: string | null;
  @Field({ description: 'AAAA-MM-JJ.' }) startDate!: string;
  @Field({ description: 'AAAA-MM-JJ.' }) endDate!: string;
  @Field(() => Int) minutes!: number;
  @Field({ description: 'MissionHoursStatus.' }) hoursStatus!: string;
  @Field() hoursStatusLabel!: string;
  @Field(() => String, { nullable: true }) tutorFeedback!: string | null;
}

@ObjectType('TraineeCard', {
  description:
    'La seule vue d’une personne que reçoit un employeur partenaire : compétences, formation, missions chez lui ; ' +
    'nom complet et coordonnées seulement si la personne l’accepte.',
})
export class TraineeCardType {
  @Field({ description: '« Awa D. » ; le nom complet seulement si la personne l’accepte.' }) displayName!: string;
  @Field(() => String, { nullable: true, description: 'Null sauf accord de la personne.' }) phone!: string | null;
  @Field(() => String, { nullable: true, description: 'Null sauf accord de la personne.' }) email!: string | null;
  @Field({ description: 'La structure qui propose.' }) structureName!: string;
  @Field(() => String, { nullable: true, description: 'Le mot du·de la conseiller·ère à l’employeur.' })
  message!: string | null;
  @Field(() => TraineeCertificationType, { nullable: true }) certification!: TraineeCertificationType | null;
  @Field(() => [TraineeEvaluationType], {
    description: 'Sur les blocs de la certification visée, la plus récente d’abord.',
  })
  evaluations!: TraineeEvaluationType[];
  @Field(() => TraineeTrainingType) training!: TraineeTrainingType;
  @Field(() => [TraineeMissionType], {
    description: 'Seulement les missions chez cet employeur, la plus récente d’abord.',
  })
  missions!: TraineeMissionType[];
}
