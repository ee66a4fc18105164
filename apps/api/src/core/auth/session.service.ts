import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Response } from 'express';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { type AuthenticatedRequest, type AuthUser, SESSION_COOKIE } from './auth.types';
import { SessionRepository } from './session.repository';

/** Refresh `last_seen_at` at most this often, so that reads do not write on every request. */
const TOUCH_INTERVAL_MS = 60_000;

@Injectable()
export class SessionService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repository: SessionRepository,
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
    const row = await this.repository.lookup(id, this.config.sessionIdleMinutes);
    if (!row) return null;
    if (Date.now() - new Date(row.last_seen_at).getTime() > TOUCH_INTERVAL_MS) {
      await this.repository.touch(id);
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
    await this.repository.open({
      id,
      userId,
      maxHours: this.config.sessionMaxHours,
      ipAddress: clientAddress(req),
      userAgent: (req.headers['user-agent'] ?? '').slice(0, 300) || null,
      idleMinutes: this.config.sessionIdleMinutes,
    });
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
    if (auth) await this.repository.close(auth.sessionId);
    res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure: this.config.cookieSecure, path: '/' });
  }
}

export function clientAddress(req: AuthenticatedRequest): string {
  return (req.ip ?? req.socket?.remoteAddress ?? 'inconnue').slice(0, 64);
}
