import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import type { ReportParameters } from './reports.common';
import { type CompletedJobRow, ReportQueueRepository } from './report-queue.repository';

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

/** What a finished job stores. */
export type CompletedJob = CompletedJobRow;

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
    private readonly jobs: ReportQueueRepository,
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
    const r = await this.jobs.claim({
      workerId,
      maxAttempts: MAX_ATTEMPTS,
      abandonedMessage: QUEUE_MESSAGES.abandoned,
      staleAfterSeconds: this.config.reportStaleAfterSeconds,
    });
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
    return this.jobs.heartbeat(jobId, workerId);
  }

  /** Progress (0–100, French label) of a job this worker holds; also its sign of life. False: the claim is lost. */
  async progress(jobId: string, workerId: string, progress: number, label: string): Promise<boolean> {
    return this.jobs.progress(jobId, workerId, Math.max(0, Math.min(100, Math.round(progress))), label.slice(0, 200));
  }

  /** Stores the figures and both files, and marks the job DONE, in one transaction. False: the claim was lost. */
  async complete(jobId: string, workerId: string, done: CompletedJob): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      if (!(await this.jobs.markDone(jobId, workerId, done, tx))) return false;
      await this.jobs.storeFiles(jobId, done, tx);
      return true;
    });
  }

  /**
   * An attempt failed: the job waits for another try, or is closed FAILED once it has had MAX_ATTEMPTS
   * (or at once when `final`: trying again cannot help). Returns the status the job is left in.
   */
  async fail(jobId: string, workerId: string, error: string, final: boolean): Promise<'QUEUED' | 'FAILED' | null> {
    return this.jobs.fail(jobId, workerId, MAX_ATTEMPTS, error.slice(0, 2000), final);
  }

  /** Gives a job back to the queue, its attempt not counted (the worker is stopping before it could finish). */
  async release(jobId: string, workerId: string): Promise<void> {
    await this.jobs.release(jobId, workerId);
  }
}
