import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  addMonths,
  type FieldError,
  FUNDER_KIND_LABELS,
  type FunderKind,
  REPORT_KIND_LABELS,
  ReportFormat,
  ReportKind,
} from '@tremplin/domain';
import type { AuthUser } from '../../core/auth/auth.types';
import { isUuid } from '../../core/access/person-access';
import { BadUserInputError, NotFoundError } from '../../core/errors/app-errors';
import type { GenerateReportInput } from './dto/generate-report.input';
import type { ReportJobType, ReportSubjectsType } from './dto/report-job.type';
import { reportKindOfFunder } from './indicators/report-figures.service';
import {
  REPORT_JOB_COLUMNS,
  REPORT_JOB_FROM,
  REPORT_MESSAGES,
  type ReportJobRow,
  type ReportParameters,
  toReportJobType,
} from './reports.common';
import { ReportWorker } from './report-worker';

/** A report runs over three years at most: the period ends before its start plus 36 months. */
const MAX_PERIOD_MONTHS = 36;
export const REPORT_JOBS_MAX = 100;

/** A stored file of a finished report, ready to send. */
export interface ReportFileDownload {
  content: Buffer;
  sha256: string;
  sizeBytes: number;
  kind: string;
  periodStart: string;
  periodEnd: string;
  parameters: ReportParameters;
}

