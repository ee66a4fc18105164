import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { ACCOUNT_MESSAGES, ErrorCode, Role } from '@tremplin/domain';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import type { AuthUser } from '../../core/auth/auth.types';
import { dummyPasswordHash, hashPassword, verifyPassword } from '../../core/auth/password';
import { isUuid } from '../../core/access/person-access';
import {
  AppError,
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
} from '../../core/errors/app-errors';
import { MAILER, type Mailer, type MailMessage } from '../notifications';
import type { UserEntity } from '../users';
import { invitationMail, passwordResetMail } from './account-mail';
import { type LiveLink, linkPath } from './account-links';
import { AccountsRepository } from './accounts.repository';
import { AccountTokenKind } from './account-token.entity';

/** « Mot de passe oublié » e-mails per account and per hour (docs/security.md, « Liens à usage unique »). */
export const RESET_LINKS_PER_HOUR = 3;
import { passwordProblem } from './password-policy';

/** The web app's address for links in e-mails: PUBLIC_URL, else this server. */
export function publicBase(config: AppConfig): string {
  return (config.publicUrl ?? `http://localhost:${config.port}`).replace(/\/+$/, '');
}

function isUniqueViolation(e: unknown, constraint: string): boolean {
  const err = e as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
  const code = err.driverError?.code ?? err.code;
  const name = err.driverError?.constraint ?? err.constraint;
  return code === '23505' && name === constraint;
}

/** Invitations, staff roles and deactivation, passwords (issue 15 points 3–4; docs/security.md). */
@Injectable()
export class AccountsService {
  private readonly logger = new Logger(AccountsService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(MAILER) private readonly mailer: Mailer,
    private readonly accounts: AccountsRepository,
  ) {}

  // ---- staff ----

  /** The structure the caller may manage: any for the administrator (given), her own for a director. */
  private staffStructureOf(caller: AuthUser, structureId: string | null | undefined): string {
    if (caller.role === Role.ADMINISTRATOR) {
      if (!structureId || !isUuid(structureId)) throw new NotFoundError(ACCOUNT_MESSAGES.structureNotFound);
      return structureId;
    }
    if (caller.role === Role.DIRECTOR && caller.structureId) {
      // Another structure named is refused as unknown, never silently replaced by her own.
      if (structureId && structureId !== caller.structureId)
        throw new NotFoundError(ACCOUNT_MESSAGES.structureNotFound);
      return caller.structureId;
    }
    throw new ForbiddenError();
  }

  async staff(caller: AuthUser, structureId: string | null | undefined): Promise<UserEntity[]> {
    const id = this.staffStructureOf(caller, structureId);
    return this.accounts.staff(id);
  }

  /** Creates the account (no password yet) and e-mails a single-use link valid 72 h. */
  async invite(
    caller: AuthUser,
    input: { structureId?: string | null; email: string; firstName: string; lastName: string; role: Role },
  ): Promise<{ user: UserEntity; emailSent: boolean; link: string | null }> {
    const structureId = this.staffStructureOf(caller, input.structureId);
    const { user, token, structure } = await this.db
      .transaction(async (tx) => {
        const structure = await this.accounts.structure(structureId, tx);
        if (!structure) throw new NotFoundError(ACCOUNT_MESSAGES.structureNotFound);
        if (!structure.active) throw new ConflictError(ACCOUNT_MESSAGES.structureInactive);
        if (await this.accounts.emailTaken(input.email, tx)) throw this.emailTaken();
        const saved = await this.accounts.saveUser(
          {
            email: input.email,
            firstName: input.firstName,
            lastName: input.lastName,
            passwordHash: null,
            mustChangePassword: false,
            role: input.role,
            structureId,
            partnerOrganisationId: null,
            active: true,
          },
          tx,
        );
        const token = await this.accounts.issueLink(saved.id, AccountTokenKind.INVITATION, caller.id, tx);
        return { user: await this.accounts.user(saved.id, tx), token, structure };
      })
      .catch((e: unknown) => {
        if (isUniqueViolation(e, 'UQ_app_user_email')) throw this.emailTaken();
        throw e;
      });
    const link = `${publicBase(this.config)}${linkPath(token)}`;
    this.logger.log({ msg: 'Invitation envoyée', userId: user.id, role: user.role, structureId, by: caller.id });
    const emailSent = await this.trySend(
      invitationMail(user.email, {
        firstName: user.firstName,
        role: user.role,
        structureName: structure.name,
        invitedBy: `${caller.firstName} ${caller.lastName}`.trim(),
        link,
      }),
    );
    return { user, emailSent, link: emailSent ? null : link };
  }

