import { Controller, Get, HttpCode, Injectable, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../core/auth/auth.decorators';
import { HealthRepository } from './health.repository';

/**
 * The stop of this process. Once it begins (SIGTERM), readiness turns 503 so that load balancers stop sending traffic,
 * and the HTTP server closes each connection after its response (docs/operations.md, « Arrêt »).
 */
@Injectable()
export class Lifecycle {
  private stopping = false;
  private readonly onStop: (() => void)[] = [];

  get shuttingDown(): boolean {
    return this.stopping;
  }

  /** The stop begins: what waits for it runs now, once. */
  beginShutdown(): void {
    if (this.stopping) return;
    this.stopping = true;
    for (const listener of this.onStop) listener();
  }

  /** `listener` runs when the stop begins. */
  onShutdown(listener: () => void): void {
    this.onStop.push(listener);
  }
}

@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthRepository,
    private readonly lifecycle: Lifecycle,
  ) {}

  /** Liveness: the process answers. */
  @Public()
  @Get('live')
  @HttpCode(200)
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** Readiness: the database answers and the server is not stopping. */
  @Public()
  @Get('ready')
  async ready(@Res({ passthrough: true }) res: Response): Promise<{ status: string; database: string }> {
    if (this.lifecycle.shuttingDown) {
      res.status(503);
      return { status: 'stopping', database: 'unknown' };
    }
    try {
      await this.health.ping();
      res.status(200);
      return { status: 'ok', database: 'up' };
    } catch {
      res.status(503);
      return { status: 'unavailable', database: 'down' };
    }
  }
}
