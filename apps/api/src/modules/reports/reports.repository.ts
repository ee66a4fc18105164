import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { type As, type RowOf, SNAPSHOT_UUID, SqlSnapshot } from '../../database/repository';
import type { FunderEntity, FundingAgreementEntity } from '../funding';
import type { PartnershipEntity } from '../partners';
import type { ReportFileEntity, ReportJobEntity } from './report.entities';
import type { ReportJobRow, ReportParameters } from './reports.common';

/** The columns of `ReportJobRow`, from `report_job j` and its files `pdf` and `xlsx` (never the files' content). */
const REPORT_JOB_COLUMNS = `j.id, j.kind, j.agreement_id, j.partnership_id, j.status, j.progress, j.progress_label, j.period_start::text AS period_start,
  j.period_end::text AS period_end, j.parameters, j.created_at, j.started_at, j.finished_at, j.error, j.figures_sha256,
  j.pdf_pages, pdf.sha256 AS pdf_sha256, xlsx.sha256 AS xlsx_sha256`;
const REPORT_JOB_FROM = `report_job j
  LEFT JOIN report_file pdf ON pdf.report_job_id = j.id AND pdf.format = 'PDF'
  LEFT JOIN report_file xlsx ON xlsx.report_job_id = j.id AND xlsx.format = 'XLSX'`;

/** An agreement of the structure with its funder (dates as text). */
export type AgreementSubjectRow = RowOf<FundingAgreementEntity, 'id' | 'reference' | 'title'> &
  As<'funder_name', FunderEntity['name']> &
  As<'funder_kind', FunderEntity['kind']>;
export type AgreementListRow = AgreementSubjectRow & RowOf<FundingAgreementEntity, 'startDate' | 'endDate'>;
/** A partnership of the structure with its partner's name. */
export type PartnershipSubjectRow = RowOf<PartnershipEntity, 'id'> & As<'partner_name', string>;

/** A finished report's file with what names it. */
export type ReportFileRow = RowOf<ReportFileEntity, 'content' | 'sha256' | 'sizeBytes'> &
  RowOf<ReportJobEntity, 'kind' | 'periodStart' | 'periodEnd'> &
  As<'parameters', ReportParameters>;

/** What a new job stores. */
export interface NewReportJob {
  structureId: string;
  requestedById: string;
  kind: string;
  agreementId: string | null;
  partnershipId: string | null;
  periodStart: string;
  periodEnd: string;
  parameters: ReportParameters;
}

const SNAPSHOT_PARAMETERS: ReportParameters = {
  kind: 'DDETS',
  kindLabel: 'Rapport DDETS',
  subject: { type: 'PARTNERSHIP', id: SNAPSHOT_UUID, partnerName: 'Bailleur' },
  subjectLabel: 'Partenariat Bailleur',
  periodStart: '2026-01-01',
  periodEnd: '2026-12-31',
  requestedBy: null,
};

