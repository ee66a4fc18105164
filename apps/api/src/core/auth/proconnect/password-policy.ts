import { type Role, STRUCTURE_ROLES } from '@tremplin/domain';
import type { SessionRepository } from '../session.repository';

/**
 * Whether this account may sign in with its password: yes, unless it is structure staff and its structure chose
 * ProConnect only. Administrators and partner reviewers keep their password (docs/domain/proconnect.md).
 */
export async function passwordSignInAllowed(
  sessions: SessionRepository,
  user: { role: Role; structureId: string | null },
): Promise<boolean> {
  if (!user.structureId || !STRUCTURE_ROLES.includes(user.role)) return true;
  return (await sessions.passwordSignInAllowed(user.structureId)) ?? true;
}
