import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import type { ReportParameters } from './reports.common';

/** A job is tried at most this many times (a crash, a lost claim or an error each count one). */
export const MAX_ATTEMPTS = 3;
/**
 * A worker beats this many times per `REPORT_STALE_AFTER_SECONDS`: a RUNNING job whose last beat is older than that
 * setting is taken again by any worker (its worker died). See docs/adr/0007-funder-reports.md.
 */
export const HEARTBEATS_PER_STALE_PERIOD = 3;

export const QUEUE_MESSAGES = {
  abandoned: `La génération a été interrompue ${MAX_ATTEMPTS} fois (arrêt ou panne du serveur) : rapport abandonné. Relancez-le.`,
} as const;

/** A job as a worker claimed it. */
export interface ClaimedJob {
  id: string;
  structureId: string;
  kind: string;
  agreementId: string | null;
  partnershipId: string | null;
  periodStart: string;
  periodEnd: string;
  /** RUNNING: to render; FAILED: it had been tried MAX_ATTEMPTS times already and is now closed. */
  status: 'RUNNING' | 'FAILED';
  attempts: number;
  parameters: ReportParameters;
  createdAt: Date;
}

interface ClaimRow {
  id: string;
  structure_id: string;
  kind: string;
  agreement_id: string | null;
  partnership_id: string | null;
  period_start: string;
  period_end: string;
  status: 'RUNNING' | 'FAILED';
  attempts: number;
  parameters: ReportParameters;
  created_at: Date;
}

/** What a finished job stores. */
export interface CompletedJob {
  figuresJson: string;
  figuresSha256: string;
  pdf: Buffer;
  pdfSha256: string;
  pdfPages: number;
  xlsx: Buffer;
  xlsxSha256: string;
}

/**
 * The report queue, on PostgreSQL: `report_job` rows claimed one at a time with `FOR UPDATE SKIP LOCKED`, so that
 * any number of workers (threads of one process or several instances) never take the same job. The worker holding a
 * job beats (`heartbeat_at`) every few seconds; a job whose beat is older than `REPORT_STALE_AFTER_SECONDS` is taken
 * again by any worker. Every write after the claim is conditioned on the claim (`locked_by`): a worker that lost its
 * job (stale, taken again) writes nothing. Times are the database's (`now()`), the same clock for every instance.
 */
@Injectable()
export class ReportQueue {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** How often the worker holding a job beats (ms). */
  get heartbeatIntervalMs(): number {
    return Math.round((this.config.reportStaleAfterSeconds * 1000) / HEARTBEATS_PER_STALE_PERIOD);
  }

  /**
   * Claims the oldest job waiting (or whose worker stopped beating), counting an attempt; a job already tried
   * MAX_ATTEMPTS times is closed FAILED instead.
   */
  async claim(workerId: string): Promise<ClaimedJob | null> {
    const rows = await this.unlogged<ClaimRow>(
      `UPDATE report_job j SET
          status = CASE WHEN j.attempts >= $2 THEN 'FAILED' ELSE 'RUNNING' END,
          attempts = CASE WHEN j.attempts >= $2 THEN j.attempts ELSE j.attempts + 1 END,
          error = CASE WHEN j.attempts >= $2 THEN $3 ELSE j.error END,
          finished_at = CASE WHEN j.attempts >= $2 THEN now() ELSE NULL END,
          started_at = CASE WHEN j.attempts >= $2 THEN j.started_at ELSE now() END,
          locked_at = CASE WHEN j.attempts >= $2 THEN NULL ELSE now() END,
          heartbeat_at = CASE WHEN j.attempts >= $2 THEN NULL ELSE now() END,
          locked_by = CASE WHEN j.attempts >= $2 THEN NULL ELSE $1 END,
          progress = 0,
          progress_label = CASE WHEN j.attempts >= $2 THEN NULL ELSE 'Démarrage' END,
          updated_at = now()
        WHERE j.id = (
          SELECT id FROM report_job
           WHERE status = 'QUEUED'
              OR (status = 'RUNNING'
                  AND coalesce(heartbeat_at, '-infinity') < now() - make_interval(secs => $4::int))
           ORDER BY created_at, id
           FOR UPDATE SKIP LOCKED
           LIMIT 1)
        RETURNING j.id, j.structure_id, j.kind, j.agreement_id, j.partnership_id, j.period_start::text AS period_start,
          j.period_end::text AS period_end, j.status, j.attempts, j.parameters, j.created_at`,
      [workerId, MAX_ATTEMPTS, QUEUE_MESSAGES.abandoned, this.config.reportStaleAfterSeconds],
    );
    const r = rows[0];
    if (!r) return null;
    return {
      id: r.id,
      structureId: r.structure_id,
      kind: r.kind,
      agreementId: r.agreement_id,
      partnershipId: r.partnership_id,
      periodStart: r.period_start,
      periodEnd: r.period_end,
      status: r.status,
      attempts: r.attempts,
      parameters: r.parameters,
      createdAt: r.created_at,
    };
  }

