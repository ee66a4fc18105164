import { Permission, ROLE_LABELS, Role } from '@tremplin/domain';
import { type CurrentUser, can } from './auth';

/** A link of the main navigation: shown to whoever holds `permission` (and belongs to a structure, when `inStructure`). */
export interface NavItem {
  to: string;
  label: string;
  permission: Permission;
  inStructure?: boolean;
  /** Only for these roles (a screen made for one trade, e.g. the technical supervisor's « Mon terrain »). */
  roles?: readonly Role[];
}

/**
 * The main navigation, in its order on screen: the header's links at desktop width and the « Menu » panel on phones both
 * read this list. A new page is one line here.
 */
export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/personnes', label: 'Portefeuille', permission: Permission.PERSON_READ },
  { to: '/importer', label: 'Importer', permission: Permission.CASELOAD_IMPORT },
  { to: '/terrain', label: 'Mon terrain', permission: Permission.FIELD_ENTRY, roles: [Role.SUPERVISOR] },
  { to: '/sessions', label: 'Sessions', permission: Permission.PATHWAY_READ },
  { to: '/groupes', label: 'Groupes', permission: Permission.PATHWAY_READ },
  { to: '/missions/semaine', label: 'Heures de mission', permission: Permission.FIELD_ENTRY },
  { to: '/financements', label: 'Financements', permission: Permission.FUNDING_READ },
  { to: '/tableau-de-bord', label: 'Tableau de bord', permission: Permission.DASHBOARD_READ },
  { to: '/rapports', label: 'Rapports', permission: Permission.REPORT_WRITE },
  { to: '/partenaires', label: 'Partenaires', permission: Permission.PATHWAY_READ },
  { to: '/remplacements', label: 'Remplacements', permission: Permission.PROPOSAL_WRITE, inStructure: true },
  { to: '/offres-du-reseau', label: 'Offres du réseau', permission: Permission.PROPOSAL_WRITE },
  { to: '/administration/partenaires', label: 'Partenaires employeurs', permission: Permission.PARTNER_ADMIN },
  { to: '/administration/structures', label: 'Structures', permission: Permission.STRUCTURE_ADMIN },
  { to: '/administration/reseaux', label: 'Réseaux', permission: Permission.STRUCTURE_ADMIN },
  { to: '/equipe', label: 'Équipe', permission: Permission.STAFF_ADMIN, inStructure: true },
  { to: '/portail', label: 'Portail employeur', permission: Permission.PARTNER_PORTAL },
  { to: '/portail/remplacements', label: 'Remplacements', permission: Permission.PARTNER_PORTAL },
];

/** The links this user may follow. */
export function navItemsFor(user: CurrentUser): NavItem[] {
  return NAV_ITEMS.filter(
    (item) =>
      can(user, item.permission) &&
      (!item.inStructure || Boolean(user.structure)) &&
      (!item.roles || item.roles.includes(user.role as Role)),
  );
}

/** « Direction · Rouen Insertion Emploi »: the role, then the structure or the partner organisation. */
export function roleLine(user: CurrentUser): string {
  const organisation = user.structure?.name ?? user.partnerOrganisation?.name;
  return [ROLE_LABELS[user.role as Role], organisation].filter(Boolean).join(' · ');
}
