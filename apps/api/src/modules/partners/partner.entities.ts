import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Unique, VersionColumn } from 'typeorm';
import { BaseEntity } from '../../database/base.entity';
import { PartnerOrganisationEntity } from '../structures';
import { StructureEntity } from '../structures';

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

  /** Coordinates (WGS 84), for the distance from a candidate's home (docs/domain/replacements.md). */
  @Column({ type: 'double precision', nullable: true })
  latitude!: number | null;

  @Column({ type: 'double precision', nullable: true })
  longitude!: number | null;

  @VersionColumn({ default: 1 })
  version!: number;
}

/**
 * « Objectif partagé »: partnerships of one structure with several landlords that share one yearly hiring target
 * (docs/adr/0008-shared-hiring-targets.md): the hires at any of their landlords count towards the group's targets, and
 * its partnerships have none of their own.
 */
@Entity('partnership_group')
@Unique('UQ_partnership_group_id_structure', ['id', 'structureId'])
@Unique('UQ_partnership_group_structure_name', ['structureId', 'name'])
export class PartnershipGroupEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  structureId!: string;

  @ManyToOne(() => StructureEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'structure_id', foreignKeyConstraintName: 'FK_partnership_group_structure' })
  structure?: StructureEntity;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @VersionColumn({ default: 1 })
  version!: number;
}

/**
 * A structure works with a landlord: its counsellors may propose trainees to the landlord's hiring needs. One per
 * (structure, landlord); it carries yearly hiring targets (the COORACE–USH partnership aimed at 100 hires a year), its
 * own or, in a group, the group's.
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

  /** The group whose target it shares (of the same structure: composite foreign key); null: its own targets. */
  @Index('IDX_partnership_group')
  @Column({ type: 'uuid', nullable: true })
  groupId!: string | null;

  @ManyToOne(() => PartnershipGroupEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'group_id', referencedColumnName: 'id', foreignKeyConstraintName: 'FK_partnership_group' },
    { name: 'structure_id', referencedColumnName: 'structureId' },
  ])
  group?: PartnershipGroupEntity;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @VersionColumn({ default: 1 })
  version!: number;
}

/** How many hires a partnership, or a group of partnerships sharing its target, aims at in a calendar year. */
@Entity('hiring_target')
@Unique('UQ_hiring_target_year', ['partnershipId', 'year'])
@Unique('UQ_hiring_target_group_year', ['groupId', 'year'])
@Check('CHK_hiring_target_hires', `"hires" >= 0`)
@Check('CHK_hiring_target_year', `"year" BETWEEN 2000 AND 2100`)
@Check('CHK_hiring_target_holder', `("partnership_id" IS NULL) <> ("group_id" IS NULL)`)
export class HiringTargetEntity extends BaseEntity {
  /** The partnership whose own target it is; null for a group's. */
  @Column({ type: 'uuid', nullable: true })
  partnershipId!: string | null;

  @ManyToOne(() => PartnershipEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partnership_id', foreignKeyConstraintName: 'FK_hiring_target_partnership' })
  partnership?: PartnershipEntity;

  /** The group whose shared target it is; null for a partnership's own. */
  @Column({ type: 'uuid', nullable: true })
  groupId!: string | null;

  @ManyToOne(() => PartnershipGroupEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id', foreignKeyConstraintName: 'FK_hiring_target_group' })
  group?: PartnershipGroupEntity;

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

  /**
   * A need entered by a structure is seen by that structure and the landlord only, until the landlord shares it with
   * its other partner structures (core/access/hiring-need-visibility.ts).
   */
  @Column({ type: 'boolean', default: false })
  sharedWithPartners!: boolean;

  @VersionColumn({ default: 1 })
  version!: number;
}
