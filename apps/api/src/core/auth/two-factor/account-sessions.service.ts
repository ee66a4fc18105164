import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { NotFoundError } from '../../errors/app-errors';
import type { AuthUser } from '../auth.types';
import type { AccountSessionType } from './dto/two-factor.types';
import { truncatedAddress, userAgentSummary } from './session-display';
import { TWO_FACTOR_MESSAGES } from './two-factor.service';

/** The handle a session is shown and ended by: a hash of its stored id, itself a hash of the cookie token. */
const HANDLE_SQL = `encode(sha256(convert_to(s.id, 'UTF8')), 'hex')`;

/** « Mes sessions »: the caller's live sessions, and ending one or all the others (at once, for every instance). */
@Injectable()
export class AccountSessionsService {
  private readonly logger = new Logger(AccountSessionsService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(auth: AuthUser): Promise<AccountSessionType[]> {
    const rows = (await this.db.query(
      `SELECT ${HANDLE_SQL} AS handle, s.created_at, s.last_seen_at, s.ip_address, s.user_agent, s.id = $2 AS current
         FROM user_session s
        WHERE s.user_id = $1 AND s.expires_at > now() AND s.last_seen_at > now() - make_interval(mins => $3)
        ORDER BY (s.id = $2) DESC, s.last_seen_at DESC`,
      [auth.id, auth.sessionId, this.config.sessionIdleMinutes],
    )) as {
      handle: string;
      created_at: Date;
      last_seen_at: Date;
      ip_address: string | null;
      user_agent: string | null;
      current: boolean;
    }[];
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
    const [, affected] = (await this.db.query(
      `DELETE FROM user_session s WHERE s.user_id = $1 AND ${HANDLE_SQL} = $2`,
      [auth.id, handle],
    )) as [unknown[], number];
    if (!affected) throw new NotFoundError(TWO_FACTOR_MESSAGES.sessionNotFound);
    this.logger.log({ msg: 'Session terminée depuis « Mes sessions »', userId: auth.id });
    return true;
  }

  /** Ends every session of the caller but this one; returns how many. */
  async endOthers(auth: AuthUser): Promise<number> {
    const [, affected] = (await this.db.query(`DELETE FROM user_session WHERE user_id = $1 AND id <> $2`, [
      auth.id,
      auth.sessionId,
    ])) as [unknown[], number];
    this.logger.log({ msg: 'Autres sessions terminées', userId: auth.id, count: affected });
    return affected;
  }
}
