import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { PersonRecordEntity } from '../../database/person-record.entity';
import { PersonRef } from '../../database/person-ref';
import type { PersonEntity } from '../persons';

/**
 * Where a person's file stands in its retention (docs/domain/retention.md): the notice sent to the counsellor before
 * the anonymisation, the anonymisation itself, and the legal hold the director set. One row per person, created when
 * one of these first happens. `created_by_id`: who set the legal hold last.
 */
@Entity('person_retention')
@Index('UQ_person_retention_person', ['personId'], { unique: true })
@Index('IDX_person_retention_structure', ['structureId'])
export class PersonRetentionEntity extends PersonRecordEntity {
  @PersonRef('person_retention')
  person?: PersonEntity;

  /** The anonymisation day the last notice announced: a notice is sent once per announced day. */
  @Column({ type: 'date', nullable: true })
  noticeForDate!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  noticeSentAt!: Date | null;

  /** When the file was anonymised; never again after. */
  @Column({ type: 'timestamptz', nullable: true })
  anonymisedAt!: Date | null;

  /** Why the director keeps the file past the limit (a funder's audit, a dispute…): set = on hold. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  legalHoldReason!: string | null;

  /** The hold ends after this day; none: until lifted. */
  @Column({ type: 'date', nullable: true })
  legalHoldUntil!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  legalHoldSetAt!: Date | null;
}

/** One run of the daily retention job per day (the row is the guard: a second worker finds it and does nothing). */
@Entity('retention_run')
export class RetentionRunEntity {
  /** The day (in France) the run is for. */
  @PrimaryColumn({ type: 'date' })
  runOn!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  startedAt!: Date;

  @Column({ type: 'integer', default: 0 })
  anonymisedCount!: number;

  @Column({ type: 'integer', default: 0 })
  noticeCount!: number;
}
