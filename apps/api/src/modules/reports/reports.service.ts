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
import { REPORT_MESSAGES, type ReportParameters, toReportJobType } from './reports.common';
import { ReportWorker } from './report-worker';
import { ReportsRepository } from './reports.repository';

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
    private readonly reports: ReportsRepository,
  ) {}

  /** The agreements (with the report their funder kind calls for) and the partnerships of the structure. */
  async subjects(structureId: string): Promise<ReportSubjectsType> {
    const agreements = await this.reports.agreements(structureId);
    const partnerships = await this.reports.partnerships(structureId);
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
    const rows = await this.reports.jobs(structureId, first);
    return rows.map(toReportJobType);
  }

  async get(structureId: string, id: string): Promise<ReportJobType> {
    const row = isUuid(id) ? await this.reports.job(structureId, id) : null;
    if (!row) throw new NotFoundError(REPORT_MESSAGES.jobNotFound);
    return toReportJobType(row);
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
          const p = isUuid(input.partnershipId)
            ? await this.reports.partnership(structureId, input.partnershipId, tx)
            : null;
          if (!p) errors.push({ field: 'partnershipId', message: REPORT_MESSAGES.partnershipNotFound });
          else subject = { type: 'PARTNERSHIP', id: p.id, partnerName: p.partner_name };
        }
      } else {
        if (input.partnershipId)
          errors.push({ field: 'partnershipId', message: REPORT_MESSAGES.partnershipForAgreement });
        if (!input.agreementId) errors.push({ field: 'agreementId', message: REPORT_MESSAGES.agreementRequired });
        else {
          const a = isUuid(input.agreementId) ? await this.reports.agreement(structureId, input.agreementId, tx) : null;
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
      const inserted = await this.reports.insertJob(
        {
          structureId,
          requestedById: user.id,
          kind,
          agreementId: subject.type === 'AGREEMENT' ? subject.id : null,
          partnershipId: subject.type === 'PARTNERSHIP' ? subject.id : null,
          periodStart: input.periodStart,
          periodEnd: input.periodEnd,
          parameters,
        },
        tx,
      );
      return toReportJobType(inserted);
    });
    this.worker.wake();
    return job;
  }

  /** A finished report's file, if the job is of the structure (else null: the controller answers 404). */
  async file(structureId: string, id: string, format: ReportFormat): Promise<ReportFileDownload | null> {
    if (!isUuid(id)) return null;
    const r = await this.reports.file(structureId, id, format);
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
