import { Injectable, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { ErrorCode, ERROR_MESSAGES, permissionsOf } from '@tremplin/domain';
import { PartnerOrganisationType, StructureType } from '../../modules/structures';
import type { UserEntity } from '../../modules/users/user.entity';
import { AppError, RateLimitedError, UnauthenticatedError } from '../errors/app-errors';
import type { AuthenticatedRequest, AuthUser } from './auth.types';
import { CurrentUserType } from './dto/current-user.type';
import type { SignInInput } from './dto/sign-in.input';
import { dummyPasswordHash, verifyPassword } from './password';
import { passwordSignInAllowed } from './proconnect/password-policy';
import { SessionRepository } from './session.repository';
import { clientAddress, SessionService } from './session.service';
import { SignInThrottle } from './sign-in-throttle';
import { TwoFactorService } from './two-factor/two-factor.service';

@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    private readonly sessions: SessionService,
    private readonly repository: SessionRepository,
    private readonly throttle: SignInThrottle,
    private readonly twoFactor: TwoFactorService,
  ) {}

  async signIn(input: SignInInput, req: AuthenticatedRequest, res: Response): Promise<CurrentUserType> {
    const email = input.email.trim().toLowerCase();
    const ip = clientAddress(req);
    // Counted before the password is checked, in one statement: parallel attempts all count (docs/security.md).
    const verdict = await this.throttle.count(email, ip);
    if (verdict.refused) {
      this.logger.warn(
        verdict.scope === 'PAIR'
          ? { msg: 'Connexion bloquée (compte depuis cette adresse)', email, ip }
          : { msg: 'Connexion bloquée (adresse)', ip },
      );
      // The same answer whether the account exists or not.
      throw new RateLimitedError(verdict.retryAfterMinutes);
    }
    if (verdict.delayMs > 0) {
      this.logger.warn({ msg: 'Connexion ralentie (compte)', email, ip, delayMs: verdict.delayMs });
      await this.throttle.wait(verdict.delayMs);
    }

    const user = await this.repository.userByEmail(email);
    const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
    // A deactivated structure's staff no longer sign in (issue 15).
    const structureActive = user?.structureId
      ? ((await this.repository.structure(user.structureId))?.active ?? false)
      : true;
    const succeeded = ok && !!user && user.active && structureActive;
    await this.throttle.settle(email, ip, succeeded);
    if (!succeeded || !user) {
      this.logger.warn({ msg: 'Échec de connexion', email, ip });
      throw new UnauthenticatedError(ERROR_MESSAGES.badCredentials);
    }
    // Said only to whoever knows the password: it tells nothing about the account to anyone else.
    if (!(await passwordSignInAllowed(this.repository, user))) {
      this.logger.warn({ msg: 'Connexion par mot de passe refusée (ProConnect seul)', userId: user.id });
      throw new UnauthenticatedError(ERROR_MESSAGES.passwordSignInDisabled);
    }
    if (await this.twoFactor.isEnabled(user.id)) {
      // The password was right; the session opens only after the second step (docs/security.md).
      await this.twoFactor.openChallenge(user.id, res);
      throw new AppError(ErrorCode.TWO_FACTOR_REQUIRED, ERROR_MESSAGES.twoFactorRequired);
    }
    await this.sessions.open(user.id, req, res);
    this.logger.log({ msg: 'Connexion', userId: user.id });
    return this.describe(user);
  }

  async signOut(auth: AuthUser | null | undefined, res: Response): Promise<boolean> {
    await this.sessions.close(auth, res);
    if (auth) this.logger.log({ msg: 'Déconnexion', userId: auth.id });
    return true;
  }

  async me(auth: Pick<AuthUser, 'id'>): Promise<CurrentUserType> {
    const user = await this.repository.user(auth.id);
    return this.describe(user);
  }

  private async describe(user: UserEntity): Promise<CurrentUserType> {
    const [structure, partner, twoFactorEnrolmentRequired] = await Promise.all([
      user.structureId ? this.repository.structure(user.structureId) : null,
      user.partnerOrganisationId ? this.repository.partnerOrganisation(user.partnerOrganisationId) : null,
      this.twoFactor.mustEnrol(user.id),
    ]);
    return Object.assign(new CurrentUserType(), {
      id: user.id,
      email: user.email,
      firstName: user.firstName,
      lastName: user.lastName,
      fullName: user.fullName,
      role: user.role,
      permissions: [...permissionsOf(user.role)],
      structure: structure ? StructureType.from(structure) : null,
      partnerOrganisation: partner ? PartnerOrganisationType.from(partner) : null,
      twoFactorEnrolmentRequired,
      mustChangePassword: user.mustChangePassword,
    });
  }
}
