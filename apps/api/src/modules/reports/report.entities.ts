import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Unique, VersionColumn } from 'typeorm';
import { BaseEntity } from '../../database/base.entity';
import { StructureEntity } from '../structures';
import { FundingAgreementEntity } from '../funding';
import { PartnershipEntity } from '../partners';

/** The year's targets of a structure (dialogue de gestion): dynamic exits and durable employment, in basis points. */
@Entity('structure_target')
@Unique('UQ_structure_target_year', ['structureId', 'year'])
@Check(
  'CHK_structure_target_rates',
  `"dynamic_exit_rate_bp" BETWEEN 0 AND 10000 AND "durable_employment_rate_bp" BETWEEN 0 AND 10000`,
)
@Check('CHK_structure_target_year', `"year" BETWEEN 2000 AND 2100`)
export class StructureTargetEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  structureId!: string;

  @ManyToOne(() => StructureEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'structure_id', foreignKeyConstraintName: 'FK_structure_target_structure' })
  structure?: StructureEntity;

  @Column({ type: 'smallint' })
  year!: number;

  /** Sorties dynamiques target (60 % = 6000, circulaire DGEFP 2008-21). */
  @Column({ type: 'integer' })
  dynamicExitRateBp!: number;

  /** Emploi durable target (25 % = 2500). */
  @Column({ type: 'integer' })
  durableEmploymentRateBp!: number;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @VersionColumn({ default: 1 })
  version!: number;
}

/**
 * A funder report to generate, off the request path: queued by a director, claimed by a worker
 * (`FOR UPDATE SKIP LOCKED`), rendered in a worker thread; its figures (computed by SQL) and files are kept with their
 * parameters and SHA-256 so that it can be downloaded and checked later.
 */
@Entity('report_job')
@Index('IDX_report_job_structure', ['structureId', 'createdAt'])
@Index('IDX_report_job_queue', ['status', 'createdAt'], { where: `"status" IN ('QUEUED','RUNNING')` })
@Index('IDX_report_job_agreement', ['agreementId'])
@Index('IDX_report_job_partnership', ['partnershipId'])
@Check('CHK_report_job_kind', `"kind" IN ('FSE_PLUS','OPCO','DDETS','PARTNERSHIP')`)
@Check('CHK_report_job_status', `"status" IN ('QUEUED','RUNNING','DONE','FAILED')`)
@Check(
  'CHK_report_job_subject',
  `("kind" = 'PARTNERSHIP' AND "partnership_id" IS NOT NULL AND "agreement_id" IS NULL)
   OR ("kind" <> 'PARTNERSHIP' AND "agreement_id" IS NOT NULL AND "partnership_id" IS NULL)`,
)
@Check('CHK_report_job_period', `"period_end" >= "period_start"`)
@Check('CHK_report_job_progress', `"progress" BETWEEN 0 AND 100`)
export class ReportJobEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  structureId!: string;

  @ManyToOne(() => StructureEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'structure_id', foreignKeyConstraintName: 'FK_report_job_structure' })
  structure?: StructureEntity;

  @Column({ type: 'uuid', nullable: true })
  requestedById!: string | null;

  /** `ReportKind`. */
  @Column({ type: 'varchar', length: 20 })
  kind!: string;

  /** The funding agreement reported on (FSE+, OPCO, DDETS), of the same structure. */
  @Column({ type: 'uuid', nullable: true })
  agreementId!: string | null;

  @ManyToOne(() => FundingAgreementEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'agreement_id', referencedColumnName: 'id', foreignKeyConstraintName: 'FK_report_job_agreement' },
    { name: 'structure_id', referencedColumnName: 'structureId' },
  ])
  agreement?: FundingAgreementEntity;

  /** The landlord partnership reported on. */
  @Column({ type: 'uuid', nullable: true })
  partnershipId!: string | null;

  @ManyToOne(() => PartnershipEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'partnership_id', referencedColumnName: 'id', foreignKeyConstraintName: 'FK_report_job_partnership' },
    { name: 'structure_id', referencedColumnName: 'structureId' },
  ])
  partnership?: PartnershipEntity;

  @Column({ type: 'date' })
  periodStart!: string;

  @Column({ type: 'date' })
  periodEnd!: string;

  /** `ReportJobStatus`. */
  @Column({ type: 'varchar', length: 20, default: 'QUEUED' })
  status!: string;

  @Column({ type: 'smallint', default: 0 })
  progress!: number;

  @Column({ type: 'varchar', length: 200, nullable: true })
  progressLabel!: string | null;

  @Column({ type: 'smallint', default: 0 })
  attempts!: number;

  /** When a worker claimed it. */
  @Column({ type: 'timestamptz', nullable: true })
  lockedAt!: Date | null;

  /**
   * The last sign of life of the worker holding it, written every few seconds; a RUNNING job whose beat is older than
   * `REPORT_STALE_AFTER_SECONDS` is taken again by any worker.
   */
  @Column({ type: 'timestamptz', nullable: true })
  heartbeatAt!: Date | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  lockedBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  /** What was asked, as shown on the report (subject's reference and title, period, who asked). */
  @Column({ type: 'jsonb' })
  parameters!: Record<string, unknown>;

  /**
   * The figures, as computed by SQL: the PDF and the spreadsheet render these. Kept as `json`, the exact canonical text
   * that `figuresSha256` fingerprints.
   */
  @Column({ type: 'json', nullable: true })
  figures!: Record<string, unknown> | null;

  /** SHA-256 of the canonical JSON of the figures: the same inputs give the same fingerprint. */
  @Column({ type: 'char', length: 64, nullable: true })
  figuresSha256!: string | null;

  @Column({ type: 'integer', nullable: true })
  pdfPages!: number | null;
}

/** A generated file of a report (PDF or .xlsx), kept in the database with its SHA-256. */
@Entity('report_file')
@Unique('UQ_report_file_format', ['reportJobId', 'format'])
@Check('CHK_report_file_format', `"format" IN ('PDF','XLSX')`)
export class ReportFileEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  reportJobId!: string;

  @ManyToOne(() => ReportJobEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_job_id', foreignKeyConstraintName: 'FK_report_file_job' })
  reportJob?: ReportJobEntity;

  @Column({ type: 'varchar', length: 10 })
  format!: string;

  @Column({ type: 'bytea' })
  content!: Buffer;

  @Column({ type: 'char', length: 64 })
  sha256!: string;

  @Column({ type: 'integer' })
  sizeBytes!: number;
}
