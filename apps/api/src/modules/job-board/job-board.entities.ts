import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Unique, VersionColumn } from 'typeorm';
import { BaseEntity } from '../../database/base.entity';
import { PersonRecordEntity } from '../../database/person-record.entity';
import { PersonRef, SameStructureJoin } from '../../database/person-ref';
import type { PersonEntity } from '../persons';
import { HiringNeedEntity } from '../partners';
import { StructureEntity } from '../structures';

/**
 * A network of structures (a federation) sharing a job board, managed by the administrator across the installation
 * (like structures themselves: no `structure_id`). Its outside feed is read with a token kept as SHA-256 only.
 */
@Entity('network')
@Index('UQ_network_name', ['name'], { unique: true })
export class NetworkEntity extends BaseEntity {
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** SHA-256 (hex) of the feed token set by the administrator; null: no feed. */
  @Column({ type: 'char', length: 64, nullable: true })
  feedTokenHash!: string | null;

  @VersionColumn({ default: 1 })
  version!: number;
}

/** A structure member of a network. */
@Entity('network_member')
@Index('UQ_network_member', ['networkId', 'structureId'], { unique: true })
@Index('IDX_network_member_structure', ['structureId'])
export class NetworkMemberEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  networkId!: string;

  @ManyToOne(() => NetworkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'network_id', foreignKeyConstraintName: 'FK_network_member_network' })
  network?: NetworkEntity;

  @Column({ type: 'uuid' })
  structureId!: string;

  @ManyToOne(() => StructureEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'structure_id', foreignKeyConstraintName: 'FK_network_member_structure' })
  structure?: StructureEntity;
}

/** A job offer of a structure itself (its own hiring, not a landlord's need). */
@Entity('job_offer')
@Unique('UQ_job_offer_id_structure', ['id', 'structureId'])
@Index('IDX_job_offer_structure', ['structureId', 'status'])
@Check('CHK_job_offer_status', `"status" IN ('OPEN','CLOSED')`)
@Check(
  'CHK_job_offer_contract_kind',
  `"contract_kind" IN ('CDI','CDD','CDDI','INTERIM','APPRENTISSAGE','PROFESSIONNALISATION')`,
)
export class JobOfferEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  structureId!: string;

  @ManyToOne(() => StructureEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'structure_id', foreignKeyConstraintName: 'FK_job_offer_structure' })
  structure?: StructureEntity;

  @Column({ type: 'varchar', length: 200 })
  jobTitle!: string;

  @Column({ type: 'varchar', length: 100 })
  town!: string;

  @Column({ type: 'varchar', length: 5, nullable: true })
  postalCode!: string | null;

  /** `JobContractKind`. */
  @Column({ type: 'varchar', length: 30 })
  contractKind!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'varchar', length: 20, default: 'OPEN' })
  status!: string;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @VersionColumn({ default: 1 })
  version!: number;
}

/**
 * An offer a structure shares with its networks: one of its job offers, or a landlord's hiring need it reaches.
 * Exactly one source is set (`source_kind` says which). Unsharing deletes the row (and the proposals made to it).
 */
@Entity('shared_offer')
@Unique('UQ_shared_offer_id_structure', ['id', 'structureId'])
@Index('UQ_shared_offer_job_offer', ['structureId', 'jobOfferId'], {
  unique: true,
  where: `"job_offer_id" IS NOT NULL`,
})
@Index('UQ_shared_offer_hiring_need', ['structureId', 'hiringNeedId'], {
  unique: true,
  where: `"hiring_need_id" IS NOT NULL`,
})
@Index('IDX_shared_offer_need', ['hiringNeedId'])
@Check('CHK_shared_offer_source_kind', `"source_kind" IN ('JOB_OFFER','HIRING_NEED')`)
@Check(
  'CHK_shared_offer_source',
  `("source_kind" = 'JOB_OFFER' AND "job_offer_id" IS NOT NULL AND "hiring_need_id" IS NULL) OR ("source_kind" = 'HIRING_NEED' AND "hiring_need_id" IS NOT NULL AND "job_offer_id" IS NULL)`,
)
export class SharedOfferEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  structureId!: string;

  @ManyToOne(() => StructureEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'structure_id', foreignKeyConstraintName: 'FK_shared_offer_structure' })
  structure?: StructureEntity;

  /** `SharedOfferSource`. */
  @Column({ type: 'varchar', length: 20 })
  sourceKind!: string;

  @Column({ type: 'uuid', nullable: true })
  jobOfferId!: string | null;

  @ManyToOne(() => JobOfferEntity, { onDelete: 'CASCADE' })
  @SameStructureJoin('job_offer_id', 'FK_shared_offer_job_offer')
  jobOffer?: JobOfferEntity;

  @Column({ type: 'uuid', nullable: true })
  hiringNeedId!: string | null;

  @ManyToOne(() => HiringNeedEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'hiring_need_id', foreignKeyConstraintName: 'FK_shared_offer_hiring_need' })
  hiringNeed?: HiringNeedEntity;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  sharedAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  sharedById!: string | null;
}

/**
 * A person of one structure proposed to another structure's shared offer, with the person's consent. The owner
 * structure sees the trainee card (the shared set) only, never the person's file.
 */
@Entity('board_proposal')
@Index('IDX_board_proposal_person', ['structureId', 'personId'])
@Index('IDX_board_proposal_owner', ['ownerStructureId', 'proposedAt'])
@Index('IDX_board_proposal_offer', ['sharedOfferId'])
@Index('UQ_board_proposal_live', ['personId', 'sharedOfferId'], { unique: true, where: `"status" = 'PROPOSED'` })
@Check('CHK_board_proposal_status', `"status" IN ('PROPOSED','WITHDRAWN')`)
@Check('CHK_board_proposal_other_structure', `"owner_structure_id" <> "structure_id"`)
export class BoardProposalEntity extends PersonRecordEntity {
  @PersonRef('board_proposal')
  person?: PersonEntity;

  @Column({ type: 'uuid' })
  sharedOfferId!: string;

  /** The offer's structure, copied so that its reads filter on it (the composite key keeps it true). */
  @Column({ type: 'uuid' })
  ownerStructureId!: string;

  @ManyToOne(() => SharedOfferEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'shared_offer_id', referencedColumnName: 'id', foreignKeyConstraintName: 'FK_board_proposal_offer' },
    { name: 'owner_structure_id', referencedColumnName: 'structureId' },
  ])
  sharedOffer?: SharedOfferEntity;

  @Column({ type: 'varchar', length: 20, default: 'PROPOSED' })
  status!: string;

  /** The day the person agreed to this sharing. */
  @Column({ type: 'date' })
  consentGivenOn!: string;

  @Column({ type: 'boolean', default: false })
  shareFullName!: boolean;

  @Column({ type: 'boolean', default: false })
  shareContact!: boolean;

  @Column({ type: 'text', nullable: true })
  message!: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  proposedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  withdrawnAt!: Date | null;

  @VersionColumn({ default: 1 })
  version!: number;
}
