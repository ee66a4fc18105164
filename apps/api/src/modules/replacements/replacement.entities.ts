import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Unique, VersionColumn } from 'typeorm';
import { BaseEntity } from '../../database/base.entity';
import { PersonRecordEntity } from '../../database/person-record.entity';
import { PersonRef, SameStructureJoin } from '../../database/person-ref';
import type { PersonEntity } from '../persons';
import { PartnerSiteEntity } from '../partners';
import { PartnerOrganisationEntity, StructureEntity } from '../structures';

/**
 * An urgent replacement asked by a partner employer (portal) or by a counsellor on its behalf (issue 18, point 1;
 * docs/domain/replacements.md): a slot at one of its sites, the job, the certification blocks required at a minimum
 * level, the clearances required, and the time by which someone must have accepted.
 */
@Entity('replacement_request')
@Index('IDX_replacement_request_structure', ['structureId', 'status', 'startsAt'])
@Index('IDX_replacement_request_partner', ['partnerOrganisationId', 'startsAt'])
@Index('IDX_replacement_request_due', ['answerBy'], { where: `"status" IN ('OPEN','OFFERED')` })
@Unique('UQ_replacement_request_id_structure', ['id', 'structureId'])
@Check('CHK_replacement_request_status', `"status" IN ('OPEN','OFFERED','FILLED','ESCALATED','CANCELLED')`)
@Check('CHK_replacement_request_slot', `"ends_at" > "starts_at" AND "minutes" > 0`)
export class ReplacementRequestEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  structureId!: string;

  @ManyToOne(() => StructureEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'structure_id', foreignKeyConstraintName: 'FK_replacement_request_structure' })
  structure?: StructureEntity;

  @Column({ type: 'uuid' })
  partnerOrganisationId!: string;

  @ManyToOne(() => PartnerOrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'partner_organisation_id', foreignKeyConstraintName: 'FK_replacement_request_partner' })
  partnerOrganisation?: PartnerOrganisationEntity;

  /** A site of the same organisation (composite foreign key). */
  @Column({ type: 'uuid' })
  siteId!: string;

  @ManyToOne(() => PartnerSiteEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'site_id', referencedColumnName: 'id', foreignKeyConstraintName: 'FK_replacement_request_site' },
    { name: 'partner_organisation_id', referencedColumnName: 'partnerOrganisationId' },
  ])
  site?: PartnerSiteEntity;

  @Column({ type: 'timestamptz' })
  startsAt!: Date;

  /** After `startsAt`; a night crosses midnight. */
  @Column({ type: 'timestamptz' })
  endsAt!: Date;

  /** The hours worked (breaks excluded), in minutes. */
  @Column({ type: 'integer' })
  minutes!: number;

  @Column({ type: 'varchar', length: 200 })
  jobLabel!: string;

  /** Certification blocks each candidate must hold at `minLevel` or above (latest evaluation). */
  @Column({ type: 'uuid', array: true })
  requiredBlockIds!: string[];

  /** `SkillLevel`. */
  @Column({ type: 'varchar', length: 20 })
  minLevel!: string;

  /** `ClearanceCode`s each candidate must hold, valid on the day of the slot. */
  @Column({ type: 'varchar', length: 40, array: true })
  requiredClearances!: string[];

  @Column({ type: 'timestamptz' })
  answerBy!: Date;

  /** `ReplacementStatus`. */
  @Column({ type: 'varchar', length: 20, default: 'OPEN' })
  status!: string;

  @Column({ type: 'timestamptz', nullable: true })
  filledAt!: Date | null;

  /** The mission created by the accepted offer. */
  @Column({ type: 'uuid', nullable: true })
  missionId!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  escalatedAt!: Date | null;

  /** The user who posted it (a reviewer of the organisation, or a counsellor). */
  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @VersionColumn({ default: 1 })
  version!: number;
}

/**
 * The offer of a replacement to one person, by a single-use link: only the SHA-256 of its random 32-byte token is
 * stored; it expires at the request's answer-by time.
 */
@Entity('replacement_offer')
@Index('IDX_replacement_offer_person', ['structureId', 'personId'])
@Index('UQ_replacement_offer_token', ['tokenHash'], { unique: true })
@Unique('UQ_replacement_offer_request_person', ['requestId', 'personId'])
@Check('CHK_replacement_offer_status', `"status" IN ('SENT','ACCEPTED','DECLINED','TAKEN')`)
export class ReplacementOfferEntity extends PersonRecordEntity {
  @PersonRef('replacement_offer')
  person?: PersonEntity;

  @Column({ type: 'uuid' })
  requestId!: string;

  @ManyToOne(() => ReplacementRequestEntity, { onDelete: 'CASCADE' })
  @SameStructureJoin('request_id', 'FK_replacement_offer_request')
  request?: ReplacementRequestEntity;

  @Column({ type: 'char', length: 64 })
  tokenHash!: string;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  /** `ReplacementOfferStatus`. */
  @Column({ type: 'varchar', length: 20, default: 'SENT' })
  status!: string;

  /** When the link was used (accept or decline): never again after. */
  @Column({ type: 'timestamptz', nullable: true })
  answeredAt!: Date | null;
}

/** One range of a person's weekly availability: ISO weekday (1 = Monday) and minutes of the day. */
@Entity('person_availability')
@Index('IDX_person_availability_person', ['structureId', 'personId'])
@Check('CHK_person_availability_weekday', `"weekday" BETWEEN 1 AND 7`)
@Check(
  'CHK_person_availability_range',
  `"start_minute" >= 0 AND "end_minute" <= 1440 AND "start_minute" < "end_minute"`,
)
export class PersonAvailabilityEntity extends PersonRecordEntity {
  @PersonRef('person_availability')
  person?: PersonEntity;

  @Column({ type: 'smallint' })
  weekday!: number;

  @Column({ type: 'smallint' })
  startMinute!: number;

  /** 1440 = midnight at the end of the day. */
  @Column({ type: 'smallint' })
  endMinute!: number;
}

/**
 * The version of a person's weekly pattern, edited as one multi-row editor: a save names the version it read, a stale
 * one is refused (CONFLICT). No row yet: version 0.
 */
@Entity('person_availability_pattern')
@Unique('UQ_person_availability_pattern_person', ['structureId', 'personId'])
export class PersonAvailabilityPatternEntity extends PersonRecordEntity {
  @PersonRef('person_availability_pattern')
  person?: PersonEntity;

  @Column({ type: 'integer', default: 0 })
  version!: number;
}

/** A dated absence (holiday, appointment, training): no replacement offered on those days. */
@Entity('person_unavailability')
@Index('IDX_person_unavailability_person', ['structureId', 'personId', 'startsOn'])
@Check('CHK_person_unavailability_dates', `"ends_on" >= "starts_on"`)
export class PersonUnavailabilityEntity extends PersonRecordEntity {
  @PersonRef('person_unavailability')
  person?: PersonEntity;

  @Column({ type: 'date' })
  startsOn!: string;

  @Column({ type: 'date' })
  endsOn!: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  reason!: string | null;
}

/** A clearance a person holds (habilitation électrique, CACES…), until its expiry if any. */
@Entity('person_clearance')
@Unique('UQ_person_clearance', ['structureId', 'personId', 'code'])
export class PersonClearanceEntity extends PersonRecordEntity {
  @PersonRef('person_clearance')
  person?: PersonEntity;

  /** `ClearanceCode`. */
  @Column({ type: 'varchar', length: 40 })
  code!: string;

  @Column({ type: 'date', nullable: true })
  expiresOn!: string | null;
}
