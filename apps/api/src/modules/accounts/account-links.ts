import { createHash, randomBytes } from 'node:crypto';
import { INVITATION_LIFETIME_HOURS, PASSWORD_RESET_LIFETIME_MINUTES } from '@tremplin/domain';
import { AccountTokenKind } from './account-token.entity';

/** SHA-256 (hex) of a link's token: what the database keeps. */
export function hashLinkToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** How long a link of this kind stays valid, in minutes. */
export function lifetimeMinutes(kind: AccountTokenKind): number {
  return kind === AccountTokenKind.INVITATION ? INVITATION_LIFETIME_HOURS * 60 : PASSWORD_RESET_LIFETIME_MINUTES;
}

/** The path of the set-password page; the token travels in the fragment, never sent to a server or in a Referer. */
export function linkPath(token: string): string {
  return `/mot-de-passe/nouveau#jeton=${token}`;
}

/** A new link's token: 32 random bytes (base64url); only its SHA-256 is stored. */
export function newLinkToken(): string {
  return randomBytes(32).toString('base64url');
}

export interface LiveLink {
  userId: string;
  kind: AccountTokenKind;
  email: string;
  firstName: string;
  lastName: string;
}
