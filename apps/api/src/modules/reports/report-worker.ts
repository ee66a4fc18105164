import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { type ReportFigures, ReportKind } from '@tremplin/domain';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { AppError } from '../../core/errors/app-errors';
import { ReportFiguresService } from './indicators/report-figures.service';
import { type RenderHandle, type RenderStats, startRender } from '@tremplin/api-reports';
import { type ClaimedJob, MAX_ATTEMPTS, ReportQueue } from './report-queue';
import { withSharedSnapshot } from '../../database/snapshot';

/** The idle worker looks for a job this often (and at once when this process queues one). */
export const POLL_INTERVAL_MS = 1_000;
/** On shutdown, a render under way gets this long to finish; then it is stopped and its job given back. */
export const SHUTDOWN_GRACE_MS = 15_000;
/** Progress is written at most this often (the UI polls; every page would be a statement per page). */
const PROGRESS_EVERY_MS = 300;

/** The job a worker is processing. */
interface JobUnderWay {
  job: ClaimedJob;
  render: RenderHandle | null;
  /** Stopped by the shutdown: the job goes back to the queue. */
  aborted: boolean;
  /** The heartbeat found the job taken again by another worker (this one was thought dead): nothing more is written. */
  lost: boolean;
}

/** What the last job this worker finished cost (logs, benchmark). */
export interface ReportRunStats extends RenderStats {
  jobId: string;
  totalMs: number;
  figuresMs: number;
  storeMs: number;
  pdfPages: number;
  pdfBytes: number;
  xlsxBytes: number;
}

/**
 * Takes queued reports one at a time: computes the figures by SQL (ReportFiguresService), renders the PDF and the
 * spreadsheet in a worker thread (the API's event loop keeps answering), stores both with their SHA-256, marks the
 * job DONE. Started with the application unless `REPORT_WORKER=false`; on shutdown it stops claiming, lets the job
 * under way finish (or gives it back to the queue after SHUTDOWN_GRACE_MS).
 */
