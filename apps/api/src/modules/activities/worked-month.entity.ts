import { Column, Entity, Index } from 'typeorm';
import { PersonRecordEntity } from '../../database/person-record.entity';
import { PersonRef } from '../../database/person-ref';
import type { PersonEntity } from '../persons';

/**
 * The hours a person worked in one calendar month, as the structure declares them each month to the ASP (the
 * « état mensuel individuel »): one record per person and month, dated the month's first day
 * (docs/domain/caseload-import.md § Heures travaillées). Brought in by the caseload import; they count as hours
 * worked in the exit's minimum-presence rule.
 */
@Entity('worked_month')
@Index('UQ_worked_month_person_month', ['personId', 'month'], { unique: true })
@Index('IDX_worked_month_structure', ['structureId'])
export class WorkedMonthEntity extends PersonRecordEntity {
  @PersonRef('worked_month')
  person?: PersonEntity;

  /** `YYYY-MM-01`. */
  @Column({ type: 'date' })
  month!: string;

  @Column({ type: 'integer' })
  minutes!: number;
}
