import { Check, Column, Entity, Index, ManyToOne, VersionColumn } from 'typeorm';
import { PersonRecordEntity } from '../../database/person-record.entity';
import { PersonRef, SameStructureJoin } from '../../database/person-ref';
import type { PersonEntity } from '../persons';
import { MissionEntity } from './activity.entities';

/**
 * The minutes a person worked on one day of a mission, as the technical supervisor enters them on the worksite
 * (« Heures de mission », docs/domain/mission-days.md). A mission with day lines has `mission.minutes` = their sum,
 * recomputed in the same transaction; the day must fall within the mission's dates, and the lines of a mission whose
 * hours the host confirmed are locked (trigger, SQLSTATE TR001, migration `MissionDays`).
 */
@Entity('mission_day')
@Index('UQ_mission_day_mission_day', ['missionId', 'day'], { unique: true })
@Index('IDX_mission_day_person', ['structureId', 'personId', 'day'])
@Check('CHK_mission_day_minutes', `"minutes" >= 0 AND "minutes" <= 1440`)
export class MissionDayEntity extends PersonRecordEntity {
  @PersonRef('mission_day')
  person?: PersonEntity;

  @Column({ type: 'uuid' })
  missionId!: string;

  @ManyToOne(() => MissionEntity, { onDelete: 'CASCADE' })
  @SameStructureJoin('mission_id', 'FK_mission_day_mission')
  mission?: MissionEntity;

  /** `YYYY-MM-DD`, within the mission's dates. */
  @Column({ type: 'date' })
  day!: string;

  /** 0 to 1,440. */
  @Column({ type: 'integer' })
  minutes!: number;

  /** The line's version (docs/domain/concurrent-edits.md). */
  @VersionColumn({ default: 1 })
  version!: number;
}
