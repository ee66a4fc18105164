import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { type RowOf, SNAPSHOT_UUID, SqlSnapshot } from '../../database/repository';
import type { ReportJobEntity } from './report.entities';
import type { ReportParameters } from './reports.common';

/** A job as the claim returns it (dates as text). */
export type ClaimRow = RowOf<
  ReportJobEntity,
  | 'id'
  | 'structureId'
  | 'kind'
  | 'agreementId'
  | 'partnershipId'
  | 'periodStart'
  | 'periodEnd'
  | 'attempts'
  | 'createdAt'
> & { status: 'RUNNING' | 'FAILED'; parameters: ReportParameters };

/** What the claim needs to know: who claims, when to give up a job, when a worker is thought dead. */
export interface ClaimRules {
  workerId: string;
  maxAttempts: number;
  /** The error written on a job closed after `maxAttempts`. */
  abandonedMessage: string;
  staleAfterSeconds: number;
}

/** What a finished job stores (the files and their fingerprints). */
export interface CompletedJobRow {
  figuresJson: string;
  figuresSha256: string;
  pdf: Buffer;
  pdfSha256: string;
  pdfPages: number;
  xlsx: Buffer;
  xlsxSha256: string;
}

const SNAPSHOT_RULES: ClaimRules = {
  workerId: 'snapshot-worker',
  maxAttempts: 3,
  abandonedMessage: 'abandonné',
  staleAfterSeconds: 30,
};

/**
 * The SQL of the report queue (`report_job`, `report_file`; docs/adr/0007-funder-reports.md, 0011-repositories.md).
 * Claims take one job with `FOR UPDATE SKIP LOCKED`; every write after the claim is conditioned on it (`locked_by`).
 * Times are the database's (`now()`), the same clock for every instance.
 */