/** Funder reports of the caller's structure: what they can be on, the jobs, queueing one, its files. */
@Injectable()
export class ReportsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly worker: ReportWorker,
  ) {}

  /** The agreements (with the report their funder kind calls for) and the partnerships of the structure. */
  async subjects(structureId: string): Promise<ReportSubjectsType> {
    const agreements: {
      id: string;
      reference: string;
      title: string;
      funder_name: string;
      funder_kind: string;
      start_date: string;
      end_date: string;
    }[] = await this.db.query(
      `SELECT a.id, a.reference, a.title, f.name AS funder_name, f.kind AS funder_kind,
              a.start_date::text AS start_date, a.end_date::text AS end_date
         FROM funding_agreement a JOIN funder f ON f.id = a.funder_id AND f.structure_id = a.structure_id
        WHERE a.structure_id = $1
        ORDER BY a.start_date DESC, a.reference, a.id`,
      [structureId],
    );
    const partnerships: { id: string; partner_name: string }[] = await this.db.query(
      `SELECT p.id, o.name AS partner_name
         FROM partnership p JOIN partner_organisation o ON o.id = p.partner_organisation_id
        WHERE p.structure_id = $1
        ORDER BY o.name, p.started_on DESC, p.id`,
      [structureId],
    );
    return {
      agreements: agreements.map((a) => ({
        id: a.id,
        reference: a.reference,
        title: a.title,
        funderName: a.funder_name,
        funderKind: a.funder_kind,
        reportKind: reportKindOfFunder(a.funder_kind),
        startDate: a.start_date,
        endDate: a.end_date,
      })),
      partnerships: partnerships.map((p) => ({ id: p.id, partnerName: p.partner_name })),
    };
  }

  /** The structure's reports, newest first (one statement; the files' content is not read). */
  async list(structureId: string, first: number): Promise<ReportJobType[]> {
    if (!Number.isInteger(first) || first < 1 || first > REPORT_JOBS_MAX)
      throw new BadUserInputError([
        { field: 'first', message: `Le nombre de rapports est compris entre 1 et ${REPORT_JOBS_MAX}.` },
      ]);
    const rows: ReportJobRow[] = await this.db.query(
      `SELECT ${REPORT_JOB_COLUMNS} FROM ${REPORT_JOB_FROM}
        WHERE j.structure_id = $1 ORDER BY j.created_at DESC, j.id DESC LIMIT $2`,
      [structureId, first],
    );
    return rows.map(toReportJobType);
  }

  async get(structureId: string, id: string): Promise<ReportJobType> {
    const rows: ReportJobRow[] = isUuid(id)
      ? await this.db.query(
          `SELECT ${REPORT_JOB_COLUMNS} FROM ${REPORT_JOB_FROM} WHERE j.id = $1 AND j.structure_id = $2`,
          [id, structureId],
        )
      : [];
    if (!rows[0]) throw new NotFoundError(REPORT_MESSAGES.jobNotFound);
    return toReportJobType(rows[0]);
  }

  /**
   * Checks the request (the kind matches the subject's funder, the subject is of the structure, the period holds)
   * and queues the job with its parameters; returns at once (QUEUED). The worker of this process is woken.
   */
  async generate(structureId: string, user: AuthUser, input: GenerateReportInput): Promise<ReportJobType> {
    const kind = input.kind as ReportKind;
    const errors: FieldError[] = [];
    if (input.periodEnd < input.periodStart) errors.push({ field: 'periodEnd', message: REPORT_MESSAGES.periodOrder });
    else if (input.periodEnd >= addMonths(input.periodStart, MAX_PERIOD_MONTHS))
      errors.push({ field: 'periodEnd', message: REPORT_MESSAGES.periodTooLong });

    const job = await this.db.transaction(async (tx) => {
      let subject: ReportParameters['subject'] | null = null;
      if (kind === ReportKind.PARTNERSHIP) {
        if (input.agreementId) errors.push({ field: 'agreementId', message: REPORT_MESSAGES.agreementForPartnership });
        if (!input.partnershipId) errors.push({ field: 'partnershipId', message: REPORT_MESSAGES.partnershipRequired });
        else {
          const rows: { id: string; partner_name: string }[] = isUuid(input.partnershipId)
            ? await tx.query(
                `SELECT p.id, o.name AS partner_name FROM partnership p
                   JOIN partner_organisation o ON o.id = p.partner_organisation_id
                  WHERE p.id = $1 AND p.structure_id = $2`,
                [input.partnershipId, structureId],
              )
            : [];
          if (!rows[0]) errors.push({ field: 'partnershipId', message: REPORT_MESSAGES.partnershipNotFound });
          else subject = { type: 'PARTNERSHIP', id: rows[0].id, partnerName: rows[0].partner_name };
        }
      } else {
        if (input.partnershipId)
          errors.push({ field: 'partnershipId', message: REPORT_MESSAGES.partnershipForAgreement });
        if (!input.agreementId) errors.push({ field: 'agreementId', message: REPORT_MESSAGES.agreementRequired });
        else {
          const rows: { id: string; reference: string; title: string; funder_name: string; funder_kind: string }[] =
            isUuid(input.agreementId)
              ? await tx.query(
                  `SELECT a.id, a.reference, a.title, f.name AS funder_name, f.kind AS funder_kind
                     FROM funding_agreement a JOIN funder f ON f.id = a.funder_id AND f.structure_id = a.structure_id
                    WHERE a.id = $1 AND a.structure_id = $2`,
                  [input.agreementId, structureId],
                )
              : [];
          const a = rows[0];
          if (!a) errors.push({ field: 'agreementId', message: REPORT_MESSAGES.agreementNotFound });
          else {
            const funderLabel = FUNDER_KIND_LABELS[a.funder_kind as FunderKind] ?? a.funder_kind;
            const expected = reportKindOfFunder(a.funder_kind);
            if (!expected)
              errors.push({ field: 'agreementId', message: REPORT_MESSAGES.noReportForFunder(funderLabel) });
            else if (expected !== kind)
              errors.push({ field: 'agreementId', message: REPORT_MESSAGES.kindMismatch(kind, funderLabel) });
            else
              subject = {
                type: 'AGREEMENT',
                id: a.id,
                reference: a.reference,
                title: a.title,
                funderName: a.funder_name,
                funderKind: a.funder_kind,
              };
          }
        }
      }
      if (errors.length || !subject) throw new BadUserInputError(errors);

      const parameters: ReportParameters = {
        kind,
        kindLabel: REPORT_KIND_LABELS[kind],
        subject,
        subjectLabel:
          subject.type === 'AGREEMENT'
            ? `${subject.reference} — ${subject.title} (${subject.funderName})`
            : `Partenariat ${subject.partnerName}`,
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
        requestedBy: { id: user.id, name: `${user.firstName} ${user.lastName}` },
      };
      const inserted: ReportJobRow[] = await tx.query(
        `WITH j AS (
           INSERT INTO report_job (structure_id, requested_by_id, kind, agreement_id, partnership_id, period_start,
                                   period_end, parameters)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb)
           RETURNING *)
         SELECT ${REPORT_JOB_COLUMNS.replace(/pdf\.sha256|xlsx\.sha256/g, 'NULL::text')} FROM j`,
        [
          structureId,
          user.id,
          kind,
          subject.type === 'AGREEMENT' ? subject.id : null,
          subject.type === 'PARTNERSHIP' ? subject.id : null,
          input.periodStart,
          input.periodEnd,
          JSON.stringify(parameters),
        ],
      );
      return toReportJobType(inserted[0]);
    });
    this.worker.wake();
    return job;
  }

  /** A finished report's file, if the job is of the structure (else null: the controller answers 404). */
  async file(structureId: string, id: string, format: ReportFormat): Promise<ReportFileDownload | null> {
    if (!isUuid(id)) return null;
    const rows: {
      content: Buffer;
      sha256: string;
      size_bytes: number;
      kind: string;
      period_start: string;
      period_end: string;
      parameters: ReportParameters;
    }[] = await this.db.query(
      `SELECT f.content, f.sha256, f.size_bytes, j.kind, j.period_start::text AS period_start,
              j.period_end::text AS period_end, j.parameters
         FROM report_job j JOIN report_file f ON f.report_job_id = j.id AND f.format = $3
        WHERE j.id = $1 AND j.structure_id = $2 AND j.status = 'DONE'`,
      [id, structureId, format],
    );
    const r = rows[0];
    if (!r) return null;
    return {
      content: r.content,
      sha256: r.sha256.trim(),
      sizeBytes: r.size_bytes,
      kind: r.kind,
      periodStart: r.period_start,
      periodEnd: r.period_end,
      parameters: r.parameters,
    };
  }
}
