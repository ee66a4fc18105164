import type { DataSource } from 'typeorm';
import { type Role, STRUCTURE_ROLES } from '@tremplin/domain';

/**
 * Whether this account may sign in with its password: yes, unless it is structure staff and its structure chose
 * ProConnect only. Administrators and partner reviewers keep their password (docs/domain/proconnect.md).
 */
export async function passwordSignInAllowed(
  db: DataSource,
  user: { role: Role; structureId: string | null },
): Promise<boolean> {
  if (!user.structureId || !STRUCTURE_ROLES.includes(user.role)) return true;
  const [row] = (await db.query(`SELECT password_sign_in_allowed AS allowed FROM structure WHERE id = $1`, [
    user.structureId,
  ])) as { allowed: boolean }[];
  return row?.allowed ?? true;
}
