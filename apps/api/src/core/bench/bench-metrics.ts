import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Request, Response } from 'express';

/** The path of the bench-only metric; it exists only when `BENCH_METRICS=true`. */
export const BENCH_METRICS_PATH = '/__bench/event-loop';

/**
 * Benchmark only (`npm run bench` sets `BENCH_METRICS=true`; off by default, and then the route does not exist):
 * this process's event-loop delay, sampled every millisecond by `monitorEventLoopDelay`. `POST` clears the
 * histogram, `GET` returns its percentiles in milliseconds (1 ms = no delay: the sampling timer's own period).
 * Nothing about users or data; it answers before the GraphQL layer and its guards.
 */
export function installBenchMetrics(app: NestExpressApplication): void {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  histogram.enable();
  const ms = (ns: number) => Math.round(ns / 1e4) / 100;
  app.use(BENCH_METRICS_PATH, (req: Request, res: Response) => {
    if (req.method === 'POST') {
      histogram.reset();
      res.status(204).end();
      return;
    }
    res.json({
      count: histogram.count,
      p50: ms(histogram.percentile(50)),
      p99: ms(histogram.percentile(99)),
      max: ms(histogram.max),
      mean: ms(histogram.mean),
    });
  });
}
