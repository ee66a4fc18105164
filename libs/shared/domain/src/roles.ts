/** The roles a user can hold. One role per user. */
export enum Role {
  COUNSELLOR = 'COUNSELLOR',
  DIRECTOR = 'DIRECTOR',
  PARTNER_REVIEWER = 'PARTNER_REVIEWER',
  ADMINISTRATOR = 'ADMINISTRATOR',
  /** Encadrant·e technique: supervises work on sites; sees the work records, not the social ones. */
  SUPERVISOR = 'SUPERVISOR',
}

export const ROLE_LABELS: Record<Role, string> = {
  [Role.COUNSELLOR]: 'Chargé·e d’insertion',
  [Role.DIRECTOR]: 'Direction',
  [Role.PARTNER_REVIEWER]: 'Bailleur partenaire',
  [Role.ADMINISTRATOR]: 'Administration',
  [Role.SUPERVISOR]: 'Encadrant·e technique',
};

/** The permission catalogue. Every operation of the API names the permission it needs. */
export enum Permission {
  /**
   * Enter what happens on the ground, without touching the rest of the file: attendance at collective sessions (one
   * sheet or a week's grid), mission hours day by day, skills evaluations. The technical supervisor's write, also the
   * counsellors' and the director's.
   */
  FIELD_ENTRY = 'field:entry',
  /** Read the persons followed by the caller's structure. */
  PERSON_READ = 'person:read',
  /** Create and update persons of the caller's structure. */
  PERSON_WRITE = 'person:write',
  /** List the counsellors of the caller's structure (caseload filter, referent choice). */
  STAFF_READ = 'staff:read',
  /** Read the pathway records of the structure's persons (stages, missions, training, evaluations, certification). */
  PATHWAY_READ = 'pathway:read',
  /** Record the pathway: intake, eligibility, PASS IAE, stage changes, activities, outcomes, exit. */
  PATHWAY_WRITE = 'pathway:write',
  /**
   * Read what is sensitive (health, handicap, justice, social difficulties — eligibility criteria, prescriber kinds
   * that reveal them) and confidential case notes. Only the structure's counsellors and director hold it.
   */
  SENSITIVE_READ = 'sensitive:read',
  /** Read funders, funding agreements, their consumption and allocations (counsellors pick an OPCO for a contract). */
  FUNDING_READ = 'funding:read',
  /** Manage funders and agreements and allocate hours and costs to them (the director's job). */
  FUNDING_WRITE = 'funding:write',
  /** Propose persons to partners' hiring needs, withdraw proposals, record hires from them, correct disputed hours. */
  PROPOSAL_WRITE = 'proposal:write',
  /** Manage the structure's partnerships with landlords and their yearly hiring targets. */
  PARTNERSHIP_WRITE = 'partnership:write',
  /** Read the immutable audit log of a person (who read or decided what, when). */
  AUDIT_READ = 'audit:read',
  /**
   * The partner portal: the proposals made to the caller's organisation, their trainee cards (the shared set only),
   * decisions, the hours of missions done at the organisation, its hiring needs and sites, its hiring-target progress.
   */
  PARTNER_PORTAL = 'partner:portal',
  /** Read and mark one's own in-app notifications. */
  NOTIFICATION_READ = 'notification:read',
  /**
   * The dashboard's figures: a director for their structure (with the records behind each figure), an administrator
   * for the whole network (figures only: administrators read no person).
   */
  DASHBOARD_READ = 'dashboard:read',
  /** Generate and download funder reports, set the structure's yearly targets. */
  REPORT_WRITE = 'report:write',
  /**
   * Manage the partner organisations (social landlords), their sites and their reviewers' accounts: the
   * administrator's job, across the installation.
   */
  PARTNER_ADMIN = 'partner:admin',
  /** Import the caseload from the structure's spreadsheet (dry run, import, log): counsellors and the director. */
  CASELOAD_IMPORT = 'caseload:import',
  /** Link (or unlink) the structure's account of les emplois de l’inclusion, whose API token it keeps: the director. */
  LES_EMPLOIS_LINK = 'les-emplois:link',
  /**
   * The persons' data rights: export everything held about a person (right of access) and put a file on legal hold
   * past the retention limit (docs/domain/retention.md). The director's job.
   */
  PERSON_DATA_RIGHTS = 'person:data-rights',
  /** Require two-factor sign-in of the structure's directors (docs/security.md, « Double authentification »). */
  TWO_FACTOR_POLICY = 'two-factor:policy',
  /**
   * Choose how the structure's staff sign in: passwords kept, or ProConnect only (docs/domain/proconnect.md). The
   * director's.
   */
  SIGN_IN_POLICY_WRITE = 'sign-in-policy:write',
  /** Set the structure's job coaching rules (days without contact before the alert): the director's. */
  COACHING_SETTINGS = 'coaching:settings',
  /** Create, edit and deactivate structures (SIAE): the administrator's job. */
  STRUCTURE_ADMIN = 'structure:admin',
  /**
   * Invite a structure's staff, change their roles, deactivate them: the administrator for any structure, the director
   * for her own.
   */
  STAFF_ADMIN = 'staff:admin',
}

