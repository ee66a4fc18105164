import { Controller, Get, Inject, Logger, Query, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { Public } from '../auth.decorators';
import type { AuthenticatedRequest } from '../auth.types';
import { SessionService } from '../session.service';
import { TwoFactorService } from '../two-factor/two-factor.service';
import { PROCONNECT_MESSAGES, ProConnectRefusal, ProConnectService } from './proconnect.service';

/** The handle of the sign-in under way (HTTP-only, 10 minutes, only sent to these routes). */
const LOGIN_COOKIE = 'tremplin_proconnect_login';
/** Why the last ProConnect sign-in was refused, for the sign-in page to say (HTTP-only, read once). */
const REFUSAL_COOKIE = 'tremplin_proconnect_refusal';
/** The ID token of a ProConnect session, for the provider's logout (`id_token_hint`). */
const ID_TOKEN_COOKIE = 'tremplin_proconnect_id_token';
/** The state of a logout at the provider, checked when it sends the browser back. */
const LOGOUT_STATE_COOKIE = 'tremplin_proconnect_logout';
const COOKIE_PATH = '/api/auth/proconnect';

/** Only paths of the web app: never an absolute or protocol-relative address (open redirect). */
export function safeReturnPath(value: unknown): string {
  return typeof value === 'string' &&
    value.length <= 500 &&
    value.startsWith('/') &&
    !value.startsWith('//') &&
    !value.startsWith('/\\') &&
    !value.startsWith('/api/') &&
    !value.startsWith('/connexion')
    ? value
    : '/';
}

/**
 * ProConnect (OpenID Connect) sign-in, as the browser sees it: `login` sends it to ProConnect, `callback` brings it
 * back signed in (or to the sign-in page with the reason), `status` tells the sign-in page whether to show the
 * button and why the last attempt was refused, `logout` ends the session here and at ProConnect.
 */
@Controller('api/auth/proconnect')
export class ProConnectController {
  private readonly logger = new Logger(ProConnectController.name);

  constructor(
    private readonly proConnect: ProConnectService,
    private readonly sessions: SessionService,
    private readonly twoFactor: TwoFactorService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private cookieOptions(maxAgeMs?: number, path = COOKIE_PATH) {
    return {
      httpOnly: true,
      sameSite: 'lax' as const,
      secure: this.config.cookieSecure,
      path,
      ...(maxAgeMs ? { maxAge: maxAgeMs } : {}),
    };
  }

  @Public()
  @Get('status')
  status(@Req() req: AuthenticatedRequest, @Res() res: Response): void {
    const raw: unknown = req.cookies?.[REFUSAL_COOKIE];
    const refusal = typeof raw === 'string' && raw.length <= 500 ? raw : null;
    if (raw !== undefined) res.clearCookie(REFUSAL_COOKIE, this.cookieOptions(undefined, '/'));
    res.setHeader('Cache-Control', 'no-store');
    const session = typeof req.cookies?.[ID_TOKEN_COOKIE] === 'string';
    res.json({ enabled: this.proConnect.enabled, refusal, session });
  }

  @Public()
  @Get('login')
  async login(@Query('retour') retour: unknown, @Res() res: Response): Promise<void> {
    if (!this.proConnect.enabled) return this.refuse(res, PROCONNECT_MESSAGES.notConfigured);
    try {
      const client = await this.proConnect.openIdClient();
      const request = await client.authorizationRequest();
      const handle = await this.proConnect.rememberLogin({ ...request, returnPath: safeReturnPath(retour) });
      res.cookie(LOGIN_COOKIE, handle, this.cookieOptions(10 * 60_000));
      res.setHeader('Cache-Control', 'no-store');
      res.redirect(302, request.url);
    } catch (e) {
      this.logger.error({ msg: 'ProConnect injoignable', error: e instanceof Error ? e.message : String(e) });
      this.refuse(res, PROCONNECT_MESSAGES.failed);
    }
  }

  @Public()
  @Get('callback')
  async callback(@Req() req: AuthenticatedRequest, @Res() res: Response): Promise<void> {
    const pending = await this.proConnect.takeLogin(req.cookies?.[LOGIN_COOKIE]);
    res.clearCookie(LOGIN_COOKIE, this.cookieOptions());
    res.setHeader('Cache-Control', 'no-store');
    if (!pending) return this.refuse(res, PROCONNECT_MESSAGES.expired);
    if (typeof req.query['error'] === 'string') {
      this.logger.warn({ msg: 'Connexion ProConnect interrompue', error: req.query['error'] });
      return this.refuse(res, PROCONNECT_MESSAGES.cancelled);
    }
    try {
      const client = await this.proConnect.openIdClient();
      const redirect = new URL(this.config.proConnect!.redirectUri);
      const current = new URL(`${redirect.origin}${redirect.pathname}${req.url.slice(req.url.indexOf('?'))}`);
      const claims = await client.callback(current, pending);
      const user = await this.proConnect.accountFor(claims);
      res.cookie(ID_TOKEN_COOKIE, claims.idToken, this.cookieOptions(this.config.sessionMaxHours * 3_600_000));
      if (await this.twoFactor.isEnabled(user.id)) {
        // ProConnect stands for the password, not for the second factor the account turned on: the session opens
        // only after the code, on the sign-in page's second step (docs/security.md, « Double authentification »).
        await this.twoFactor.openChallenge(user.id, res);
        this.logger.log({ msg: 'Connexion ProConnect : second facteur demandé', userId: user.id });
        return res.redirect(302, `/connexion?etape=code&retour=${encodeURIComponent(pending.returnPath)}`);
      }
      await this.sessions.open(user.id, req, res);
      this.logger.log({ msg: 'Connexion', userId: user.id, method: 'ProConnect' });
      res.redirect(302, pending.returnPath);
    } catch (e) {
      if (e instanceof ProConnectRefusal) return this.refuse(res, e.message);
      this.logger.error({
        msg: 'Connexion ProConnect en échec',
        error: e instanceof Error ? `${e.name}: ${e.message}` : String(e),
      });
      this.refuse(res, PROCONNECT_MESSAGES.failed);
    }
  }

  /**
   * Ends the session here, then at ProConnect when this session came from it (RP-initiated logout: the provider
   * sends the browser back to `logout-callback`). Without a ProConnect session, straight to the sign-in page.
   */
  @Public()
  @Get('logout')
  async logout(@Req() req: AuthenticatedRequest, @Res() res: Response): Promise<void> {
    await this.sessions.close(req.auth, res);
    const idToken: unknown = req.cookies?.[ID_TOKEN_COOKIE];
    res.clearCookie(ID_TOKEN_COOKIE, this.cookieOptions());
    res.setHeader('Cache-Control', 'no-store');
    if (typeof idToken === 'string' && idToken.length < 8000 && this.proConnect.enabled) {
      try {
        const state = (await import('node:crypto')).randomBytes(32).toString('base64url');
        const url = await (await this.proConnect.openIdClient()).endSessionUrl(idToken, state);
        if (url) {
          res.cookie(LOGOUT_STATE_COOKIE, state, this.cookieOptions(10 * 60_000));
          return res.redirect(302, url);
        }
      } catch (e) {
        this.logger.warn({
          msg: 'Déconnexion ProConnect impossible',
          error: e instanceof Error ? e.message : String(e),
        });
      }
    }
    res.redirect(302, '/connexion?deconnecte=1');
  }

  @Public()
  @Get('logout-callback')
  logoutCallback(@Query('state') state: unknown, @Req() req: AuthenticatedRequest, @Res() res: Response): void {
    const expected: unknown = req.cookies?.[LOGOUT_STATE_COOKIE];
    res.clearCookie(LOGOUT_STATE_COOKIE, this.cookieOptions());
    if (typeof expected !== 'string' || state !== expected)
      this.logger.warn({ msg: 'Retour de déconnexion ProConnect sans état valide' });
    // The local session is already closed: either way, the sign-in page.
    res.redirect(302, '/connexion?deconnecte=1');
  }

  private refuse(res: Response, message: string): void {
    res.cookie(REFUSAL_COOKIE, message, this.cookieOptions(5 * 60_000, '/'));
    res.redirect(302, '/connexion?proconnect=refus');
  }
}
