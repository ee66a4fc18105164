import { randomBytes } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { Secret, TOTP } from 'otpauth';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditAction, ErrorCode, ERROR_MESSAGES } from '@tremplin/domain';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { type AuditActorUser, type AuditEntry, AuditService } from '../../audit/audit.service';
import { CLOCK, type Clock } from '../../clock/clock';
import {
  AppError,
  BadUserInputError,
  ConflictError,
  RateLimitedError,
  UnauthenticatedError,
} from '../../errors/app-errors';
import { type AuthenticatedRequest, type AuthUser, TWO_FACTOR_COOKIE } from '../auth.types';
import { verifyPassword } from '../password';
import { clientAddress, SessionService } from '../session.service';
import { SignInThrottle } from '../sign-in-throttle';
import { hashRecoveryCode, newRecoveryCode, normaliseRecoveryCode, RECOVERY_CODE_COUNT } from './recovery-codes';
import { SecretBox } from './secret-box';
import { TwoFactorRepository } from './two-factor.repository';

/** How long the second step of a sign-in waits for its code. */
export const CHALLENGE_MINUTES = 5;
/** Wrong codes one pending sign-in may try before it is spent (the sign-in throttle counts them too). */
export const CHALLENGE_MAX_ATTEMPTS = 5;
/** Accepted drift: the code of the previous and of the next 30-second step are accepted too (RFC 6238 §5.2). */
const WINDOW = 1;
const ISSUER = 'Tremplin';

export const TWO_FACTOR_MESSAGES = {
  alreadyEnabled: 'La double authentification est déjà activée sur votre compte.',
  notStarted: 'Aucune activation en cours : recommencez l’activation de la double authentification.',
  notEnabled: 'La double authentification n’est pas activée sur votre compte.',
  badEnrolmentCode:
    'Ce code ne correspond pas. Vérifiez que l’heure de votre téléphone est juste et saisissez le code affiché maintenant.',
  codeFormat: 'Saisissez les 6 chiffres affichés par votre application.',
  proofMissing: 'Saisissez un code de votre application ou votre mot de passe pour confirmer.',
  badProof: 'Code ou mot de passe incorrect : la double authentification reste activée.',
  requiredByStructure:
    'Votre structure exige la double authentification pour votre compte : vous ne pouvez pas la désactiver.',
  notConfigured:
    'La double authentification n’est pas configurée sur ce serveur (TOTP_ENCRYPTION_KEY manquante). Signalez-le à votre administrateur.',
  sessionNotFound: 'Cette session est introuvable : elle a peut-être déjà pris fin.',
} as const;

export interface TwoFactorStatus {
  enabled: boolean;
  enabledAt: Date | null;
  recoveryCodesLeft: number;
  requiredByStructure: boolean;
}

export interface Enrolment {
  secret: string;
  otpauthUri: string;
  qrCodeDataUrl: string;
}

/**
 * Two-factor sign-in with TOTP (RFC 6238, the `otpauth` library) and single-use recovery codes; the pending second
 * step of a sign-in; the structure's requirement (docs/security.md, « Double authentification »).
 */
@Injectable()
export class TwoFactorService {
  private readonly logger = new Logger(TwoFactorService.name);
  private readonly box: SecretBox | null;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sessions: SessionService,
    private readonly throttle: SignInThrottle,
    private readonly repository: TwoFactorRepository,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {
    if (config.totpEncryptionKey) this.box = new SecretBox(config.totpEncryptionKey);
    else if (config.nodeEnv !== 'production') {
      this.logger.warn(
        'TOTP_ENCRYPTION_KEY absente : les secrets TOTP sont chiffrés avec la clé de développement, publique. À ne jamais utiliser en production.',
      );
      this.box = new SecretBox(SecretBox.developmentKey());
    } else {
      this.logger.warn(
        'TOTP_ENCRYPTION_KEY absente : la double authentification ne peut pas être activée (docs/operations.md).',
      );
      this.box = null;
    }
  }

  /**
   * One line of the account's security trail (docs/security.md, « Journal de sécurité des comptes »): about the
   * account, in its structure's trail, read by the director in « Équipe ». Details never hold a code or a secret.
   */
  static accountEvent(
    account: Pick<AuditActorUser, 'id' | 'structureId'>,
    action: AuditAction,
    details: Record<string, unknown> | null = null,
  ): AuditEntry {
    return {
      action,
      structureId: account.structureId,
      personId: null,
      subjectType: 'account',
      subjectId: account.id,
      details,
    };
  }

