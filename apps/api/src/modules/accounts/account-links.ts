import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
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

/**
 * Issues a single-use link for the user: a random 32-byte token (base64url) whose SHA-256 only is stored. The user's
 * earlier unused links of the same kind stop working. Returns the token (to put in the e-mail, once).
 */
export async function issueLink(
  tx: EntityManager,
  userId: string,
  kind: AccountTokenKind,
  createdById: string | null,
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await tx.query(
    `WITH revoked AS (
       UPDATE account_token SET used_at = now() WHERE user_id = $2 AND kind = $3 AND used_at IS NULL
     )
     INSERT INTO account_token (token_hash, user_id, kind, expires_at, created_by_id)
     VALUES ($1, $2, $3, now() + make_interval(mins => $4::int), $5)`,
    [hashLinkToken(token), userId, kind, lifetimeMinutes(kind), createdById],
  );
  return token;
}

export interface LiveLink {
  userId: string;
  kind: AccountTokenKind;
  email: string;
  firstName: string;
  lastName: string;
}

const LIVE_LINK_SQL = `
  SELECT t.user_id AS "userId", t.kind, u.email, u.first_name AS "firstName", u.last_name AS "lastName"
    FROM account_token t JOIN app_user u ON u.id = t.user_id
    LEFT JOIN structure s ON s.id = u.structure_id
   WHERE t.token_hash = $1 AND t.used_at IS NULL AND t.expires_at > now() AND u.active AND coalesce(s.active, true)`;

/** The link if it is unused, unexpired and its account active; null otherwise (nothing says which). */
export async function readLink(db: EntityManager, token: string): Promise<LiveLink | null> {
  const [row] = (await db.query(LIVE_LINK_SQL, [hashLinkToken(token)])) as LiveLink[];
  return row ?? null;
}

/**
 * Uses the link: one conditional UPDATE, so that of several requests with the same link at once exactly one gets the
 * row (the others wait for its lock, then see `used_at` set). Null when the link is no longer valid.
 */
export async function consumeLink(tx: EntityManager, token: string): Promise<LiveLink | null> {
  const rows = (await tx.query(
    `UPDATE account_token t SET used_at = now()
       FROM app_user u LEFT JOIN structure s ON s.id = u.structure_id
      WHERE t.token_hash = $1 AND t.used_at IS NULL AND t.expires_at > now()
        AND u.id = t.user_id AND u.active AND coalesce(s.active, true)
      RETURNING t.user_id AS "userId", t.kind, u.email, u.first_name AS "firstName", u.last_name AS "lastName"`,
    [hashLinkToken(token)],
  )) as [LiveLink[], number] | LiveLink[];
  const list = Array.isArray(rows[0]) ? (rows[0] as LiveLink[]) : (rows as LiveLink[]);
  return list[0] ?? null;
}
