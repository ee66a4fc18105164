/** The roles a user can hold. One role per user. */
export enum Role {
  COUNSELLOR = 'COUNSELLOR',
  DIRECTOR = 'DIRECTOR',
  PARTNER_REVIEWER = 'PARTNER_REVIEWER',
  ADMINISTRATOR = 'ADMINISTRATOR',
}

export const ROLE_LABELS: Record<Role, string> = {
  [Role.COUNSELLOR]: 'Chargé·e d’insertion',
  [Role.DIRECTOR]: 'Direction',
  [Role.PARTNER_REVIEWER]: 'Bailleur partenaire',
  [Role.ADMINISTRATOR]: 'Administration',
};

/** The permission catalogue. Every operation of the API names the permission it needs. */
export enum Permission {
  /** Read the persons followed by the caller's structure. */
  PERSON_READ = 'person:read',
  /** Create and update persons of the caller's structure. */
  PERSON_WRITE = 'person:write',
  /** List the counsellors of the caller's structure (caseload filter, referent choice). */
  STAFF_READ = 'staff:read',
}

export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  [Role.COUNSELLOR]: [Permission.PERSON_READ, Permission.PERSON_WRITE, Permission.STAFF_READ],
  [Role.DIRECTOR]: [Permission.PERSON_READ, Permission.PERSON_WRITE, Permission.STAFF_READ],
  [Role.PARTNER_REVIEWER]: [],
  [Role.ADMINISTRATOR]: [],
};

export function permissionsOf(role: Role): readonly Permission[] {
  return ROLE_PERMISSIONS[role] ?? [];
}

export function hasPermissions(role: Role, required: readonly Permission[]): boolean {
  const granted = permissionsOf(role);
  return required.every((p) => granted.includes(p));
}

/** Roles that belong to a structure (SIAE) rather than to a partner organisation. */
export const STRUCTURE_ROLES: readonly Role[] = [Role.COUNSELLOR, Role.DIRECTOR];
/** Roles that can be the referent counsellor of a person. */
export const REFERENT_ROLES: readonly Role[] = [Role.COUNSELLOR, Role.DIRECTOR];