  private secretBox(): SecretBox {
    if (!this.box) throw new AppError(ErrorCode.INTERNAL_SERVER_ERROR, TWO_FACTOR_MESSAGES.notConfigured);
    return this.box;
  }

  private totp(secretBase32: string, label: string): TOTP {
    return new TOTP({
      issuer: ISSUER,
      label,
      algorithm: 'SHA1',
      digits: 6,
      period: 30,
      secret: Secret.fromBase32(secretBase32),
    });
  }

  /** The time step the code belongs to (±1 around now), or null if it is not a code of this secret. */
  private stepOf(secretBase32: string, code: string): number | null {
    const totp = this.totp(secretBase32, '');
    const timestamp = this.clock.now().getTime();
    const delta = totp.validate({ token: code, timestamp, window: WINDOW });
    return delta === null ? null : totp.counter({ timestamp }) + delta;
  }

  private static isTotpCode(code: string): boolean {
    return /^\d{6}$/.test(code);
  }

  async status(userId: string): Promise<TwoFactorStatus> {
    const row = await this.repository.status(userId);
    return {
      enabled: !!row?.enabled_at,
      enabledAt: row?.enabled_at ?? null,
      recoveryCodesLeft: row?.enabled_at ? row.codes_left : 0,
      requiredByStructure: !!row?.required,
    };
  }

  /** Whether the user must enrol before anything else (same rule as the session lookup). */
  async mustEnrol(userId: string): Promise<boolean> {
    return this.repository.mustEnrol(userId);
  }

  /**
   * A new secret, kept (encrypted) until a first code confirms it; starting again replaces an unconfirmed one.
   * Refused while two-factor sign-in is on.
   */
  async startEnrolment(auth: AuthUser): Promise<Enrolment> {
    const box = this.secretBox();
    const secret = new Secret({ size: 20 }).base32;
    if (!(await this.repository.startEnrolment(auth.id, box.seal(secret, auth.id))))
      throw new ConflictError(TWO_FACTOR_MESSAGES.alreadyEnabled);
    const otpauthUri = this.totp(secret, auth.email).toString();
    // qrcode is loaded on the first enrolment, not with the application.
    const { default: QRCode } = await import('qrcode');
    const qrCodeDataUrl = await QRCode.toDataURL(otpauthUri, { errorCorrectionLevel: 'M', margin: 2, width: 240 });
    this.logger.log({ msg: 'Double authentification : activation commencée', userId: auth.id });
    return { secret, otpauthUri, qrCodeDataUrl };
  }

  /**
   * The first code confirms the secret: two-factor sign-in is on, and the ten recovery codes are returned, once
   * (only their hashes are kept). The code's time step is spent.
   */
  async confirmEnrolment(auth: AuthUser, code: string): Promise<string[]> {
    const typed = code.replace(/\s/g, '');
    if (!TwoFactorService.isTotpCode(typed))
      throw new BadUserInputError([{ field: 'code', message: TWO_FACTOR_MESSAGES.codeFormat }]);
    const box = this.secretBox();
    return this.db.transaction(async (tx) => {
      const sealed = await this.repository.lockPendingSecret(auth.id, tx);
      if (sealed === null) {
        const enabled = await this.repository.hasSecret(auth.id, tx);
        throw new ConflictError(enabled ? TWO_FACTOR_MESSAGES.alreadyEnabled : TWO_FACTOR_MESSAGES.notStarted);
      }
      const step = this.stepOf(box.open(sealed, auth.id), typed);
      if (step === null)
        throw new BadUserInputError([{ field: 'code', message: TWO_FACTOR_MESSAGES.badEnrolmentCode }]);
      await this.repository.enable(auth.id, step, tx);
      const codes = await this.replaceRecoveryCodes(tx, auth.id);
      await this.audit.record(tx, auth, [
        TwoFactorService.accountEvent(auth, AuditAction.TWO_FACTOR_ENABLED, { recoveryCodes: codes.length }),
      ]);
      this.logger.log({ msg: 'Double authentification activée', userId: auth.id });
      return codes;
    });
  }

