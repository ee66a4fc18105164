import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditAction } from '@tremplin/domain';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { AuditService } from '../../audit/audit.service';
import { NotFoundError } from '../../errors/app-errors';
import type { AuthUser } from '../auth.types';
import { SessionRepository } from '../session.repository';
import type { AccountSessionType } from './dto/two-factor.types';
import { truncatedAddress, userAgentSummary } from './session-display';
import { TWO_FACTOR_MESSAGES, TwoFactorService } from './two-factor.service';

/** « Mes sessions »: the caller's live sessions, and ending one or all the others (at once, for every instance). */
@Injectable()
export class AccountSessionsService {
  private readonly logger = new Logger(AccountSessionsService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sessions: SessionRepository,
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(auth: AuthUser): Promise<AccountSessionType[]> {
    const rows = await this.sessions.accountSessions(auth.id, auth.sessionId, this.config.sessionIdleMinutes);
    return rows.map((r) => ({
      id: r.handle,
      createdAt: r.created_at,
      lastSeenAt: r.last_seen_at,
      device: userAgentSummary(r.user_agent),
      address: truncatedAddress(r.ip_address),
      current: r.current,
    }));
  }

  /** Ends one of the caller's sessions (only theirs: the user id is in the WHERE). */
  async end(auth: AuthUser, handle: string): Promise<boolean> {
    await this.db.transaction(async (tx) => {
      const affected = await this.sessions.endByHandle(auth.id, handle, tx);
      if (!affected) throw new NotFoundError(TWO_FACTOR_MESSAGES.sessionNotFound);
      await this.audit.record(tx, auth, [
        TwoFactorService.accountEvent(auth, AuditAction.SESSIONS_ENDED, { scope: 'ONE', count: affected }),
      ]);
    });
    this.logger.log({ msg: 'Session terminée depuis « Mes sessions »', userId: auth.id });
    return true;
  }

  /** Ends every session of the caller but this one; returns how many. */
  async endOthers(auth: AuthUser): Promise<number> {
    const affected = await this.db.transaction(async (tx) => {
      const n = await this.sessions.endOthers(auth.id, auth.sessionId, tx);
      // Nothing ended, nothing to trace.
      if (n > 0)
        await this.audit.record(tx, auth, [
          TwoFactorService.accountEvent(auth, AuditAction.SESSIONS_ENDED, { scope: 'OTHERS', count: n }),
        ]);
      return n;
    });
    this.logger.log({ msg: 'Autres sessions terminées', userId: auth.id, count: affected });
    return affected;
  }
}