@Injectable()
export class ReportWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('ReportWorker');
  /** Who holds a claim (`report_job.locked_by`). */
  readonly id = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private loop: Promise<void> | null = null;
  private stopping = false;
  private wakeUp: (() => void) | null = null;
  private current: JobUnderWay | null = null;
  /** The last job this worker finished. */
  lastRun: ReportRunStats | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
    private readonly queue: ReportQueue,
    private readonly figures: ReportFiguresService,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.reportWorker) this.start();
    else this.logger.log('REPORT_WORKER=false : les rapports sont mis en file ici, générés ailleurs');
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  get running(): boolean {
    return this.loop !== null;
  }

  start(): void {
    if (this.loop) return;
    this.stopping = false;
    this.loop = this.run();
  }

  /** Stops claiming; waits for the job under way, giving it back to the queue if it outlasts `graceMs`. */
  async stop(graceMs = SHUTDOWN_GRACE_MS): Promise<void> {
    if (!this.loop) return;
    this.stopping = true;
    this.wake();
    const timer = setTimeout(() => {
      const current = this.current;
      if (!current?.render) return;
      current.aborted = true;
      current.render.abort('arrêt du serveur pendant la mise en page');
    }, graceMs);
    timer.unref();
    await this.loop;
    clearTimeout(timer);
    this.loop = null;
  }

  /** Looks for a job now (a report was just queued by this process). */
  wake(): void {
    this.wakeUp?.();
  }

  private async run(): Promise<void> {
    this.logger.log(`Génération des rapports active (${this.id})`);
    while (!this.stopping) {
      let worked = false;
      try {
        worked = await this.processNext();
      } catch (e) {
        this.logger.error(`File des rapports : ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      }
      if (!worked && !this.stopping) await this.sleep(POLL_INTERVAL_MS);
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wakeUp = () => {
        this.wakeUp = null;
        done();
      };
    });
  }

  /** Claims one job and processes it. False when the queue was empty. */
  async processNext(): Promise<boolean> {
    const job = await this.queue.claim(this.id);
    if (!job) return false;
    if (job.status === 'FAILED') {
      this.logger.warn(`Rapport ${job.id} abandonné après ${job.attempts} tentatives`);
      return true;
    }
    await this.process(job);
    return true;
  }

  private async process(job: ClaimedJob): Promise<void> {
    const current: JobUnderWay = { job, render: null, aborted: false, lost: false };
    this.current = current;
    const heartbeat = this.beat(current);
    const started = performance.now();
    const progress = this.progressWriter(job);
    let stage = 'Le calcul des indicateurs';
    try {
      progress.now(5, 'Calcul des indicateurs');
      // The render threads start now and load pdfkit and the fonts while the figures are computed.
      current.render = startRender((value, label) => progress.throttled(value, label));
      // One snapshot for every statement of the report (its figures and its tables agree); the tables are read on a
      // second connection of that snapshot while the figures are computed.
      const figures: ReportFigures = await withSharedSnapshot(this.db, (main, side) =>
        this.figures.compute(
          main,
          job.structureId,
          {
            kind: job.kind as ReportKind,
            agreementId: job.agreementId,
            partnershipId: job.partnershipId,
            periodStart: job.periodStart,
            periodEnd: job.periodEnd,
          },
          side,
        ),
      );
      const figuresMs = performance.now() - started;
      stage = 'La mise en page';
      progress.now(20, 'Mise en page du PDF (page 1)');
      const p = job.parameters;
      const result = await current.render.render({
        figures,
        meta: {
          jobId: job.id,
          kind: job.kind,
          kindLabel: p.kindLabel,
          createdAt: job.createdAt.toISOString(),
          requestedBy: p.requestedBy?.name ?? null,
          subjectLabel: p.subjectLabel,
        },
      });
      stage = 'L’enregistrement des fichiers';
      progress.now(90, 'Enregistrement des fichiers');
      await progress.flushed();
      const storeStart = performance.now();
      const stored = await this.queue.complete(job.id, this.id, {
        figuresJson: result.figuresJson,
        figuresSha256: result.figuresSha256,
        pdf: result.pdf,
        pdfSha256: result.pdfSha256,
        pdfPages: result.pdfPages,
        xlsx: result.xlsx,
        xlsxSha256: result.xlsxSha256,
      });
      const storeMs = performance.now() - storeStart;
      if (!stored) {
        this.logger.warn(`Rapport ${job.id} : la réservation a été reprise par un autre processus, résultat ignoré`);
        return;
      }
      this.lastRun = {
        ...result.stats,
        jobId: job.id,
        totalMs: performance.now() - started,
        figuresMs,
        storeMs,
        pdfPages: result.pdfPages,
        pdfBytes: result.pdf.length,
        xlsxBytes: result.xlsx.length,
      };
      this.logger.log(
        `Rapport ${job.id} généré : ${result.pdfPages} pages, PDF ${kb(result.pdf.length)}, tableur ${kb(result.xlsx.length)}, ${Math.round(this.lastRun.totalMs)} ms (chiffres ${Math.round(figuresMs)} ms, rendu ${Math.round(result.stats.renderMs)} ms)`,
      );
    } catch (e) {
      // The threads are stopped whatever failed (the figures too: they were started before).
      current.render?.abort(e instanceof Error ? e.message : String(e));
      await progress.flushed();
      if (current.lost) return; // said by the heartbeat; the job is another worker's now
      if (current.aborted) {
        await this.queue.release(job.id, this.id).catch(() => undefined);
        this.logger.warn(`Rapport ${job.id} rendu à la file : arrêt du serveur pendant sa génération`);
        return;
      }
      const detail = e instanceof Error ? e.message : String(e);
      // A refusal of the figures service (subject gone, kind no longer matching) will not change on a new try.
      const final = e instanceof AppError;
      const status = await this.queue.fail(
        job.id,
        this.id,
        `${stage} a échoué (tentative ${job.attempts} sur ${MAX_ATTEMPTS}) : ${detail}`,
        final,
      );
      this.logger.error(
        `Rapport ${job.id} : ${stage.toLowerCase()} a échoué (tentative ${job.attempts}/${MAX_ATTEMPTS}, ${status === 'QUEUED' ? 'nouvel essai' : 'abandon'}) : ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`,
      );
    } finally {
      heartbeat.stop();
      this.current = null;
    }
  }

  /**
   * Beats for the job every `heartbeatIntervalMs`, from the API's main thread, whatever the job is doing (figures by
   * SQL, render threads, storing): a job is taken again only when its worker stopped beating — dead, or its process
   * frozen. When the beat finds the job taken again, the render is stopped: its result would be refused anyway.
   */
  private beat(current: JobUnderWay): { stop(): void } {
    const { id } = current.job;
    let beating = false;
    let stopped = false;
    const timer = setInterval(() => {
      if (beating) return; // the previous beat is still waiting for the database
      beating = true;
      this.queue
        .heartbeat(id, this.id)
        .then(
          (held) => {
            if (held || current.lost || stopped) return; // (a beat answered after the job ended: nothing to do)
            current.lost = true;
            this.logger.warn(`Rapport ${id} : repris par un autre processus (battement en retard), génération arrêtée`);
            current.render?.abort('rapport repris par un autre processus');
          },
          (e: unknown) => this.logger.warn(`Battement du rapport ${id} : ${String(e)}`),
        )
        .finally(() => (beating = false));
    }, this.queue.heartbeatIntervalMs);
    timer.unref();
    return {
      stop: () => {
        stopped = true;
        clearInterval(timer);
      },
    };
  }

  /** Progress writes, one at a time in order, at most every PROGRESS_EVERY_MS for the render thread's messages. */
  private progressWriter(job: ClaimedJob) {
    let chain: Promise<unknown> = Promise.resolve();
    let last = 0;
    const write = (value: number, label: string) => {
      last = Date.now();
      chain = chain
        .then(() => this.queue.progress(job.id, this.id, value, label))
        .catch((e: unknown) => this.logger.warn(`Progression du rapport ${job.id} : ${String(e)}`));
    };
    return {
      now: write,
      throttled: (value: number, label: string) => {
        if (Date.now() - last >= PROGRESS_EVERY_MS) write(value, label);
      },
      flushed: () => chain,
    };
  }
}

function kb(bytes: number): string {
  return `${Math.round(bytes / 1024)} Ko`;
}