  /** New recovery codes (the old ones stop working), after a current code of the app. */
  async regenerateRecoveryCodes(auth: AuthUser, code: string): Promise<string[]> {
    const typed = code.replace(/\s/g, '');
    if (!TwoFactorService.isTotpCode(typed))
      throw new BadUserInputError([{ field: 'code', message: TWO_FACTOR_MESSAGES.codeFormat }]);
    const renewed = await this.db.transaction(async (tx) => {
      if (!(await this.spendTotp(tx, auth.id, typed))) return null;
      const codes = await this.replaceRecoveryCodes(tx, auth.id);
      await this.audit.record(tx, auth, [
        TwoFactorService.accountEvent(auth, AuditAction.TWO_FACTOR_RECOVERY_CODES_RENEWED, {
          recoveryCodes: codes.length,
        }),
      ]);
      this.logger.log({ msg: 'Double authentification : codes de secours renouvelés', userId: auth.id });
      return codes;
    });
    if (renewed === null) {
      this.logger.warn({
        msg: 'Double authentification : code refusé',
        userId: auth.id,
        step: 'RECOVERY_CODES_RENEWAL',
      });
      await this.codeRefused(auth, 'RECOVERY_CODES_RENEWAL', 'APP');
      throw new BadUserInputError([{ field: 'code', message: ERROR_MESSAGES.twoFactorBadCode }]);
    }
    return renewed;
  }

  /**
   * A refused second-factor code (at sign-in, to renew the recovery codes, to turn two-factor off): one line on its own
   * (no change goes with it). What was typed is never kept, only the step and which kind of code it looked like.
   */
  private async codeRefused(
    account: AuditActorUser,
    step: 'SIGN_IN' | 'RECOVERY_CODES_RENEWAL' | 'DISABLE',
    codeKind: 'APP' | 'RECOVERY',
  ): Promise<void> {
    await this.audit.record(this.db.manager, account, [
      TwoFactorService.accountEvent(account, AuditAction.TWO_FACTOR_CODE_REFUSED, { step, codeKind }),
    ]);
  }

  /**
   * Turns two-factor sign-in off, on a current code of the app or the password. Refused to an account the structure
   * requires it of.
   */
  async disable(auth: AuthUser, proof: { code?: string | null; password?: string | null }): Promise<boolean> {
    const code = proof.code?.replace(/\s/g, '') ?? '';
    const password = proof.password ?? '';
    if (!code && !password) throw new BadUserInputError([{ field: 'code', message: TWO_FACTOR_MESSAGES.proofMissing }]);
    const status = await this.status(auth.id);
    if (!status.enabled) throw new ConflictError(TWO_FACTOR_MESSAGES.notEnabled);
    if (status.requiredByStructure) throw new ConflictError(TWO_FACTOR_MESSAGES.requiredByStructure);
    const done = await this.db.transaction(async (tx) => {
      let ok = false;
      if (code) ok = TwoFactorService.isTotpCode(code) && (await this.spendTotp(tx, auth.id, code));
      else {
        const user = await this.repository.user(auth.id, tx);
        ok = user.passwordHash !== null && (await verifyPassword(user.passwordHash, password));
      }
      if (!ok) return false;
      await this.repository.disable(auth.id, tx);
      await this.audit.record(tx, auth, [
        TwoFactorService.accountEvent(auth, AuditAction.TWO_FACTOR_DISABLED, { proof: code ? 'CODE' : 'PASSWORD' }),
      ]);
      this.logger.log({ msg: 'Double authentification désactivée', userId: auth.id });
      return true;
    });
    if (!done) {
      // A wrong code of the app is traced; a wrong password is not a second-factor code.
      if (code) {
        this.logger.warn({ msg: 'Double authentification : code refusé', userId: auth.id, step: 'DISABLE' });
        await this.codeRefused(auth, 'DISABLE', 'APP');
      }
      throw new BadUserInputError([{ field: code ? 'code' : 'password', message: TWO_FACTOR_MESSAGES.badProof }]);
    }
    return true;
  }

  private async replaceRecoveryCodes(tx: EntityManager, userId: string): Promise<string[]> {
    const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
    await this.repository.replaceRecoveryCodes(
      userId,
      codes.map((c) => hashRecoveryCode(normaliseRecoveryCode(c)!)),
      tx,
    );
    return codes;
  }

  /**
   * Accepts a TOTP code of a confirmed secret once: its time step is recorded by one conditional UPDATE, so the same
   * code (or an older one) replayed, even in parallel, finds the step already spent.
   */
  private async spendTotp(tx: EntityManager | undefined, userId: string, code: string): Promise<boolean> {
    const sealed = await this.repository.enabledSecret(userId, tx);
    if (sealed === null) return false;
    const step = this.stepOf(this.secretBox().open(sealed, userId), code);
    if (step === null) return false;
    return this.repository.spendStep(userId, step, tx);
  }

