import { ArgsType, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsString } from 'class-validator';
import { IsIsoDay } from './activities.common';
import { CollectiveSessionType, SessionAttendanceType, SessionAttendeeType } from './dto/collective-session.dto';
import { TrainingGroupType } from './training-groups.dto';

@ArgsType()
export class AttendanceWeekArgs {
  @Field(() => ID)
  @IsString({ message: 'Choisissez le groupe dans la liste.' })
  groupId!: string;

  @Field({ description: 'Le lundi de la semaine (AAAA-MM-JJ).' })
  @IsIsoDay('Le début de la semaine')
  weekStart!: string;
}

@ObjectType('AttendanceWeekCell', { description: 'Une case de la grille : une personne à une session.' })
export class AttendanceWeekCellType {
  @Field(() => ID) sessionId!: string;
  @Field(() => SessionAttendanceType, { nullable: true, description: 'La ligne d’émargement ; null : rien de saisi.' })
  line!: SessionAttendanceType | null;
}

@ObjectType('AttendanceWeekRow', { description: 'Une personne de la grille de la semaine.' })
export class AttendanceWeekRowType {
  @Field(() => SessionAttendeeType) person!: SessionAttendeeType;
  @Field(() => [AttendanceWeekCellType], { description: 'Une case par session de la semaine, dans leur ordre.' })
  cells!: AttendanceWeekCellType[];
  @Field(() => Int, { description: 'Minutes de présence saisies sur la semaine.' }) attendedMinutes!: number;
  @Field(() => Int, {
    description: 'Durée prévue des sessions de la semaine où la personne est attendue (membre du groupe, ou inscrite).',
  })
  plannedMinutes!: number;
}

@ObjectType('AttendanceWeek', {
  description: 'La grille d’émargement d’un groupe pour une semaine (personnes × jours).',
})
export class AttendanceWeekType {
  @Field(() => TrainingGroupType) group!: TrainingGroupType;
  @Field({ description: 'Le lundi de la semaine (AAAA-MM-JJ).' }) weekStart!: string;
  @Field(() => [CollectiveSessionType], {
    description: 'Les sessions du groupe dans la semaine, par date puis intitulé.',
  })
  sessions!: CollectiveSessionType[];
  @Field(() => [AttendanceWeekRowType], {
    description: 'Les membres du groupe et toute personne ayant une ligne sur ces sessions, par nom.',
  })
  rows!: AttendanceWeekRowType[];
}
