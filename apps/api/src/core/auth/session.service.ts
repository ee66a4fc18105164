import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import type { DataSource } from 'typeorm';
import type { Role } from '@tremplin/domain';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { preparedQuery } from '../../database/prepared';
import { type AuthenticatedRequest, type AuthUser, SESSION_COOKIE } from './auth.types';
import { MUST_ENROL_TWO_FACTOR_SQL } from './two-factor/must-enrol.sql';

/** Refresh `last_seen_at` at most this often, so that reads do not write on every request. */
const TOUCH_INTERVAL_MS = 60_000;

interface SessionRow {
  session_id: string;
  last_seen_at: Date;
  id: string;
  email: string;
  first_name: string;
  last_name: string;
  role: Role;
  structure_id: string | null;
  partner_organisation_id: string | null;
  must_enrol_two_factor: boolean;
  must_change_password: boolean;
}

/** Database-backed sessions: honoured by every API instance, ended server-side on sign-out or inactivity. */
const SESSION_SQL = `
  SELECT s.id AS session_id, s.last_seen_at, u.id, u.email, u.first_name, u.last_name, u.role,
         u.structure_id, u.partner_organisation_id, u.must_change_password,
         ${MUST_ENROL_TWO_FACTOR_SQL} AS must_enrol_two_factor
    FROM user_session s JOIN app_user u ON u.id = s.user_id
    LEFT JOIN structure st ON st.id = u.structure_id
   WHERE s.id = $1 AND u.active AND coalesce(st.active, true)
     AND s.expires_at > now()
     AND s.last_seen_at > now() - make_interval(mins => $2)`;

@Injectable()
export class SessionService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  static hashToken(token: string): string {
    return createHash('sha256').update(token).digest('hex');
  }

  /** Resolves the request's session once, however many root fields ask. */
  resolve(req: AuthenticatedRequest): Promise<AuthUser | null> {
    req.authPromise ??= this.lookup(req.cookies?.[SESSION_COOKIE]);
    return req.authPromise;
  }

  private async lookup(token: unknown): Promise<AuthUser | null> {
    if (typeof token !== 'string' || token.length < 20 || token.length > 100) return null;
    const id = SessionService.hashToken(token);
    // Every request: prepared once per connection.
    const rows = await preparedQuery<SessionRow[]>(this.db, 'session_lookup', SESSION_SQL, [
      id,
      this.config.sessionIdleMinutes,
    ]);
    const row = rows[0];
    if (!row) return null;
    if (Date.now() - new Date(row.last_seen_at).getTime() > TOUCH_INTERVAL_MS) {
      await this.db.query(`UPDATE user_session SET last_seen_at = now() WHERE id = $1`, [id]);
    }
    return {
      id: row.id,
      email: row.email,
      firstName: row.first_name,
      lastName: row.last_name,
      role: row.role,
      structureId: row.structure_id,
      partnerOrganisationId: row.partner_organisation_id,
      sessionId: row.session_id,
      mustEnrolTwoFactor: row.must_enrol_two_factor,
      mustChangePassword: row.must_change_password,
    };
  }

  /** Opens a session and sets its cookie. Also drops this user's dead sessions. */
  async open(userId: string, req: AuthenticatedRequest, res: Response): Promise<void> {
    const token = randomBytes(32).toString('base64url');
    const id = SessionService.hashToken(token);
    await this.db.query(
      `WITH purge AS (
         DELETE FROM user_session
          WHERE user_id = $2 AND (expires_at <= now() OR last_seen_at <= now() - make_interval(mins => $6))
       )
       INSERT INTO user_session (id, user_id, last_seen_at, expires_at, ip_address, user_agent)
       VALUES ($1, $2, now(), now() + make_interval(hours => $3), $4, $5)`,
      [
        id,
        userId,
        this.config.sessionMaxHours,
        clientAddress(req),
        (req.headers['user-agent'] ?? '').slice(0, 300) || null,
        this.config.sessionIdleMinutes,
      ],
    );
    res.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.cookieSecure,
      path: '/',
      maxAge: this.config.sessionMaxHours * 3_600_000,
    });
  }

  /** Ends the session for every instance and clears the cookie. */
  async close(auth: AuthUser | null | undefined, res: Response): Promise<void> {
    if (auth) await this.db.query(`DELETE FROM user_session WHERE id = $1`, [auth.sessionId]);
    res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure: this.config.cookieSecure, path: '/' });
  }
}

export function clientAddress(req: AuthenticatedRequest): string {
  return (req.ip ?? req.socket?.remoteAddress ?? 'inconnue').slice(0, 64);
}