/** The SQL of funder reports' jobs, their subjects and their files (docs/adr/0011-repositories.md). */
@Injectable()
export class ReportsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The structure's agreements with their funder, latest start first. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  agreements(structureId: string, tx: EntityManager = this.db.manager): Promise<AgreementListRow[]> {
    return tx.query(
      `SELECT a.id, a.reference, a.title, f.name AS funder_name, f.kind AS funder_kind,
              a.start_date::text AS start_date, a.end_date::text AS end_date
         FROM funding_agreement a JOIN funder f ON f.id = a.funder_id AND f.structure_id = a.structure_id
        WHERE a.structure_id = $1
        ORDER BY a.start_date DESC, a.reference, a.id`,
      [structureId],
    );
  }

  /** The structure's partnerships with their partner's name, by name. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID] })
  partnerships(structureId: string, tx: EntityManager = this.db.manager): Promise<PartnershipSubjectRow[]> {
    return tx.query(
      `SELECT p.id, o.name AS partner_name
         FROM partnership p JOIN partner_organisation o ON o.id = p.partner_organisation_id
        WHERE p.structure_id = $1
        ORDER BY o.name, p.started_on DESC, p.id`,
      [structureId],
    );
  }

  /** One agreement of the structure with its funder, or null. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  async agreement(
    structureId: string,
    id: string,
    tx: EntityManager = this.db.manager,
  ): Promise<AgreementSubjectRow | null> {
    const rows: AgreementSubjectRow[] = await tx.query(
      `SELECT a.id, a.reference, a.title, f.name AS funder_name, f.kind AS funder_kind
                     FROM funding_agreement a JOIN funder f ON f.id = a.funder_id AND f.structure_id = a.structure_id
                    WHERE a.id = $1 AND a.structure_id = $2`,
      [id, structureId],
    );
    return rows[0] ?? null;
  }

  /** One partnership of the structure with its partner's name, or null. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  async partnership(
    structureId: string,
    id: string,
    tx: EntityManager = this.db.manager,
  ): Promise<PartnershipSubjectRow | null> {
    const rows: PartnershipSubjectRow[] = await tx.query(
      `SELECT p.id, o.name AS partner_name FROM partnership p
                   JOIN partner_organisation o ON o.id = p.partner_organisation_id
                  WHERE p.id = $1 AND p.structure_id = $2`,
      [id, structureId],
    );
    return rows[0] ?? null;
  }

  /** The structure's reports, newest first (one statement; the files' content is not read). */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, 20] })
  jobs(structureId: string, first: number, tx: EntityManager = this.db.manager): Promise<ReportJobRow[]> {
    return tx.query(
      `SELECT ${REPORT_JOB_COLUMNS} FROM ${REPORT_JOB_FROM}
        WHERE j.structure_id = $1 ORDER BY j.created_at DESC, j.id DESC LIMIT $2`,
      [structureId, first],
    );
  }

  /** One report of the structure, or null. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  async job(structureId: string, id: string, tx: EntityManager = this.db.manager): Promise<ReportJobRow | null> {
    const rows: ReportJobRow[] = await tx.query(
      `SELECT ${REPORT_JOB_COLUMNS} FROM ${REPORT_JOB_FROM} WHERE j.id = $1 AND j.structure_id = $2`,
      [id, structureId],
    );
    return rows[0] ?? null;
  }

  /** Queues a job (QUEUED, no file yet) and reads it back as the list does. */
  @SqlSnapshot({
    params: [
      {
        structureId: SNAPSHOT_UUID,
        requestedById: SNAPSHOT_UUID,
        kind: 'PARTNERSHIP',
        agreementId: null,
        partnershipId: SNAPSHOT_UUID,
        periodStart: '2026-01-01',
        periodEnd: '2026-12-31',
        parameters: SNAPSHOT_PARAMETERS,
      },
    ],
  })
  async insertJob(job: NewReportJob, tx: EntityManager = this.db.manager): Promise<ReportJobRow> {
    const inserted: ReportJobRow[] = await tx.query(
      `WITH j AS (
           INSERT INTO report_job (structure_id, requested_by_id, kind, agreement_id, partnership_id, period_start,
                                   period_end, parameters)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb)
           RETURNING *)
         SELECT ${REPORT_JOB_COLUMNS.replace(/pdf\.sha256|xlsx\.sha256/g, 'NULL::text')} FROM j`,
      [
        job.structureId,
        job.requestedById,
        job.kind,
        job.agreementId,
        job.partnershipId,
        job.periodStart,
        job.periodEnd,
        JSON.stringify(job.parameters),
      ],
    );
    return inserted[0];
  }

  /** A finished (DONE) report's file in `format`, if the job is of the structure; else null. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID, 'PDF'] })
  async file(
    structureId: string,
    id: string,
    format: string,
    tx: EntityManager = this.db.manager,
  ): Promise<ReportFileRow | null> {
    const rows: ReportFileRow[] = await tx.query(
      `SELECT f.content, f.sha256, f.size_bytes, j.kind, j.period_start::text AS period_start,
              j.period_end::text AS period_end, j.parameters
         FROM report_job j JOIN report_file f ON f.report_job_id = j.id AND f.format = $3
        WHERE j.id = $1 AND j.structure_id = $2 AND j.status = 'DONE'`,
      [id, structureId, format],
    );
    return rows[0] ?? null;
  }
}
