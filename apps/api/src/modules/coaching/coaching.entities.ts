import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { PersonRecordEntity } from '../../database/person-record.entity';
import { PersonRef, SameStructureJoin } from '../../database/person-ref';
import { MissionEntity } from '../activities';
import type { PersonEntity } from '../persons';
import { StructureEntity } from '../structures';

/**
 * A job coaching contact during a mission (issue 18, point 5): a visit, a call or a mediation with the employer,
 * with a short note that may be confidential. A mediation the employer asks for from the portal starts as a REQUESTED
 * row with the employer's message; the coach's record of the mediation closes it (DONE).
 */
@Entity('coaching_contact')
@Index('IDX_coaching_contact_person', ['structureId', 'personId', 'occurredOn'])
@Index('IDX_coaching_contact_mission', ['structureId', 'missionId'])
@Check('CHK_coaching_contact_kind', `"kind" IN ('VISIT','CALL','MEDIATION')`)
@Check('CHK_coaching_contact_status', `"status" IN ('REQUESTED','DONE')`)
@Check('CHK_coaching_contact_done', `"status" = 'REQUESTED' OR "occurred_on" IS NOT NULL`)
export class CoachingContactEntity extends PersonRecordEntity {
  @PersonRef('coaching_contact')
  person?: PersonEntity;

  @Column({ type: 'uuid' })
  missionId!: string;

  @ManyToOne(() => MissionEntity, { onDelete: 'CASCADE' })
  @SameStructureJoin('mission_id', 'FK_coaching_contact_mission')
  mission?: MissionEntity;

  /** `CoachingContactKind`. */
  @Column({ type: 'varchar', length: 20 })
  kind!: string;

  /** `CoachingContactStatus`: REQUESTED (asked for by the employer) or DONE (recorded by the coach). */
  @Column({ type: 'varchar', length: 20, default: 'DONE' })
  status!: string;

  /** The day of the contact; null while only requested. */
  @Column({ type: 'date', nullable: true })
  occurredOn!: string | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  note!: string | null;

  @Column({ type: 'boolean', default: false })
  confidential!: boolean;

  /** Who recorded the contact (the coach or a counsellor); null while only requested. No foreign key, as `createdById`. */
  @Column({ type: 'uuid', nullable: true })
  authorId!: string | null;

  /** The employer's short message, when the employer asked for the mediation from the portal. */
  @Column({ type: 'varchar', length: 1000, nullable: true })
  requestMessage!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  requestedAt!: Date | null;

  @VersionColumn({ default: 1 })
  version!: number;
}

/** A structure's coaching settings: the days without contact after which a person in a mission raises an alert. */
@Entity('coaching_setting')
@Check('CHK_coaching_setting_alert_days', `"alert_days" BETWEEN 1 AND 365`)
export class CoachingSettingEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_coaching_setting' })
  structureId!: string;

  @ManyToOne(() => StructureEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'structure_id', foreignKeyConstraintName: 'FK_coaching_setting_structure' })
  structure?: StructureEntity;

  @Column({ type: 'integer', default: 14 })
  alertDays!: number;

  @Column({ type: 'uuid', nullable: true })
  updatedById!: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