  /** A new invitation link for an invited person who has not chosen her password yet (the old link stops working). */
  async resendInvitation(
    caller: AuthUser,
    userId: string,
  ): Promise<{ user: UserEntity; emailSent: boolean; link: string | null }> {
    const { user, token, structureName } = await this.db.transaction(async (tx) => {
      const user = await this.lockStaff(tx, caller, userId);
      if (!user.active || user.passwordHash !== null)
        throw new ConflictError('Cette personne a déjà choisi son mot de passe, ou son compte est désactivé.');
      const token = await this.accounts.issueLink(user.id, AccountTokenKind.INVITATION, caller.id, tx);
      const s = await this.accounts.structureOrFail(user.structureId!, tx);
      return { user, token, structureName: s.name };
    });
    const link = `${publicBase(this.config)}${linkPath(token)}`;
    const emailSent = await this.trySend(
      invitationMail(user.email, {
        firstName: user.firstName,
        role: user.role,
        structureName,
        invitedBy: `${caller.firstName} ${caller.lastName}`.trim(),
        link,
      }),
    );
    return { user, emailSent, link: emailSent ? null : link };
  }

  /**
   * Changes a staff member's role. The structure's row is locked first: every change of a structure's staff waits for
   * the one before it, so two directors demoting each other at once cannot both pass the « one active director » check.
   */
  async changeRole(caller: AuthUser, userId: string, role: Role): Promise<UserEntity> {
    const user = await this.db.transaction(async (tx) => {
      const user = await this.lockStaff(tx, caller, userId);
      if (user.role === role) return user;
      if (user.role === Role.DIRECTOR) await this.keepADirector(tx, user);
      await this.accounts.updateUser(user.id, { role }, tx);
      // Other permissions from now on: the sessions opened with the old role end.
      await this.accounts.endSessions(user.id, tx);
      return this.accounts.user(user.id, tx);
    });
    this.logger.log({ msg: 'Rôle changé', userId: user.id, role, by: caller.id });
    return user;
  }

  /** Deactivates a staff member: no sign-in any more, her sessions end now (same transaction). */
  async deactivate(caller: AuthUser, userId: string): Promise<UserEntity> {
    if (userId === caller.id) throw new ConflictError(ACCOUNT_MESSAGES.notYourself);
    const user = await this.db.transaction(async (tx) => {
      const user = await this.lockStaff(tx, caller, userId);
      if (!user.active) return user;
      if (user.role === Role.DIRECTOR) await this.keepADirector(tx, user);
      await this.accounts.updateUser(user.id, { active: false }, tx);
      await this.accounts.endSessions(user.id, tx);
      await this.accounts.revokeLinks(user.id, tx);
      return this.accounts.user(user.id, tx);
    });
    this.logger.log({ msg: 'Compte désactivé', userId: user.id, by: caller.id });
    return user;
  }

  /** Reactivates a deactivated staff member (she signs in with her password, or follows a new invitation). */
  async reactivate(caller: AuthUser, userId: string): Promise<UserEntity> {
    const user = await this.db.transaction(async (tx) => {
      const user = await this.lockStaff(tx, caller, userId);
      if (!user.active) await this.accounts.updateUser(user.id, { active: true }, tx);
      return this.accounts.user(user.id, tx);
    });
    this.logger.log({ msg: 'Compte réactivé', userId: user.id, by: caller.id });
    return user;
  }

  /** Locks the structure (all its staff changes queue there), then the member; refuses another structure's account. */
  private async lockStaff(tx: EntityManager, caller: AuthUser, userId: string): Promise<UserEntity> {
    const scope = caller.role === Role.ADMINISTRATOR ? null : caller.structureId;
    if (caller.role !== Role.ADMINISTRATOR && caller.role !== Role.DIRECTOR) throw new ForbiddenError();
    const structureId = isUuid(userId) ? await this.accounts.staffStructureId(userId, tx) : null;
    if (!structureId || (scope !== null && structureId !== scope))
      throw new NotFoundError(ACCOUNT_MESSAGES.staffNotFound);
    await this.accounts.lockStructure(structureId, tx);
    const user = await this.accounts.lockStaffMember(userId, structureId, tx);
    if (!user) throw new NotFoundError(ACCOUNT_MESSAGES.staffNotFound);
    return user;
  }

  /**
   * Refuses to take away the structure's last active director (one who can sign in: password chosen). Runs under the
   * structure's lock (see lockStaff).
   */
  private async keepADirector(tx: EntityManager, leaving: UserEntity): Promise<void> {
    if (!leaving.active || leaving.passwordHash === null) return;
    const n = await this.accounts.otherActiveDirectors(leaving.structureId!, leaving.id, tx);
    if (n === 0) throw new ConflictError(ACCOUNT_MESSAGES.lastDirector);
  }

  private emailTaken(): AppError {
    const message = ACCOUNT_MESSAGES.emailTaken;
    return new AppError(ErrorCode.CONFLICT, message, { fieldErrors: [{ field: 'email', message }] });
  }

