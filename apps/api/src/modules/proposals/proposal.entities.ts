import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Unique, VersionColumn } from 'typeorm';
import { BaseEntity } from '../../database/base.entity';
import { PersonRecordEntity } from '../../database/person-record.entity';
import { PersonRef, SameStructureJoin } from '../../database/person-ref';
import type { PersonEntity } from '../persons';
import { HiringNeedEntity } from '../partners';
import { PartnerOrganisationEntity } from '../structures';
import { HireEntity } from '../outcomes';

/**
 * A person proposed for a landlord's hiring need, with their consent. The only door through which a partner user
 * reaches a person: a reviewer of the need's organisation sees the trainee card while the proposal is not withdrawn
 * and the consent stands.
 */
@Entity('proposal')
@Index('IDX_proposal_person', ['structureId', 'personId', 'proposedAt'])
@Index('IDX_proposal_partner_status', ['partnerOrganisationId', 'status', 'proposedAt'])
@Index('IDX_proposal_need', ['hiringNeedId'])
@Index('UQ_proposal_live', ['personId', 'hiringNeedId'], {
  unique: true,
  where: `"status" IN ('PROPOSED','INTERVIEW_REQUESTED','VALIDATED')`,
})
@Unique('UQ_proposal_id_structure', ['id', 'structureId'])
@Check(
  'CHK_proposal_status',
  `"status" IN ('PROPOSED','INTERVIEW_REQUESTED','VALIDATED','DECLINED','WITHDRAWN','HIRED')`,
)
@Check('CHK_proposal_decline_reason', `("status" = 'DECLINED') = ("decline_reason" IS NOT NULL)`)
export class ProposalEntity extends PersonRecordEntity {
  @PersonRef('proposal')
  person?: PersonEntity;

  @Column({ type: 'uuid' })
  hiringNeedId!: string;

  /** The need's organisation, copied so that every partner query filters on it (composite foreign key keeps it true). */
  @Column({ type: 'uuid' })
  partnerOrganisationId!: string;

  @ManyToOne(() => HiringNeedEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'hiring_need_id', referencedColumnName: 'id', foreignKeyConstraintName: 'FK_proposal_hiring_need' },
    { name: 'partner_organisation_id', referencedColumnName: 'partnerOrganisationId' },
  ])
  hiringNeed?: HiringNeedEntity;

  @ManyToOne(() => PartnerOrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'partner_organisation_id', foreignKeyConstraintName: 'FK_proposal_partner' })
  partnerOrganisation?: PartnerOrganisationEntity;

  /** `ProposalStatus`. */
  @Column({ type: 'varchar', length: 30, default: 'PROPOSED' })
  status!: string;

  /** The day the person agreed to this sharing (required to send). */
  @Column({ type: 'date' })
  consentGivenOn!: string;

  @Column({ type: 'boolean', default: false })
  shareFullName!: boolean;

  @Column({ type: 'boolean', default: false })
  shareContact!: boolean;

  /** Set when the person withdrew their consent: the proposal is withdrawn at the same time. */
  @Column({ type: 'timestamptz', nullable: true })
  consentWithdrawnAt!: Date | null;

  /** The counsellor's word to the landlord, shown on the card (the counsellor sees it in the preview). */
  @Column({ type: 'text', nullable: true })
  message!: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  proposedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  decidedById!: string | null;

  /** `DeclineReason`, set exactly when declined. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  declineReason!: string | null;

  @Column({ type: 'text', nullable: true })
  decisionComment!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  withdrawnAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  withdrawalReason!: string | null;

  /** The hire recorded from this proposal (same structure). */
  @Column({ type: 'uuid', nullable: true })
  hireId!: string | null;

  @ManyToOne(() => HireEntity, { onDelete: 'RESTRICT' })
  @SameStructureJoin('hire_id', 'FK_proposal_hire')
  hire?: HireEntity;

  @VersionColumn({ default: 1 })
  version!: number;
}

/** What happened to a proposal, when, by whom: its history, and the person's timeline entries. */
@Entity('proposal_event')
@Index('IDX_proposal_event_person', ['structureId', 'personId', 'occurredAt'])
@Index('IDX_proposal_event_proposal', ['proposalId'])
export class ProposalEventEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  structureId!: string;

  @Column({ type: 'uuid' })
  personId!: string;

  @Column({ type: 'uuid' })
  proposalId!: string;

  @ManyToOne(() => ProposalEntity, { onDelete: 'CASCADE' })
  @SameStructureJoin('proposal_id', 'FK_proposal_event_proposal')
  proposal?: ProposalEntity;

  /** `ProposalEventKind`. */
  @Column({ type: 'varchar', length: 30 })
  kind!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  occurredAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  actorUserId!: string | null;

  /** Copied at the time (« Claire Martin, Habitat 76 »): the history reads the same if the account goes. */
  @Column({ type: 'varchar', length: 300 })
  actorLabel!: string;

  /** `DeclineReason` for a decline. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  reason!: string | null;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;
}
