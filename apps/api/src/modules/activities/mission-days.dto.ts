import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDefined,
  IsInt,
  IsNotEmpty,
  IsString,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { MINUTES_PER_DAY } from '@tremplin/domain';
import { LineVersion } from '../../core/graphql/line-version';
import { IsIsoDay } from './activities.common';
import { SessionAttendeeType } from './dto/collective-session.dto';
import { MissionType } from './dto/work-situation.dto';

/** At most this many day lines are saved at once (a week of 7 days for 100 missions). */
export const MISSION_DAYS_MAX_LINES = 700;

/** A day's minutes: 0 to 24 h. */
export const MISSION_DAY_MAX_MINUTES = MINUTES_PER_DAY;

@ObjectType('MissionHostOrganisation', {
  description: 'Un employeur (bailleur) où la structure a des missions, avec les sites de ces missions.',
})
export class MissionHostOrganisationType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => [String], { description: 'Les sites des missions (vide quand aucune ne précise de site).' })
  sites!: string[];
}

@ObjectType('MissionHoursCell', { description: 'Un jour de la semaine pour une mission.' })
export class MissionHoursCellType {
  @Field({ description: 'AAAA-MM-JJ' }) day!: string;
  @Field(() => Int, { nullable: true, description: 'Minutes saisies ce jour-là ; vide quand rien n’a été saisi.' })
  minutes!: number | null;
  @Field(() => Int, {
    nullable: true,
    description: 'La version de la ligne du jour, à renvoyer avec elle ; vide pour un jour jamais saisi.',
  })
  version!: number | null;
  @Field({ description: 'Le jour est dans les dates de la mission (sinon, rien ne peut y être saisi).' })
  inMission!: boolean;
}

@ObjectType('MissionHoursWeekRow', { description: 'Une mission et ses heures jour par jour sur la semaine.' })
export class MissionHoursWeekRowType {
  @Field(() => MissionType) mission!: MissionType;
  @Field(() => SessionAttendeeType) person!: SessionAttendeeType;
  @Field(() => [MissionHoursCellType], { description: 'Les 7 jours de la semaine, du lundi au dimanche.' })
  cells!: MissionHoursCellType[];
  @Field(() => Int, { description: 'Les minutes saisies sur la semaine.' }) weekMinutes!: number;
}

@ObjectType('MissionHoursWeek', { description: 'La grille des heures de mission d’une semaine chez un employeur.' })
export class MissionHoursWeekType {
  @Field({ description: 'Le lundi, AAAA-MM-JJ.' }) weekStart!: string;
  @Field(() => [String], { description: 'Les 7 jours, du lundi au dimanche (AAAA-MM-JJ).' }) days!: string[];
  @Field(() => MissionHostOrganisationType) hostOrganisation!: MissionHostOrganisationType;
  @Field(() => [MissionHoursWeekRowType]) rows!: MissionHoursWeekRowType[];
}

@InputType()
export class MissionDayLineInput {
  @Field(() => ID)
  @IsString({ message: 'Identifiant de mission manquant.' })
  @IsNotEmpty({ message: 'Identifiant de mission manquant.' })
  missionId!: string;

  @Field({ description: 'AAAA-MM-JJ, dans les dates de la mission.' })
  @IsIsoDay('Le jour')
  day!: string;

  @Field(() => Int, {
    nullable: true,
    description: `Minutes travaillées ce jour-là (0 à ${MISSION_DAY_MAX_MINUTES}) ; null pour effacer le jour (le champ omis est refusé : rien ne s’efface sans qu’on le dise).`,
  })
  // Only an explicit null clears a day: a line sent without its minutes is refused, never read as « effacer ».
  @ValidateIf((line: MissionDayLineInput) => line.minutes !== null)
  @IsDefined({ message: 'Indiquez les heures du jour (ou videz la case pour l’effacer).' })
  @IsInt({ message: 'Les heures du jour doivent être un nombre entier de minutes.' })
  @Min(0, { message: 'Les heures du jour ne peuvent pas être négatives.' })
  @Max(MISSION_DAY_MAX_MINUTES, { message: 'Une journée compte au plus 24 h.' })
  minutes?: number | null;

  @LineVersion(
    'La version de la ligne du jour lue (`MissionHoursCell.version`) ; null pour un jour jamais saisi. Une ligne ' +
      'modifiée ou ajoutée par quelqu’un d’autre depuis est refusée (CONFLICT, `extensions.changedLines`).',
    'la semaine',
  )
  version?: number | null;
}

@InputType()
export class RecordMissionDaysInput {
  @Field(() => [MissionDayLineInput], { description: 'Les jours modifiés seulement ; tout ou rien.' })
  @IsArray({ message: 'Les heures à enregistrer doivent être une liste de jours.' })
  @ArrayMinSize(1, { message: 'Aucune heure à enregistrer : modifiez au moins un jour.' })
  @ArrayMaxSize(MISSION_DAYS_MAX_LINES, {
    message: `Enregistrez au plus ${MISSION_DAYS_MAX_LINES} jours à la fois.`,
  })
  @ValidateNested({ each: true })
  @Type(() => MissionDayLineInput)
  lines!: MissionDayLineInput[];
}

@ObjectType('MissionMonth', { description: 'Les heures d’une mission sur un mois, additionnées de ses jours.' })
export class MissionMonthType {
  @Field({ description: 'AAAA-MM' }) month!: string;
  @Field(() => Int) minutes!: number;
}