export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  [Role.COUNSELLOR]: [
    Permission.PERSON_READ,
    Permission.PERSON_WRITE,
    Permission.STAFF_READ,
    Permission.PATHWAY_READ,
    Permission.PATHWAY_WRITE,
    Permission.FIELD_ENTRY,
    Permission.SENSITIVE_READ,
    Permission.FUNDING_READ,
    Permission.PROPOSAL_WRITE,
    Permission.NOTIFICATION_READ,
    Permission.CASELOAD_IMPORT,
  ],
  [Role.DIRECTOR]: [
    Permission.PERSON_READ,
    Permission.PERSON_WRITE,
    Permission.STAFF_READ,
    Permission.PATHWAY_READ,
    Permission.PATHWAY_WRITE,
    Permission.FIELD_ENTRY,
    Permission.SENSITIVE_READ,
    Permission.FUNDING_READ,
    Permission.FUNDING_WRITE,
    Permission.PROPOSAL_WRITE,
    Permission.PARTNERSHIP_WRITE,
    Permission.AUDIT_READ,
    Permission.NOTIFICATION_READ,
    Permission.DASHBOARD_READ,
    Permission.REPORT_WRITE,
    Permission.CASELOAD_IMPORT,
    Permission.LES_EMPLOIS_LINK,
    Permission.PERSON_DATA_RIGHTS,
    Permission.TWO_FACTOR_POLICY,
    Permission.SIGN_IN_POLICY_WRITE,
    Permission.STAFF_ADMIN,
    Permission.COACHING_SETTINGS,
  ],
  [Role.SUPERVISOR]: [
    Permission.PERSON_READ,
    Permission.STAFF_READ,
    Permission.PATHWAY_READ,
    Permission.FIELD_ENTRY,
    Permission.NOTIFICATION_READ,
  ],
  [Role.PARTNER_REVIEWER]: [Permission.PARTNER_PORTAL, Permission.NOTIFICATION_READ],
  [Role.ADMINISTRATOR]: [
    Permission.DASHBOARD_READ,
    Permission.PARTNER_ADMIN,
    Permission.STRUCTURE_ADMIN,
    Permission.STAFF_ADMIN,
  ],
};

export function permissionsOf(role: Role): readonly Permission[] {
  return ROLE_PERMISSIONS[role] ?? [];
}

export function hasPermissions(role: Role, required: readonly Permission[]): boolean {
  const granted = permissionsOf(role);
  return required.every((p) => granted.includes(p));
}

/** Roles that belong to a structure (SIAE) rather than to a partner organisation. */
export const STRUCTURE_ROLES: readonly Role[] = [Role.COUNSELLOR, Role.DIRECTOR, Role.SUPERVISOR];
/** Roles that can be the referent counsellor of a person. */
export const REFERENT_ROLES: readonly Role[] = [Role.COUNSELLOR, Role.DIRECTOR];