  /** Spends one unused recovery code (one conditional UPDATE: used once, even in parallel). */
  private async spendRecoveryCode(userId: string, typed: string): Promise<boolean> {
    const normalised = normaliseRecoveryCode(typed);
    if (!normalised) return false;
    return this.repository.spendRecoveryCode(userId, hashRecoveryCode(normalised));
  }

  // ——— Sign-in, second step ———

  /** Whether the password step must be followed by a code. */
  async isEnabled(userId: string): Promise<boolean> {
    return this.repository.isEnabled(userId);
  }

  /** The password was right: a pending second step, bound to a short-lived cookie. Not a session. */
  async openChallenge(userId: string, res: Response): Promise<void> {
    const token = randomBytes(32).toString('base64url');
    await this.repository.openChallenge(SessionService.hashToken(token), userId, CHALLENGE_MINUTES);
    res.cookie(TWO_FACTOR_COOKIE, token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.cookieSecure,
      path: '/',
      maxAge: CHALLENGE_MINUTES * 60_000,
    });
  }

  /**
   * The second step: a TOTP code (±1 step, never the same step twice) or an unused recovery code. The attempt is
   * counted on the challenge and in the sign-in throttle before the code is checked; the first right code spends
   * the challenge and opens the session. Returns the user's id.
   */
  async completeSignIn(code: string, req: AuthenticatedRequest, res: Response): Promise<string> {
    const token: unknown = req.cookies?.[TWO_FACTOR_COOKIE];
    if (typeof token !== 'string' || token.length < 20 || token.length > 100)
      throw new UnauthenticatedError(ERROR_MESSAGES.twoFactorChallengeExpired);
    const id = SessionService.hashToken(token);
    const row = await this.repository.countChallengeAttempt(id, CHALLENGE_MAX_ATTEMPTS);
    if (!row) {
      this.clearChallengeCookie(res);
      throw new UnauthenticatedError(ERROR_MESSAGES.twoFactorChallengeExpired);
    }
    const ip = clientAddress(req);
    const verdict = await this.throttle.count(row.email, ip);
    if (verdict.refused) throw new RateLimitedError(verdict.retryAfterMinutes);
    await this.throttle.wait(verdict.delayMs);

    const typed = code.replace(/\s/g, '');
    const kind = TwoFactorService.isTotpCode(typed)
      ? (await this.spendTotp(undefined, row.user_id, typed)) && 'TOTP'
      : (await this.spendRecoveryCode(row.user_id, typed)) && 'RECOVERY';
    if (!kind) {
      await this.throttle.settle(row.email, ip, false);
      this.logger.warn({ msg: 'Double authentification : code refusé', userId: row.user_id, ip });
      const account = await this.repository.user(row.user_id);
      await this.codeRefused(account, 'SIGN_IN', TwoFactorService.isTotpCode(typed) ? 'APP' : 'RECOVERY');
      throw new UnauthenticatedError(ERROR_MESSAGES.twoFactorBadCode);
    }
    // The first right code spends the challenge: a second one in parallel does not open a second session.
    if (!(await this.repository.spendChallenge(id)))
      throw new UnauthenticatedError(ERROR_MESSAGES.twoFactorChallengeExpired);
    if (kind === 'RECOVERY') {
      // Before the session opens: if the trail cannot be written, no session (fail closed).
      const account = await this.repository.user(row.user_id);
      await this.audit.record(this.db.manager, account, [
        TwoFactorService.accountEvent(account, AuditAction.SIGNED_IN_WITH_RECOVERY_CODE),
      ]);
    }
    await this.throttle.settle(row.email, ip, true);
    this.clearChallengeCookie(res);
    await this.sessions.open(row.user_id, req, res);
    this.logger.log({ msg: 'Connexion (double authentification)', userId: row.user_id, with: kind });
    return row.user_id;
  }

  private clearChallengeCookie(res: Response): void {
    res.clearCookie(TWO_FACTOR_COOKIE, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.cookieSecure,
      path: '/',
    });
  }

  // ——— The structure's requirement ———

  async setRequired(auth: AuthUser, structureId: string, required: boolean): Promise<boolean> {
    if (required) await this.repository.require(structureId, auth.id);
    else await this.repository.unrequire(structureId);
    this.logger.log({ msg: 'Double authentification exigée de la direction', structureId, required, by: auth.id });
    return required;
  }

  async isRequired(structureId: string): Promise<boolean> {
    return this.repository.isRequired(structureId);
  }
}