  /**
   * The sign of life of the worker holding a job, written from the API's main thread every `heartbeatIntervalMs`
   * whatever the render threads are doing. False: the job is no longer this worker's (taken again, or closed).
   */
  async heartbeat(jobId: string, workerId: string): Promise<boolean> {
    const rows = await this.unlogged(
      `UPDATE report_job SET heartbeat_at = now() WHERE id = $1 AND locked_by = $2 AND status = 'RUNNING' RETURNING id`,
      [jobId, workerId],
    );
    return rows.length > 0;
  }

  /**
   * A statement of the queue's own, outside TypeORM's logger: the idle poll (once a second) and the heartbeat are not
   * statements of any request and must not show in the statement counts of tests and benchmarks.
   */
  private async unlogged<R>(sql: string, params: unknown[]): Promise<R[]> {
    const runner = this.db.createQueryRunner();
    try {
      const client = (await runner.connect()) as {
        query: (sql: string, params: unknown[]) => Promise<{ rows: R[] }>;
      };
      return (await client.query(sql, params)).rows;
    } finally {
      await runner.release();
    }
  }

  /** Progress (0–100, French label) of a job this worker holds; also its sign of life. False: the claim is lost. */
  async progress(jobId: string, workerId: string, progress: number, label: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      `UPDATE report_job SET progress = $3, progress_label = $4, heartbeat_at = now(), updated_at = now()
        WHERE id = $1 AND locked_by = $2 AND status = 'RUNNING' RETURNING id`,
      [jobId, workerId, Math.max(0, Math.min(100, Math.round(progress))), label.slice(0, 200)],
    );
    return rowsOf(rows).length > 0;
  }

  /** Stores the figures and both files, and marks the job DONE, in one transaction. False: the claim was lost. */
  async complete(jobId: string, workerId: string, done: CompletedJob): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const updated: unknown[] = await tx.query(
        `UPDATE report_job SET status = 'DONE', progress = 100, progress_label = 'Terminé', figures = $3::json,
            figures_sha256 = $4, pdf_pages = $5, error = NULL, finished_at = now(), locked_at = NULL, heartbeat_at = NULL,
            locked_by = NULL, updated_at = now()
          WHERE id = $1 AND locked_by = $2 AND status = 'RUNNING' RETURNING id`,
        [jobId, workerId, done.figuresJson, done.figuresSha256, done.pdfPages],
      );
      if (rowsOf(updated).length === 0) return false;
      await tx.query(
        `INSERT INTO report_file (report_job_id, format, content, sha256, size_bytes)
         VALUES ($1, 'PDF', $2, $3, $4), ($1, 'XLSX', $5, $6, $7)
         ON CONFLICT ON CONSTRAINT "UQ_report_file_format"
         DO UPDATE SET content = EXCLUDED.content, sha256 = EXCLUDED.sha256, size_bytes = EXCLUDED.size_bytes,
                       updated_at = now()`,
        [jobId, done.pdf, done.pdfSha256, done.pdf.length, done.xlsx, done.xlsxSha256, done.xlsx.length],
      );
      return true;
    });
  }

  /**
   * An attempt failed: the job waits for another try, or is closed FAILED once it has had MAX_ATTEMPTS
   * (or at once when `final`: trying again cannot help). Returns the status the job is left in.
   */
  async fail(jobId: string, workerId: string, error: string, final: boolean): Promise<'QUEUED' | 'FAILED' | null> {
    const rows: unknown[] = await this.db.query(
      `UPDATE report_job SET
          status = CASE WHEN $4 OR attempts >= $3 THEN 'FAILED' ELSE 'QUEUED' END,
          finished_at = CASE WHEN $4 OR attempts >= $3 THEN now() ELSE NULL END,
          error = $5, progress = 0, progress_label = NULL, locked_at = NULL, heartbeat_at = NULL, locked_by = NULL,
          updated_at = now()
        WHERE id = $1 AND locked_by = $2 AND status = 'RUNNING' RETURNING status`,
      [jobId, workerId, MAX_ATTEMPTS, final, error.slice(0, 2000)],
    );
    const row = rowsOf(rows)[0] as { status: 'QUEUED' | 'FAILED' } | undefined;
    return row?.status ?? null;
  }

  /** Gives a job back to the queue, its attempt not counted (the worker is stopping before it could finish). */
  async release(jobId: string, workerId: string): Promise<void> {
    await this.db.query(
      `UPDATE report_job SET status = 'QUEUED', attempts = greatest(attempts - 1, 0), progress = 0,
          progress_label = NULL, started_at = NULL, locked_at = NULL, heartbeat_at = NULL, locked_by = NULL,
          updated_at = now()
        WHERE id = $1 AND locked_by = $2 AND status = 'RUNNING'`,
      [jobId, workerId],
    );
  }
}

/** TypeORM's `query` gives an UPDATE … RETURNING as `[rows, affected]` and a SELECT as `rows`. */
function rowsOf(result: unknown[]): unknown[] {
  return Array.isArray(result[0]) ? (result[0] as unknown[]) : result;
}
