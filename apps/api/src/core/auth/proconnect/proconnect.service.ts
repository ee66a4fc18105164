import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditAction } from '@tremplin/domain';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { AuditService } from '../../audit/audit.service';
import type { AuthUser } from '../auth.types';
import type { ProConnectClaims, ProConnectClient } from './proconnect-client';
import { ProConnectRepository, type ProConnectUserRow as UserRow } from './proconnect.repository';

export const PROCONNECT_PROVIDER = 'PROCONNECT';
/** A sign-in started must come back within this time (ProConnect's own code lives 30 s; the person may be slow). */
const LOGIN_TTL_MINUTES = 10;

/** The sign-in is refused: `message` is French and meant for the person (shown on the sign-in page). */
export class ProConnectRefusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProConnectRefusal';
  }
}

export const PROCONNECT_MESSAGES = {
  notConfigured: 'La connexion avec ProConnect n’est pas proposée sur cette installation de Tremplin.',
  expired:
    'Cette connexion ProConnect a expiré ou a déjà servi. Cliquez de nouveau sur « S’identifier avec ProConnect ».',
  cancelled: 'La connexion avec ProConnect a été interrompue. Vous pouvez recommencer.',
  failed:
    'ProConnect n’a pas pu confirmer votre identité. Recommencez ; si le problème persiste, signalez-le à votre administrateur.',
  noEmail: 'ProConnect n’a pas transmis d’adresse e-mail : Tremplin ne peut pas retrouver votre compte.',
  emailNotVerified: (email: string) =>
    `ProConnect n’a pas confirmé l’adresse ${email} : Tremplin ne relie un compte qu’à une adresse vérifiée.`,
  unknownAccount: (email: string) =>
    `Aucun compte Tremplin pour ${email}. Demandez une invitation à la direction de votre structure : rien n’a été créé.`,
  inactiveAccount: (email: string) =>
    `Le compte Tremplin de ${email} est désactivé. Adressez-vous à la direction de votre structure.`,
} as const;

export interface PendingLogin {
  state: string;
  nonce: string;
  codeVerifier: string;
  returnPath: string;
}

/**
 * ProConnect sign-in: the sign-ins under way (single use, short-lived), and the binding of a ProConnect identity to
 * an existing Tremplin account — never an account created (docs/domain/proconnect.md).
 */
@Injectable()
export class ProConnectService {
  private readonly logger = new Logger(ProConnectService.name);
  private client?: ProConnectClient;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly repository: ProConnectRepository,
  ) {}

  get enabled(): boolean {
    return this.config.proConnect !== undefined;
  }

  /** The OpenID client, loaded on first use only (openid-client is ESM: see proconnect-client.ts). */
  async openIdClient(): Promise<ProConnectClient> {
    if (!this.config.proConnect) throw new ProConnectRefusal(PROCONNECT_MESSAGES.notConfigured);
    if (!this.client) {
      const { createProConnectClient } = await import('./proconnect-client');
      this.client = createProConnectClient(this.config.proConnect);
    }
    return this.client;
  }

  static hashHandle(handle: string): string {
    return createHash('sha256').update(handle).digest('hex');
  }

  /** Keeps a sign-in under way; returns the handle the browser keeps (HTTP-only cookie). Drops the expired ones. */
  async rememberLogin(login: PendingLogin): Promise<string> {
    const handle = randomBytes(32).toString('base64url');
    await this.repository.rememberLogin(
      {
        id: ProConnectService.hashHandle(handle),
        state: login.state,
        nonce: login.nonce,
        codeVerifier: login.codeVerifier,
        returnPath: login.returnPath,
      },
      LOGIN_TTL_MINUTES,
    );
    return handle;
  }

  /** Takes the sign-in under way back, once: a second use, or after 10 minutes, finds nothing. */
  async takeLogin(handle: unknown): Promise<PendingLogin | null> {
    if (typeof handle !== 'string' || handle.length < 20 || handle.length > 100) return null;
    const row = await this.repository.takeLogin(ProConnectService.hashHandle(handle));
    if (!row?.live) return null;
    return { state: row.state, nonce: row.nonce, codeVerifier: row.codeVerifier, returnPath: row.returnPath };
  }

  /**
   * The Tremplin account of a ProConnect identity. Known subject → its account. Unknown subject → the active account
   * with the verified e-mail, bound to this subject from now on (bound again if it had another one: ProConnect's
   * `sub` changes with the identity provider). No account → refused, nothing created. The binding is audited.
   */
  async accountFor(claims: Omit<ProConnectClaims, 'idToken'>): Promise<AuthUser> {
    return this.db.transaction(async (tx) => {
      const known = await this.repository.boundAccount(PROCONNECT_PROVIDER, claims.sub, tx);
      if (known) {
        const user = known;
        if (!user.active) throw new ProConnectRefusal(PROCONNECT_MESSAGES.inactiveAccount(user.email));
        await this.repository.touchIdentity(PROCONNECT_PROVIDER, claims.sub, claims.idpId, tx);
        return authUserOf(user);
      }

      const email = claims.email;
      if (!email) throw new ProConnectRefusal(PROCONNECT_MESSAGES.noEmail);
      if (claims.emailVerified === false) throw new ProConnectRefusal(PROCONNECT_MESSAGES.emailNotVerified(email));
      const user = await this.repository.lockAccountByEmail(email, tx);
      if (!user) {
        this.logger.warn({ msg: 'Connexion ProConnect refusée : aucun compte', email, idpId: claims.idpId });
        throw new ProConnectRefusal(PROCONNECT_MESSAGES.unknownAccount(email));
      }
      if (!user.active) throw new ProConnectRefusal(PROCONNECT_MESSAGES.inactiveAccount(email));

      // One statement: a first binding, or the account's binding moved to the new subject. A parallel first sign-in
      // of the same identity waits on the account's row lock above, then finds the subject bound.
      const rebound = await this.repository.bind(
        { provider: PROCONNECT_PROVIDER, subject: claims.sub, userId: user.id, email, idpId: claims.idpId },
        tx,
      );
      const actor = authUserOf(user);
      await this.recordBinding(tx, actor, rebound, claims.idpId);
      this.logger.log({
        msg: rebound ? 'Compte relié de nouveau à ProConnect' : 'Compte relié à ProConnect',
        userId: user.id,
      });
      return actor;
    });
  }

  private recordBinding(tx: EntityManager, actor: AuthUser, rebound: boolean, idpId: string | null): Promise<void> {
    return this.audit.record(tx, actor, [
      {
        action: AuditAction.PROCONNECT_BOUND,
        structureId: actor.structureId,
        personId: null,
        subjectType: 'user',
        subjectId: actor.id,
        details: { provider: PROCONNECT_PROVIDER, rebound, idpId },
      },
    ]);
  }
}

function authUserOf(u: UserRow): AuthUser {
  return {
    id: u.id,
    email: u.email,
    firstName: u.first_name,
    lastName: u.last_name,
    role: u.role,
    structureId: u.structure_id,
    partnerOrganisationId: u.partner_organisation_id,
    sessionId: '',
    // The actor of an audit line only: the session (and its two-factor requirement) is read when it is used.
    mustEnrolTwoFactor: false,
  };
}