@Injectable()
export class ReportQueueRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Claims the oldest job waiting (or whose worker stopped beating), counting an attempt; a job already tried
   * `maxAttempts` times is closed FAILED instead. Unlogged (see `unlogged`) unless a transaction is given.
   */
  @SqlSnapshot({ params: [SNAPSHOT_RULES] })
  async claim(rules: ClaimRules, tx: EntityManager = this.db.manager): Promise<ClaimRow | null> {
    const rows = await this.unlogged<ClaimRow>(
      tx,
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
      [rules.workerId, rules.maxAttempts, rules.abandonedMessage, rules.staleAfterSeconds],
    );
    return rows[0] ?? null;
  }

  /** The beat of the worker holding a job; false: the job is no longer its own. Unlogged unless a transaction is given. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, 'snapshot-worker'] })
  async heartbeat(jobId: string, workerId: string, tx: EntityManager = this.db.manager): Promise<boolean> {
    const rows = await this.unlogged(
      tx,
      `UPDATE report_job SET heartbeat_at = now() WHERE id = $1 AND locked_by = $2 AND status = 'RUNNING' RETURNING id`,
      [jobId, workerId],
    );
    return rows.length > 0;
  }

  /**
   * A statement of the queue's own, outside TypeORM's logger: the idle poll (once a second) and the heartbeat are not
   * statements of any request and must not show in the statement counts of tests and benchmarks. With a transaction
   * of the caller (`tx` other than the data source's manager: the SQL snapshots), it runs there, logged.
   */
  private async unlogged<R>(tx: EntityManager, sql: string, params: unknown[]): Promise<R[]> {
    if (tx !== this.db.manager) return rowsOf(await tx.query(sql, params)) as R[];
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

  /** Progress (0–100, label) of a job the worker holds; also its sign of life. False: the claim is lost. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, 'snapshot-worker', 50, 'Mise en page'] })
  async progress(
    jobId: string,
    workerId: string,
    progress: number,
    label: string,
    tx: EntityManager = this.db.manager,
  ): Promise<boolean> {
    const rows: unknown[] = await tx.query(
      `UPDATE report_job SET progress = $3, progress_label = $4, heartbeat_at = now(), updated_at = now()
        WHERE id = $1 AND locked_by = $2 AND status = 'RUNNING' RETURNING id`,
      [jobId, workerId, progress, label],
    );
    return rowsOf(rows).length > 0;
  }

  /** Marks a job the worker holds DONE with its figures. False: the claim was lost (nothing written). */
  @SqlSnapshot({
    params: [SNAPSHOT_UUID, 'snapshot-worker', { figuresJson: '{}', figuresSha256: '0'.repeat(64), pdfPages: 1 }],
  })
  async markDone(
    jobId: string,
    workerId: string,
    done: Pick<CompletedJobRow, 'figuresJson' | 'figuresSha256' | 'pdfPages'>,
    tx: EntityManager = this.db.manager,
  ): Promise<boolean> {
    const updated: unknown[] = await tx.query(
      `UPDATE report_job SET status = 'DONE', progress = 100, progress_label = 'Terminé', figures = $3::json,
            figures_sha256 = $4, pdf_pages = $5, error = NULL, finished_at = now(), locked_at = NULL, heartbeat_at = NULL,
            locked_by = NULL, updated_at = now()
          WHERE id = $1 AND locked_by = $2 AND status = 'RUNNING' RETURNING id`,
      [jobId, workerId, done.figuresJson, done.figuresSha256, done.pdfPages],
    );
    return rowsOf(updated).length > 0;
  }

  /** Stores (or replaces) a job's two files, PDF and spreadsheet. */
  @SqlSnapshot({
    params: [
      SNAPSHOT_UUID,
      { pdf: Buffer.from('pdf'), pdfSha256: '0'.repeat(64), xlsx: Buffer.from('xlsx'), xlsxSha256: '1'.repeat(64) },
    ],
  })
  async storeFiles(
    jobId: string,
    files: Pick<CompletedJobRow, 'pdf' | 'pdfSha256' | 'xlsx' | 'xlsxSha256'>,
    tx: EntityManager = this.db.manager,
  ): Promise<void> {
    await tx.query(
      `INSERT INTO report_file (report_job_id, format, content, sha256, size_bytes)
         VALUES ($1, 'PDF', $2, $3, $4), ($1, 'XLSX', $5, $6, $7)
         ON CONFLICT ON CONSTRAINT "UQ_report_file_format"
         DO UPDATE SET content = EXCLUDED.content, sha256 = EXCLUDED.sha256, size_bytes = EXCLUDED.size_bytes,
                       updated_at = now()`,
      [jobId, files.pdf, files.pdfSha256, files.pdf.length, files.xlsx, files.xlsxSha256, files.xlsx.length],
    );
  }

  /**
   * An attempt failed: the job waits for another try, or is closed FAILED once it has had `maxAttempts` (or at once
   * when `final`). The status the job is left in; null when the claim was lost.
   */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, 'snapshot-worker', 3, 'erreur', false] })
  async fail(
    jobId: string,
    workerId: string,
    maxAttempts: number,
    error: string,
    final: boolean,
    tx: EntityManager = this.db.manager,
  ): Promise<'QUEUED' | 'FAILED' | null> {
    const rows: unknown[] = await tx.query(
      `UPDATE report_job SET
          status = CASE WHEN $4 OR attempts >= $3 THEN 'FAILED' ELSE 'QUEUED' END,
          finished_at = CASE WHEN $4 OR attempts >= $3 THEN now() ELSE NULL END,
          error = $5, progress = 0, progress_label = NULL, locked_at = NULL, heartbeat_at = NULL, locked_by = NULL,
          updated_at = now()
        WHERE id = $1 AND locked_by = $2 AND status = 'RUNNING' RETURNING status`,
      [jobId, workerId, maxAttempts, final, error],
    );
    const row = rowsOf(rows)[0] as { status: 'QUEUED' | 'FAILED' } | undefined;
    return row?.status ?? null;
  }

  /** Gives a job back to the queue, its attempt not counted. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, 'snapshot-worker'] })
  async release(jobId: string, workerId: string, tx: EntityManager = this.db.manager): Promise<void> {
    await tx.query(
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