  private async trySend(message: MailMessage): Promise<boolean> {
    if (!this.mailer.enabled) return false;
    try {
      await this.mailer.send(message);
      return true;
    } catch (e) {
      this.logger.error({ msg: 'E-mail non envoyé', error: e instanceof Error ? e.message : String(e) });
      return false;
    }
  }

  // ---- links and passwords ----

  /** What the set-password page shows; the same NOT_FOUND for a used, expired or unknown link. */
  async link(token: string): Promise<LiveLink> {
    const link = token.length <= 100 ? await this.accounts.readLink(token) : null;
    if (!link) throw new NotFoundError(ACCOUNT_MESSAGES.linkInvalid);
    return link;
  }

  /**
   * Sets the password with a link (invitation or reset): policy first (a refused password leaves the link usable),
   * then, in one transaction, the link is used (once) and the password stored; every session of the account ends.
   */
  async setPasswordWithLink(token: string, password: string): Promise<void> {
    const link = await this.link(token);
    const problem = passwordProblem(password, link);
    if (problem) throw new BadUserInputError([{ field: 'password', message: problem }]);
    const passwordHash = await hashPassword(password);
    const used = await this.db.transaction(async (tx) => {
      const used = await this.accounts.consumeLink(token, tx);
      if (!used) return null;
      await this.accounts.setPassword(used.userId, passwordHash, tx);
      await this.accounts.endSessions(used.userId, tx);
      return used;
    });
    if (!used) throw new NotFoundError(ACCOUNT_MESSAGES.linkInvalid);
    this.logger.log({ msg: 'Mot de passe choisi par lien', userId: used.userId, kind: used.kind });
  }

  /**
   * « Mot de passe oublié »: the same answer, and about the same time, whether the address has an account or not —
   * both paths do one argon2 verification and one database round trip, and the e-mail is sent after the answer.
   */
  async requestPasswordReset(email: string): Promise<string> {
    const user = await this.accounts.activeUserByEmail(email);
    // The same argon2 work on both paths (it dominates the time of the answer).
    await verifyPassword(await dummyPasswordHash(), email);
    const structureActive =
      user?.structureId != null ? ((await this.accounts.structure(user.structureId))?.active ?? false) : true;
    const token =
      user && structureActive
        ? await this.db.transaction(async (tx) => {
            // At most RESET_LINKS_PER_HOUR e-mails per account, counted under the account's row lock so that parallel
            // requests count: nobody can flood a mailbox. Past it, the same answer and nothing sent.
            await this.accounts.lockUser(user.id, tx);
            const n = await this.accounts.linksInLastHour(user.id, AccountTokenKind.PASSWORD_RESET, tx);
            return n < RESET_LINKS_PER_HOUR
              ? this.accounts.issueLink(user.id, AccountTokenKind.PASSWORD_RESET, null, tx)
              : null;
          })
        : null;
    if (user && !token && structureActive) {
      this.logger.warn({ msg: 'Mot de passe oublié : limite d’envois atteinte, rien envoyé', userId: user.id });
    } else if (user && token) {
      const message = passwordResetMail(user.email, {
        firstName: user.firstName,
        link: `${publicBase(this.config)}${linkPath(token)}`,
      });
      // Not awaited: the time to reach the mail server must not tell that the account exists.
      void this.trySend(message);
      this.logger.log({ msg: 'Lien de nouveau mot de passe envoyé', userId: user.id });
    } else {
      await this.accounts.lookupNoLink();
      this.logger.warn({ msg: 'Mot de passe oublié : adresse sans compte actif' });
    }
    return ACCOUNT_MESSAGES.resetRequested;
  }

  /** Changes one's own password: the current one is required; the other sessions end, this one stays. */
  async changePassword(caller: AuthUser, currentPassword: string, newPassword: string): Promise<void> {
    const user = await this.accounts.user(caller.id);
    const ok = await verifyPassword(user.passwordHash ?? (await dummyPasswordHash()), currentPassword);
    if (!ok || !user.passwordHash)
      throw new BadUserInputError([{ field: 'currentPassword', message: ACCOUNT_MESSAGES.currentPasswordWrong }]);
    if (currentPassword === newPassword)
      throw new BadUserInputError([{ field: 'newPassword', message: ACCOUNT_MESSAGES.passwordSameAsCurrent }]);
    const problem = passwordProblem(newPassword, user);
    if (problem) throw new BadUserInputError([{ field: 'newPassword', message: problem }]);
    const passwordHash = await hashPassword(newPassword);
    await this.db.transaction(async (tx) => {
      await this.accounts.setPassword(user.id, passwordHash, tx);
      await this.accounts.endOtherSessions(user.id, caller.sessionId, tx);
      await this.accounts.revokeLinksOfKind(user.id, AccountTokenKind.PASSWORD_RESET, tx);
    });
    this.logger.log({ msg: 'Mot de passe changé', userId: user.id });
  }
}
