import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import type { DataSource } from 'typeorm';
import { ERROR_MESSAGES, permissionsOf } from '@tremplin/domain';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { PartnerOrganisationType, StructureType } from '../../modules/structures/dto/structure.type';
import { StructureEntity } from '../../modules/structures/structure.entity';
import { PartnerOrganisationEntity } from '../../modules/structures/partner-organisation.entity';
import { UserEntity } from '../../modules/users/user.entity';
import { RateLimitedError, UnauthenticatedError } from '../errors/app-errors';
import type { AuthenticatedRequest, AuthUser } from './auth.types';
import { CurrentUserType } from './dto/current-user.type';
import type { SignInInput } from './dto/sign-in.input';
import { dummyPasswordHash, verifyPassword } from './password';
import { clientAddress, SessionService } from './session.service';

@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sessions: SessionService,
  ) {}

  async signIn(input: SignInInput, req: AuthenticatedRequest, res: Response): Promise<CurrentUserType> {
    const email = input.email.trim().toLowerCase();
    const ip = clientAddress(req);
    await this.checkRateLimit(email, ip);

    const user = await this.db.getRepository(UserEntity).findOneBy({ email });
    const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
    const succeeded = ok && !!user && user.active;
    await this.db.query(`INSERT INTO sign_in_attempt (email, ip_address, succeeded) VALUES ($1, $2, $3)`, [
      email,
      ip,
      succeeded,
    ]);
    if (!succeeded || !user) {
      this.logger.warn({ msg: 'Échec de connexion', email, ip });
      throw new UnauthenticatedError(ERROR_MESSAGES.badCredentials);
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

  async me(auth: AuthUser): Promise<CurrentUserType> {
    const user = await this.db.getRepository(UserEntity).findOneByOrFail({ id: auth.id });
    return this.describe(user);
  }

  /** Failures in the window, per account and per address, across every instance (they share the table). */
  private async checkRateLimit(email: string, ip: string): Promise<void> {
    const [row] = await this.db.query(
      `SELECT count(*) FILTER (WHERE email = $1)::int AS by_account,
              count(*) FILTER (WHERE ip_address = $2)::int AS by_address,
              min(attempted_at) FILTER (WHERE email = $1) AS oldest_account,
              min(attempted_at) FILTER (WHERE ip_address = $2) AS oldest_address
         FROM sign_in_attempt
        WHERE NOT succeeded AND attempted_at > now() - make_interval(mins => $3)
          AND (email = $1 OR ip_address = $2)`,
      [email, ip, this.config.signInWindowMinutes],
    );
    const windowMs = this.config.signInWindowMinutes * 60_000;
    const retryIn = (oldest: Date | null) =>
      Math.max(1, Math.ceil((new Date(oldest ?? Date.now()).getTime() + windowMs - Date.now()) / 60_000));
    if (row.by_account >= this.config.signInMaxFailuresPerAccount) {
      this.logger.warn({ msg: 'Connexion bloquée (compte)', email, ip });
      throw new RateLimitedError(retryIn(row.oldest_account));
    }
    if (row.by_address >= this.config.signInMaxFailuresPerAddress) {
      this.logger.warn({ msg: 'Connexion bloquée (adresse)', ip });
      throw new RateLimitedError(retryIn(row.oldest_address));
    }
  }

  private async describe(user: UserEntity): Promise<CurrentUserType> {
    const [structure, partner] = await Promise.all([
      user.structureId ? this.db.getRepository(StructureEntity).findOneBy({ id: user.structureId }) : null,
      user.partnerOrganisationId
        ? this.db.getRepository(PartnerOrganisationEntity).findOneBy({ id: user.partnerOrganisationId })
        : null,
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
    });
  }
}
