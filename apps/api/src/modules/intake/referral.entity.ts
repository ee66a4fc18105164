import { Column, Entity, Index, VersionColumn } from 'typeorm';
import { PersonRecordEntity } from '../../database/person-record.entity';
import { PersonRef } from '../../database/person-ref';
import type { PersonEntity } from '../persons';

/** How the person came: the prescriber who referred them (orientation), and when. One per person. */
@Entity('referral')
@Index('UQ_referral_person', ['personId'], { unique: true })
@Index('IDX_referral_structure', ['structureId'])
export class ReferralEntity extends PersonRecordEntity {
  @PersonRef('referral')
  person?: PersonEntity;

  /** `PrescriberKind` of the shared domain; some kinds are sensitive (they reveal justice, addiction…). */
  @Column({ type: 'varchar', length: 40 })
  prescriberKind!: string;

  @Column({ type: 'varchar', length: 200 })
  prescriberOrganisation!: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  prescriberContactName!: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  prescriberContactEmail!: string | null;

  @Column({ type: 'varchar', length: 30, nullable: true })
  prescriberContactPhone!: string | null;

  @Column({ type: 'date' })
  referredOn!: string;

  @VersionColumn({ default: 1 })
  version!: number;
}
