import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Unique, VersionColumn } from 'typeorm';
import { BaseEntity } from '../../database/base.entity';
import { PartnerOrganisationEntity } from '../structures/partner-organisation.entity';
import { StructureEntity } from '../structures/structure.entity';

/** A site of a partner organisation (a residence, an agency) where missions happen and positions open. */
@Entity('partner_site')
@Index('IDX_partner_site_organisation', ['partnerOrganisationId', 'name'])
@Unique('UQ_partner_site_id_organisation', ['id', 'partnerOrganisationId'])
export class PartnerSiteEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  partnerOrganisationId!: string;

  @ManyToOne(() => PartnerOrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'partner_organisation_id', foreignKeyConstraintName: 'FK_partner_site_organisation' })
  partnerOrganisation?: PartnerOrganisationEntity;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  addressLine!: string | null;

  @Column({ type: 'char', length: 5, nullable: true })
  postalCode!: string | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  city!: string | null;

  @VersionColumn({ default: 1 })
  version!: number;
}

/**
 * A structure works with a landlord: its counsellors may propose trainees to the landlord's hiring needs. One per
 * (structure, landlord); it carries yearly hiring targets (the COORACE–USH partnership aimed at 100 hires a year).
 */
@Entity('partnership')
@Unique('UQ_partnership_structure_partner', ['structureId', 'partnerOrganisationId'])
@Unique('UQ_partnership_id_structure', ['id', 'structureId'])
@Index('IDX_partnership_partner', ['partnerOrganisationId'])
export class PartnershipEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  structureId!: string;

  @ManyToOne(() => StructureEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'structure_id', foreignKeyConstraintName: 'FK_partnership_structure' })
  structure?: StructureEntity;

  @Column({ type: 'uuid' })
  partnerOrganisationId!: string;

  @ManyToOne(() => PartnerOrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'partner_organisation_id', foreignKeyConstraintName: 'FK_partnership_partner' })
  partnerOrganisation?: PartnerOrganisationEntity;

  @Column({ type: 'date' })
  startedOn!: string;

  /** Set when the partnership ends: no new proposal then; past ones stay readable by the structure. */
  @Column({ type: 'date', nullable: true })
  endedOn!: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @VersionColumn({ default: 1 })
  version!: number;
}

/** How many hires a partnership aims at in a calendar year. */
@Entity('hiring_target')
@Unique('UQ_hiring_target_year', ['partnershipId', 'year'])
@Check('CHK_hiring_target_hires', `"hires" >= 0`)
@Check('CHK_hiring_target_year', `"year" BETWEEN 2000 AND 2100`)
export class HiringTargetEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  partnershipId!: string;

  @ManyToOne(() => PartnershipEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partnership_id', foreignKeyConstraintName: 'FK_hiring_target_partnership' })
  partnership?: PartnershipEntity;

  @Column({ type: 'smallint' })
  year!: number;

  @Column({ type: 'integer' })
  hires!: number;

  @VersionColumn({ default: 1 })
  version!: number;
}

/** A landlord's open position(s): entered by the landlord's reviewer or by a partner structure. */
@Entity('hiring_need')
@Index('IDX_hiring_need_partner_status', ['partnerOrganisationId', 'status', 'startDate'])
@Unique('UQ_hiring_need_id_partner', ['id', 'partnerOrganisationId'])
@Check('CHK_hiring_need_positions', `"positions" BETWEEN 1 AND 500`)
@Check('CHK_hiring_need_status', `"status" IN ('OPEN','FILLED','CLOSED')`)
export class HiringNeedEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  partnerOrganisationId!: string;

  @ManyToOne(() => PartnerOrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'partner_organisation_id', foreignKeyConstraintName: 'FK_hiring_need_partner' })
  partnerOrganisation?: PartnerOrganisationEntity;

  /** A site of the same organisation (composite foreign key). */
  @Index('IDX_hiring_need_site')
  @Column({ type: 'uuid', nullable: true })
  siteId!: string | null;

  @ManyToOne(() => PartnerSiteEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'site_id', referencedColumnName: 'id', foreignKeyConstraintName: 'FK_hiring_need_site' },
    { name: 'partner_organisation_id', referencedColumnName: 'partnerOrganisationId' },
  ])
  site?: PartnerSiteEntity;

  @Column({ type: 'varchar', length: 200 })
  jobTitle!: string;

  @Column({ type: 'integer', default: 1 })
  positions!: number;

  @Column({ type: 'date' })
  startDate!: string;

  @Column({ type: 'text', nullable: true })
  requirements!: string | null;

  /** `HiringNeedStatus`. */
  @Column({ type: 'varchar', length: 20, default: 'OPEN' })
  status!: string;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  /** The structure whose staff entered it; null when the landlord did. */
  @Column({ type: 'uuid', nullable: true })
  createdByStructureId!: string | null;

  @VersionColumn({ default: 1 })
  version!: number;
}
